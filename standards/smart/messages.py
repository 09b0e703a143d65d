"""Reasons in the reader's language, from the catalogue in lexicon/messages.py."""

from __future__ import annotations

from standards.smart.language import LANGUAGES
from standards.smart.lexicon.messages import MESSAGES
from standards.smart.result import Reason


def reason(key: str, lang: str, quote: str) -> Reason:
    """The reason `key` ("S.vague", "T.trigger", …) in `lang`, quoting `quote`."""
    entry = MESSAGES[lang][key]
    return Reason(entry["text"].format(quote=quote), quote, entry["fix"].format(quote=quote))


def check_language(lang: str, what: str) -> str:
    """`lang` itself when it is a supported language; ValueError otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported {what} {lang!r}: use one of {', '.join(LANGUAGES)}")
    return lang
