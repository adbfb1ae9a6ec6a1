"""Blocks from plain text and Markdown (used by the TXT/MD reader and by the tests).

Rules, in order:

- Blocks are separated by blank lines (lines of whitespace only, U+3000 included).
- Markdown only: inline markup is read as the text it shows (:func:`inline_text`: ``**粗体**`` → 粗体,
  ``<br>`` → a line break, ``&nbsp;`` → a space, ``![图3-1 …](img.png)`` → its caption, ``[附表2](#t2)``
  → 附表2), in paragraphs, headings and table cells; a thematic break (``---``, ``* * *``, ``<hr>``) after
  a blank line and a table-of-contents placeholder (``[TOC]``) show nothing and are left out.
- Markdown only: blockquote markers (``> ``) show nothing and are removed; the quoted lines are read
  like any others.
- Markdown only: HTML as a web editor saves it reads as it shows: an ``<h1>``…``<h6>`` line is a
  heading of that level, an HTML ``<table>`` block a table (``<caption>`` its caption), and other
  tags show their text (:func:`inline_text`).
- Markdown only: an ATX heading line (``#`` … ``######`` + space) is a heading block with
  ``style_level`` = the number of ``#``, even without a blank line around it. ``|``-pipe tables
  (with a ``|---|`` separator row) become table blocks. A line bold as a whole (``**…**`` or
  ``__…__``) is a paragraph of its own with ``bold`` set and the markers removed (a title the
  writer did not mark as a heading: the segmenter decides, as for any unmarked line).
- Markdown only, as pandoc writes it: a YAML metadata block at the start (``---`` / ``title: …`` /
  ``---``) shows its title, subtitle, author and date as lines of their own; a line underlined with
  ``===`` or ``---`` (a setext heading) is a heading of level 1 or 2; attributes (``{#_Toc151876501}``
  after a heading, ``[]{#_Ref… .anchor}`` bookmarks, ``{width="5.8in"}`` after an image) show nothing.
- Consecutive lines containing a tab are a table: ``rows`` are the tab-separated cells, ``text``
  is the lines as written; so are a header line and rows of figures whose columns are separated
  by spaces (a table pasted from a PDF, :func:`_space_table_end`). A caption line (``表6-1 质量水平
  指标``) right above them is part of the table block (first line of ``text``, not in ``rows``), so
  it never becomes a heading.
- Lines that draw a table with characters (``┌──┬──┐`` / ``│指标│2021年│`` / ``└──┴──┘``, or ASCII
  ``+----+`` and ``|``: a WPS text export, a pandoc grid table) are a table whose ``rows`` are the
  cells between the bars, rules left out (:func:`drawn_table`); where rules separate every row, the
  lines between two rules are one row (a cell wrapped over two lines); a caption line right above
  joins it.
- A block whose every line is a 目录 entry (``第一章 组织环境……1``) or a cover line (``申报单位：…``,
  a date) stays one paragraph.
- Other lines: each line is its own paragraph, unless the text is hard-wrapped — a line joins the
  previous one when that one is nearly as long as the longest line of the block (≥ 80 %) and does
  not end a sentence, and the line is not indented. Chinese TXT files often put one paragraph per
  line with no blank lines in between; those must not become one giant block. Joined lines keep
  their ``\n``; normalization removes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from html.parser import HTMLParser

from markdown_it import MarkdownIt

from ..model import Block
from .frontmatter import is_cover, toc_entries
from .headings import is_caption, trailing_number

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_BOLD_LINE = re.compile(r"^[ \t\u3000]*(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1[ \t\u3000]*$")
"""A Markdown line that is bold as a whole (``**第一章　组织环境**``): written as a title, but not
marked as a heading; its text is what the reader sees, the segmenter decides what it is."""
_PIPE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_SENTENCE_END = "。！？!?；;：:…”」』）)"


def _is_blank(line: str) -> bool:
    return not line.strip(" \t\u3000\u00a0\r\f\v")


_BREAK = re.compile(r"^ {0,3}(?:([-*_])(?:[ \t]*\1){2,}|<hr\s*/?>)[ \t]*$", re.IGNORECASE)
"""A Markdown thematic break (``---``, ``***``, ``* * *``, ``<hr>``): a line that shows no text."""


_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
"""A Markdown blockquote marker (``> ``, nested ``> > ``): shows no text; the quoted lines are read as
paragraphs (a callout ``> 💡 小贴士：…`` in an online document's export)."""


def without_quote(line: str) -> str:
    """A Markdown line without its blockquote markers (``> 💡 小贴士`` → ``💡 小贴士``)."""
    return _QUOTE.sub("", line)


def is_thematic_break(line: str) -> bool:
    """A Markdown line that shows no text (``---``, ``* * *``, ``<hr>``)."""
    return _BREAK.match(line) is not None


_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
"""The underline of a setext heading (``===`` level 1, ``---`` level 2) below its title line."""
_YAML_KEY = re.compile(r"^(title|subtitle|author|date)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_ATTRIBUTES = re.compile(r"\s*\{[#.][^{}]*\}\s*$")
"""Pandoc attributes closing a heading line (``第一部分 组织环境 {#_Toc151876501}``)."""
_SPAN_ATTRIBUTES = re.compile(r"\[([^\[\]]*)\]\{[^{}]*\}|(?<=\))\{[^{}]*\}")
"""Pandoc spans and attributes inline: ``[]{#_Ref… .anchor}`` (a Word bookmark) shows nothing,
``[文字]{.underline}`` its text; ``![](media/image2.png){width="5.8in"}`` the image alone."""
_TOC_MACRO = re.compile(r"^\s*(?:\[\[?toc\]?\]|@\[toc\](?:\([^)]*\))?|\{:toc\}|\$\[toc\])\s*$", re.IGNORECASE)
"""An editor's table-of-contents placeholder (``[TOC]``, ``[[toc]]``, ``@[TOC](目录)``): rendered as a 目录."""
_INLINE = MarkdownIt("commonmark")
_BR = re.compile(r"^<br\s*/?>$", re.IGNORECASE)


def inline_text(text: str, *, cell: bool = False) -> str:
    """The text Markdown ``text`` shows: strong emphasis, links and HTML tags removed, images as their
    alt text, entities decoded, ``<br>`` as a line break (a space in a table ``cell``). Single ``*`` or
    ``_`` emphasis is kept as written (``3*4*5`` is no emphasis in a Chinese report)."""
    if not any(ch in text for ch in "*_<&![`\\{"):
        return text
    return "\n".join("".join(t for t, _ in inline_runs(line, cell=cell)) for line in text.split("\n"))


def inline_runs(line: str, *, cell: bool = False) -> list[tuple[str, bool]]:
    """The text one line of Markdown shows (:func:`inline_text`), as runs of (text, bold): a writer
    of a DOCX or PDF sets ``**…**`` in bold type."""
    runs: list[tuple[str, bool]] = []
    bold = False
    if "{" in line:
        line = _SPAN_ATTRIBUTES.sub(lambda m: m.group(1) or "", line)
    if line.endswith("\\") and not line.endswith("\\\\"):
        line = line[:-1]  # a hard line break (pandoc): the line ends here anyway
    for tok in _INLINE.parseInline(line)[0].children or ():
        piece = ""
        if tok.type in ("text", "code_inline", "image"):
            piece = tok.content
        elif tok.type in ("em_open", "em_close"):
            piece = tok.markup
        elif tok.type in ("strong_open", "strong_close"):
            bold = tok.type == "strong_open"
        elif tok.type in ("softbreak", "hardbreak") or (tok.type == "html_inline" and _BR.match(tok.content)):
            piece = " " if cell else "\n"
        if piece:
            piece = piece.replace("\u00a0", " ")
            if runs and runs[-1][1] == bold:
                runs[-1] = (runs[-1][0] + piece, bold)
            else:
                runs.append((piece, bold))
    return runs


def blocks_from_plain_text(text: str, markdown: bool) -> list[Block]:
    """Split decoded TXT or Markdown text into blocks (see the module docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    groups: list[list[str]] = []
    current: list[str] = []
    in_table = False
    lines = text.split("\n")
    if markdown:
        lines = _without_metadata(lines)
    for line in lines:
        if markdown:
            line = without_quote(line)  # > 💡 小贴士：…: the quote shows its text
            if not in_table and opens_html_table(line):
                in_table = True
            if in_table:
                in_table = "</table>" not in line.lower()
            elif _HTML_CONTAINER.match(line):
                line = ""  # <ul> … </ul> around list items shows nothing of its own
        if _is_blank(line):
            if current:
                groups.append(current)
                current = []
            continue
        if markdown and len(current) == 1 and _SETEXT.match(line) and not _is_markup_line(current[0]):
            # the title line above an underline of = or - is a heading (CommonMark's setext heading)
            level = "#" if line.strip()[0] == "=" else "##"
            groups.append([f"{level} {current[0].strip()}"])
            current = []
            continue
        if markdown and not current and (is_thematic_break(line) or _TOC_MACRO.match(line)):
            continue  # shows no text
        if markdown and (_ATX.match(line) or _BOLD_LINE.match(line) or _HTML_HEADING.match(line)):
            if current:
                groups.append(current)
            groups.append([line])
            current = []
            continue
        current.append(line)
    if current:
        groups.append(current)

    blocks: list[Block] = []
    for lines in groups:
        blocks.extend(_blocks_of_group(lines, markdown))
    return blocks


def _without_metadata(lines: list[str]) -> list[str]:
    """Markdown ``lines`` with a leading YAML metadata block (pandoc ``-s``: ``---`` / ``title: …`` /
    ``---`` or ``...``) replaced by what a reader sees of it: its title, subtitle, author and date, a
    line each. Lines that do not open such a block are returned as they are."""
    k = 0
    while k < len(lines) and _is_blank(lines[k]):
        k += 1
    if k >= len(lines) or lines[k].strip() != "---" or k + 1 >= len(lines) or not _YAML_KEY.match(lines[k + 1]):
        return lines
    shown: list[str] = []
    for end in range(k + 1, len(lines)):
        line = lines[end]
        if line.strip() in ("---", "..."):
            return [*shown, "", *lines[end + 1 :]]
        m = _YAML_KEY.match(line)
        if m and m.group(2):
            shown += [m.group(2).strip("'\""), ""]
        elif not re.match(r"^[\w-]+\s*:|^\s", line):
            return lines  # not YAML after all
    return lines


def _is_markup_line(line: str) -> bool:
    """A Markdown line that is already something else than a paragraph line: no setext title."""
    stripped = line.strip()
    return bool(
        _ATX.match(line)
        or _BOLD_LINE.match(line)
        or "|" in stripped
        or stripped.startswith(("- ", "* ", "+ ", ">", "<"))
        or is_thematic_break(line)
    )


def _blocks_of_group(lines: list[str], markdown: bool) -> list[Block]:
    if markdown and len(lines) == 1:
        m = _ATX.match(lines[0])
        if m:
            title = _ATTRIBUTES.sub("", m.group(2))
            return [Block(kind="heading", text=inline_text(title), style_level=len(m.group(1)))]
        b = _BOLD_LINE.match(lines[0])
        if b:
            return [Block(kind="paragraph", text=inline_text(b.group(2)), bold=True)]
        h = _HTML_HEADING.match(lines[0])
        if h:
            return [Block(kind="heading", text=inline_text(h.group(2)).strip(), style_level=int(h.group(1)))]
    if markdown and opens_html_table(lines[0]):
        table = html_table(lines)
        if table is not None:
            return [_table_block(*table)]
    if markdown and len(lines) >= 2:
        pipe = _pipe_table(lines)
        if pipe is not None:
            return [_shown(pipe)]
    if markdown:
        return [_shown(b) for b in _blocks_of_lines(lines)]
    return _blocks_of_lines(lines)


def _shown(block: Block) -> Block:
    """A Markdown block as it shows (:func:`inline_text`)."""
    if block.rows:
        rows = tuple(tuple(inline_text(c, cell=True) for c in row) for row in block.rows)
        return replace(block, text=inline_text(block.text, cell=True), rows=rows)
    return replace(block, text=inline_text(block.text))


def _blocks_of_lines(lines: list[str]) -> list[Block]:
    if len(lines) > 1 and (all(toc_entries(ln) for ln in lines) or all(is_cover(ln) for ln in lines)):
        return [Block(kind="paragraph", text="\n".join(lines))]  # a 目录 or a cover block: one block
    out: list[Block] = []
    paragraph: list[str] = []
    width = max(len(ln.strip()) for ln in lines)

    def flush() -> None:
        if paragraph:
            out.append(Block(kind="paragraph", text="\n".join(paragraph)))
            paragraph.clear()

    k = 0
    while k < len(lines):
        line = lines[k]
        drawn = _drawn_table_end(lines, k)
        if drawn > k:
            caption = paragraph.pop() if paragraph and is_caption(paragraph[-1].strip()) else None
            flush()
            body = lines[k:drawn]
            shown = [caption, *body] if caption is not None else body
            out.append(Block(kind="table", text="\n".join(shown), rows=drawn_table(body)))
            k = drawn
            continue
        spaced = _space_table_end(lines, k) if "\t" not in line else k
        if "\t" in line and _lone_tab_line(lines, k):
            pass  # 规划定位⇥1.2: a title and its number, no table
        elif "\t" in line or spaced > k:
            rows_end = k
            if spaced > k:
                rows_end = spaced
            while rows_end < len(lines) and "\t" in lines[rows_end]:
                rows_end += 1
            caption = paragraph.pop() if len(paragraph) == 1 and is_caption(paragraph[0].strip()) else None
            if caption is None and paragraph and is_caption(paragraph[-1].strip()):
                caption = paragraph.pop()
            flush()
            body = lines[k:rows_end]
            rows = tuple(tuple(cell.strip() for cell in _cells(ln)) for ln in body)
            shown = [caption, *body] if caption is not None else body
            out.append(Block(kind="table", text="\n".join(shown), rows=rows))
            k = rows_end
            continue
        if paragraph and not _continues(paragraph[-1], line, width):
            flush()
        paragraph.append(line)
        k += 1
    flush()
    return out


_BOX_EDGE = "│┃║|"
_RULE_CHARS = frozenset("─━═-=+┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛│┃║| \u3000")
_RULE_STROKES = "─━═-="
_BOX_ROW = re.compile(r"^[ \u3000]*[│┃║|].*[│┃║|][ \u3000]*$")


def _lone_tab_line(lines: list[str], k: int) -> bool:
    """Line ``k`` is a heading's title and its clause number set apart by one tab (``规划定位⇥1.2``,
    :func:`~analyzer.text.headings.trailing_number`), with no tab line before or after it: no table
    of one row."""
    line = lines[k]
    near = [lines[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
    return line.count("\t") == 1 and trailing_number(line.strip()) is not None and not any("\t" in n for n in near)


def _is_rule(line: str) -> bool:
    """A line of a drawn table that only rules it (``├──┼──┤``, ``+----+----+``)."""
    return set(line) <= _RULE_CHARS and sum(line.count(ch) for ch in _RULE_STROKES) >= 3


def drawn_table(lines: list[str]) -> tuple[tuple[str, ...], ...] | None:
    """The rows of a table drawn with characters (a WPS or console text export:
    ``┌──┬──┐`` / ``│指标│2021年│`` / ``├──┼──┤`` / ``└──┴──┘``, or ASCII ``+----+`` and ``|``), when every
    line is a rule or a row and there are at least two rows of two cells; None otherwise."""
    groups: list[list[tuple[str, ...]]] = [[]]
    for line in lines:
        if _is_rule(line):
            if groups[-1]:
                groups.append([])
            continue
        if not _BOX_ROW.match(line):
            return None
        inner = line.strip(" \u3000")[1:-1]
        groups[-1].append(tuple(c.strip(" \u3000\t") for c in re.split(f"[{_BOX_EDGE}]", inner)))
    groups = [g for g in groups if g]
    if (
        len(groups) >= 3
        and all(len({len(r) for r in g}) == 1 for g in groups)
        and all("" in r for g in groups for r in g[1:])
    ):
        # rules between every row, and a row's further lines leave cells empty: the lines between
        # two rules are one row, its cells wrapped (a pandoc grid table)
        rows = [tuple(_joined(cells) for cells in zip(*g, strict=True)) for g in groups]
    else:
        rows = [r for g in groups for r in g]
    if len(rows) < 2 or any(len(r) < 2 for r in rows):
        return None
    return tuple(rows)


def _joined(parts: Sequence[str]) -> str:
    """A cell wrapped over lines, joined as it reads: no space between Chinese characters."""
    out = ""
    for part in (p for p in parts if p):
        if out and out[-1].isascii() and part[0].isascii():
            out += " "
        out += part
    return out


def _drawn_table_end(lines: list[str], k: int) -> int:
    """Where a table drawn with characters (:func:`drawn_table`) that starts at ``k`` ends; ``k`` if none does."""
    end = k
    while end < len(lines) and (_is_rule(lines[end]) or _BOX_ROW.match(lines[end])):
        end += 1
    return end if end > k and drawn_table(lines[k:end]) is not None else k


_SPACES = re.compile(r"[ \u3000\u00a0]+")
_FIGURE_CELL = re.compile(r"^[-+−]?[\d,，.．]+%?$|^[—–\-/～~]+$|^第\d+[名位]$")
SPACE_TABLE_FIGURES = 0.6
"""Share of a row's cells (after its label) that must be figures for space-separated columns to be a table."""


_BAR = "｜"
"""A full-width vertical bar between cells (``指标｜2021年｜2022年``): a table retyped from a picture
or copied from a web page. Markdown never writes it, so it is no pipe table's ``|``."""


def _cells(line: str) -> list[str]:
    """A table line's cells: tab-separated, separated by full-width bars (``｜``), or (pasted from a
    PDF) separated by runs of spaces."""
    if "\t" in line:
        return line.split("\t")
    if _BAR in line:
        return [cell.strip(" \u3000") for cell in line.strip().strip(_BAR).split(_BAR)]
    return _SPACES.split(line.strip())


def spaced_table(lines: list[str]) -> tuple[tuple[str, ...], ...] | None:
    """The rows of a table whose columns are separated by spaces (:func:`_space_table_end`) when
    ``lines`` are exactly one; None otherwise."""
    if lines and _space_table_end(lines, 0) == len(lines):
        return tuple(tuple(c.strip() for c in _cells(ln)) for ln in lines)
    return None


def _space_table_end(lines: list[str], k: int) -> int:
    """Where a table whose columns are separated by spaces (text pasted from a PDF:
    ``指标 2021年 2022年 2023年`` / ``供气可靠率(%) 99.95 99.96 99.98``) ends, when one starts at ``k``;
    ``k`` when none does. A header line and at least one row with the same number (≥ 3) of
    space-separated cells, every row mostly figures (:data:`SPACE_TABLE_FIGURES`), the header not;
    no line ends a sentence. Chinese prose has no spaces between its words, so this is a table.
    Cells separated by full-width bars (``指标｜2021年｜2022年｜2023年``, :data:`_BAR`) are read the same way."""

    def cells(i: int) -> list[str]:
        t = lines[i].strip()
        return [] if not t or t[-1] in "。！？；" else _cells(t)

    head = cells(k)
    n = len(head)
    if n < 3:
        return k

    def figures(row: list[str]) -> float:
        return sum(1 for c in row[1:] if _FIGURE_CELL.match(c)) / (len(row) - 1)

    if figures(head) >= SPACE_TABLE_FIGURES:
        return k
    end = k + 1
    while end < len(lines):
        row = cells(end)
        if len(row) != n or figures(row) < SPACE_TABLE_FIGURES:
            break
        end += 1
    return end if end > k + 1 else k


def _continues(previous: str, line: str, width: int) -> bool:
    """Whether ``line`` continues the paragraph ending with ``previous`` (hard-wrapped text)."""
    prev = previous.rstrip()
    if width < 20 or len(prev.strip()) < 0.8 * width or (prev and prev[-1] in _SENTENCE_END):
        return False
    # an indented line or a line starting with numbering opens a new paragraph
    return not line[:1].isspace() and line[:1] not in "\u3000"


def pipe_table(lines: list[str]) -> tuple[tuple[str, ...], ...] | None:
    """The rows of a Markdown pipe table (a header row, a ``|---|`` separator row, body rows);
    None when ``lines`` are not one."""
    if len(lines) >= 2 and _PIPE_SEP.match(lines[1]) and all("|" in ln for ln in lines):
        return tuple(
            tuple(cell.strip() for cell in ln.strip().strip("|").split("|")) for k, ln in enumerate(lines) if k != 1
        )
    return None


_HTML_CONTAINER = re.compile(
    r"^\s*(?:</?(?:ul|ol|div|section|article|center|blockquote|span|font)(?:\s[^>]*)?>\s*)+$", re.IGNORECASE
)
"""A line of HTML tags that only open or close a container (``<ul>``, ``</div>``): it shows nothing."""
_HTML_HEADING = re.compile(r"^\s*<h([1-6])(?:\s[^>]*)?>(.*?)</h\1>\s*$", re.IGNORECASE)
"""An HTML heading on a line of its own (``<h2>一、高标准定位</h2>``): Markdown saved from a web
editor or CMS writes its headings so; it is a heading of that level, as ``##`` is."""


class _TableParser(HTMLParser):
    """The caption and cell texts of one HTML ``<table>`` (rows of ``<th>``/``<td>``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.caption: list[str] = []
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None
        self.in_caption = False
        self.tables = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables += 1
        elif tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = []
        elif tag == "caption":
            self.in_caption = True
        elif tag == "br" and self.cell is not None:
            self.cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            if not self.rows:
                self.rows.append([])
            self.rows[-1].append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "caption":
            self.in_caption = False

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data.replace("\u00a0", " "))
        elif self.in_caption:
            self.caption.append(data)


def opens_html_table(line: str) -> bool:
    """``line`` opens an HTML ``<table>`` (``<table border="1">…``)."""
    return line.lstrip().lower().startswith("<table")


def html_table(lines: list[str]) -> tuple[str | None, tuple[tuple[str, ...], ...]] | None:
    """(caption, rows) of an HTML ``<table>`` block (one table, ``<caption>`` optional), or None."""
    parser = _TableParser()
    parser.feed("\n".join(lines))
    parser.close()
    rows = tuple(tuple(r) for r in parser.rows if r)
    if parser.tables != 1 or not rows:
        return None
    caption = " ".join("".join(parser.caption).split()) or None
    return caption, rows


def _pipe_table(lines: list[str]) -> Block | None:
    body = lines
    caption: str | None = None
    if is_caption(lines[0].strip()) and "|" not in lines[0]:
        caption, body = lines[0], lines[1:]
    rows = pipe_table(body)
    if rows is None:
        return None
    return _table_block(caption, rows)


def _table_block(caption: str | None, rows: tuple[tuple[str, ...], ...]) -> Block:
    """A table block as the reader shows it: the caption line, then the rows with tab-separated cells."""
    shown = [*([caption] if caption else []), *("\t".join(r) for r in rows)]
    return Block(kind="table", text="\n".join(shown), rows=rows)
