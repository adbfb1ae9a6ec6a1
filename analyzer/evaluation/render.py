"""Render a :class:`~analyzer.evaluation.perturb.LabelledDoc` as Markdown, DOCX or PDF, cached.

* **md** — :func:`~analyzer.evaluation.perturb.to_markdown`.
* **docx** (python-docx) — title lines in ``Title``, headings in ``Heading n`` by depth, body
  paragraphs with a two-character first-line indent, multi-line blocks (cover, one-block 目录) as
  one paragraph with line breaks, tables as ``Table Grid`` tables under a ``Caption`` paragraph, a
  running header.
* **pdf** (reportlab, a ``test`` extra) — A4, the built-in CID font ``STSong-Light`` (no font file),
  headings larger and in a "bold" variant of the font, body paragraphs wrapped, tables drawn as
  grids, a running header and page numbers on every page, so the PDF reader's furniture removal
  is exercised.

:func:`rendered` writes ``report.md`` + ``labels.json`` (the variant's labels) and the requested
format into ``CACHE/<report>/<variant>/<digest>/``; the digest covers the Markdown, the labels and
:data:`RENDER_VERSION`, so a changed generator or renderer never reuses a stale file.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import os
from pathlib import Path
from xml.sax.saxutils import escape

from ..text.plain import inline_runs, inline_text, is_thematic_break, without_quote
from .perturb import LabelledDoc, heading_roles, labels_dict, to_markdown

RENDER_VERSION = "4"
"""2: Markdown inline markup is rendered as a writer of a DOCX or PDF sets it (``**…**`` in bold type,
entities decoded, ``<br>`` a line break), not copied as literal characters. 3: a DOCX paragraph's
line breaks stand before each further line again (2 put them after its first run).
4: Markdown blockquote markers (``> 💡 小贴士``) and thematic breaks (``* * *``) are rendered as they
show (the quote's text; no text), and the PDF leaves out symbols its font cannot draw (emoji: an
exporter draws them as pictures); both were written as literal characters, the emoji as garbage."""
FORMATS = ("md", "docx", "pdf")
FONT = "STSong-Light"
BOLD = "STSong-Light-Bold"


def _shown_lines(text: str) -> list[str]:
    """A Markdown paragraph's lines as a reader shows them: quote markers and thematic breaks show nothing."""
    return [q for line in text.split("\n") if not is_thematic_break(q := without_quote(line))]


def _drawable(text: str) -> str:
    """``text`` without the symbols the PDF's CID font has no glyph for (emoji and their selectors,
    dingbats and arrows outside GBK: ✅ ⚠ 📌; ★ ■ → are in the font and stay)."""
    return "".join(ch for ch in text if not _undrawable(ch))


def _undrawable(ch: str) -> bool:
    o = ord(ch)
    if ch in "\ufe0f\u200d" or 0x1F000 <= o <= 0x1FAFF:
        return True
    if 0x2190 <= o <= 0x2BFF:
        try:
            ch.encode("gbk")
        except UnicodeEncodeError:
            return True
    return False


def _title(doc: LabelledDoc) -> str:
    first = next((b.text for b in doc.blocks if b.kind == "heading"), doc.name)
    return first[:40]


# --------------------------------------------------------------------------- docx


def to_docx(doc: LabelledDoc) -> bytes:
    """The report as a DOCX with real heading styles and Word tables."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    out = docx.Document()
    out.core_properties.author = "SARA evaluation"
    out.core_properties.title = doc.name
    section = out.sections[0]
    section.header.paragraphs[0].text = _title(doc)
    roles = heading_roles(doc)
    seen_title = False
    for i, b in enumerate(doc.blocks):
        if b.kind == "heading":
            role = roles[i]
            if role.front and not seen_title and b.level <= 1:
                out.add_paragraph(inline_text(b.text), style="Title")
                continue
            out.add_paragraph(inline_text(b.text), style=f"Heading {min(role.depth + 1, 9)}")
            seen_title = True
        elif b.kind == "table":
            from .perturb import Table

            t = Table.parse(b.text)
            if t.caption:
                out.add_paragraph(t.caption, style="Caption")
            ncols = max((len(r) for r in t.rows), default=1)
            table = out.add_table(rows=len(t.rows), cols=ncols)
            table.style = out.styles["Table Grid"]
            for r, row in enumerate(t.rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = inline_text(value, cell=True)
            seen_title = True
        else:
            lines = _shown_lines(b.text)
            if not lines:
                continue
            p = out.add_paragraph()
            for k, line in enumerate(lines):
                runs = inline_runs(line) or [("", False)]
                for j, (piece, bold) in enumerate(runs):
                    run = p.add_run()
                    if k and not j:
                        run.add_break(WD_BREAK.LINE)  # the line break before the line's first run
                    run.add_text(piece)
                    run.bold = bold or None
            if len(lines) == 1:
                p.paragraph_format.first_line_indent = Pt(21)
            seen_title = True
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


# --------------------------------------------------------------------------- pdf


def register_cid_fonts() -> None:
    """Register the built-in CID font and a "bold" variant of it (same glyphs, a Bold font name)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import CIDFontInfo, UnicodeCIDFont

    if BOLD in pdfmetrics.getRegisteredFontNames():
        return
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    info = copy.deepcopy(CIDFontInfo[FONT])
    info["BaseFont"] = "/" + BOLD
    desc = info["DescendantFonts"][0]
    desc["BaseFont"] = "/" + BOLD
    desc["FontDescriptor"]["FontName"] = "/STSongStd-Light-Bold"
    CIDFontInfo[BOLD] = info
    bold = UnicodeCIDFont(FONT)
    bold.face = copy.copy(bold.face)
    bold.face.name = BOLD
    bold.name = bold.fontName = BOLD
    pdfmetrics.registerFont(bold)


def _pdf_markup(line: str) -> str:
    """One line of Markdown as reportlab paragraph markup: bold runs in the bold font."""
    return "".join(
        f'<font name="{BOLD}">{escape(_drawable(piece))}</font>' if bold else escape(_drawable(piece))
        for piece, bold in inline_runs(line)
    ).replace("\n", "<br/>")


def to_pdf(doc: LabelledDoc) -> bytes:
    """The report as an A4 PDF (reportlab): headings, wrapped paragraphs, grid tables, header, page numbers."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from .perturb import Table as LabelTable

    register_cid_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=18, firstLineIndent=21, wordWrap="CJK")
    plain = ParagraphStyle("plain", parent=body, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=11, wordWrap="CJK")
    caption = ParagraphStyle("caption", fontName=BOLD, fontSize=9.5, leading=14, alignment=TA_CENTER, wordWrap="CJK")
    title = ParagraphStyle(
        "title", fontName=BOLD, fontSize=18, leading=26, alignment=TA_CENTER, spaceAfter=10, wordWrap="CJK"
    )
    sizes = (16.0, 14.0, 12.5, 11.5, 11.0)
    heads = [
        ParagraphStyle(
            f"h{k}",
            fontName=BOLD,
            fontSize=s,
            leading=s * 1.6,
            spaceBefore=8,
            spaceAfter=4,
            wordWrap="CJK",
            keepWithNext=True,
        )
        for k, s in enumerate(sizes)
    ]
    roles = heading_roles(doc)
    story: list[object] = []
    seen_title = False
    width = A4[0] - 2 * 25 * mm
    for i, b in enumerate(doc.blocks):
        if b.kind == "heading":
            role = roles[i]
            if role.front and not seen_title and b.level <= 1:
                story.append(Paragraph(escape(_drawable(inline_text(b.text))), title))
                continue
            story.append(Paragraph(escape(_drawable(inline_text(b.text))), heads[min(role.depth, len(heads) - 1)]))
        elif b.kind == "table":
            t = LabelTable.parse(b.text)
            if t.caption:
                story.append(Paragraph(escape(_drawable(t.caption)), caption))
            ncols = max((len(r) for r in t.rows), default=1)
            data = [
                [Paragraph(escape(_drawable(inline_text(c, cell=True))), cell) for c in (*r, *[""] * (ncols - len(r)))]
                for r in t.rows
            ]
            first = min(width * 0.32, 40 * mm) if ncols > 2 else width / ncols
            col = [first] + [(width - first) / max(1, ncols - 1)] * (ncols - 1)
            tbl = Table(data, colWidths=col, repeatRows=1)
            tbl.setStyle(
                TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
            )
            story.append(tbl)
            story.append(Spacer(1, 8))
        else:
            lines = _shown_lines(b.text)
            if not lines:
                continue
            style = body if len(lines) == 1 else plain
            story.append(Paragraph("<br/>".join(_pdf_markup(x) for x in lines), style))
        seen_title = True
    header = _drawable(_title(doc))

    def furniture(canvas: object, template: object) -> None:
        c = canvas
        page = c.getPageNumber()  # type: ignore[attr-defined]
        c.saveState()  # type: ignore[attr-defined]
        c.setFont(FONT, 9)  # type: ignore[attr-defined]
        c.drawString(25 * mm, A4[1] - 15 * mm, header)  # type: ignore[attr-defined]
        c.setLineWidth(0.5)  # type: ignore[attr-defined]
        c.line(25 * mm, A4[1] - 17 * mm, A4[0] - 25 * mm, A4[1] - 17 * mm)  # type: ignore[attr-defined]
        c.drawCentredString(A4[0] / 2, 12 * mm, f"- {page} -")  # type: ignore[attr-defined]
        c.restoreState()  # type: ignore[attr-defined]

    buf = io.BytesIO()
    tpl = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=25 * mm,
        bottomMargin=22 * mm,
        title=doc.name,
        author="SARA evaluation",
        invariant=1,
    )
    tpl.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buf.getvalue()


# --------------------------------------------------------------------------- cache


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def rendered(doc: LabelledDoc, fmt: str, cache: Path) -> tuple[Path, Path]:
    """(folder with report.md + labels.json, path of the file in ``fmt``), rendered once per digest."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    md = to_markdown(doc)
    labels = json.dumps(labels_dict(doc), ensure_ascii=False, indent=1) + "\n"
    digest = hashlib.sha256(f"{RENDER_VERSION}\0{md}\0{labels}".encode()).hexdigest()[:16]
    folder = cache / doc.name / doc.variant / digest
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / "labels.json").is_file():
        _atomic_write(folder / "report.md", md.encode("utf-8"))
        _atomic_write(folder / "labels.json", labels.encode("utf-8"))
    path = folder / f"report.{fmt}"
    if not path.is_file():
        data = to_docx(doc) if fmt == "docx" else to_pdf(doc) if fmt == "pdf" else md.encode("utf-8")
        _atomic_write(path, data)
    return folder, path
