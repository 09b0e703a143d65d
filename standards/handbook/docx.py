"""Handbook view → a Word document (.docx), for trainers who edit their handbook in Word.

The content is the same view model the HTML and Markdown templates lay out (view.py), walked
in the same order: cover, contents, one chapter per blueprint (facts, diagram, steps with
their waits, standards by contact point with their SMART verdicts and phrases, fail points
with prevention and recovery, the audit checklist), the comparison chapter, the SMART
appendix and the glossary. Nothing is derived here that the view does not already say.

Word's own styles carry the look, so that a trainer can restyle the whole handbook from
Word's Styles pane: Title, Subtitle, Heading 1–3, List Bullet, Caption, TOC 1–2, and two of
ours, "Handbook Table" (a table style based on Table Grid, its first row shaded and repeated
on every page) and "Table Text" (the paragraphs inside tables).

Fonts: East Asian text takes Microsoft YaHei (zh-CN, and English handbooks) or Microsoft
JhengHei (zh-TW): they come with every Windows since Vista and with Office for Mac, where
trainers open the file; elsewhere (LibreOffice on Linux) the w:lang of the text picks a CJK
fallback through fontconfig (Noto Sans CJK SC/TC). Latin text takes Calibri. Each run of a
chapter whose language differs from the handbook's gets that chapter's font and language, as
the HTML gives each chapter its ``lang``.

User text is only ever the text of a run: python-docx escapes ``& < >``, nothing a user wrote
becomes a field or an element, and characters XML 1.0 forbids (which would make the file
unreadable) print as the Unicode control pictures, as the DOT escaper does.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from blueprint.render.escape import word_text
from standards.handbook.docx_diagrams import Drawing, Sheet, drawing_for
from standards.handbook.parts import Chapter, Handbook, Source, today

# ---- fonts and languages -----------------------------------------------------------------

LATIN_FONT = "Calibri"
EAST_ASIAN_FONTS = {"zh-CN": "Microsoft YaHei", "zh-TW": "Microsoft JhengHei", "en": "Microsoft YaHei"}
WORD_LANGUAGES = {"zh-CN": ("zh-CN", "zh-CN"), "zh-TW": ("zh-TW", "zh-TW"), "en": ("en-GB", "zh-CN")}
SYMBOL_FONT = "Segoe UI Symbol"  # ☐ ✓ ✗ on Windows; elsewhere the fallback finds DejaVu or Noto

# Colours of the HTML handbook (handbook.css).
ACCENT = "1F4E79"
ACCENT_SOFT = "EAF0F7"
MUTED = "5D6677"
RULE = "C8CED9"
GOOD = "1D6B3A"
BAD = "A2282B"
VERDICT_COLOURS = {"pass": GOOD, "fail": BAD, "unknown": MUTED}

# Page geometry in pt: A4, margins as in handbook.css (22/20/20/20 mm), diagram pages narrower.
A4 = (595.3, 841.9)
PORTRAIT_MARGINS = (62.4, 56.7, 56.7, 56.7)  # top, right, bottom, left
PLATE_MARGINS = (30.0, 36.0, 42.0, 36.0)
TEXT_WIDTH = A4[0] - PORTRAIT_MARGINS[1] - PORTRAIT_MARGINS[3]  # 481.9

CHECKBOX = "\u2610"  # ☐


def word_language(lang: str) -> str:
    return lang if lang in WORD_LANGUAGES else "en"


# ---- the document -------------------------------------------------------------------------


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
    if not jobs:
        return {}
    lang = handbook.lang
    if len(jobs) == 1:
        return {jobs[0][0]: drawing_for(jobs[0][1], lang, jobs[0][2])}
    with ThreadPoolExecutor(max_workers=min(len(jobs), 4)) as pool:
        drawn = list(pool.map(lambda job: drawing_for(job[1], lang, job[2]), jobs))
    return {job[0]: drawing for job, drawing in zip(jobs, drawn)}


class _Writer:
    def __init__(self, handbook: Handbook, drawings: dict[str, Drawing]) -> None:
        import docx

        self.hb = handbook
        self.t = handbook.t
        self.lang = word_language(handbook.lang)
        self.drawings = drawings
        self.doc = docx.Document()
        self.run_lang: str | None = None  # a chapter's language, when it is not the handbook's
        self.headings: list[tuple[int, str, str]] = []  # (level, text, bookmark) for the contents
        self._bookmark_id = 0
        self._style_ids: dict[str, str] = {}

    # -- whole document --------------------------------------------------------------------

    def write(self) -> bytes:
        self._set_up()
        self.cover()
        contents_end = self.contents()
        for chapter in self.hb.chapters:
            self.chapter(chapter)
        if self.hb.comparison is not None:
            self.comparison(self.hb.comparison)
        self.appendix()
        self.glossary()
        self.spacer()  # a document ends with a paragraph, not a table
        self._fill_contents(contents_end)
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    def _set_up(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Pt, RGBColor

        doc = self.doc
        section = doc.sections[0]
        self._page(section, landscape=False)
        self._footer(section)
        core = doc.core_properties
        core.title = word_text(self.hb.title)[:255]
        core.subject = word_text(self.hb.subtitle)[:255]
        core.author = word_text(self.hb.organisation)[:255]
        core.last_modified_by = ""
        core.comments = "blueprint manual"
        core.language = WORD_LANGUAGES[self.lang][0]
        core.keywords = ""
        core.revision = 1
        moment = _dt.datetime.combine(today(), _dt.time(0, 0))
        core.created = core.modified = moment

        styles = doc.styles
        self._default_fonts()
        normal = styles["Normal"]
        normal.font.size = Pt(10)
        normal.paragraph_format.space_after = Pt(4)
        normal.paragraph_format.line_spacing = 1.15
        for level, size in ((1, 17), (2, 13), (3, 11)):
            heading = styles[f"Heading {level}"]
            heading.font.size = Pt(size)
            heading.font.color.rgb = RGBColor.from_string(ACCENT)
            heading.paragraph_format.space_before = Pt(14 if level == 1 else 10)
            heading.paragraph_format.space_after = Pt(4)
        styles["Title"].font.color.rgb = RGBColor.from_string(ACCENT)
        styles["Title"].font.size = Pt(28)
        styles["Subtitle"].font.color.rgb = RGBColor.from_string(ACCENT)
        styles["Caption"].font.color.rgb = RGBColor.from_string(MUTED)

        text = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
        text.base_style = normal
        text.font.size = Pt(9)
        text.paragraph_format.space_after = Pt(0)
        text.paragraph_format.line_spacing = 1.05
        text.quick_style = True
        bullet = styles.add_style("Table Bullet", WD_STYLE_TYPE.PARAGRAPH)
        bullet.base_style = styles["List Bullet"]
        bullet.font.size = Pt(9)
        bullet.paragraph_format.space_after = Pt(0)
        bullet.quick_style = True
        muted = styles.add_style("Note", WD_STYLE_TYPE.PARAGRAPH)
        muted.base_style = normal
        muted.font.size = Pt(9)
        muted.font.color.rgb = RGBColor.from_string(MUTED)
        muted.quick_style = True
        for level in (1, 2):
            # Word knows its own contents styles by these lower-case names ("toc 1", "toc 2").
            toc = styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
            toc.base_style = normal
            toc.paragraph_format.left_indent = Pt(14 * (level - 1))
            toc.paragraph_format.space_after = Pt(2)
            if level == 1:
                toc.font.bold = True
        self._table_style()

    def _default_fonts(self) -> None:
        """Explicit fonts and languages in the document defaults and every style: the theme
        fonts of python-docx's template name no East Asian font at all."""
        from docx.oxml.ns import qn

        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
        fonts = defaults.find(qn("w:rFonts"))
        for name in list(fonts.attrib):
            del fonts.attrib[name]
        self._fonts(fonts, self.lang, latin=True)
        language = defaults.find(qn("w:lang"))
        language.set(qn("w:val"), WORD_LANGUAGES[self.lang][0])
        language.set(qn("w:eastAsia"), WORD_LANGUAGES[self.lang][1])
        for element in styles.iter(qn("w:rFonts")):
            if element is fonts:
                continue
            themed = [name for name in element.attrib if name.endswith(("Theme", "theme"))]
            for name in themed:
                del element.attrib[name]
            self._fonts(element, self.lang, latin=bool(themed))

    @staticmethod
    def _fonts(element, lang: str, *, latin: bool) -> None:
        from docx.oxml.ns import qn

        if latin:
            for name in ("w:ascii", "w:hAnsi", "w:cs"):
                element.set(qn(name), LATIN_FONT)
        element.set(qn("w:eastAsia"), EAST_ASIAN_FONTS[lang])
        if lang.startswith("zh"):
            # Quotes, dashes and ellipses are shared by both scripts; in Chinese text they
            # take the Chinese font's (full-width) forms.
            element.set(qn("w:hint"), "eastAsia")

    def _table_style(self) -> None:
        """"Handbook Table": Table Grid with soft rules, cell padding and a shaded first row."""
        from docx.enum.style import WD_STYLE_TYPE
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        style = self.doc.styles.add_style("Handbook Table", WD_STYLE_TYPE.TABLE)
        style.base_style = self.doc.styles["Table Grid"]
        style.quick_style = True
        element = style.element
        borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>'
                          for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        element.append(parse_xml(
            f'<w:tblPr {nsdecls("w")}><w:tblBorders>{borders}</w:tblBorders>'
            '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>'
            '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>'))
        element.append(parse_xml(
            f'<w:tblStylePr {nsdecls("w")} w:type="firstRow"><w:rPr><w:b/><w:color w:val="{ACCENT}"/></w:rPr>'
            f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{ACCENT_SOFT}"/></w:tcPr></w:tblStylePr>'))

    def _page(self, section, *, landscape: bool, plate: bool = False) -> None:
        """A4 in the given orientation; a plate (a page of drawings) has narrow margins."""
        from docx.enum.section import WD_ORIENT
        from docx.shared import Pt

        width, height = (A4[1], A4[0]) if landscape else A4
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Pt(width), Pt(height)
        top, right, bottom, left = PLATE_MARGINS if plate else PORTRAIT_MARGINS
        section.top_margin, section.right_margin = Pt(top), Pt(right)
        section.bottom_margin, section.left_margin = Pt(bottom), Pt(left)
        section.header_distance = Pt(18)
        section.footer_distance = Pt(16 if plate else 28)

    def _footer(self, section) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._field(paragraph, "PAGE", "1")

    def _new_section(self, placement: str | None = None):
        """A new section from a new page: for drawings (``landscape`` or ``portrait``
        plates), or with ``None`` the chapter's portrait pages again."""
        from docx.enum.section import WD_SECTION

        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self._page(section, landscape=placement == "landscape", plate=placement is not None)
        return section

    # -- building blocks -------------------------------------------------------------------

    def style(self, paragraph, name: str | None):
        """Give ``paragraph`` the style ``name`` (python-docx's own setter looks the default
        style up each time, which costs seconds over a handbook)."""
        if name:
            if name not in self._style_ids:
                self._style_ids[name] = self.doc.styles[name].style_id
            paragraph._p.get_or_add_pPr().style = self._style_ids[name]
        return paragraph

    def run(self, paragraph, text: object, *, bold: bool = False, colour: str | None = None,
            size: float | None = None, font: str | None = None):
        """One run of text: the only way text enters the document."""
        from docx.shared import Pt, RGBColor

        run = paragraph.add_run(word_text(text))
        if bold:
            run.bold = True
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        if size:
            run.font.size = Pt(size)
        if font:
            self._run_fonts(run, font)
        if self.run_lang:
            self._run_language(run, self.run_lang)
        return run

    def _run_fonts(self, run, font: str) -> None:
        from docx.oxml.ns import qn

        fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
        for name in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(name), font)

    def _run_language(self, run, lang: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        properties = run._r.get_or_add_rPr()
        fonts = properties.get_or_add_rFonts()
        if fonts.get(qn("w:ascii")) is None:
            fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONTS[lang])
        language = properties.find(qn("w:lang"))
        if language is None:
            language = OxmlElement("w:lang")
            properties.append(language)
        language.set(qn("w:val"), WORD_LANGUAGES[lang][0])
        language.set(qn("w:eastAsia"), WORD_LANGUAGES[lang][1])

    def paragraph(self, text: object = "", style: str | None = None, container=None, **run_options):
        target = container if container is not None else self.doc
        paragraph = self.style(target.add_paragraph(), style)
        if text != "":
            self.run(paragraph, text, **run_options)
        return paragraph

    def heading(self, text: str, level: int, bookmark: str | None = None, *, new_page: bool = False):
        paragraph = self.style(self.doc.add_paragraph(), f"Heading {level}")
        paragraph.paragraph_format.page_break_before = new_page
        paragraph.paragraph_format.keep_with_next = True
        run = self.run(paragraph, text)
        if bookmark:
            # Word's bookmark names are letters, digits and underscores: "bp1-steps" → "bp1_steps".
            bookmark = re.sub(r"\W", "_", bookmark, flags=re.ASCII)[:40]
            self._bookmark(paragraph, run, bookmark)
            self.headings.append((level, word_text(text), bookmark))
        return paragraph

    def _bookmark(self, paragraph, run, name: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        self._bookmark_id += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._bookmark_id))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._bookmark_id))
        run._r.addprevious(start)
        run._r.addnext(end)

    def _field(self, paragraph, instruction: str, shown: str) -> None:
        """A Word field whose code we wrote (PAGE): never user text."""
        self._field_start(paragraph, instruction)
        paragraph.add_run(shown)
        self._field_char(paragraph, "end")

    def _field_start(self, paragraph, instruction: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        self._field_char(paragraph, "begin")
        code = OxmlElement("w:instrText")
        code.set(qn("xml:space"), "preserve")
        code.text = f" {instruction} "
        paragraph.add_run()._r.append(code)
        self._field_char(paragraph, "separate")

    @staticmethod
    def _field_char(paragraph, kind: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(char)

    def table(self, rows: int, widths: Sequence[float], *, header: bool = True, keep: bool = False):
        """A table in "Handbook Table" style; ``widths`` in pt; the first row a repeated header."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Pt

        table = self.doc.add_table(rows=rows, cols=len(widths))
        table.style = self.doc.styles["Handbook Table"]
        table.autofit = False
        look = table._tbl.tblPr.find(qn("w:tblLook"))
        if look is None:
            look = OxmlElement("w:tblLook")
            table._tbl.tblPr.append(look)
        look.set(qn("w:val"), "0420" if header else "0400")
        look.set(qn("w:firstRow"), "1" if header else "0")
        for name in ("w:lastRow", "w:firstColumn", "w:lastColumn", "w:noVBand"):
            look.set(qn(name), "0" if name != "w:noVBand" else "1")
        look.set(qn("w:noHBand"), "1")
        for column, width in zip(table.columns, widths):
            column.width = Pt(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths):
                cell.width = Pt(width)
                self.style(cell.paragraphs[0], "Table Text")
            properties = row._tr.get_or_add_trPr()
            properties.append(OxmlElement("w:cantSplit"))
        if header and rows:
            table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        if keep:
            for row in list(table.rows)[:-1]:
                for cell in row.cells:
                    cell.paragraphs[0].paragraph_format.keep_with_next = True
        return table

    def cell(self, cell, text: object = "", **run_options):
        """Text into a table cell's first paragraph (more lines: ``cell_line``)."""
        paragraph = cell.paragraphs[0]
        if text != "":
            self.run(paragraph, text, **run_options)
        return paragraph

    def cell_line(self, cell, text: object = "", style: str = "Table Text", **run_options):
        paragraph = self.style(cell.add_paragraph(), style)
        if text != "":
            self.run(paragraph, text, **run_options)
        return paragraph

    def shade(self, cell, fill: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        properties = cell._tc.get_or_add_tcPr()
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), fill)
        properties.append(shading)

    def checkbox(self, paragraph) -> None:
        """☐ as a Word check box (a content control: click to tick), printed as the glyph."""
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        font = f'<w:rFonts w:ascii="{SYMBOL_FONT}" w:hAnsi="{SYMBOL_FONT}" w:eastAsia="{SYMBOL_FONT}" w:cs="{SYMBOL_FONT}"/>'
        paragraph._p.append(parse_xml(
            f'<w:sdt {nsdecls("w", "w14")}><w:sdtPr><w:rPr>{font}</w:rPr>'
            '<w14:checkbox><w14:checked w14:val="0"/>'
            f'<w14:checkedState w14:val="2612" w14:font="{SYMBOL_FONT}"/>'
            f'<w14:uncheckedState w14:val="2610" w14:font="{SYMBOL_FONT}"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:rPr>{font}<w:sz w:val="24"/></w:rPr><w:t>{CHECKBOX}</w:t></w:r></w:sdtContent></w:sdt>'))

    def spacer(self, points: float = 6.0):
        """A small empty paragraph: Word joins two tables with nothing between them into one."""
        paragraph = self.doc.add_paragraph()
        paragraph.paragraph_format.space_after = self._pt(0)
        paragraph.paragraph_format.line_spacing = self._pt(points)
        return paragraph

    # -- cover and contents ----------------------------------------------------------------

    def cover(self) -> None:
        from docx.shared import Pt

        hb, t = self.hb, self.t
        spacer = self.paragraph()
        spacer.paragraph_format.space_before = Pt(120)
        self.paragraph(hb.subtitle, "Subtitle")
        self.paragraph(hb.title, "Title")
        if hb.organisation:
            self.paragraph(hb.organisation, size=14, colour=MUTED)
        self.paragraph()
        table = self.table(2, (90.0, 260.0), header=False)
        self.cell(table.cell(0, 0), t("cover.version"), colour=MUTED)
        if len(hb.versions) == 1:
            self.cell(table.cell(0, 1), hb.versions[0][1])
        else:
            for index, (title, version) in enumerate(hb.versions):
                line = t("cover.version_line", title=title, version=version)
                if index == 0:
                    self.cell(table.cell(0, 1), line)
                else:
                    self.cell_line(table.cell(0, 1), line)
        self.cell(table.cell(1, 0), t("cover.date"), colour=MUTED)
        self.cell(table.cell(1, 1), hb.date)

    def contents(self):
        """The contents: a Word TOC field (Update Field adds page numbers) whose shown result
        is filled in once every heading is known; returns the paragraph that ends it."""
        heading = self.paragraph(self.t("contents.title"), "TOC Heading")
        heading.paragraph_format.page_break_before = True
        depth = 2 if len(self.hb.chapters) <= 4 else 1  # as the HTML: sections only for a few chapters
        self.toc_depth = depth
        self._toc_start = self.style(self.doc.add_paragraph(), "toc 1")
        self._field_start(self._toc_start, f'TOC \\o "1-{depth}" \\h \\z \\u')
        end = self.doc.add_paragraph()
        self._field_char(end, "end")
        self.paragraph(self.t("contents.update_hint"), "Note")
        return end

    def _fill_contents(self, end) -> None:
        """The contents as Word would show them before their first update: each heading, a
        link to it; Word's Update Field rebuilds the list with page numbers."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        entries = [(level, text, bookmark) for level, text, bookmark in self.headings if level <= self.toc_depth]
        for index, (level, text, bookmark) in enumerate(entries):
            if index == 0:
                paragraph = self._toc_start  # the field's code and its first line share a paragraph
            else:
                paragraph = self.style(end.insert_paragraph_before(), f"toc {level}")
            link = OxmlElement("w:hyperlink")
            link.set(qn("w:anchor"), bookmark)
            link.set(qn("w:history"), "1")
            paragraph._p.append(link)
            run = paragraph.add_run(text)
            link.append(run._r)

    # -- chapters --------------------------------------------------------------------------

    def chapter(self, chapter: Chapter) -> None:
        t = self.t
        self.run_lang = word_language(chapter.lang) if word_language(chapter.lang) != self.lang else None
        self.heading(f"{t('chapter.number', number=chapter.number)} · {chapter.title}", 1, chapter.anchor,
                     new_page=True)
        facts = [(t(f"chapter.{key}"), getattr(chapter, key))
                 for key in ("scenario", "owner", "version", "state") if getattr(chapter, key)]
        if facts:
            table = self.table(len(facts), (90.0, TEXT_WIDTH - 90.0), header=False)
            for row, (label, value) in zip(table.rows, facts):
                self.cell(row.cells[0], label, colour=MUTED)
                self.cell(row.cells[1], value)
        self.paragraph(chapter.summary, "Note").paragraph_format.space_before = self._pt(6)
        drawing = self.drawings.get(chapter.anchor, Drawing())
        caption = f"{t('diagram.title')} · {chapter.title}"
        if drawing.placement == "inline":
            self.heading(t("diagram.title"), 2, f"{chapter.anchor}-diagram")
            self.diagram(drawing, caption, chapter.diagram.note)
        self.steps(chapter)
        if drawing.placement != "inline":
            self.plates(drawing, caption, f"{chapter.anchor}-diagram")
        self.standards(chapter)
        self.fail_points(chapter)
        self.checklist(chapter)
        self.run_lang = None

    @staticmethod
    def _pt(value: float):
        from docx.shared import Pt

        return Pt(value)

    def steps(self, chapter: Chapter) -> None:
        t = self.t
        self.heading(t("steps.title"), 2, f"{chapter.anchor}-steps")
        widths = (28.0, 62.0, 146.0, 80.0, 66.0, TEXT_WIDTH - 382.0)
        table = self.table(len(chapter.steps) + 1, widths)
        for cell, key in zip(table.rows[0].cells, ("number", "lane", "step", "actor", "time", "evidence")):
            self.cell(cell, t(f"steps.{key}"))
        for row, step in zip(table.rows[1:], chapter.steps):
            cells = row.cells
            self.cell(cells[0], step.number)
            self.cell(cells[1], step.lane)
            self.cell(cells[2], step.name)
            badges = [mark for _kind, mark in step.marks]
            if step.fail_point_ids:
                badges.append(t("steps.fail_point_ref", ids=", ".join(step.fail_point_ids)))
            if badges:
                self.cell_line(cells[2], " · ".join(badges), colour=ACCENT, size=8)
            self.cell(cells[3], step.actor)
            for index, (time, likely) in enumerate(step.time):
                paragraph = self.cell(cells[4]) if index == 0 else self.cell_line(cells[4])
                self.run(paragraph, time)
                if likely:
                    self.cell_line(cells[4], likely, colour=MUTED, size=8)
            self.cell(cells[5], chapter.separator.join(step.evidence))

    def standards(self, chapter: Chapter) -> None:
        t = self.t
        self.heading(t("standards.title"), 2, f"{chapter.anchor}-standards")
        if not chapter.standard_groups:
            self.paragraph(t("standards.none"), "Note")
            return
        self.paragraph(t("standards.intro"), "Note")
        smart = {row.id: row for row in chapter.smart}
        not_set = t("standards.not_set")
        label_width, value_width = 82.0, (TEXT_WIDTH - 2 * 82.0) / 2
        for group in chapter.standard_groups:
            self.heading(group.title, 3)
            for std in group.standards:
                rows = 6 if std.say or std.avoid else 5  # as the HTML: no phrases, no phrases row
                table = self.table(rows, (label_width, value_width, label_width, value_width), keep=True)
                head = table.cell(0, 0).merge(table.cell(0, 3))
                paragraph = self.cell(head, std.id, bold=True)
                self.run(paragraph, "  ")
                self.run(paragraph, std.statement, bold=True)
                facts = ((t("standards.dimension"), std.dimension, t("standards.compliance"), std.compliance),
                         (t("standards.metric"), std.metric, t("standards.target"), std.target),
                         (t("standards.measure"), std.measure, t("standards.owner"), std.owner))
                for row, (label1, value1, label2, value2) in zip(table.rows[1:4], facts):
                    self.cell(row.cells[0], label1, colour=MUTED)
                    self.cell(row.cells[1], value1 or not_set)
                    self.cell(row.cells[2], label2, colour=MUTED)
                    self.cell(row.cells[3], value2 or not_set)
                self.cell(table.cell(4, 0), "SMART", colour=MUTED)
                verdicts = table.cell(4, 1).merge(table.cell(4, 3))
                self.smart_verdicts(verdicts.paragraphs[0], smart.get(std.id))
                if rows == 6:
                    self.phrases(table.cell(5, 0).merge(table.cell(5, 3)), std)
                self.spacer()

    def smart_verdicts(self, paragraph, row) -> None:
        if row is None:
            self.run(paragraph, self.t("standards.not_set"))
            return
        for index, verdict in enumerate(row.verdicts):
            if index:
                self.run(paragraph, "   ")
            self.run(paragraph, f"{verdict.letter} ", bold=True)
            self.run(paragraph, verdict.symbol, bold=True, colour=VERDICT_COLOURS.get(verdict.verdict))
            self.run(paragraph, f" {verdict.label}", colour=MUTED, size=8)

    def phrases(self, cell, std) -> None:
        """Phrases to say, then phrases to avoid (禁语), one bullet each, in one merged cell."""
        t = self.t
        first = True
        for key, items, colour in (("standards.say", std.say, GOOD), ("standards.avoid", std.avoid, BAD)):
            paragraph = self.cell(cell) if first else self.cell_line(cell)
            first = False
            self.run(paragraph, t(key), bold=True, colour=colour)
            for phrase in items or [t("standards.not_set")]:
                self.cell_line(cell, phrase, style="Table Bullet")

    def fail_points(self, chapter: Chapter) -> None:
        t = self.t
        self.heading(t("fail_points.title"), 2, f"{chapter.anchor}-fail-points")
        if not chapter.fail_points:
            self.paragraph(t("fail_points.none"), "Note")
            return
        self.paragraph(t("fail_points.intro"), "Note")
        widths = (120.0, 80.0, 105.0, 105.0, TEXT_WIDTH - 410.0)
        table = self.table(len(chapter.fail_points) + 1, widths)
        for cell, key in zip(table.rows[0].cells, ("what", "cause", "prevent", "recover", "owner")):
            self.cell(cell, t(f"fail_points.{key}"))
        not_set = t("standards.not_set")
        for row, fail in zip(table.rows[1:], chapter.fail_points):
            cells = row.cells
            paragraph = self.cell(cells[0], fail.id, bold=True, colour=BAD)
            self.run(paragraph, " ")
            self.run(paragraph, fail.what)
            self.cell_line(cells[0], t("fail_points.at_step", step=fail.step_name), colour=MUTED, size=8)
            self.cell(cells[1], fail.cause or not_set)
            self.cell(cells[2], fail.prevent or not_set)
            self.cell(cells[3], fail.recover or not_set)
            self.cell(cells[4], fail.owner or not_set)

    def checklist(self, chapter: Chapter) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        t = self.t
        heading = self.heading(f"{t('checklist.title')} · {chapter.title}", 2, f"{chapter.anchor}-checklist")
        heading.paragraph_format.page_break_before = True  # a page of its own, to print for a round
        self.paragraph(t("checklist.intro"), "Note")
        fields = self.table(2, (80.0, TEXT_WIDTH / 2 - 80.0, 80.0, TEXT_WIDTH / 2 - 80.0), header=False)
        for row, (left, right) in zip(fields.rows, (("site", "auditor"), ("date", "signature"))):
            self.cell(row.cells[0], t(f"checklist.{left}"), colour=MUTED)
            self.cell(row.cells[2], t(f"checklist.{right}"), colour=MUTED)
            row.height = self._pt(22)
        self.paragraph()
        if not chapter.checklist:
            self.paragraph(t("checklist.none"), "Note")
            return
        widths = (235.0, 42.0, 42.0, 42.0, TEXT_WIDTH - 361.0)
        table = self.table(len(chapter.checklist) + 1, widths)
        for cell, key in zip(table.rows[0].cells, ("standard", "met", "not_met", "not_applicable", "notes")):
            self.cell(cell, t(f"checklist.{key}"))
        for cell in table.rows[0].cells[1:4]:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for row, item in zip(table.rows[1:], chapter.checklist):
            cells = row.cells
            paragraph = self.cell(cells[0], item.id, bold=True)
            self.run(paragraph, " ")
            self.run(paragraph, item.statement)
            if item.details:
                self.cell_line(cells[0], " · ".join(item.details), colour=MUTED, size=8)
            for cell in cells[1:4]:
                paragraph = cell.paragraphs[0]
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self.checkbox(paragraph)

    # -- diagrams --------------------------------------------------------------------------

    def diagram(self, drawing: Drawing, caption: str, note: str = "") -> None:
        """A drawing in the chapter's flow, or the note that stands in its place."""
        if not drawing.sheets:
            self.paragraph(drawing.note or note or self.t("diagram.pending"), "Note")
            return
        for sheet in drawing.sheets:
            self.sheet(sheet, drawing, caption)

    def plates(self, drawing: Drawing, caption: str, bookmark: str | None) -> None:
        """Drawings on pages of their own (landscape or portrait), one sheet a page, in a
        section of their own; the chapter goes on in a new portrait section."""
        self._new_section(drawing.placement)
        self.heading(self.t("diagram.title") if bookmark else caption, 2, bookmark)
        for index, sheet in enumerate(drawing.sheets):
            self.sheet(sheet, drawing, caption, new_page=index > 0)
        self._new_section()

    def sheet(self, sheet: Sheet, drawing: Drawing, caption: str, *, new_page: bool = False) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        scale = sheet.scale_for(drawing.box)
        paragraph = self.doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.page_break_before = new_page
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_after = self._pt(2)
        paragraph.paragraph_format.line_spacing = 1.0
        for piece in sheet.pieces:
            self.picture(paragraph, piece, scale, caption)
        words = [caption]
        if sheet.parts > 1:
            words.append(self.t("diagram.part", part=sheet.part, parts=sheet.parts))
        line = self.paragraph(" · ".join(words), "Caption")
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if sheet.marks and sheet.parts > 1:
            marks = []
            if sheet.part > 1:
                marks.append("◀ " + self.t("diagram.continued_from", part=sheet.part - 1))
            if sheet.part < sheet.parts:
                marks.append(self.t("diagram.continues_on", part=sheet.part + 1) + " ▶")
            self.run(line, "   " + "   ".join(marks))

    def picture(self, paragraph, piece, scale: float, caption: str) -> None:
        """A PNG at ``scale`` of its natural size, cropped to its window (Word's ``srcRect``:
        the picture is stored once however many windows show it)."""
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls, qn
        from docx.shared import Emu

        width = Emu(int(piece.shown_width * scale * 12700))
        height = Emu(int(piece.shown_height * scale * 12700))
        run = paragraph.add_run()
        shape = run.add_picture(io.BytesIO(piece.png), width=width, height=height)
        shape._inline.docPr.set("descr", word_text(caption))
        for side in ("distT", "distB", "distL", "distR"):
            # Without these LibreOffice spaces inline pictures apart, and the lane labels and
            # their window no longer fit one line.
            shape._inline.set(side, "0")
        if piece.cropped:
            left, top, right, bottom = piece.window
            shares = {"l": left, "t": top, "r": 1.0 - right, "b": 1.0 - bottom}
            attributes = " ".join(f'{key}="{max(0, round(value * 100000))}"' for key, value in shares.items())
            fill = shape._inline.find(".//" + qn("pic:blipFill"))
            fill.find(qn("a:blip")).addnext(parse_xml(f'<a:srcRect {nsdecls("a")} {attributes}/>'))

    # -- comparison, appendix, glossary ----------------------------------------------------

    def comparison(self, cmp) -> None:
        t = self.t
        number = len(self.hb.chapters) + 1
        self.heading(f"{t('chapter.number', number=number)} · {cmp.title}", 1, cmp.anchor, new_page=True)
        self.paragraph(cmp.intro)
        if cmp.note:
            self.paragraph(cmp.note, "Note")
        for section in cmp.sections:
            self.heading(section.title, 2)
            if section.empty:
                self.paragraph(t("comparison.nothing"), "Note")
            for key, items, colour in (("comparison.added", section.added, GOOD),
                                       ("comparison.removed", section.removed, BAD)):
                if not items:
                    continue
                self.paragraph(t(key), bold=True, colour=colour)
                for ident, name in items:
                    paragraph = self.paragraph(ident, "List Bullet", bold=True)
                    self.run(paragraph, " ")
                    self.run(paragraph, name)
            if section.changed:
                self.paragraph(t("comparison.changed"), bold=True)
                rows = sum(len(item.fields) for item in section.changed)
                widths = (150.0, 80.0, (TEXT_WIDTH - 230.0) / 2, (TEXT_WIDTH - 230.0) / 2)
                table = self.table(rows + 1, widths)
                for cell, text in zip(table.rows[0].cells, (section.title, t("comparison.field"),
                                                            t("comparison.before"), t("comparison.after"))):
                    self.cell(cell, text)
                index = 1
                for item in section.changed:
                    first = table.cell(index, 0)
                    last = table.cell(index + len(item.fields) - 1, 0)
                    merged = first.merge(last) if len(item.fields) > 1 else first
                    paragraph = self.cell(merged, item.id, bold=True)
                    self.run(paragraph, " ")
                    self.run(paragraph, item.name)
                    if item.crossed_visibility:
                        self.cell_line(merged, t("comparison.crossed_visibility"), colour=BAD, size=8)
                    for label, before, after in item.fields:
                        cells = table.rows[index].cells
                        self.cell(cells[1], label)
                        self.cell(cells[2], before)
                        self.cell(cells[3], after)
                        index += 1
                self.paragraph()
        if cmp.measures:
            from docx.enum.text import WD_ALIGN_PARAGRAPH

            self.heading(t("comparison.measures"), 2)
            widths = (TEXT_WIDTH - 3 * 80.0, 80.0, 80.0, 80.0)
            table = self.table(len(cmp.measures) + 1, widths)
            for cell, key in zip(table.rows[0].cells, ("measure", "before", "after", "change")):
                self.cell(cell, t(f"comparison.{key}"))
            for row, measure in zip(table.rows[1:], cmp.measures):
                self.cell(row.cells[0], measure.name)
                for cell, value in zip(row.cells[1:], (measure.before, measure.after, measure.change)):
                    self.cell(cell, value).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        drawing = self.drawings.get(cmp.anchor)
        if drawing is not None and (drawing.sheets or drawing.note):
            caption = t("diagram.against_title")
            if drawing.placement == "inline":
                self.heading(caption, 2)
                self.diagram(drawing, caption)
            else:
                self.plates(drawing, caption, None)

    def appendix(self) -> None:
        t = self.t
        self.heading(t("appendix.title"), 1, "appendix", new_page=True)
        self.paragraph(t("appendix.intro"), "Note")
        if not self.hb.smart_available:
            self.paragraph(t("appendix.unavailable"), "Note")
        legend = self.paragraph()
        for index, verdict in enumerate(("pass", "fail", "unknown")):
            symbol = {"pass": "✓", "fail": "✗", "unknown": "?"}[verdict]
            if index:
                self.run(legend, "    ")
            self.run(legend, symbol, bold=True, colour=VERDICT_COLOURS[verdict])
            self.run(legend, f" {t('appendix.' + verdict)}")
        for chapter in self.hb.chapters:
            self.run_lang = word_language(chapter.lang) if word_language(chapter.lang) != self.lang else None
            self.heading(f"{t('chapter.number', number=chapter.number)} · {chapter.title}", 2)
            if not chapter.smart:
                self.paragraph(t("appendix.none"), "Note")
                continue
            widths = (TEXT_WIDTH - 5 * 28.0, 28.0, 28.0, 28.0, 28.0, 28.0)
            rows = 1 + sum(2 if row.reasons else 1 for row in chapter.smart)
            table = self.table(rows, widths)
            from docx.enum.text import WD_ALIGN_PARAGRAPH

            for cell, text in zip(table.rows[0].cells, (t("appendix.standard"), "S", "M", "A", "R", "T")):
                self.cell(cell, text)
            index = 1
            for row in chapter.smart:
                cells = table.rows[index].cells
                paragraph = self.cell(cells[0], row.id, bold=True)
                self.run(paragraph, " ")
                self.run(paragraph, row.statement)
                for cell, verdict in zip(cells[1:], row.verdicts):
                    self.cell(cell, verdict.symbol, bold=True, colour=VERDICT_COLOURS.get(verdict.verdict))
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                index += 1
                if row.reasons:
                    for cell in cells:
                        cell.paragraphs[0].paragraph_format.keep_with_next = True
                    merged = table.cell(index, 0).merge(table.cell(index, 5))
                    for number, (letter, reason) in enumerate(row.reasons):
                        paragraph = self.cell(merged) if number == 0 else self.cell_line(merged)
                        self.run(paragraph, f"{letter}  ", bold=True, colour=BAD)
                        self.run(paragraph, reason, size=8)
                    self.shade(merged, "F7F8FA")
                    index += 1
        self.run_lang = None

    def glossary(self) -> None:
        t = self.t
        self.heading(t("glossary.title"), 1, "glossary", new_page=True)
        self.paragraph(t("glossary.intro"), "Note")
        table = self.table(len(self.hb.glossary) + 1, (140.0, TEXT_WIDTH - 140.0))
        self.cell(table.cell(0, 0), t("glossary.term"))
        self.cell(table.cell(0, 1), t("glossary.definition"))
        for row, entry in zip(table.rows[1:], self.hb.glossary):
            self.cell(row.cells[0], entry.term, bold=True)
            for lang, name in entry.other_names:
                paragraph = self.cell_line(row.cells[0], name, colour=MUTED, size=8)
                for run in paragraph.runs:
                    self._run_language(run, word_language(lang))
            self.cell(row.cells[1], entry.definition)
