"""Handbook view → a Word document (.docx), for trainers who edit their handbook in Word.

The content is the same view model the HTML and Markdown templates lay out (view.py), walked
in the same order: cover, contents, one chapter per blueprint (facts, diagram, steps with
their waits, standards by contact point with their SMART verdicts and phrases, fail points
with prevention and recovery, the audit checklist), the comparison chapter, the SMART
appendix and the glossary. Nothing is derived here that the view does not already say.

This module is that walk: what goes where, in which words and colours. The Word side (page
set-up, styles, fonts and languages, fields, tables, check boxes, pictures, and the rule that
user text only ever becomes the text of a run) is word.py's ``WordDocument``, which the walk
holds rather than extends: the walk's state (the handbook, its translator, its drawings)
stays apart from the document's (python-docx's objects, bookmarks, the headings for the
contents), and all the walk does to the document goes through WordDocument's own methods.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from standards.handbook.docx_diagrams import Drawing, Sheet, drawing_for
from standards.handbook.parts import Chapter, Handbook, Source, map_drawing, today
from standards.handbook.word import ACCENT, MUTED, TEXT_WIDTH, WordDocument

# Colours of the HTML handbook (handbook.css) for what is good and bad; word.py holds those
# of the styles.
GOOD = "1D6B3A"
BAD = "A2282B"
VERDICT_COLOURS = {"pass": GOOD, "fail": BAD, "unknown": MUTED}
REASONS_FILL = "F7F8FA"  # the row of SMART reasons under a standard's verdicts


def render_docx(handbook: Handbook, sources: Sequence[Source] = (), *, against: Source | None = None,
                drawings: bool = True) -> bytes:
    """The handbook as the bytes of a .docx file.

    ``sources`` are the blueprints the chapters were built from (in the same order) and
    ``against`` the *before* blueprint of the comparison: their diagrams are drawn as PNG for
    Word. Without them (or with ``drawings=False``) each diagram's place says so.
    """
    writer = _Writer(handbook, _drawings(handbook, sources, against) if drawings else {})
    return writer.write()


def _drawings(handbook: Handbook, sources: Sequence[Source], against: Source | None) -> dict[str, Drawing]:
    """Each chapter's drawing (and the comparison's), keyed by anchor; Graphviz runs as a child
    process, so two at a time cost little more than one."""
    jobs = [(chapter.anchor, source.document, None) for chapter, source in zip(handbook.chapters, sources)]
    comparison = handbook.comparison
    if comparison is not None and against is not None and sources and not comparison.note:
        jobs.append((comparison.anchor, sources[0].document, against.document))
    lang = handbook.lang
    drawn = map_drawing(lambda job: drawing_for(job[1], lang, job[2]), jobs)
    return {job[0]: drawing for job, drawing in zip(jobs, drawn)}


class _Writer:
    """The handbook walked into one WordDocument."""

    def __init__(self, handbook: Handbook, drawings: dict[str, Drawing]) -> None:
        self.hb = handbook
        self.t = handbook.t
        self.drawings = drawings
        self.word = WordDocument(handbook.lang)

    def write(self) -> bytes:
        hb = self.hb
        self.word.describe(title=hb.title, subject=hb.subtitle, author=hb.organisation,
                           comments="blueprint manual", day=today())
        self.cover()
        self.contents()
        for chapter in hb.chapters:
            self.chapter(chapter)
        if hb.comparison is not None:
            self.comparison(hb.comparison)
        self.appendix()
        self.glossary()
        self.word.spacer()  # a document ends with a paragraph, not a table
        self.word.fill_toc()
        return self.word.save()

    def named(self, cell, ident: str, name: str, *, colour: str | None = None):
        """What a row is about (a standard, fail point, change...): its id in bold, then its name."""
        paragraph = self.word.cell(cell, ident, bold=True, colour=colour)
        self.word.run(paragraph, " ")
        self.word.run(paragraph, name)
        return paragraph

    # -- cover and contents ----------------------------------------------------------------

    def cover(self) -> None:
        hb, t, word = self.hb, self.t, self.word
        word.paragraph().paragraph_format.space_before = Pt(120)
        word.paragraph(hb.subtitle, "Subtitle")
        word.paragraph(hb.title, "Title")
        if hb.organisation:
            word.paragraph(hb.organisation, size=14, colour=MUTED)
        word.paragraph()
        table = word.table(2, (90.0, 260.0), header=False)
        word.cell(table.cell(0, 0), t("cover.version"), colour=MUTED)
        if len(hb.versions) == 1:
            word.cell(table.cell(0, 1), hb.versions[0][1])
        else:
            for index, (title, version) in enumerate(hb.versions):
                line = t("cover.version_line", title=title, version=version)
                (word.cell if index == 0 else word.cell_line)(table.cell(0, 1), line)
        word.cell(table.cell(1, 0), t("cover.date"), colour=MUTED)
        word.cell(table.cell(1, 1), hb.date)

    def contents(self) -> None:
        """The contents: a Word TOC field whose shown entries the document fills in once
        every heading is written."""
        heading = self.word.paragraph(self.t("contents.title"), "TOC Heading")
        heading.paragraph_format.page_break_before = True
        self.word.toc(2 if len(self.hb.chapters) <= 4 else 1)  # as the HTML: sections only for a few chapters
        self.word.paragraph(self.t("contents.update_hint"), "Note")

    # -- chapters --------------------------------------------------------------------------

    def chapter(self, chapter: Chapter) -> None:
        t, word = self.t, self.word
        word.use_language(chapter.lang)
        word.heading(f"{t('chapter.number', number=chapter.number)} · {chapter.title}", 1, chapter.anchor,
                     new_page=True)
        self.facts(chapter)
        word.paragraph(chapter.summary, "Note").paragraph_format.space_before = Pt(6)
        drawing = self.drawings.get(chapter.anchor, Drawing())
        caption = f"{t('diagram.title')} · {chapter.title}"
        if drawing.placement == "inline":
            word.heading(t("diagram.title"), 2, f"{chapter.anchor}-diagram")
            self.diagram(drawing, caption, chapter.diagram.note)
        self.steps(chapter)
        if drawing.placement != "inline":
            self.plates(drawing, caption, f"{chapter.anchor}-diagram")
        self.standards(chapter)
        self.fail_points(chapter)
        self.checklist(chapter)
        word.use_language(None)

    def facts(self, chapter: Chapter) -> None:
        """Scenario, owner, version and state, those the blueprint gives."""
        t, word = self.t, self.word
        facts = [(t(f"chapter.{key}"), getattr(chapter, key))
                 for key in ("scenario", "owner", "version", "state") if getattr(chapter, key)]
        if not facts:
            return
        table = word.table(len(facts), (90.0, TEXT_WIDTH - 90.0), header=False)
        for row, (label, value) in zip(table.rows, facts):
            word.cell(row.cells[0], label, colour=MUTED)
            word.cell(row.cells[1], value)

    def steps(self, chapter: Chapter) -> None:
        t = self.t
        self.word.heading(t("steps.title"), 2, f"{chapter.anchor}-steps")
        widths = (28.0, 62.0, 146.0, 80.0, 66.0, TEXT_WIDTH - 382.0)
        table = self.word.table(len(chapter.steps) + 1, widths)
        for cell, key in zip(table.rows[0].cells, ("number", "lane", "step", "actor", "time", "evidence")):
            self.word.cell(cell, t(f"steps.{key}"))
        for row, step in zip(table.rows[1:], chapter.steps):
            self.step(row.cells, step, chapter.separator)

    def step(self, cells, step, separator: str) -> None:
        """One step's row: its marks and fail points under its name, each wait with its likely
        length under it."""
        t, word = self.t, self.word
        word.cell(cells[0], step.number)
        word.cell(cells[1], step.lane)
        word.cell(cells[2], step.name)
        badges = [mark for _kind, mark in step.marks]
        if step.fail_point_ids:
            badges.append(t("steps.fail_point_ref", ids=", ".join(step.fail_point_ids)))
        if badges:
            word.cell_line(cells[2], " · ".join(badges), colour=ACCENT, size=8)
        word.cell(cells[3], step.actor)
        for index, (time, likely) in enumerate(step.time):
            paragraph = word.cell(cells[4]) if index == 0 else word.cell_line(cells[4])
            word.run(paragraph, time)
            if likely:
                word.cell_line(cells[4], likely, colour=MUTED, size=8)
        word.cell(cells[5], separator.join(step.evidence))

    def section(self, key: str, bookmark: str, items) -> bool:
        """A chapter section's heading, then its note: "none" (and False) when it has no
        ``items``, else its introduction."""
        self.word.heading(self.t(f"{key}.title"), 2, bookmark)
        self.word.paragraph(self.t(f"{key}.intro" if items else f"{key}.none"), "Note")
        return bool(items)

    def standards(self, chapter: Chapter) -> None:
        word = self.word
        if not self.section("standards", f"{chapter.anchor}-standards", chapter.standard_groups):
            return
        smart = {row.id: row for row in chapter.smart}
        for group in chapter.standard_groups:
            word.heading(group.title, 3)
            for std in group.standards:
                self.standard(std, smart.get(std.id))
                word.spacer()

    def standard(self, std, smart_row) -> None:
        """A standard as a table of its own, kept on one page: statement, facts, SMART
        verdicts and (where it has any) its phrases."""
        t, word = self.t, self.word
        not_set = t("standards.not_set")
        label_width, value_width = 82.0, (TEXT_WIDTH - 2 * 82.0) / 2
        rows = 6 if std.say or std.avoid else 5  # as the HTML: no phrases, no phrases row
        table = word.table(rows, (label_width, value_width, label_width, value_width), keep=True)
        paragraph = word.cell(table.cell(0, 0).merge(table.cell(0, 3)), std.id, bold=True)
        word.run(paragraph, "  ")
        word.run(paragraph, std.statement, bold=True)
        facts = ((t("standards.dimension"), std.dimension, t("standards.compliance"), std.compliance),
                 (t("standards.metric"), std.metric, t("standards.target"), std.target),
                 (t("standards.measure"), std.measure, t("standards.owner"), std.owner))
        for row, (label1, value1, label2, value2) in zip(table.rows[1:4], facts):
            word.cell(row.cells[0], label1, colour=MUTED)
            word.cell(row.cells[1], value1 or not_set)
            word.cell(row.cells[2], label2, colour=MUTED)
            word.cell(row.cells[3], value2 or not_set)
        word.cell(table.cell(4, 0), "SMART", colour=MUTED)
        verdicts = table.cell(4, 1).merge(table.cell(4, 3))
        self.smart_verdicts(verdicts.paragraphs[0], smart_row)
        if rows == 6:
            self.phrases(table.cell(5, 0).merge(table.cell(5, 3)), std)

    def smart_verdicts(self, paragraph, row) -> None:
        word = self.word
        if row is None:
            word.run(paragraph, self.t("standards.not_set"))
            return
        for index, verdict in enumerate(row.verdicts):
            if index:
                word.run(paragraph, "   ")
            word.run(paragraph, f"{verdict.letter} ", bold=True)
            word.run(paragraph, verdict.symbol, bold=True, colour=VERDICT_COLOURS.get(verdict.verdict))
            word.run(paragraph, f" {verdict.label}", colour=MUTED, size=8)

    def phrases(self, cell, std) -> None:
        """Phrases to say, then phrases to avoid (禁语), one bullet each, in one merged cell."""
        t, word = self.t, self.word
        first = True
        for key, items, colour in (("standards.say", std.say, GOOD), ("standards.avoid", std.avoid, BAD)):
            paragraph = word.cell(cell) if first else word.cell_line(cell)
            first = False
            word.run(paragraph, t(key), bold=True, colour=colour)
            for phrase in items or [t("standards.not_set")]:
                word.cell_line(cell, phrase, style="Table Bullet")

    def fail_points(self, chapter: Chapter) -> None:
        t, word = self.t, self.word
        if not self.section("fail_points", f"{chapter.anchor}-fail-points", chapter.fail_points):
            return
        widths = (120.0, 80.0, 105.0, 105.0, TEXT_WIDTH - 410.0)
        table = word.table(len(chapter.fail_points) + 1, widths)
        for cell, key in zip(table.rows[0].cells, ("what", "cause", "prevent", "recover", "owner")):
            word.cell(cell, t(f"fail_points.{key}"))
        not_set = t("standards.not_set")
        for row, fail in zip(table.rows[1:], chapter.fail_points):
            cells = row.cells
            self.named(cells[0], fail.id, fail.what, colour=BAD)
            word.cell_line(cells[0], t("fail_points.at_step", step=fail.step_name), colour=MUTED, size=8)
            for cell, value in zip(cells[1:], (fail.cause, fail.prevent, fail.recover, fail.owner)):
                word.cell(cell, value or not_set)

    def checklist(self, chapter: Chapter) -> None:
        t, word = self.t, self.word
        heading = word.heading(f"{t('checklist.title')} · {chapter.title}", 2, f"{chapter.anchor}-checklist")
        heading.paragraph_format.page_break_before = True  # a page of its own, to print for a round
        word.paragraph(t("checklist.intro"), "Note")
        self.audit_fields()
        word.paragraph()
        if not chapter.checklist:
            word.paragraph(t("checklist.none"), "Note")
            return
        self.checklist_table(chapter.checklist)

    def audit_fields(self) -> None:
        """Site, auditor, date and signature, with room to write them in."""
        t = self.t
        fields = self.word.table(2, (80.0, TEXT_WIDTH / 2 - 80.0, 80.0, TEXT_WIDTH / 2 - 80.0), header=False)
        for row, (left, right) in zip(fields.rows, (("site", "auditor"), ("date", "signature"))):
            self.word.cell(row.cells[0], t(f"checklist.{left}"), colour=MUTED)
            self.word.cell(row.cells[2], t(f"checklist.{right}"), colour=MUTED)
            row.height = Pt(22)

    def checklist_table(self, items) -> None:
        """Each standard to audit, with a check box for met, not met and not applicable."""
        t, word = self.t, self.word
        widths = (235.0, 42.0, 42.0, 42.0, TEXT_WIDTH - 361.0)
        table = word.table(len(items) + 1, widths)
        for cell, key in zip(table.rows[0].cells, ("standard", "met", "not_met", "not_applicable", "notes")):
            word.cell(cell, t(f"checklist.{key}"))
        for cell in table.rows[0].cells[1:4]:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for row, item in zip(table.rows[1:], items):
            cells = row.cells
            self.named(cells[0], item.id, item.statement)
            if item.details:
                word.cell_line(cells[0], " · ".join(item.details), colour=MUTED, size=8)
            for cell in cells[1:4]:
                paragraph = cell.paragraphs[0]
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                word.checkbox(paragraph)

    # -- diagrams --------------------------------------------------------------------------

    def diagram(self, drawing: Drawing, caption: str, note: str = "") -> None:
        """A drawing in the chapter's flow, or the note that stands in its place."""
        if not drawing.sheets:
            self.word.paragraph(drawing.note or note or self.t("diagram.pending"), "Note")
            return
        for sheet in drawing.sheets:
            self.sheet(sheet, drawing, caption)

    def plates(self, drawing: Drawing, caption: str, bookmark: str | None) -> None:
        """Drawings on pages of their own (landscape or portrait), one sheet a page, in a
        section of their own; the chapter goes on in a new portrait section."""
        self.word.new_section(drawing.placement)
        self.word.heading(self.t("diagram.title") if bookmark else caption, 2, bookmark)
        for index, sheet in enumerate(drawing.sheets):
            self.sheet(sheet, drawing, caption, new_page=index > 0)
        self.word.new_section()

    def sheet(self, sheet: Sheet, drawing: Drawing, caption: str, *, new_page: bool = False) -> None:
        """A sheet's pictures side by side on one line, then its caption."""
        word = self.word
        scale = sheet.scale_for(drawing.box)
        paragraph = word.paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.page_break_before = new_page
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.paragraph_format.line_spacing = 1.0
        for piece in sheet.pieces:
            word.picture(paragraph, piece.png, piece.shown_width * scale, piece.shown_height * scale, caption,
                         piece.window if piece.cropped else None)
        self.sheet_caption(sheet, caption)

    def sheet_caption(self, sheet: Sheet, caption: str) -> None:
        """The caption, with the sheet's part and, where the renderer marks them, where the
        drawing continues."""
        t = self.t
        words = [caption]
        if sheet.parts > 1:
            words.append(t("diagram.part", part=sheet.part, parts=sheet.parts))
        line = self.word.paragraph(" · ".join(words), "Caption")
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if sheet.marks and sheet.parts > 1:
            marks = []
            if sheet.part > 1:
                marks.append("◀ " + t("diagram.continued_from", part=sheet.part - 1))
            if sheet.part < sheet.parts:
                marks.append(t("diagram.continues_on", part=sheet.part + 1) + " ▶")
            self.word.run(line, "   " + "   ".join(marks))

    # -- comparison ------------------------------------------------------------------------

    def comparison(self, cmp) -> None:
        t, word = self.t, self.word
        number = len(self.hb.chapters) + 1
        word.heading(f"{t('chapter.number', number=number)} · {cmp.title}", 1, cmp.anchor, new_page=True)
        word.paragraph(cmp.intro)
        if cmp.note:
            word.paragraph(cmp.note, "Note")
        for section in cmp.sections:
            self.comparison_section(section)
        if cmp.measures:
            self.measures(cmp.measures)
        drawing = self.drawings.get(cmp.anchor)
        if drawing is not None and (drawing.sheets or drawing.note):
            caption = t("diagram.against_title")
            if drawing.placement == "inline":
                word.heading(caption, 2)
                self.diagram(drawing, caption)
            else:
                self.plates(drawing, caption, None)

    def comparison_section(self, section) -> None:
        """What was added, removed and changed of one kind (steps, standards...)."""
        t, word = self.t, self.word
        word.heading(section.title, 2)
        if section.empty:
            word.paragraph(t("comparison.nothing"), "Note")
        for key, items, colour in (("comparison.added", section.added, GOOD),
                                   ("comparison.removed", section.removed, BAD)):
            if not items:
                continue
            word.paragraph(t(key), bold=True, colour=colour)
            for ident, name in items:
                paragraph = word.paragraph(ident, "List Bullet", bold=True)
                word.run(paragraph, " ")
                word.run(paragraph, name)
        if section.changed:
            word.paragraph(t("comparison.changed"), bold=True)
            self.changes(section)
            word.paragraph()

    def changes(self, section) -> None:
        """One row a changed field, the item named once in a cell merged down its rows."""
        t, word = self.t, self.word
        rows = sum(len(item.fields) for item in section.changed)
        widths = (150.0, 80.0, (TEXT_WIDTH - 230.0) / 2, (TEXT_WIDTH - 230.0) / 2)
        table = word.table(rows + 1, widths)
        for cell, text in zip(table.rows[0].cells, (section.title, t("comparison.field"),
                                                    t("comparison.before"), t("comparison.after"))):
            word.cell(cell, text)
        index = 1
        for item in section.changed:
            first = table.cell(index, 0)
            last = table.cell(index + len(item.fields) - 1, 0)
            merged = first.merge(last) if len(item.fields) > 1 else first
            self.named(merged, item.id, item.name)
            if item.crossed_visibility:
                word.cell_line(merged, t("comparison.crossed_visibility"), colour=BAD, size=8)
            for label, before, after in item.fields:
                for cell, text in zip(table.rows[index].cells[1:], (label, before, after)):
                    word.cell(cell, text)
                index += 1

    def measures(self, measures) -> None:
        t, word = self.t, self.word
        word.heading(t("comparison.measures"), 2)
        widths = (TEXT_WIDTH - 3 * 80.0, 80.0, 80.0, 80.0)
        table = word.table(len(measures) + 1, widths)
        for cell, key in zip(table.rows[0].cells, ("measure", "before", "after", "change")):
            word.cell(cell, t(f"comparison.{key}"))
        for row, measure in zip(table.rows[1:], measures):
            word.cell(row.cells[0], measure.name)
            for cell, value in zip(row.cells[1:], (measure.before, measure.after, measure.change)):
                word.cell(cell, value).alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # -- appendix and glossary -------------------------------------------------------------

    def appendix(self) -> None:
        t, word = self.t, self.word
        word.heading(t("appendix.title"), 1, "appendix", new_page=True)
        word.paragraph(t("appendix.intro"), "Note")
        if not self.hb.smart_available:
            word.paragraph(t("appendix.unavailable"), "Note")
        self.smart_legend()
        for chapter in self.hb.chapters:
            word.use_language(chapter.lang)
            word.heading(f"{t('chapter.number', number=chapter.number)} · {chapter.title}", 2)
            if chapter.smart:
                self.smart_table(chapter.smart)
            else:
                word.paragraph(t("appendix.none"), "Note")
        word.use_language(None)

    def smart_legend(self) -> None:
        legend = self.word.paragraph()
        for index, verdict in enumerate(("pass", "fail", "unknown")):
            symbol = {"pass": "✓", "fail": "✗", "unknown": "?"}[verdict]
            if index:
                self.word.run(legend, "    ")
            self.word.run(legend, symbol, bold=True, colour=VERDICT_COLOURS[verdict])
            self.word.run(legend, f" {self.t('appendix.' + verdict)}")

    def smart_table(self, rows) -> None:
        """Each standard's five verdicts, and under a standard that fails any, a row of why."""
        word = self.word
        widths = (TEXT_WIDTH - 5 * 28.0, 28.0, 28.0, 28.0, 28.0, 28.0)
        table = word.table(1 + sum(2 if row.reasons else 1 for row in rows), widths)
        for cell, text in zip(table.rows[0].cells, (self.t("appendix.standard"), "S", "M", "A", "R", "T")):
            word.cell(cell, text)
        index = 1
        for row in rows:
            cells = table.rows[index].cells
            self.named(cells[0], row.id, row.statement)
            for cell, verdict in zip(cells[1:], row.verdicts):
                word.cell(cell, verdict.symbol, bold=True, colour=VERDICT_COLOURS.get(verdict.verdict))
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            index += 1
            if row.reasons:
                for cell in cells:
                    cell.paragraphs[0].paragraph_format.keep_with_next = True
                self.smart_reasons(table.cell(index, 0).merge(table.cell(index, 5)), row.reasons)
                index += 1

    def smart_reasons(self, cell, reasons) -> None:
        word = self.word
        for number, (letter, reason) in enumerate(reasons):
            paragraph = word.cell(cell) if number == 0 else word.cell_line(cell)
            word.run(paragraph, f"{letter}  ", bold=True, colour=BAD)
            word.run(paragraph, reason, size=8)
        word.shade(cell, REASONS_FILL)

    def glossary(self) -> None:
        t, word = self.t, self.word
        word.heading(t("glossary.title"), 1, "glossary", new_page=True)
        word.paragraph(t("glossary.intro"), "Note")
        table = word.table(len(self.hb.glossary) + 1, (140.0, TEXT_WIDTH - 140.0))
        word.cell(table.cell(0, 0), t("glossary.term"))
        word.cell(table.cell(0, 1), t("glossary.definition"))
        for row, entry in zip(table.rows[1:], self.hb.glossary):
            word.cell(row.cells[0], entry.term, bold=True)
            for lang, name in entry.other_names:
                word.in_language(word.cell_line(row.cells[0], name, colour=MUTED, size=8), lang)
            word.cell(row.cells[1], entry.definition)
