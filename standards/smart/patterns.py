"""Building regular expressions from word lists, compiled on first use.

Why a trie: `re` tries the branches of an alternation one by one, so a list of 300 words costs
300 attempts at every position. Folding the list into a trie (common prefixes shared) makes a
failed position cost one character test, which keeps 10,000 statements under the budget.

Why on first use: `re` parses and compiles in Python, so compiling the analyser's patterns
(some are tries of a thousand words) was most of its import time, while a statement only needs
the patterns of its own language, and some patterns are read only in rare cases. `regex()`
therefore returns a `Regex` that builds and compiles its pattern when it is first used.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any


def alternation(words: Iterable[str], *, space: str | None = None) -> str:
    """A non-capturing regex matching any of `words`, longest first at each branch.

    `space` is what a space inside a word matches (default: one space).
    """
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    # at the root, every word stays a branch that opens with its literal first character: then
    # `re` finds the characters a match can start with and skips ahead to them
    return _trie_regex(trie, space, classes=False) or "(?!)"


_WORD_END = {"": {}}  # the trie node after the last character of a word


def _trie_regex(node: dict, space: str | None, classes: bool = True) -> str:
    # a run of characters with one way on and no word ending inside needs no group ("ompan"),
    # and is read in a loop: recursing once per character made building slower than compiling
    chain = ""
    while len(node) == 1 and "" not in node:
        ((char, node),) = node.items()
        chain += _literal(char, space)
    ends_here = "" in node
    chars = sorted(char for char in node if char)
    if not chars:
        return chain
    # Characters that end a word and lead nowhere go into one class ([ds] for -d, -s): fewer
    # nodes for `re` to parse and compile. Reordering branches is safe only because branches
    # that open with different characters never match the same text; that fails when two of
    # them differ only in case (IGNORECASE), so then the plain branches are kept.
    may_reorder = classes and _distinct_in_any_case(chars)
    leaves: list[str] = []
    branches: list[str] = []
    for char in chars:
        child = node[char]
        if may_reorder and child == _WORD_END and not char.isspace():
            leaves.append(re.escape(char))
        else:
            branches.append(_literal(char, space) + _trie_regex(child, space))
    if leaves:
        branches.insert(0, leaves[0] if len(leaves) == 1 else "[" + "".join(leaves) + "]")
    if len(branches) > 1:
        body = "(?:" + "|".join(branches) + ")"
    elif ends_here and not leaves:
        body = "(?:" + branches[0] + ")"  # "?" must apply to the whole branch
    else:
        body = branches[0]  # one character or class, or a chain that needs no group
    # the end marker goes last: a longer word beats its own prefix (工作日 before 工作)
    return chain + (body + "?" if ends_here else body)


def _distinct_in_any_case(chars: list[str]) -> bool:
    return len({char.lower() for char in chars}) == len({char.upper() for char in chars}) == len(chars)


def _literal(char: str, space: str | None) -> str:
    return space if space is not None and char == " " else re.escape(char)


def english_words(words: Iterable[str], *, boundary_after: bool = True) -> str:
    """Alternation of English words or phrases between word boundaries; spaces match any run of space."""
    pattern = alternation({word.lower() for word in words}, space=r"\s+")
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


def regex(source: str | Callable[[], str], flags: int = 0) -> Regex:
    """A pattern compiled on first use, with ASCII classes: \\w, \\b, \\d and \\s must not treat
    Chinese characters as letters, or "后15秒" would hide its number behind a word boundary that
    is not there.

    `source` is the pattern, or a function that builds it: patterns built from word lists
    should pass a function, so that building the trie is also left to the first use.
    """
    return Regex(source, flags | re.ASCII)


class Regex:
    """A regular expression compiled on its first use; then it behaves as the `re.Pattern`.

    Each attribute taken from the compiled pattern (its bound `search`, `finditer`, …) is stored
    on the instance, so after the first use a call costs a plain attribute look-up.
    """

    def __init__(self, source: str | Callable[[], str], flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiling it now if it is the first use)."""
        if self._compiled is None:
            source = self._source() if callable(self._source) else self._source
            # two threads may both compile on a first use: harmless, both get the same pattern
            self._compiled = re.compile(source, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        # only called for attributes not on the instance yet; private and special names are
        # not the pattern's (copy and pickle look for __reduce__ and friends here)
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        if self._compiled is None:
            return "<Regex, not compiled yet>"
        return f"<Regex {self._compiled.pattern[:60]!r}>"
