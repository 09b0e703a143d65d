"""The look of a blueprint: fonts, colours and sizes, in one place.

Calm tints tell the lanes apart; red is kept for fail points alone, so a reader's eye goes
where the service can fail. Sizes are in points (1/72 inch). The smallest text is
``SMALL_SIZE`` (9 pt); a segment holds at most ``SEGMENT_COLUMNS`` columns and is cut before
it grows wider than ``SEGMENT_MAX_WIDTH`` (990 pt), so fitted to the 770 pt of an A4 landscape
page its text still prints at 7 pt or more.
"""

from __future__ import annotations

from blueprint.model import Lane

# Fonts: Noto Sans CJK for Chinese (SC/TC glyph shapes differ), Liberation Sans (metric twin
# of Arial) for English with Noto Sans CJK as the fallback for any Chinese in it. The lists
# end in common system fonts and a generic family for SVG viewers on other machines.
FONTS = {
    "zh-CN": "Noto Sans CJK SC,Source Han Sans SC,PingFang SC,Microsoft YaHei,sans-serif",
    "zh-TW": "Noto Sans CJK TC,Source Han Sans TC,PingFang TC,Microsoft JhengHei,sans-serif",
    "en": "Liberation Sans,Arial,Helvetica,Noto Sans CJK SC,sans-serif",
}

TITLE_SIZE = 15.0
NAME_SIZE = 11.0
LANE_SIZE = 11.0
SMALL_SIZE = 9.0
NAME_LINE = 15.2  # line height of step names: 1.2 em and 2 pt apart
SMALL_LINE = 12.8

# Geometry.
MARGIN = 18.0
LABEL_WIDTH = 112.0  # the lane-label column at the left
NODE_WIDTH = 132.0
NODE_TEXT_WIDTH = 116.0
NODE_MIN_HEIGHT = 38.0
NAME_MAX_LINES = 4
DECISION_WIDTH = 176.0
DECISION_TEXT_WIDTH = 104.0
DECISION_MAX_LINES = 3
EVIDENCE_MAX_LINES = 5
GAP_MIN = 34.0
TRACK = 6.0  # distance between parallel edges
TRACK_PAD = 10.0  # from a box to the nearest edge track
ARROW = 7.0  # arrowsize 0.7 × Graphviz's 10 pt arrow
TOP_PAD = 26.0  # above the boxes of a lane: line label and badges
BOTTOM_PAD = 12.0
TITLE_HEIGHT = 58.0
BARE_TITLE_HEIGHT = 14.0  # a segment without its title: room for the continuation marks
BADGE = 15.0  # diameter of the F and W circles
SEGMENT_COLUMNS = 5
# 770 pt of A4 landscape width x 9 pt smallest text / 7 pt smallest printed text.
SEGMENT_MAX_WIDTH = 770 * SMALL_SIZE / 7

# Colours.
INK = "#1F2A36"
MUTED = "#5F6B78"
STROKE = "#5B6B7D"
EDGE = "#4A5868"
LINE = "#8A96A3"
FAIL = "#C62828"  # the one accent
MOMENT_FILL = "#FFF4D6"
MOMENT_STROKE = "#B08A2E"
EVIDENCE_STROKE = "#A89F88"
GHOST = "#A3ABB5"
ADDED = "#2E7D5B"
CHANGED = "#2F6DB5"
LANE_FILL = {
    Lane.EVIDENCE: "#F7F5EF",
    Lane.CUSTOMER: "#EDF3F9",
    Lane.ONSTAGE: "#F2F6F1",
    Lane.BACKSTAGE: "#F5F3F8",
    Lane.SUPPORT: "#F5F5F4",
    Lane.MANAGEMENT: "#FAF4EC",
}
LANE_LABEL_FILL = {
    Lane.EVIDENCE: "#ECE8DC",
    Lane.CUSTOMER: "#DCE7F2",
    Lane.ONSTAGE: "#E2EBDF",
    Lane.BACKSTAGE: "#E7E3EE",
    Lane.SUPPORT: "#E8E8E6",
    Lane.MANAGEMENT: "#F1E6D6",
}


def font_for(language: str) -> str:
    return FONTS.get(language, FONTS["en"])


def is_cjk(language: str) -> bool:
    """Whether the language's font is a CJK one (wider Latin, full-width punctuation)."""
    return language in ("zh-CN", "zh-TW")
