"""Vocabulary of the SMART analyser, as data.

Each module holds word lists of one *category* (units, vague words, change verbs, …), never
whole statements. Chinese entries are written in Simplified characters only: statements are
folded to Simplified (see `hanzi.py`) before matching. English entries are lower case and are
matched case-insensitively; English verbs are listed in their base form and inflected by
`standards.smart.patterns.english_verb_forms`.
"""
