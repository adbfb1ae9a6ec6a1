"""DOCX reports: a safety-checked ZIP, then the body XML walked in document order.

:func:`read_docx` reads the package with :mod:`zipfile` and :mod:`lxml` directly (python-docx is
only used to *write* test fixtures): the archive is checked before any XML is parsed (total
uncompressed size, number of parts, compression ratio, part names, encrypted members), the main
part is found through ``_rels/.rels``, and every part is parsed with entity resolution, DTD
loading and network access off.

What becomes a :class:`Block`:

* body ``w:p`` and ``w:tbl`` in document order (also inside content controls ``w:sdt``);
* headings: a paragraph outline level, or a style chain reaching ``Heading n`` / ``标题 n`` (or
  an outline level). The ``Title`` style (``标题``) is a heading with ``style_level=0``: the
  report title, above every numbered level;
* automatic numbering (多级列表) rendered into :attr:`Block.numbering` by
  :class:`~analyzer.ingest._ooxml.NumberingState`, never prepended to ``text``;
* tables as rows of cell texts aligned to the table grid: a horizontally merged cell
  (``w:gridSpan``) gives its text once followed by empty cells, a vertically merged continuation
  cell is empty, a nested table is flattened into its cell (cells joined by spaces, rows by
  newlines); in ``text`` cells are joined by tabs, rows by newlines, and newlines inside a cell
  become spaces;
* text boxes (``w:txbxContent``; DrawingML is preferred over its VML fallback, so nothing is read
  twice) right after the paragraph or table that anchors them, ``source="textbox"``;
* footnotes and endnotes at the end, in the order they are referenced, ``source="footnote"``.

Tracked changes are read as if accepted (insertions kept, deletions dropped, a deleted paragraph
mark joins two paragraphs). Table-of-contents paragraphs (``TOC n`` / ``目录 n`` styles) become one
table block (entry, page number): Word's 字数 counts them, and a table is never taken for headings.
Automatic list numbers are visible (``Block.numbering``, and inline in table cells) but Word's 字数
does not count them; :attr:`RawDocument.uncounted` lists those written into table cells.
Headers and footers are not body text: their non-empty paragraphs are only counted in
``furniture_removed``.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from lxml import etree

from ..errors import (
    ArchiveBomb,
    ContentMismatch,
    CorruptFile,
    EmptyFile,
    EncryptedDocument,
    FileNotFound,
    LegacyWordFormat,
    UnsupportedFormat,
)
from ..model import Diagnostic, ParagraphSource
from ._ooxml import Numbering, NumberingState, Styles, on_off, read_num_pr, to_int, w, wval
from .blocks import Block, PictureRef, RawDocument
from .limits import current as current_budget

__all__ = ["read_docx"]

# A member this much larger than its compressed size, and over the size below, is a bomb.
MAX_RATIO: Final = 100
RATIO_MIN_BYTES: Final = 10 * 2**20
MAX_PATH_DEPTH: Final = 12

_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MC: Final = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_PIC: Final = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_VML: Final = "urn:schemas-microsoft-com:vml"
_MATH: Final = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_PKG_RELS: Final = "http://schemas.openxmlformats.org/package/2006/relationships"

_T, _DEL_TEXT, _TAB, _BR, _CR = w("t"), w("delText"), w("tab"), w("br"), w("cr")
_P, _TBL, _R, _SDT, _SDT_CONTENT = w("p"), w("tbl"), w("r"), w("sdt"), w("sdtContent")
_TXBX = w("txbxContent")
_SKIP_INLINE = frozenset(
    {
        w("pPr"),
        w("rPr"),
        w("instrText"),
        w("delInstrText"),
        w("fldChar"),
        w("commentReference"),
        w("annotationRef"),
        w("footnoteRef"),
        w("endnoteRef"),
        w("object"),
        w("lastRenderedPageBreak"),
    }
)


# --------------------------------------------------------------------------- package


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
    )


@dataclass
class _Package:
    """The ZIP after the safety checks: parts read on demand, XML parsed safely."""

    path: str
    zf: zipfile.ZipFile
    names: frozenset[str]

    def read(self, name: str) -> bytes:
        try:
            return self.zf.read(name)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError) as exc:
            raise CorruptFile(self.path, "DOCX", f"cannot read part {name}: {exc}") from None
        except RuntimeError as exc:  # an encrypted member
            raise EncryptedDocument(self.path) from exc

    def xml(self, name: str) -> etree._Element | None:
        if name not in self.names:
            return None
        current_budget().charge_xml(self.zf.getinfo(name).file_size)  # hard limit before parsing
        data = self.read(name)
        try:
            root = etree.fromstring(data, _parser())
        except etree.XMLSyntaxError as exc:
            raise CorruptFile(self.path, "DOCX", f"invalid XML in {name}: {exc}") from None
        if root is None:
            raise CorruptFile(self.path, "DOCX", f"empty XML part {name}")
        return root

    def rels(self, part: str) -> list[tuple[str, str]]:
        """(relationship type suffix, target part name) for a part's internal relationships."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        root = self.xml(rels_name)
        if root is None:
            return []
        out: list[tuple[str, str]] = []
        for rel in root.iter("{" + _PKG_RELS + "}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target") or ""
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
            name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            out.append((kind, name))
        return out


def _check_names_and_sizes(path: str, infos: list[zipfile.ZipInfo], max_uncompressed: int, max_parts: int) -> None:
    if len(infos) > max_parts:
        raise ArchiveBomb(path, f"{len(infos)} parts, limit {max_parts}")
    total = 0
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        parts = name.split("/")
        odd = (
            not name
            or name.startswith("/")
            or "\\" in name
            or "\x00" in name
            or ":" in parts[0]
            or any(p in ("..", ".") for p in parts)
            or len(parts) > MAX_PATH_DEPTH
        )
        if odd:
            raise ArchiveBomb(path, f"unsafe part name {name!r}")
        if name.lower() in seen:
            raise ArchiveBomb(path, f"duplicate part name {name!r}")
        seen.add(name.lower())
        if info.flag_bits & 0x1:
            raise EncryptedDocument(path)
        size = info.file_size
        if size > RATIO_MIN_BYTES and size > MAX_RATIO * max(info.compress_size, 1):
            raise ArchiveBomb(path, f"part {name} expands {size // max(info.compress_size, 1)}×")
        total += size
        if total > max_uncompressed:
            raise ArchiveBomb(path, f"uncompressed size over {max_uncompressed / 2**20:g} MB")


def _refuse_ole(path: Path, shown: str) -> None:
    data = path.read_bytes()
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise EncryptedDocument(shown)
    if "WordDocument".encode("utf-16-le") in data:
        raise LegacyWordFormat(shown, ".doc")
    raise CorruptFile(shown, "DOCX", "an OLE compound file, not a ZIP archive")


def _open_package(path: Path, max_uncompressed: int, max_parts: int) -> tuple[_Package, str]:
    """Open and check the archive; return it with the name of the main document part."""
    shown = str(path)
    if not path.exists():
        raise FileNotFound(shown)
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise CorruptFile(shown, "DOCX", exc.strerror or str(exc)) from None
    if not head:
        raise EmptyFile(shown)
    if head.startswith(_OLE_MAGIC):
        _refuse_ole(path, shown)
    if head.startswith(b"%PDF"):
        raise ContentMismatch(shown, path.suffix or ".docx", "PDF")
    if not head.startswith(b"PK"):
        raise CorruptFile(shown, "DOCX", "not a ZIP archive")
    try:
        zf = zipfile.ZipFile(path)
        infos = zf.infolist()
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise CorruptFile(shown, "DOCX", f"not a valid ZIP archive: {exc}") from None
    try:
        _check_names_and_sizes(shown, infos, max_uncompressed, max_parts)
        pkg = _Package(shown, zf, frozenset(i.filename for i in infos if not i.is_dir()))
        main = _main_part(pkg)
    except BaseException:
        zf.close()
        raise
    return pkg, main


def _main_part(pkg: _Package) -> str:
    names = pkg.names
    for kind, target in pkg.rels(""):
        if kind == "officeDocument" and target in names:
            if target.startswith("word/"):
                return target
            break
    if "word/document.xml" in names:
        return "word/document.xml"
    if "xl/workbook.xml" in names:
        raise UnsupportedFormat(pkg.path, "XLSX")
    if "ppt/presentation.xml" in names:
        raise UnsupportedFormat(pkg.path, "PPTX")
    if "mimetype" in names and b"opendocument" in pkg.read("mimetype")[:200]:
        raise UnsupportedFormat(pkg.path, "ODF/ODT")
    raise CorruptFile(pkg.path, "DOCX", "no word/document.xml in the archive")


# --------------------------------------------------------------------------- body


@dataclass
class _Stats:
    textboxes: int = 0
    pictures: int = 0
    insertions: int = 0
    deletions: int = 0
    toc_lines: int = 0
    alt_chunks: int = 0
    note_refs: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Para:
    text: str
    boxes: list[etree._Element]
    bold: bool
    size_half_points: int | None
    mark_deleted: bool


class _Reader:
    def __init__(self, styles: Styles, numbering: Numbering) -> None:
        self.styles = styles
        self.numbers = NumberingState(numbering, styles)
        self.stats = _Stats()
        self.blocks: list[Block] = []
        self._pending = ""  # text of a paragraph whose mark was deleted (joins the next one)
        self._toc: list[tuple[str, ...]] = []  # rows of the table of contents being read
        # Automatic list numbers the reader put into table cells (``"1. 文本"``): visible, but
        # not counted by Word's 字数 (block numbering is on Block.numbering).
        self.cell_numbering: list[str] = []
        # (index of the block the picture sits before, relationship id) of every picture, for OCR
        self.picture_ids: list[tuple[int, str | None]] = []

    # ----- containers

    def container(self, parent: etree._Element, source: ParagraphSource) -> None:
        for child in self._block_children(parent):
            if child.tag == _P:
                self.paragraph(child, source)
            elif child.tag == _TBL:
                self.table(child, source)
        if self._pending:
            self._flush_pending(source)
        self._flush_toc(source)

    def _flush_toc(self, source: ParagraphSource) -> None:
        """The table-of-contents lines read so far, as one table block (entry, page number).

        Word's 字数 counts the TOC field's text, entries and page numbers alike, so the lines are
        kept; as a table they are counted but never taken for headings (their titles repeat the
        chapters'), as the PDF reader does with a 目录 page aligned in columns."""
        if not self._toc:
            return
        rows, self._toc = tuple(self._toc), []
        width = max(len(r) for r in rows)
        rows = tuple(r + ("",) * (width - len(r)) for r in rows)
        text = "\n".join("\t".join(r) for r in rows)
        self.blocks.append(Block(kind="table", text=text, source=source, rows=rows))

    def _block_children(self, parent: etree._Element) -> Iterator[etree._Element]:
        for child in parent:
            tag = child.tag
            if tag in (_P, _TBL):
                yield child
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    yield from self._block_children(content)
            elif tag in (w("customXml"), w("smartTag")):
                yield from self._block_children(child)
            elif tag in (w("ins"), w("moveTo")):
                self.stats.insertions += 1
                yield from self._block_children(child)
            elif tag in (w("del"), w("moveFrom")):
                self.stats.deletions += 1
            elif tag == w("altChunk"):
                self.stats.alt_chunks += 1

    def _flush_pending(self, source: ParagraphSource) -> None:
        text, self._pending = self._pending.strip(), ""
        if text:
            self.blocks.append(Block(kind="paragraph", text=text, source=source))

    # ----- paragraphs

    def _inline(
        self, el: etree._Element, out: list[str], boxes: list[etree._Element], runs: list[etree._Element]
    ) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_INLINE:
                continue
            if tag == _T:
                out.append(child.text or "")
            elif tag == _TAB or tag == w("ptab"):
                out.append("\t")
            elif tag == _BR:
                if child.get(w("type")) in (None, "textWrapping"):
                    out.append("\n")
            elif tag == _CR:
                out.append("\n")
            elif tag == w("noBreakHyphen"):
                out.append("-")
            elif tag == w("sym"):
                code = to_int_hex(child.get(w("char")))
                if code is not None and not 0xE000 <= code <= 0xF8FF and code >= 0x20:
                    out.append(chr(code))
            elif tag == _R:
                rpr = child.find(w("rPr"))
                if rpr is not None and on_off(rpr.find(w("vanish"))):
                    continue
                runs.append(child)
                self._inline(child, out, boxes, runs)
            elif tag in (w("del"), w("moveFrom")):
                self.stats.deletions += 1
            elif tag in (w("ins"), w("moveTo")):
                self.stats.insertions += 1
                self._inline(child, out, boxes, runs)
            elif tag == _TXBX:
                self.stats.textboxes += 1
                boxes.append(child)
            elif tag == "{" + _MC + "}AlternateContent":
                chosen = child.find("{" + _MC + "}Choice")
                if chosen is None:
                    chosen = child.find("{" + _MC + "}Fallback")
                if chosen is not None:
                    self._inline(chosen, out, boxes, runs)
            elif tag == "{" + _PIC + "}pic" or tag == "{" + _VML + "}imagedata":
                self.stats.pictures += 1
                self.picture_ids.append((len(self.blocks), _picture_rel_id(child)))
            elif tag in (w("footnoteReference"), w("endnoteReference")):
                note_id = child.get(w("id"))
                if note_id is not None:
                    kind = "footnote" if tag == w("footnoteReference") else "endnote"
                    self.stats.note_refs.append((kind, note_id))
            elif tag == "{" + _MATH + "}t":
                out.append(child.text or "")
            else:
                self._inline(child, out, boxes, runs)

    def _read_para(self, p: etree._Element, style_id: str | None) -> _Para:
        out: list[str] = []
        boxes: list[etree._Element] = []
        runs: list[etree._Element] = []
        self._inline(p, out, boxes, runs)
        text = "".join(out)
        style_bold = self.styles.bold(style_id)
        bolds: list[bool] = []
        size: int | None = None
        for r in runs:
            if not "".join(t.text or "" for t in r.iter(_T)).strip():
                continue
            rpr = r.find(w("rPr"))
            b = on_off(rpr.find(w("b"))) if rpr is not None else None
            bolds.append(style_bold if b is None else b)
            if size is None and rpr is not None:
                size = to_int(wval(rpr.find(w("sz"))))
        if size is None:
            size = self.styles.size_half_points(style_id)
        ppr = p.find(w("pPr"))
        mark = ppr.find(f"{w('rPr')}/{w('del')}") if ppr is not None else None
        return _Para(text, boxes, bool(bolds) and all(bolds), size, mark is not None)

    def _label(self, ppr: etree._Element | None, style_id: str | None) -> str | None:
        direct = read_num_pr(ppr)
        from_style = self.styles.num_ref(style_id)
        if direct is not None and direct.num_id is not None:
            num_id, ilvl = direct.num_id, direct.ilvl
        elif from_style is not None and from_style.num_id is not None:
            num_id = from_style.num_id
            # A style's numPr without w:ilvl means level 0 (as Word writes Heading 1 and as
            # LibreOffice reads it); the w:pStyle back-link in the list definition is not used.
            ilvl = direct.ilvl if direct is not None and direct.ilvl is not None else from_style.ilvl
        else:
            return None
        return self.numbers.label(num_id, ilvl)

    def _heading_level(self, ppr: etree._Element | None, style_id: str | None) -> int | None:
        if ppr is not None:
            direct = to_int(wval(ppr.find(w("outlineLvl"))))
            if direct is not None:
                return direct + 1 if 0 <= direct <= 8 else None
        return self.styles.heading_level(style_id)

    def paragraph(self, p: etree._Element, source: ParagraphSource) -> None:
        current_budget().charge_paragraphs()  # hard limits: paragraphs and reading time
        ppr = p.find(w("pPr"))
        style_id = wval(ppr.find(w("pStyle"))) if ppr is not None else None
        if self.styles.is_toc(style_id):
            text = self._read_para(p, style_id).text.strip()
            if text:
                self.stats.toc_lines += 1
                entry, tab, page = text.rpartition("\t")
                self._toc.append((entry.strip(), page.strip()) if tab else (text,))
            return
        self._flush_toc(source)
        para = self._read_para(p, style_id)
        label = self._label(ppr, style_id)
        if para.mark_deleted:
            self.stats.deletions += 1
            # Accepting the deletion joins this paragraph to the next one.
            self._pending += para.text
            self._boxes(para.boxes)
            return
        text = (self._pending + para.text).strip()
        self._pending = ""
        if text:
            level = self._heading_level(ppr, style_id) if source == "body" else None
            self.blocks.append(
                Block(
                    kind="heading" if level is not None else "paragraph",
                    text=text,
                    source=source,
                    style_level=level,
                    numbering=label,
                    font_size=para.size_half_points / 2 if para.size_half_points else None,
                    bold=para.bold,
                )
            )
        self._boxes(para.boxes)

    def _boxes(self, boxes: list[etree._Element]) -> None:
        for box in boxes:
            self.container(box, "textbox")

    # ----- tables

    def _rows(self, tbl: etree._Element) -> Iterator[etree._Element]:
        for child in tbl:
            if child.tag == w("tr"):
                trpr = child.find(w("trPr"))
                if trpr is not None and trpr.find(w("del")) is not None:
                    self.stats.deletions += 1
                    continue
                yield child
            elif child.tag in (_SDT, w("customXml")):
                inner = child.find(_SDT_CONTENT) if child.tag == _SDT else child
                if inner is not None:
                    yield from self._rows(inner)

    def _cells(self, tr: etree._Element) -> Iterator[etree._Element]:
        for child in tr:
            if child.tag == w("tc"):
                yield child
            elif child.tag in (_SDT, w("customXml")):
                inner = child.find(_SDT_CONTENT) if child.tag == _SDT else child
                if inner is not None:
                    yield from self._cells(inner)

    def _cell_text(self, tc: etree._Element, boxes: list[etree._Element]) -> str:
        lines: list[str] = []
        for child in self._block_children(tc):
            if child.tag == _P:
                ppr = child.find(w("pPr"))
                style_id = wval(ppr.find(w("pStyle"))) if ppr is not None else None
                para = self._read_para(child, style_id)
                label = self._label(ppr, style_id)
                boxes.extend(para.boxes)
                text = para.text.strip()
                if text:
                    lines.append(f"{label} {text}" if label else text)
                    if label:
                        self.cell_numbering.append(label)
            else:
                nested = self._table_rows(child, boxes)
                lines.extend(" ".join(c for c in row if c) for row in nested)
        return "\n".join(line for line in lines if line)

    def _table_rows(self, tbl: etree._Element, boxes: list[etree._Element]) -> list[tuple[str, ...]]:
        rows: list[tuple[str, ...]] = []
        for tr in self._rows(tbl):
            cells: list[str] = []
            trpr = tr.find(w("trPr"))
            before = to_int(wval(trpr.find(w("gridBefore")))) if trpr is not None else None
            cells.extend([""] * min(before or 0, 64))
            for tc in self._cells(tr):
                tcpr = tc.find(w("tcPr"))
                span = to_int(wval(tcpr.find(w("gridSpan")))) if tcpr is not None else None
                vmerge = tcpr.find(w("vMerge")) if tcpr is not None else None
                hmerge = tcpr.find(w("hMerge")) if tcpr is not None else None
                continued = (vmerge is not None and wval(vmerge) in (None, "continue")) or (
                    hmerge is not None and wval(hmerge) in (None, "continue")
                )
                text = self._cell_text(tc, boxes)
                cells.append("" if continued else text)
                cells.extend([""] * (min(max(span or 1, 1), 64) - 1))
            if any(c.strip() for c in cells):
                rows.append(tuple(cells))
        return rows

    def table(self, tbl: etree._Element, source: ParagraphSource) -> None:
        self._flush_toc(source)
        if self._pending:
            self._flush_pending(source)
        boxes: list[etree._Element] = []
        labels = len(self.cell_numbering)
        rows = self._table_rows(tbl, boxes)
        if rows:
            text = "\n".join("\t".join(c.replace("\n", " ") for c in row) for row in rows)
            uncounted = tuple(self.cell_numbering[labels:])
            self.blocks.append(Block(kind="table", text=text, source=source, rows=tuple(rows), uncounted=uncounted))
        self._boxes(boxes)

    # ----- notes

    def notes(self, roots: dict[str, etree._Element | None]) -> int:
        """Footnotes and endnotes in reference order; returns how many were read."""
        count = 0
        done: set[tuple[str, str]] = set()
        index: dict[tuple[str, str], etree._Element] = {}
        for kind, root in roots.items():
            if root is None:
                continue
            for note in root.iter(w(kind)):
                if note.get(w("type")) in (None, "normal") and note.get(w("id")) is not None:
                    index[(kind, note.get(w("id")) or "")] = note
        # Notes can cite notes; the list grows while we read.
        i = 0
        while i < len(self.stats.note_refs):
            key = self.stats.note_refs[i]
            i += 1
            if key in done or key not in index:
                continue
            done.add(key)
            before = len(self.blocks)
            self.container(index[key], "footnote")
            count += 1 if len(self.blocks) > before else 0
        return count


def to_int_hex(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return int(value, 16)
    except ValueError:
        return None


def _furniture(pkg: _Package, main: str) -> int:
    count = 0
    for kind, target in pkg.rels(main):
        if kind in ("header", "footer"):
            root = pkg.xml(target)
            if root is None:
                continue
            for p in root.iter(_P):
                if "".join(t.text or "" for t in p.iter(_T)).strip():
                    count += 1
    return count


def _subdocs_in_stats(settings: etree._Element | None) -> bool:
    """Whether Word's 字数 of this document includes text boxes, footnotes and endnotes: the
    dialog's checkbox "包括文本框、脚注和尾注" is saved in the document as
    ``w:doNotIncludeSubdocsInStats`` (settings part); absent, Word includes them."""
    if settings is None:
        return True
    flag = settings.find(w("doNotIncludeSubdocsInStats"))
    if flag is None:
        return True
    return (flag.get(w("val")) or "true").lower() in ("0", "false", "off")


def _word_setting(included: bool) -> tuple[str, str]:
    """The clause of the text-box/note diagnostics that says what this document's Word 字数 does with
    them — and so SARA's 字数 (:func:`analyzer.text.counts.counted_by_word`)."""
    if included:
        return (
            "本文档的 Word 字数统计设置包括文本框、脚注和尾注，SARA 的字数与之一致，计入它们",
            "this document's Word word-count setting includes text boxes, footnotes and endnotes, and SARA's "
            "字数 counts them as Word does",
        )
    return (
        "本文档的 Word 字数统计设置不包括文本框、脚注和尾注，SARA 的字数与之一致，不计入它们",
        "this document's Word word-count setting leaves out text boxes, footnotes and endnotes, and SARA's "
        "字数 leaves them out as Word does",
    )


def _diagnostics(stats: _Stats, notes: int, has_text: bool, subdocs_in_stats: bool = True) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    setting_zh, setting_en = _word_setting(subdocs_in_stats)
    if stats.textboxes:
        out.append(
            Diagnostic(
                "docx-textboxes",
                "info",
                f"文档含有 {stats.textboxes} 个文本框，其文字已读取并标为“文本框”；{setting_zh}",
                f"the document has {stats.textboxes} text box(es); their text was read and marked as text-box "
                f"text; {setting_en}",
                stats.textboxes,
            )
        )
    if notes:
        out.append(
            Diagnostic(
                "docx-footnotes",
                "info",
                f"文档含有 {notes} 条脚注或尾注，已读取并放在正文之后；{setting_zh}",
                f"the document has {notes} footnote(s) or endnote(s); they were read and placed after the body; "
                f"{setting_en}",
                notes,
            )
        )
    if stats.pictures:
        out.append(
            Diagnostic(
                "pictures-not-counted",
                "warning",
                f"文档含有 {stats.pictures} 张图片；图片中的文字无法读取，也不计入字数",
                f"the document has {stats.pictures} picture(s); text inside pictures cannot be read or counted",
                stats.pictures,
            )
        )
    changes = stats.insertions + stats.deletions
    if changes:
        out.append(
            Diagnostic(
                "docx-tracked-changes",
                "warning",
                f"文档含有未处理的修订（{stats.insertions} 处插入，{stats.deletions} 处删除）；"
                "已按“接受所有修订”读取，请在 Word 中确认后定稿",
                f"the document has tracked changes ({stats.insertions} insertion(s), {stats.deletions} "
                "deletion(s)); it was read as if all changes were accepted; please resolve them in Word",
                changes,
            )
        )
    if stats.toc_lines:
        out.append(
            Diagnostic(
                "docx-toc-counted",
                "info",
                f"目录的 {stats.toc_lines} 行按 Word 的字数统计规则计入字数，但不作为标题或正文分析",
                f"{stats.toc_lines} table-of-contents line(s) are counted, as Word's word count does, "
                "but not analysed as headings or text",
                stats.toc_lines,
            )
        )
    if stats.alt_chunks:
        out.append(
            Diagnostic(
                "docx-embedded-documents",
                "warning",
                f"文档嵌入了 {stats.alt_chunks} 个外部文档片段（altChunk），其内容未读取；请在 Word 中另存后再上传",
                f"the document embeds {stats.alt_chunks} foreign document chunk(s) (altChunk) that were not "
                "read; please re-save it in Word",
                stats.alt_chunks,
            )
        )
    if not has_text:
        hint_zh = f"（含 {stats.pictures} 张图片，可能是扫描件）" if stats.pictures else ""
        hint_en = f" ({stats.pictures} picture(s): possibly scanned pages)" if stats.pictures else ""
        out.append(
            Diagnostic(
                "docx-no-text",
                "error",
                f"文档中没有可读取的文字{hint_zh}",
                f"the document contains no readable text{hint_en}",
            )
        )
    return out


_DRAWING_MAIN: Final = "http://schemas.openxmlformats.org/drawingml/2006/main"
_REL_NS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _picture_rel_id(el: etree._Element) -> str | None:
    """The relationship id of a picture's image (``a:blip/@r:embed`` or ``v:imagedata/@r:id``)."""
    if el.tag == "{" + _VML + "}imagedata":
        return el.get("{" + _REL_NS + "}id")
    blip = next(el.iter("{" + _DRAWING_MAIN + "}blip"), None)
    return blip.get("{" + _REL_NS + "}embed") if blip is not None else None


def _picture_refs(pkg: _Package, main: str, ids: list[tuple[int, str | None]]) -> tuple[PictureRef, ...]:
    """The pictures' bytes (for OCR), each with the block it sits before; unknown ids are left out."""
    folder, base = posixpath.split(main)
    root = pkg.xml(posixpath.join(folder, "_rels", base + ".rels"))
    targets: dict[str, str] = {}
    if root is not None:
        for rel in root.iter("{" + _PKG_RELS + "}Relationship"):
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External" or not rel.get("Id"):
                continue
            name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            targets[rel.get("Id") or ""] = name
    out: list[PictureRef] = []
    for anchor, rid in ids:
        name = targets.get(rid or "")
        if name is not None and name in pkg.names:
            out.append(PictureRef(anchor=anchor, data=pkg.read(name), name=name))
    return tuple(out)


def read_docx(
    path: Path, *, max_uncompressed: int = 200 * 2**20, max_parts: int = 2000, pictures: bool = False
) -> RawDocument:
    """Read a ``.docx`` report into blocks.

    Raises :class:`~analyzer.errors.IngestError` subclasses for bad input: ``EmptyFile``,
    ``CorruptFile`` (not a ZIP, no ``word/document.xml``, invalid XML), ``UnsupportedFormat``
    (another OOXML/ODF package such as an XLSX), ``EncryptedDocument`` (password-protected Office
    file), ``LegacyWordFormat`` (an OLE ``.doc``), ``ArchiveBomb`` (too large uncompressed, too
    many parts, an abusive compression ratio, unsafe part names).
    """
    path = Path(path)
    pkg, main = _open_package(path, max_uncompressed, max_parts)
    with pkg.zf:
        document = pkg.xml(main)
        if document is None:
            raise CorruptFile(pkg.path, "DOCX", f"missing {main}")
        if document.tag != w("document"):
            raise CorruptFile(pkg.path, "DOCX", f"{main} is not a WordprocessingML document")
        related = {kind: target for kind, target in reversed(pkg.rels(main))}
        styles = Styles.parse(pkg.xml(related["styles"]) if "styles" in related else None)
        numbering = Numbering.parse(pkg.xml(related["numbering"]) if "numbering" in related else None)
        reader = _Reader(styles, numbering)
        body = document.find(w("body"))
        if body is not None:
            reader.container(body, "body")
        notes = reader.notes(
            {
                "footnote": pkg.xml(related["footnotes"]) if "footnotes" in related else None,
                "endnote": pkg.xml(related["endnotes"]) if "endnotes" in related else None,
            }
        )
        furniture = _furniture(pkg, main)
        subdocs = _subdocs_in_stats(pkg.xml(related["settings"]) if "settings" in related else None)
        refs = _picture_refs(pkg, main, reader.picture_ids) if pictures else ()
    blocks = tuple(reader.blocks)
    has_text = any(b.text.strip() for b in blocks)
    return RawDocument(
        source=str(path),
        format="docx",
        blocks=blocks,
        diagnostics=tuple(_diagnostics(reader.stats, notes, has_text, subdocs)),
        furniture_removed=furniture,
        pictures=reader.stats.pictures,
        reader="docx",
        uncounted=tuple(reader.cell_numbering),
        picture_refs=refs,
        word_counts_subdocs=subdocs,
    )
