"""Profiles: a process follows its profile's stages, all of them, in order (BP401–BP403).

These checks run only when a profile is on (`validate --profile`, or the blueprint's
`profile:`): they take a third input, ``profile``, which the runner supplies then.
"""

from __future__ import annotations

from collections.abc import Iterator

from blueprint.checks.registry import Hit, check, hit
from blueprint.findings import Severity
from blueprint.graph import FlowGraph
from blueprint.i18n import t
from blueprint.measures import distances_from_start
from blueprint.model import Document


@check("BP401", Severity.WARNING)
def required_stage_without_step(doc: Document, flow: FlowGraph, profile) -> Iterator[Hit]:
    """A stage that the active profile requires has no step.

    Why: a profile is the process a standard prescribes: ISO 10002:2018 clause 8 (receipt,
    acknowledgement, assessment, investigation, response, communication of the decision,
    closing) or the counter seven-step method (迎 问 接 办 指 提 送). A required stage that no
    step carries is a stage the customer never gets, e.g. a complaint never formally closed.
    Fix: mark the step that does it with `stage: ID`, or add the step.
    Fails:  --profile iso10002 with no step `stage: closing`
    Passes: - {id: close, lane: backstage, name: 结案归档, stage: closing}
    """
    present = {step.stage for step in doc.steps if step.stage}
    lang = doc.language
    for stage in profile.stages:
        if stage.required and stage.id not in present:
            yield hit(
                doc.blueprint, ref=f"profile.{stage.id}",
                stage=stage.id, name=stage.label(lang), profile=profile.label(lang),
            )


@check("BP402", Severity.WARNING)
def stages_out_of_order(doc: Document, flow: FlowGraph, profile) -> Iterator[Hit]:
    """The flow reaches the profile's stages out of order (or a stage's step is in a lane it does not allow).

    Why: the order of a profile is its point: ISO 10002 acknowledges a complaint before it
    assesses and investigates it, and responds before it closes it; the counter method greets
    before it asks. Each stage is placed at its nearest step, by the length of the shortest flow
    path from the start step; a stage reached before a stage the profile puts ahead of it is
    reported at its nearest step, naming both stages and both steps. A profile may also say in
    which lanes a stage's steps belong (`lanes:`); a step elsewhere is reported too.
    Fix: reorder the flow, or correct the `stage:` of the steps named.
    Fails:  call → investigate (stage: investigation) → ack (stage: acknowledgement)
    Passes: call → ack (stage: acknowledgement) → investigate (stage: investigation)
    """
    lang = doc.language
    known = {stage.id for stage in profile.stages}
    distance = distances_from_start(flow)
    order = {step_id: index for index, step_id in enumerate(flow.steps)}
    nearest: dict[str, tuple[int, int, str]] = {}
    for step in flow.steps.values():
        if step.stage in known and step.id in distance:
            place = (distance[step.id], order[step.id], step.id)
            nearest[step.stage] = min(nearest.get(step.stage, place), place)
    for stage in profile.stages:
        if stage.id not in nearest:
            continue
        reached, _, step_id = nearest[stage.id]
        ahead = [
            earlier for earlier in profile.stages[: profile.position(stage.id)]
            if earlier.id in nearest and nearest[earlier.id][0] > reached
        ]
        if ahead:
            earlier = ahead[0]  # the first stage, in the profile's order, that this one overtakes
            step, other = flow.step(step_id), flow.step(nearest[earlier.id][2])
            yield hit(
                step,
                stage=stage.id, stage_name=stage.label(lang), step=step.name,
                earlier_stage=earlier.id, earlier_stage_name=earlier.label(lang), earlier_step=other.name,
            )
    for step in doc.steps:
        stage = profile.stage(step.stage) if step.stage else None
        if stage is not None and not stage.allows(step.lane):
            yield hit(
                step, "lane", key="BP402.lane",
                step=step.name, lane=step.lane, stage=stage.id, stage_name=stage.label(lang),
                lanes=t("analytics.list_separator", lang).join(t(f"lane.{lane.value}", lang) for lane in stage.lanes or ()),
            )


@check("BP403", Severity.ERROR)
def stage_not_in_profile(doc: Document, flow: FlowGraph, profile) -> Iterator[Hit]:
    """A step names a stage that the active profile does not have.

    Why: with a profile on, `stage:` names one of its stages by id; any other value is a typo
    or a stage of another profile, and the step would silently count for nothing.
    Fix: use one of the profile's stage ids (`blueprint rules BP403` and the profile file list
    them), or remove `stage:`.
    Fails:  - {id: ack, lane: onstage, name: 告知受理, stage: acknowledgment}   # iso10002
    Passes: - {id: ack, lane: onstage, name: 告知受理, stage: acknowledgement}
    """
    known = [stage.id for stage in profile.stages]
    for step in doc.steps:
        if step.stage and step.stage not in known:
            yield hit(
                step, "stage",
                stage=step.stage, step=step.name, profile=profile.id, stages=", ".join(known),
            )
