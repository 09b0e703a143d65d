"""YAML → raw data + SourceMap → Document, safely and within limits.

Why each guard: a blueprint is often a client's file opened in front of a room. The loader
must never execute a tag (``!!python/object/apply`` builds nothing here: nodes are converted by
this module, and only YAML's core tags are accepted), never hang on an alias bomb (what aliases add is
counted on the composed node graph with memoisation, never by expanding them), and never
recurse without bound (nesting is counted on the parser's events before anything is composed).
"""

from __future__ import annotations

import codecs
import io
from typing import Any

from blueprint.i18n import t
from blueprint.loaders import MAX_INPUT_BYTES, Loaded, input_size, read_input
from blueprint.loaders.validate import bp001, document_language, validate_document
from blueprint.safe_yaml import safe_yaml
from blueprint.source import DataPath, SourceMap, ref_for

MAX_BYTES = MAX_INPUT_BYTES
MAX_DEPTH = 64
# Aliases may add at most this many nodes to what is written: an alias bomb is a small file
# whose aliases expand to billions. What is written is bounded on its own (MAX_WRITTEN_NODES,
# and MAX_BYTES before that), so a large blueprint is never mistaken for a bomb: 10,000 steps
# are about 260,000 written nodes.
MAX_NODES = 100_000
MAX_WRITTEN_NODES = 1_000_000
# Text counts towards MAX_NODES by its length, one node per this many characters: a 1 MB
# string behind 2,000 aliases is 2 GB of text for every command that prints it.
CHARACTERS_PER_NODE = 100

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_CORE}{name}" for name in ("str", "int", "float", "bool", "null", "timestamp", "binary")}
_COLLECTION_TAGS = {f"{_CORE}map", f"{_CORE}seq", f"{_CORE}omap"}
_MERGE = f"{_CORE}merge"
_TEXT_TAGS = {f"{_CORE}str", f"{_CORE}timestamp", f"{_CORE}binary"}  # dates and versions stay text

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)


class _Refused(Exception):
    """The document breaks a limit or a safety rule; carries one BP001 finding's parts."""

    def __init__(self, key: str, line: int = 1, column: int = 1, **fields: object) -> None:
        super().__init__(key)
        self.key, self.line, self.column, self.fields = key, line, column, fields


def decode(data: bytes) -> str:
    """Text of a YAML file: UTF-8 with or without BOM, or UTF-16/32 with a BOM."""
    for bom, codec, _ in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                raise _Refused("load.bad_encoding", encoding=codec) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise _Refused("load.not_utf8", line=line, encoding=_guess_encoding(data)) from None


def _guess_encoding(data: bytes) -> str:
    """A name for bytes that are not UTF-8, so the message can say what to convert from."""
    if b"\x00" in data[:4096]:
        return "binary (or UTF-16 without a BOM)"
    for codec, name in (("gb18030", "GBK/GB18030"), ("big5", "Big5")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if any("\u4e00" <= char <= "\u9fff" for char in text):
            return name
    return "Latin-1 or another legacy encoding"


def read_data(path: str) -> tuple[Any, SourceMap, list[tuple]]:
    """A YAML file as plain data with the position of every node, within every limit.

    Returns the data (None when it could not be read as YAML at all), the source map, and the
    problems met, each ``(message key, line, column, ref, fields)`` for the caller to word in its
    language. Used for blueprints and for profiles alike, so both get the same guards.
    """
    data = read_input(path)
    source = SourceMap(path)
    try:
        if len(data) > MAX_BYTES:
            raise _Refused("load.too_big", size=input_size(path, data), limit=MAX_BYTES)
        parsed = parse(decode(data), source)
    except _Refused as refused:
        return None, source, [(refused.key, refused.line, refused.column, "", refused.fields)]
    return parsed.value, source, parsed.problems


def load_yaml(path: str) -> Loaded:
    raw, source, problems = read_data(path)
    language = document_language(raw)
    findings = [bp001(source, (line, col), t(key, language, **fields), ref) for key, line, col, ref, fields in problems]
    if raw is None and findings:
        return Loaded(path, None, source, findings)  # not YAML at all (a `~` document is, and is BP001 below)
    document, schema_findings = validate_document(raw, source, language)
    findings.extend(schema_findings)
    if findings:
        document = None
    return Loaded(path, document, source, findings, language, raw)


class _Parsed:
    def __init__(self) -> None:
        self.value: Any = None
        self.problems: list[tuple] = []  # (message key, line, column, ref, fields)


def parse(text: str, source: SourceMap) -> _Parsed:
    """Check limits, compose, and convert nodes to plain data, recording every position."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = safe_yaml()
    try:
        has_aliases, written = _check_events(yaml, text)
        node = yaml.compose(io.StringIO(text))
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = error.problem or error.context or "invalid YAML"
        context = error.context_mark
        if error.problem and error.context and context and context.line + 1 != line:
            # "did not find expected '}'" is found at the end; the fix is where it began
            problem = f"{problem} ({error.context} at line {context.line + 1})"
        raise _Refused("load.syntax", line=line, column=column, problem=problem) from None
    except YAMLError as error:
        raise _Refused("load.syntax", problem=str(error).splitlines()[0]) from None
    except RecursionError:
        raise _Refused("load.too_deep", limit=MAX_DEPTH) from None
    parsed = _Parsed()
    if node is None:
        raise _Refused("load.empty")
    if has_aliases:
        _check_size(node, limit=written + MAX_NODES)
    parsed.value = _Converter(yaml, source, parsed.problems).convert(node, (), "")
    return parsed


def _check_events(yaml, text: str) -> tuple[bool, int]:
    """Nesting and the written size on the parser's events, before anything is composed.

    Returns whether the document has aliases (whose expanded size only the composed graph can
    tell) and its written size: nodes, text weighed by its length.
    """
    from ruamel.yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent, ScalarEvent

    depth = size = 0
    first_mark = None
    has_aliases = False
    for event in yaml.parse(io.StringIO(text)):
        if isinstance(event, ScalarEvent):
            size += _text_weight(event.value)
        elif isinstance(event, CollectionStartEvent):
            size += 1
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                raise _Refused("load.too_deep", line=mark.line + 1, column=mark.column + 1, limit=MAX_DEPTH)
        elif isinstance(event, CollectionEndEvent):
            depth -= 1
            continue
        elif isinstance(event, AliasEvent):
            has_aliases = True
            continue
        else:
            continue
        first_mark = first_mark or event.start_mark
        if size > MAX_WRITTEN_NODES:
            raise _Refused("load.too_many_written_nodes", line=first_mark.line + 1, column=first_mark.column + 1,
                           limit=MAX_WRITTEN_NODES)
    return has_aliases, size


def _children(node) -> list:
    value = node.value
    if node.id == "mapping":
        return [part for pair in value for part in pair]
    if node.id == "sequence":
        return value
    return []


def _weight(node) -> int:
    """What one composed node costs once expanded (see ``_text_weight``)."""
    value = node.value
    if node.id == "scalar" and isinstance(value, str):
        return _text_weight(value)
    return 1


def _text_weight(text: str) -> int:
    """What a scalar counts towards the limits: 1, and one more per CHARACTERS_PER_NODE of text."""
    return 1 + len(text) // CHARACTERS_PER_NODE


def _check_size(root, limit: int) -> None:
    """Nodes (text weighed by its length) and depth once aliases are expanded, memoised per
    node: never walks the expansion. ``limit``: what is written plus what aliases may add."""
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    stack: list[tuple[Any, bool]] = [(root, False)]
    active: set[int] = set()
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            kids = _children(node)
            size[key] = _weight(node) + sum(size[id(kid)] for kid in kids)
            depth[key] = 1 + max((depth[id(kid)] for kid in kids), default=0)
            active.discard(key)
            if size[key] > limit:
                mark = root.start_mark
                raise _Refused("load.too_many_nodes", line=mark.line + 1, column=mark.column + 1, limit=MAX_NODES)
            if depth[key] > MAX_DEPTH:
                mark = node.start_mark
                raise _Refused("load.too_deep", line=mark.line + 1, column=mark.column + 1, limit=MAX_DEPTH)
            continue
        if key in size:
            continue
        if key in active:
            mark = node.start_mark
            raise _Refused("load.recursive_alias", line=mark.line + 1, column=mark.column + 1)
        active.add(key)
        stack.append((node, True))
        for kid in _children(node):
            if id(kid) not in size:
                stack.append((kid, False))


class _Converter:
    """Composed nodes → dicts, lists and scalars; positions into the source map."""

    def __init__(self, yaml, source: SourceMap, problems: list) -> None:
        self.source = source
        self.problems = problems
        self.constructor = yaml.constructor  # only ever given core scalar tags

    def convert(self, node, path: DataPath, ref: str) -> Any:
        mark = node.start_mark
        line, column = mark.line + 1, mark.column + 1
        self.source.record(path, line, column, ref)
        tag = node.tag or ""
        kind = node.id  # "mapping", "sequence" or "scalar": the node classes' own names
        if kind == "mapping":
            if tag not in _COLLECTION_TAGS:
                return self._bad_tag(tag, line, column, ref)
            return self._mapping(node, path, ref)
        if kind == "sequence":
            if tag not in _COLLECTION_TAGS:
                return self._bad_tag(tag, line, column, ref)
            result = []
            for index, item in enumerate(node.value):
                item_ref = ref_for(ref, index, _peek_id(item))
                result.append(self.convert(item, (*path, index), item_ref))
            return result
        if tag not in _SCALAR_TAGS:
            return self._bad_tag(tag, line, column, ref)
        return self._scalar(node, tag)

    def _bad_tag(self, tag: str, line: int, column: int, ref: str) -> None:
        shown = "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag
        self.problems.append(("load.bad_tag", line, column, ref, {"tag": shown}))
        return None

    def _scalar(self, node, tag: str) -> Any:
        if tag in _TEXT_TAGS:
            return node.value  # dates and versions are text to a blueprint
        return self.constructor.construct_object(node, deep=True)

    def _mapping(self, node, path: DataPath, ref: str) -> dict:
        result: dict = {}
        first_seen: dict[Any, tuple[int, int]] = {}
        merged: dict = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                merged.update(self._merge_value(value_node, path, ref))
                continue
            key = self.convert_key(key_node)
            key_line, key_column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if key is None:
                self.problems.append(("load.bad_key", key_line, key_column, ref, {}))
                continue
            if key in first_seen:
                first_line, first_column = first_seen[key]
                fields = {"key": key, "first": first_line, "second": key_line}
                self.problems.append(("load.duplicate_key", first_line, first_column, f"{ref}.{key}".lstrip("."), fields))
                self.problems.append(("load.duplicate_key", key_line, key_column, f"{ref}.{key}".lstrip("."), fields))
                continue
            first_seen[key] = (key_line, key_column)
            child_path = (*path, key)
            self.source.record_key(child_path, key_line, key_column)
            result[key] = self.convert(value_node, child_path, ref_for(ref, key, None))
        for key, value in merged.items():
            result.setdefault(key, value)  # explicit keys win over merged ones, as YAML says
        return result

    def _merge_value(self, value_node, path: DataPath, ref: str) -> dict:
        from ruamel.yaml.nodes import MappingNode, SequenceNode

        sources = value_node.value if isinstance(value_node, SequenceNode) else [value_node]
        merged: dict = {}
        checked = [value_node, *sources] if isinstance(value_node, SequenceNode) else sources
        for item in checked:
            # A merge is read by this converter, not by `convert`: check its tags here too.
            if isinstance(item, (MappingNode, SequenceNode)) and item.tag not in _COLLECTION_TAGS:
                mark = item.start_mark
                self._bad_tag(item.tag or "", mark.line + 1, mark.column + 1, ref)
                return {}
        for item in sources:
            if isinstance(item, MappingNode):
                for key, value in self._mapping(item, path, ref).items():
                    merged.setdefault(key, value)
        return merged

    def convert_key(self, key_node) -> Any:
        tag = key_node.tag
        if key_node.id != "scalar" or tag not in _SCALAR_TAGS:
            return None
        value = self._scalar(key_node, tag)
        if isinstance(value, bool) or value is None:
            return key_node.value  # `on:`/`yes:` keys are text in YAML 1.2 anyway
        return value if isinstance(value, str) else str(value)


def _peek_id(node) -> Any:
    """The id of a list item before it is converted, to name it in refs."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode

    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode) and key_node.value == "id" and isinstance(value_node, ScalarNode):
                return {"id": value_node.value}
    return None
