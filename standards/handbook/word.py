"""A Word document in the handbook's look, built with python-docx: page set-up, fonts and
languages, styles, and the pieces a document is made of (runs, paragraphs, headings with
bookmarks, the contents field, tables and cells, check boxes, pictures). It knows nothing of
handbooks: docx.py walks the handbook into one.

Word's own styles carry the look, so that a trainer can restyle the whole document from
Word's Styles pane: Title, Subtitle, Heading 1–3, List Bullet, Caption, TOC 1–2, and four of
ours, "Handbook Table" (a table style based on Table Grid, its first row shaded and repeated
on every page), "Table Text" and "Table Bullet" (the paragraphs inside tables) and "Note".

Fonts: East Asian text takes Microsoft YaHei (zh-CN, and English handbooks) or Microsoft
JhengHei (zh-TW): they come with every Windows since Vista and with Office for Mac, where
trainers open the file; elsewhere (LibreOffice on Linux) the w:lang of the text picks a CJK
fallback through fontconfig (Noto Sans CJK SC/TC). Latin text takes Calibri. Runs written
while another language is in use (a chapter whose language differs from the handbook's) get
that language's font and w:lang, as the HTML gives each chapter its ``lang``.

User text is only ever the text of a run: python-docx escapes ``& < >``, nothing a user wrote
becomes a field or an element, and characters XML 1.0 forbids (which would make the file
unreadable) print as the Unicode control pictures, as the DOT escaper does.

python-docx is imported at the top: this module loads only when a .docx is written (through
docx.py, which manual.py imports for that output alone).
"""

from __future__ import annotations

import datetime as _dt
import io
import re
from collections.abc import Sequence

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Pt, RGBColor

from blueprint.render.escape import word_text

# ---- fonts and languages -----------------------------------------------------------------

LATIN_FONT = "Calibri"
EAST_ASIAN_FONTS = {"zh-CN": "Microsoft YaHei", "zh-TW": "Microsoft JhengHei", "en": "Microsoft YaHei"}
WORD_LANGUAGES = {"zh-CN": ("zh-CN", "zh-CN"), "zh-TW": ("zh-TW", "zh-TW"), "en": ("en-GB", "zh-CN")}
SYMBOL_FONT = "Segoe UI Symbol"  # ☐ ✓ ✗ on Windows; elsewhere the fallback finds DejaVu or Noto

# Colours of the HTML handbook (handbook.css) that the styles take.
ACCENT = "1F4E79"
ACCENT_SOFT = "EAF0F7"
MUTED = "5D6677"
RULE = "C8CED9"

# Page geometry in pt: A4, margins as in handbook.css (22/20/20/20 mm), diagram pages narrower.
A4 = (595.3, 841.9)
PORTRAIT_MARGINS = (62.4, 56.7, 56.7, 56.7)  # top, right, bottom, left
PLATE_MARGINS = (30.0, 36.0, 42.0, 36.0)
TEXT_WIDTH = A4[0] - PORTRAIT_MARGINS[1] - PORTRAIT_MARGINS[3]  # 481.9

CHECKBOX = "\u2610"  # ☐
EMU_PER_PT = 12700


def word_language(lang: str) -> str:
    return lang if lang in WORD_LANGUAGES else "en"


class WordDocument:
    """One Word document in ``lang``, set up (page, footer, fonts, styles) when made; each
    method adds to the end of its body, ``save`` gives the file's bytes."""

    def __init__(self, lang: str) -> None:
        self.lang = word_language(lang)
        self.doc = docx.Document()
        self.run_lang: str | None = None  # the language in use, when it is not the document's
        self.headings: list[tuple[int, str, str]] = []  # (level, text, bookmark) for the contents
        self._bookmark_id = 0
        self._style_ids: dict[str, str] = {}
        self._toc_depth = 0
        self._toc_start = self._toc_end = None
        section = self.doc.sections[0]
        self._page(section, landscape=False)
        self._footer(section)
        self._styles()

    def save(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    def describe(self, *, title: str, subject: str, author: str, comments: str, day: _dt.date) -> None:
        """The file's properties. Every field is set, those python-docx's template fills in
        included, and both times are midnight of ``day``: the same input on the same day
        writes the same bytes. python-docx refuses values over 255 characters."""
        core = self.doc.core_properties
        core.title = word_text(title)[:255]
        core.subject = word_text(subject)[:255]
        core.author = word_text(author)[:255]
        core.last_modified_by = ""
        core.comments = comments
        core.language = WORD_LANGUAGES[self.lang][0]
        core.keywords = ""
        core.revision = 1
        core.created = core.modified = _dt.datetime.combine(day, _dt.time(0, 0))

    def use_language(self, lang: str | None) -> None:
        """Runs from here on are in ``lang`` (a chapter's); ``None``: the document's again."""
        chosen = word_language(lang) if lang is not None else None
        self.run_lang = chosen if chosen != self.lang else None

    # -- styles ----------------------------------------------------------------------------

    def _styles(self) -> None:
        self._default_fonts()
        self._built_in_styles()
        self._paragraph_styles()
        self._toc_styles()
        self._table_style()

    def _default_fonts(self) -> None:
        """Explicit fonts and languages in the document defaults and every style: the theme
        fonts of python-docx's template name no East Asian font at all."""
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
        if latin:
            for name in ("w:ascii", "w:hAnsi", "w:cs"):
                element.set(qn(name), LATIN_FONT)
        element.set(qn("w:eastAsia"), EAST_ASIAN_FONTS[lang])
        if lang.startswith("zh"):
            # Quotes, dashes and ellipses are shared by both scripts; in Chinese text they
            # take the Chinese font's (full-width) forms.
            element.set(qn("w:hint"), "eastAsia")

    def _built_in_styles(self) -> None:
        styles = self.doc.styles
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

    def _paragraph_styles(self) -> None:
        """"Table Text", "Table Bullet" (inside tables) and "Note" (muted small print)."""
        styles = self.doc.styles
        text = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
        text.base_style = styles["Normal"]
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
        muted.base_style = styles["Normal"]
        muted.font.size = Pt(9)
        muted.font.color.rgb = RGBColor.from_string(MUTED)
        muted.quick_style = True

    def _toc_styles(self) -> None:
        styles = self.doc.styles
        for level in (1, 2):
            # Word knows its own contents styles by these lower-case names ("toc 1", "toc 2").
            toc = styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
            toc.base_style = styles["Normal"]
            toc.paragraph_format.left_indent = Pt(14 * (level - 1))
            toc.paragraph_format.space_after = Pt(2)
            if level == 1:
                toc.font.bold = True

    def _table_style(self) -> None:
        """"Handbook Table": Table Grid with soft rules, cell padding and a shaded first row."""
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

    def style(self, paragraph, name: str | None):
        """Give ``paragraph`` the style ``name`` (python-docx's own setter looks the default
        style up each time, which costs seconds over a handbook)."""
        if name:
            if name not in self._style_ids:
                self._style_ids[name] = self.doc.styles[name].style_id
            paragraph._p.get_or_add_pPr().style = self._style_ids[name]
        return paragraph

    # -- pages -----------------------------------------------------------------------------

    @staticmethod
    def _page(section, *, landscape: bool, plate: bool = False) -> None:
        """A4 in the given orientation; a plate (a page of drawings) has narrow margins."""
        width, height = (A4[1], A4[0]) if landscape else A4
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Pt(width), Pt(height)
        top, right, bottom, left = PLATE_MARGINS if plate else PORTRAIT_MARGINS
        section.top_margin, section.right_margin = Pt(top), Pt(right)
        section.bottom_margin, section.left_margin = Pt(bottom), Pt(left)
        section.header_distance = Pt(18)
        section.footer_distance = Pt(16 if plate else 28)

    def _footer(self, section) -> None:
        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._field(paragraph, "PAGE", "1")

    def new_section(self, placement: str | None = None):
        """A new section from a new page: for drawings (``landscape`` or ``portrait``
        plates), or with ``None`` the text's portrait pages again."""
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self._page(section, landscape=placement == "landscape", plate=placement is not None)
        return section

    # -- text ------------------------------------------------------------------------------

    def run(self, paragraph, text: object, *, bold: bool = False, colour: str | None = None,
            size: float | None = None, font: str | None = None):
        """One run of text: the only way text enters the document."""
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

    @staticmethod
    def _run_fonts(run, font: str) -> None:
        fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
        for name in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(name), font)

    @staticmethod
    def _run_language(run, lang: str) -> None:
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

    def in_language(self, paragraph, lang: str):
        """Every run of ``paragraph`` in ``lang`` (a name in another language, say)."""
        for run in paragraph.runs:
            self._run_language(run, word_language(lang))
        return paragraph

    def paragraph(self, text: object = "", style: str | None = None, container=None, **run_options):
        target = container if container is not None else self.doc
        paragraph = self.style(target.add_paragraph(), style)
        if text != "":
            self.run(paragraph, text, **run_options)
        return paragraph

    def heading(self, text: str, level: int, bookmark: str | None = None, *, new_page: bool = False):
        """A heading; with a ``bookmark`` also a contents entry that links to it."""
        paragraph = self.style(self.doc.add_paragraph(), f"Heading {level}")
        paragraph.paragraph_format.page_break_before = new_page
        paragraph.paragraph_format.keep_with_next = True
        run = self.run(paragraph, text)
        if bookmark:
            # Word's bookmark names are letters, digits and underscores: "bp1-steps" → "bp1_steps".
            bookmark = re.sub(r"\W", "_", bookmark, flags=re.ASCII)[:40]
            self._bookmark(run, bookmark)
            self.headings.append((level, word_text(text), bookmark))
        return paragraph

    def _bookmark(self, run, name: str) -> None:
        self._bookmark_id += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._bookmark_id))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._bookmark_id))
        run._r.addprevious(start)
        run._r.addnext(end)

    def spacer(self, points: float = 6.0):
        """A small empty paragraph: Word joins two tables with nothing between them into one."""
        paragraph = self.doc.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.line_spacing = Pt(points)
        return paragraph

    # -- fields and the contents -----------------------------------------------------------

    def _field(self, paragraph, instruction: str, shown: str) -> None:
        """A Word field whose code we wrote (PAGE): never user text."""
        self._field_start(paragraph, instruction)
        paragraph.add_run(shown)
        self._field_char(paragraph, "end")

    def _field_start(self, paragraph, instruction: str) -> None:
        self._field_char(paragraph, "begin")
        code = OxmlElement("w:instrText")
        code.set(qn("xml:space"), "preserve")
        code.text = f" {instruction} "
        paragraph.add_run()._r.append(code)
        self._field_char(paragraph, "separate")

    @staticmethod
    def _field_char(paragraph, kind: str) -> None:
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(char)

    def toc(self, depth: int) -> None:
        """A Word TOC field of the headings down to ``depth`` (Update Field adds page
        numbers); its shown entries come with ``fill_toc``, once every heading is written."""
        self._toc_depth = depth
        self._toc_start = self.style(self.doc.add_paragraph(), "toc 1")
        self._field_start(self._toc_start, f'TOC \\o "1-{depth}" \\h \\z \\u')
        self._toc_end = self.doc.add_paragraph()
        self._field_char(self._toc_end, "end")

    def fill_toc(self) -> None:
        """The contents as Word would show them before their first update: each heading, a
        link to it; Word's Update Field rebuilds the list with page numbers."""
        entries = [(level, text, bookmark) for level, text, bookmark in self.headings if level <= self._toc_depth]
        for index, (level, text, bookmark) in enumerate(entries):
            if index == 0:
                paragraph = self._toc_start  # the field's code and its first line share a paragraph
            else:
                paragraph = self.style(self._toc_end.insert_paragraph_before(), f"toc {level}")
            link = OxmlElement("w:hyperlink")
            link.set(qn("w:anchor"), bookmark)
            link.set(qn("w:history"), "1")
            paragraph._p.append(link)
            run = paragraph.add_run(text)
            link.append(run._r)

    # -- tables ----------------------------------------------------------------------------

    def table(self, rows: int, widths: Sequence[float], *, header: bool = True, keep: bool = False):
        """A table in "Handbook Table" style; ``widths`` in pt; the first row a repeated
        header; with ``keep`` on one page if it fits."""
        table = self.doc.add_table(rows=rows, cols=len(widths))
        table.style = self.doc.styles["Handbook Table"]
        table.autofit = False
        self._table_look(table, header=header)
        for column, width in zip(table.columns, widths):
            column.width = Pt(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths):
                cell.width = Pt(width)
                self.style(cell.paragraphs[0], "Table Text")
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        if header and rows:
            table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        if keep:
            for row in list(table.rows)[:-1]:
                for cell in row.cells:
                    cell.paragraphs[0].paragraph_format.keep_with_next = True
        return table

    @staticmethod
    def _table_look(table, *, header: bool) -> None:
        """Which parts of the table style apply: the shaded first row only (and only for a
        header), no banding."""
        look = table._tbl.tblPr.find(qn("w:tblLook"))
        if look is None:
            look = OxmlElement("w:tblLook")
            table._tbl.tblPr.append(look)
        look.set(qn("w:val"), "0420" if header else "0400")
        look.set(qn("w:firstRow"), "1" if header else "0")
        for name, value in (("w:lastRow", "0"), ("w:firstColumn", "0"), ("w:lastColumn", "0"),
                            ("w:noVBand", "1"), ("w:noHBand", "1")):
            look.set(qn(name), value)

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

    @staticmethod
    def shade(cell, fill: str) -> None:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), fill)
        cell._tc.get_or_add_tcPr().append(shading)

    @staticmethod
    def checkbox(paragraph) -> None:
        """☐ as a Word check box (a content control: click to tick), printed as the glyph."""
        font = f'<w:rFonts w:ascii="{SYMBOL_FONT}" w:hAnsi="{SYMBOL_FONT}" w:eastAsia="{SYMBOL_FONT}" w:cs="{SYMBOL_FONT}"/>'
        paragraph._p.append(parse_xml(
            f'<w:sdt {nsdecls("w", "w14")}><w:sdtPr><w:rPr>{font}</w:rPr>'
            '<w14:checkbox><w14:checked w14:val="0"/>'
            f'<w14:checkedState w14:val="2612" w14:font="{SYMBOL_FONT}"/>'
            f'<w14:uncheckedState w14:val="2610" w14:font="{SYMBOL_FONT}"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:rPr>{font}<w:sz w:val="24"/></w:rPr><w:t>{CHECKBOX}</w:t></w:r></w:sdtContent></w:sdt>'))

    # -- pictures --------------------------------------------------------------------------

    @staticmethod
    def picture(paragraph, png: bytes, width: float, height: float, description: str,
                window: tuple[float, float, float, float] | None = None) -> None:
        """A PNG shown ``width`` × ``height`` pt; with a ``window`` (left, top, right, bottom,
        as shares) only that part of it, cropped by Word's ``srcRect``: the picture is stored
        once however many windows show it."""
        run = paragraph.add_run()
        shape = run.add_picture(io.BytesIO(png), width=Emu(int(width * EMU_PER_PT)),
                                height=Emu(int(height * EMU_PER_PT)))
        shape._inline.docPr.set("descr", word_text(description))
        for side in ("distT", "distB", "distL", "distR"):
            # Without these LibreOffice spaces inline pictures apart, and the lane labels and
            # their window no longer fit one line.
            shape._inline.set(side, "0")
        if window is not None:
            left, top, right, bottom = window
            shares = {"l": left, "t": top, "r": 1.0 - right, "b": 1.0 - bottom}
            attributes = " ".join(f'{key}="{max(0, round(value * 100000))}"' for key, value in shares.items())
            fill = shape._inline.find(".//" + qn("pic:blipFill"))
            fill.find(qn("a:blip")).addnext(parse_xml(f'<a:srcRect {nsdecls("a")} {attributes}/>'))
