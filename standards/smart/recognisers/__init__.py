"""Recognisers: small functions that find one kind of thing in a statement and return spans.

Each reads a `Text` (and, where it builds on another recogniser, that one's spans) and returns
a list of `Span` in statement order. They know nothing of the rubric's verdicts: that is
`criteria.py`'s job.
"""
