"""Everything the recognisers find in one statement, gathered once for the five criteria.

Order matters where one recogniser must not read into another's find: idioms are blanked out
before clock times are read, and idioms, clock times and labels before quantities, so that
一次性, 2号窗口 and the 9 of 9:00 are never read as amounts.
"""

from __future__ import annotations

from dataclasses import dataclass

from standards.smart.recognisers.absolutes import (
    find_absolutes,
    find_impossible,
    find_markers,
    find_outcomes,
)
from standards.smart.recognisers.actions import find_actions
from standards.smart.recognisers.clock import find_clock_times
from standards.smart.recognisers.deadlines import find_deadlines
from standards.smart.recognisers.frequency import find_frequencies
from standards.smart.recognisers.goals import find_goals
from standards.smart.recognisers.idioms import find_idioms
from standards.smart.recognisers.labels import find_labels
from standards.smart.recognisers.qualities import find_quality_words
from standards.smart.recognisers.quantity import find_quantities
from standards.smart.recognisers.results import find_results
from standards.smart.recognisers.speech import find_quoted_speech
from standards.smart.recognisers.triggers import find_immediacy, find_triggers
from standards.smart.spans import Span, mask
from standards.smart.text import Text


@dataclass(frozen=True, slots=True)
class Evidence:
    """The statement and every span found in it, by recogniser."""

    text: Text
    idioms: list[Span]
    clock_times: list[Span]
    labels: list[Span]
    quantities: list[Span]
    frequencies: list[Span]
    deadlines: list[Span]
    triggers: list[Span]
    immediacy: list[Span]
    vague: list[Span]
    ratings: list[Span]
    goals: list[Span]
    actions: list[Span]
    speech: list[Span]
    results: list[Span]
    markers: list[Span]
    absolutes: list[Span]
    impossible: list[Span]

    def quote(self, span: Span) -> str:
        """The words of the original statement under `span`."""
        return self.text.original[span.start : span.end]


def gather(statement: str) -> Evidence:
    """Run every recogniser over `statement`."""
    text = Text.of(statement)
    idioms = find_idioms(text)
    without_idioms = mask(text.norm, idioms)
    clock_times = find_clock_times(text, without_idioms)
    without_times = mask(without_idioms, clock_times)
    labels = find_labels(text, without_times)
    quantities = find_quantities(text, mask(without_times, labels))
    results = find_results(text)
    markers = find_markers(text)
    outcomes = find_outcomes(text)
    actions = find_actions(text)
    vague, ratings = find_quality_words(text)
    return Evidence(
        text=text,
        idioms=idioms,
        clock_times=clock_times,
        labels=labels,
        quantities=quantities,
        frequencies=find_frequencies(text, without_idioms),
        deadlines=find_deadlines(text),
        triggers=find_triggers(text),
        immediacy=find_immediacy(text),
        vague=vague,
        ratings=ratings,
        goals=find_goals(text),
        actions=actions,
        speech=find_quoted_speech(text),
        results=results,
        markers=markers,
        absolutes=find_absolutes(text, markers, outcomes, results, quantities, actions),
        impossible=find_impossible(text, quantities, outcomes, markers),
    )
