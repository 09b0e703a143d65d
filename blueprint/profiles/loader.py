"""Process profiles: the stages a kind of process must pass through, in order.

A profile is YAML data (blueprint-format.md, "Profiles"): packaged ones live beside this module
(``iso10002.yaml``, ``counter-7.yaml``); a user may name their own file. ``validate`` asks
``profile_for`` for each loaded blueprint, and the BP401–BP403 checks receive the ``Profile``.

Why errors are UserErrors here: a profile the user names that cannot be found or read is a
usage error (exit 2), not a finding about the blueprint; the message names the file and line.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from blueprint.errors import UserError
from blueprint.i18n import LANGUAGES, normalise_language
from blueprint.model import LANE_SYNONYMS, STEP_LANES, Lane
from blueprint.resources import profiles_dir
from blueprint.types import Id, Text

PROFILE_SUFFIXES = (".yaml", ".yml")


class ProfileStage(BaseModel):
    """One stage of a profile: its id, its names, whether it is required, where it belongs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    name: dict[str, Text] = Field(default_factory=dict)
    required: bool = True
    lanes: list[Lane] | None = None
    notes: Text | None = None

    @field_validator("lanes", mode="before")
    @classmethod
    def _lane_names(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list):
            return [LANE_SYNONYMS.get(item.strip().lower(), item.strip().lower()) if isinstance(item, str) else item for item in value]
        return value

    @field_validator("lanes")
    @classmethod
    def _step_lanes(cls, value: list[Lane] | None) -> list[Lane] | None:
        if value is not None and Lane.EVIDENCE in value:
            raise ValueError("the evidence lane holds no steps")
        return value

    def label(self, lang: str | None) -> str:
        """The stage's name in ``lang`` (then English, then its id)."""
        return _in_language(self.name, lang) or self.id

    def allows(self, lane: Lane) -> bool:
        return self.lanes is None or lane in self.lanes


class Profile(BaseModel):
    """A process profile: ordered stages; ``source`` is the file it was read from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    name: dict[str, Text] = Field(default_factory=dict)
    stages: list[ProfileStage] = Field(min_length=1)
    notes: Text | None = None
    source: str = ""

    @field_validator("stages")
    @classmethod
    def _unique_stages(cls, stages: list[ProfileStage]) -> list[ProfileStage]:
        seen: set[str] = set()
        for stage in stages:
            if stage.id in seen:
                raise ValueError(f"stage '{stage.id}' is listed twice")
            seen.add(stage.id)
        return stages

    def label(self, lang: str | None) -> str:
        return _in_language(self.name, lang) or self.id

    def stage(self, stage_id: str) -> ProfileStage | None:
        return next((stage for stage in self.stages if stage.id == stage_id), None)

    def position(self, stage_id: str) -> int:
        """The stage's place in the profile's order (0 first)."""
        return next(index for index, stage in enumerate(self.stages) if stage.id == stage_id)


def _in_language(names: dict[str, str], lang: str | None) -> str | None:
    lang = normalise_language(lang)
    for key in (lang, "en", *LANGUAGES):
        if names.get(key):
            return names[key]
    return next(iter(names.values()), None)


def packaged_profiles() -> list[str]:
    """Names of the profiles that come with blueprint."""
    return sorted(path.stem for path in profiles_dir().glob("*.yaml"))


def load_profile(name_or_path: str, relative_to: str | Path | None = None) -> Profile:
    """A packaged profile by name, or a profile file by path.

    ``relative_to`` is the folder a relative path is read from (the blueprint's folder for its
    own ``profile:`` header); the current folder otherwise. Raises UserError for an unknown
    name or a file that is not a valid profile (naming the file and line).
    """
    value = str(name_or_path).strip()
    if value in packaged_profiles():
        packaged = str(profiles_dir() / f"{value}.yaml")
        return _read_profile(packaged, packaged)
    path = Path(value)
    if not path.is_absolute() and relative_to is not None:
        path = Path(relative_to) / path
    looks_like_file = path.suffix.lower() in PROFILE_SUFFIXES or "/" in value or "\\" in value
    if not looks_like_file and not path.is_file():
        raise UserError(
            f"unknown profile '{value}'; use one of {', '.join(packaged_profiles())}, or the path of a profile YAML file"
        )
    return _read_profile(str(path), value)


@lru_cache(maxsize=32)
def _read_profile(path: str, shown: str) -> Profile:
    """A profile file through the blueprint loader's guards (limits, no tags), as a Profile."""
    from blueprint.i18n import t
    from blueprint.loaders.validate import _data_path
    from blueprint.loaders.yaml_loader import read_data

    if not Path(path).exists():
        raise UserError(f"{shown}: no such profile file; use one of {', '.join(packaged_profiles())}, or check the path")
    raw, source, problems = read_data(path)
    if problems:
        key, line, _column, _ref, fields = problems[0]
        raise UserError(f"{shown}:{line}: {t(key, 'en', **fields)}; fix the profile file")
    if not isinstance(raw, dict):
        raise UserError(f"{shown}:1: a profile must be a mapping with `id`, `name` and `stages`; see blueprint-format.md \"Profiles\"")
    try:
        return Profile.model_validate({**raw, "source": path})
    except ValidationError as error:
        problem = error.errors(include_url=False)[0]
        line = source.locate(_data_path(raw, problem["loc"])).line
        where = ".".join(str(part) for part in problem["loc"]) or "the profile"
        raise UserError(f"{shown}:{line}: {where}: {_problem_text(problem)}; fix the profile file") from None


def _problem_text(problem: dict) -> str:
    kind = problem["type"]
    if kind == "missing":
        return "required key is missing"
    if kind == "extra_forbidden":
        return "unknown key (a stage has id, name, required, lanes, notes)"
    if kind == "enum":
        return f"not a lane; use {', '.join(lane.value for lane in STEP_LANES)}"
    return problem.get("msg", kind).removeprefix("Value error, ")


def profile_for(option_value: str | None, loaded) -> dict:
    """The extra check inputs for one loaded blueprint: ``{"profile": Profile}`` or ``{}``.

    ``--profile`` wins; otherwise the blueprint's own ``profile:`` header, a path in it read
    from the blueprint's folder. No profile: no BP4xx checks run.
    """
    if option_value:
        return {"profile": load_profile(option_value)}
    document = getattr(loaded, "document", None)
    named = document.blueprint.profile if document is not None else None
    if not named:
        return {}
    try:
        return {"profile": load_profile(named, relative_to=Path(loaded.path).parent)}
    except UserError as error:
        raise UserError(f"{loaded.path}: `blueprint.profile`: {error}") from None
