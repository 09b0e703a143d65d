"""Building regular expressions from word lists, once, at import.

Why a trie: `re` tries the branches of an alternation one by one, so a list of 300 words costs
300 attempts at every position. Folding the list into a trie (common prefixes shared) makes a
failed position cost one character test, which keeps 10,000 statements under the budget.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex matching any of `words`, longest first at each branch."""
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie) or "(?!)"


def _trie_regex(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and all(len(branch) <= 2 for branch in branches) and not ends_here:
        body = branches[0]
    else:
        body = "(?:" + "|".join(branches) + ")"
    # the end marker goes last: a longer word beats its own prefix (工作日 before 工作)
    return body + "?" if ends_here else body


def english_words(words: Iterable[str], *, boundary_after: bool = True) -> str:
    """Alternation of English words or phrases between word boundaries; spaces match any run of space."""
    phrases = {word.lower() for word in words}
    pattern = alternation(phrases)
    pattern = pattern.replace(r"\ ", r"\s+")
    after = r"(?![\w-])" if boundary_after else ""
    return rf"(?<![\w-])(?:{pattern}){after}"


def english_verb_forms(base_forms: Iterable[str], irregular: Mapping[str, Iterable[str]] = {}) -> set[str]:
    """Base forms with their -s, -ed and -ing forms (only the first word of a phrase inflects).

    Why approximate: an extra wrong form ("shipped" and "shiped") costs nothing, a missing one
    loses a verb, so every plausible spelling is generated.
    """
    forms: set[str] = set()
    for phrase in base_forms:
        head, _, tail = phrase.partition(" ")
        tail = " " + tail if tail else ""
        for form in _inflections(head):
            forms.add(form + tail)
        for form in irregular.get(phrase, ()):
            forms.add(form)
    return forms


def _inflections(verb: str) -> set[str]:
    forms = {verb}
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
        if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
            # stop → stopped, log → logged
            forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile with ASCII classes: \\w, \\b, \\d and \\s must not treat Chinese characters as
    letters, or "后15秒" would hide its number behind a word boundary that is not there."""
    return re.compile(pattern, flags | re.ASCII)
