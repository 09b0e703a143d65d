"""Reading our SVG back: groups by class, their shapes' vertical extent, their text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

SVG = "{http://www.w3.org/2000/svg}"
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass
class Group:
    id: str
    title: str
    classes: set[str]
    ys: list[float]
    xs: list[float]
    texts: list[str]

    @property
    def top(self) -> float:
        return min(self.ys)

    @property
    def bottom(self) -> float:
        return max(self.ys)

    @property
    def centre_x(self) -> float:
        return (min(self.xs) + max(self.xs)) / 2

    @property
    def text(self) -> str:
        return "".join(self.texts)


def read_svg(svg: str) -> list[Group]:
    root = ET.fromstring(svg.encode("utf-8") if isinstance(svg, str) else svg)
    groups = []
    for element in root.iter(f"{SVG}g"):
        classes = set((element.get("class") or "").split())
        if not classes & {"node", "edge"}:
            continue
        title = element.find(f"{SVG}title")
        xs: list[float] = []
        ys: list[float] = []
        shape = next((child for child in element if child.tag in (f"{SVG}polygon", f"{SVG}path", f"{SVG}ellipse")), None)
        if shape is not None:
            if shape.tag == f"{SVG}ellipse":
                cx, cy, ry = (float(shape.get(k)) for k in ("cx", "cy", "ry"))
                xs, ys = [cx], [cy - ry, cy + ry]
            else:
                numbers = [float(n) for n in _NUMBER.findall(shape.get("points") or shape.get("d") or "")]
                xs, ys = numbers[0::2], numbers[1::2]
        texts = [text.text or "" for text in element.iter(f"{SVG}text")]
        groups.append(Group(element.get("id") or "", title.text if title is not None else "", classes, ys, xs, texts))
    return groups


def by_class(groups: list[Group], name: str) -> list[Group]:
    return [group for group in groups if name in group.classes]


def squeeze(text: str) -> str:
    """Text without whitespace: wrapping may break lines anywhere there was a space."""
    return re.sub(r"\s+", "", text)
