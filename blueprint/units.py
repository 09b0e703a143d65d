"""Durations, probabilities and targets as consultants write them, parsed to numbers.

Durations become seconds. Accepted: ``30s``, ``2m``, ``1h``, ``3d``, ``2wd`` (working days),
``1h30m``, ``2 minutes``, ``2 working days``, ``15秒``, ``2分钟``, ``1小時``, ``三个工作日``,
``半小时``, ISO 8601 (``PT2M``, ``P1DT2H``), and ``0``. A working day is 8 hours, a day 24.

Why one module: the loader, the simulator and the SMART checker must agree on what "2 个工作日"
means, so there is exactly one table of units.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from blueprint.numerals import ARABIC_NUMBER, CHINESE_NUMERAL, fold_width, parse_number

WORKING_DAY_SECONDS = 8 * 3600
DAY_SECONDS = 24 * 3600
# No service step lasts longer than this (about 31,700 years). Why a bound at all: a number of
# 400 digits is infinity as a float, and one infinite duration makes every simulated time,
# percentile and JSON figure infinite or NaN.
MAX_SECONDS = 1e12

_UNIT_WORDS: dict[float, tuple[str, ...]] = {
    1: ("s", "sec", "secs", "second", "seconds", "秒", "秒钟", "秒鐘"),
    60: ("m", "min", "mins", "minute", "minutes", "分", "分钟", "分鐘"),
    3600: ("h", "hr", "hrs", "hour", "hours", "小时", "小時", "钟头", "鐘頭"),
    DAY_SECONDS: ("d", "day", "days", "天", "日", "自然日", "calendar day", "calendar days"),
    WORKING_DAY_SECONDS: (
        "wd", "working day", "working days", "business day", "business days", "workday",
        "workdays", "工作日", "工作天", "个工作日", "個工作日", "個工作天",
    ),
    7 * DAY_SECONDS: ("w", "wk", "week", "weeks", "周", "週", "星期", "个星期", "個星期"),
}
UNIT_SECONDS: dict[str, float] = {
    word: seconds for seconds, words in _UNIT_WORDS.items() for word in words
}
# Longest first so that "working days" wins over "days" and "分钟" over "分".
_UNIT_ALTERNATION = "|".join(
    re.escape(word) for word in sorted(UNIT_SECONDS, key=len, reverse=True)
)
_NUMBER = rf"(?:{ARABIC_NUMBER}|{CHINESE_NUMERAL})"
# "个/個" is the Chinese measure word ("三个工作日"); "半" after a unit adds half of it.
_TERM_RE = re.compile(
    rf"\s*(?P<number>{_NUMBER})\s*(?:个|個)?(?P<half_before>半)?\s*(?P<unit>{_UNIT_ALTERNATION})(?P<half>半)?(?![A-Za-z])\s*",
    re.IGNORECASE,
)
_ISO_RE = re.compile(
    r"P(?:(?P<weeks>\d+(?:\.\d+)?)W)?(?:(?P<days>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<hours>\d+(?:\.\d+)?)H)?(?:(?P<minutes>\d+(?:\.\d+)?)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?",
    re.IGNORECASE,
)


class UnitError(ValueError):
    """A value that is not a duration, probability or target; the message says what is expected."""


def parse_seconds(value: object) -> float:
    """Seconds in a duration written as text (or 0); raises UnitError with the accepted forms."""
    if isinstance(value, bool):
        raise UnitError(f"{value!r} is not a duration")
    if isinstance(value, (int, float)):
        if value == 0:
            return 0.0
        raise UnitError(f"{value!r} has no unit")
    if not isinstance(value, str):
        raise UnitError(f"{value!r} is not a duration")
    text = fold_width(value).strip()
    if not text:
        raise UnitError("empty duration")
    if text.upper().startswith("P"):
        return _parse_iso(text)
    if text.strip("0") == "" and text:
        return 0.0
    total = 0.0
    position = 0
    while position < len(text):
        match = _TERM_RE.match(text, position)
        if not match:
            raise UnitError(f"{value!r} is not a duration")
        number = parse_number(match["number"])
        if number is None:
            raise UnitError(f"{value!r} is not a duration")
        unit = UNIT_SECONDS[match["unit"].lower()]
        total += number * unit + (0.5 * unit if match["half"] or match["half_before"] else 0)
        position = match.end()
    return _bounded(total, value)


def _bounded(seconds: float, value: object) -> float:
    """``seconds``, once known to be a finite time no longer than MAX_SECONDS."""
    if not math.isfinite(seconds) or seconds > MAX_SECONDS:
        raise UnitError(f"{value!r} is longer than any service step (at most {MAX_SECONDS:.0e} seconds)")
    return seconds


def _parse_iso(text: str) -> float:
    match = _ISO_RE.fullmatch(text)
    if not match or text.upper() in ("P", "PT") or text.upper().endswith("T"):
        raise UnitError(f"{text!r} is not an ISO 8601 duration")
    parts = {key: float(val) for key, val in match.groupdict().items() if val}
    return _bounded(
        parts.get("weeks", 0) * 7 * DAY_SECONDS
        + parts.get("days", 0) * DAY_SECONDS
        + parts.get("hours", 0) * 3600
        + parts.get("minutes", 0) * 60
        + parts.get("seconds", 0),
        text,
    )


def parse_probability(value: object) -> float:
    """A probability written as 0.05 or "5%"; range is checked by BP008, not here."""
    if isinstance(value, bool):
        raise UnitError(f"{value!r} is not a probability")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        text = fold_width(value).strip()
        percent = text.endswith("%")
        number = parse_number(text.rstrip("%").strip())
        if number is not None:
            return number / 100 if percent else number
    raise UnitError(f"{value!r} is not a probability (write 0.05 or 5%)")


# ---- targets: "<= 15s", "≥ 95%", ">= 4.5", "不超过10分钟", "2 个工作日内" -----------------

_OPERATORS = {
    "<=": "<=", "≤": "<=", "=<": "<=", "<": "<", "＜": "<",
    ">=": ">=", "≥": ">=", "=>": ">=", ">": ">", "＞": ">", "=": "==", "==": "==",
}
_PREFIX_WORDS = {
    "不超过": "<=", "不超過": "<=", "不多于": "<=", "不多於": "<=", "最多": "<=", "at most": "<=",
    "within": "<=", "no more than": "<=", "under": "<", "less than": "<", "少于": "<", "少於": "<",
    "不少于": ">=", "不少於": ">=", "至少": ">=", "不低于": ">=", "不低於": ">=", "at least": ">=",
    "no less than": ">=", "more than": ">", "over": ">", "高于": ">", "高於": ">",
}
_SUFFIX_WORDS = {
    "以内": "<=", "以內": "<=", "之内": "<=", "之內": "<=", "内": "<=", "內": "<=",
    "以下": "<=", "以上": ">=", "or less": "<=", "or more": ">=", "or above": ">=",
    "or fewer": "<=",
}
_OP_RE = re.compile("|".join(re.escape(op) for op in sorted(_OPERATORS, key=len, reverse=True)))


@dataclass(frozen=True, slots=True)
class Target:
    """A parsed target: ``op`` compares a measured ``value`` of ``kind`` against it.

    kind is "duration" (value in seconds), "percent" (value in 0..1) or "number".
    """

    op: str
    value: float
    kind: str

    def met_by(self, measured: float) -> bool:
        """Whether a measured value (seconds, share or number) meets this target."""
        return {
            "<=": measured <= self.value + 1e-9,
            "<": measured < self.value,
            ">=": measured >= self.value - 1e-9,
            ">": measured > self.value,
            "==": abs(measured - self.value) <= 1e-9,
        }[self.op]


def parse_target(value: object) -> Target:
    """A target as written in a standard's ``target`` field; raises UnitError otherwise."""
    if isinstance(value, bool) or value is None:
        raise UnitError(f"{value!r} is not a target")
    if isinstance(value, (int, float)):
        return Target(">=", float(value), "number")
    text = fold_width(str(value)).strip()
    op: str | None = None
    lowered = text.lower()
    for word, word_op in sorted(_PREFIX_WORDS.items(), key=lambda kv: -len(kv[0])):
        if lowered.startswith(word):
            op, text = word_op, text[len(word):].strip()
            break
    if op is None:
        match = _OP_RE.match(text)
        if match:
            op, text = _OPERATORS[match.group()], text[match.end():].strip()
    lowered = text.lower()
    for word, word_op in sorted(_SUFFIX_WORDS.items(), key=lambda kv: -len(kv[0])):
        if lowered.endswith(word) and len(text) > len(word):
            op, text = op or word_op, text[: -len(word)].strip()
            break
    if not text:
        raise UnitError(f"{value!r} is not a target")
    if text.endswith("%"):
        number = parse_number(text[:-1])
        if number is None:
            raise UnitError(f"{value!r} is not a target")
        return Target(op or ">=", number / 100, "percent")
    number = parse_number(text)
    if number is not None:
        return Target(op or ">=", number, "number")
    try:
        return Target(op or "<=", parse_seconds(text), "duration")
    except UnitError:
        raise UnitError(
            f"{value!r} is not a target (write e.g. \"<= 15s\", \"<= 2wd\", \">= 95%\", \">= 4.5\")"
        ) from None


def format_seconds(seconds: float) -> str:
    """A short, unit-bearing spelling of a number of seconds: 40s, 20m, 1.5h, 2d."""
    for size, unit in ((DAY_SECONDS, "d"), (3600, "h"), (60, "m")):
        if seconds >= 2 * size or (seconds >= size and seconds % size == 0):
            return f"{round(seconds / size, 1):g}{unit}"
    return f"{round(seconds, 1):g}s"
