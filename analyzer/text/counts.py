"""Length counts the way Microsoft Word's 字数统计 shows them.

Secretariats check length limits with Word, so :attr:`Counts.word_style` reproduces Word's
字数 = 中文字符和朝鲜语单词 + 非中文单词:

- every CJK ideograph counts 1;
- every full-width or CJK punctuation mark (、。，；：？！（）《》【】「」〔〕…), every full-width letter
  or digit (``１``, ``Ａ``), kana, CJK symbols (``㎡``) and enclosed list numbers (``①``) count 1;
- every maximal run of other non-space characters counts 1 — ASCII letters, digits and
  half-width punctuation together: ``2023`` = 1, ``12.5%`` = 1, ``ISO`` = 1, ``ISO9001:2015`` = 1,
  ``A-D-L-I`` = 1; a run ends at whitespace and at any character of the two groups above
  (``2023年`` = 2, ``ISO 9001`` = 2);
- whitespace counts 0.

**Ambiguous marks — SARA's rule.** The dash ``—`` (U+2014, also ``――`` U+2015 and ``⸺``), the
ellipsis ``…`` (U+2026), the curly quotes ``“ ” ‘ ’`` and the middle dot ``·`` (U+00B7) exist
once in Unicode for both Western and Chinese text. SARA counts each of them as **one East Asian
character, always**, exactly like ``，`` or ``（``, and they end a Latin/digit run (``“ISO”`` = 3).

The evidence (issue 13, 1,382 real DOCX/PDF files; the em-dash is the mark that differs most):

- **WPS** counts every ``—`` as 1 (``——`` = 2), whatever the font.
- **Word** decides per *run*: a character counts one by one when the run is set as East Asian
  text (an East Asian font, or ``w:rFonts w:hint="eastAsia"``, which the Chinese input method
  sets), and otherwise belongs to the Latin "word" rules, where a run of punctuation standing
  alone between spaces or ideographs is not a word at all. So ``——`` typed with the Chinese IME
  counts 2, and the same characters in a Times New Roman run count 0 — the one Word file in the
  corpus whose stored count had no dashes at all set its dashes in a Western font.
- Plain text and PDFs carry no run language; a PDF only has the glyph's font, which says
  nothing reliable about how Word would have classified the run.

Why one rule for all: in a Chinese report these marks are typed with the Chinese input method,
which is exactly when Word counts them one by one; WPS always does; a context-dependent rule would
count the same mark differently in two places of one report and could not be checked by hand. The
rule overcounts only Western-font dashes and quotes (rare in these reports: a few per report),
and errs towards a longer count — the safe side for a length limit.

**Ideographic space (U+3000)** is whitespace: 0 in 字数 and in 字符数(不计空格), 1 in
字符数(计空格), like an ASCII space. It is mostly indentation (``　　``) and alignment padding, and
Word counts it as a space.

**Automatic list numbers** (a DOCX 多级列表 label such as ``1.1`` or ``（一）``, in front of a
paragraph or inside a table cell) are shown in SARA's text but not counted, as in Word:
:attr:`Paragraph.counts <analyzer.model.Paragraph.counts>` leaves them out, and every count of
paragraphs — the document, a section, the profile — goes through :func:`paragraph_counts`. A PDF
has no such labels: its numbers are text.

**Text as written.** Counts are taken on the text as the document writes it, after the
normalization steps that keep what Word counts (:mod:`analyzer.text.normalize`). The one step that
changes counted characters, a heading number made half-width (``Ａ．`` → ``A.``, ``１．２`` →
``1.2``, for matching it against clause numbers), is not counted: ``A．K和L`` is 5 as written
and would be 3 as ``A.K和L`` (a DOCX in the issue-13 corpus was 2% low this way).

**What Word's 字数 dialog includes (DOCX).** Evidence, issue 13:

- *Main text, tables and the TOC*: counted. The TOC is field result text like any other; Word keeps
  it in a body-level content control (``w:sdt``), which SARA's reader and the evaluation reference
  (``pipelines/eval_ingest_real.py``) both read; three theses of /work/corpus-zh differed by exactly
  their TOC's words while the reference skipped it.
- *Automatic list numbers*: not counted (above).
- *Equations (OMML)*: their text is counted like body text (the project's working rule; not
  checked against Word here).
- *Headers and footers*: never counted (no option in the dialog; field codes such as page
  numbers likewise).
- *Text boxes, footnotes and endnotes*: counted by default. The dialog's checkbox
  "包括文本框、脚注和尾注 / Include textboxes, footnotes and endnotes" is saved per document as
  ``w:doNotIncludeSubdocsInStats`` in word/settings.xml; ECMA-376 defines that element as excluding
  those stories when present, so its absence means Word includes them (a 1999 US 7th Circuit
  opinion, *DeSilva v. DiLeonardi*, records Word 97–2000 counting footnotes by default). In
  /work/corpus-zh 12 of 29 DOCX files (WPS and Word) carry the flag, 17 do not. SARA follows each
  document's own setting (:func:`counted_by_word`, the one home of this rule): without the flag
  the text boxes, footnotes and endnotes are in :attr:`Document.counts` and in every limit's count,
  with it they go to :attr:`Document.excluded_counts`. Formats that carry no such setting (PDF,
  TXT, Markdown: :attr:`Document.word_counts_subdocs` is None) count the body only, and SARA then
  claims nothing about Word. None of the 29 corpus files has text boxes or notes, so no measured
  number depends on this choice yet.
- *Text in pictures* (OCR, ``source="picture"``): never counted — Word cannot see it.

The other counts: 字符数(不计空格) (:attr:`Counts.chars_no_spaces`) is every non-whitespace
character; 字符数(计空格) (:attr:`Counts.chars_with_spaces`) also counts spaces and U+3000 but
not line breaks (Word does not count paragraph marks) and not tabs — in normalized text a tab
only ever separates table cells, and Word counts no character for a cell boundary.
:attr:`Counts.cjk` counts CJK ideographs only. All counts are defined on normalized text
(:mod:`analyzer.text.normalize`), which keeps full-width punctuation full-width.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..model import Counts, Paragraph, ParagraphSource
from .chars import is_east_asian, is_ideograph, is_space

ZERO = Counts(word_style=0, chars_no_spaces=0, chars_with_spaces=0, cjk=0)

# One class letter per character: B line break/tab (not counted), S space, I ideograph, E other
# East Asian character (counted one by one), O anything else (counted per maximal run).
_BREAK, _SPACE, _IDEOGRAPH, _EAST_ASIAN, _OTHER = "BSIEO"
_OTHER_RUN = re.compile(f"{_OTHER}+")


def _char_class(ch: str) -> str:
    if ch in "\n\r\t\u2028\u2029":
        return _BREAK
    if is_space(ch):
        return _SPACE
    if is_east_asian(ch):
        return _IDEOGRAPH if is_ideograph(ch) else _EAST_ASIAN
    return _OTHER


class _ClassTable(dict[int, str]):
    """``str.translate`` table: code point → class letter, filled on first sight of a character."""

    def __missing__(self, cp: int) -> str:
        cls = self[cp] = _char_class(chr(cp))
        return cls


_CLASSES = _ClassTable()


@lru_cache(maxsize=8192)  # pure str→Counts memo, bounded; holds no resource (issue 16: allowed)
def count(text: str) -> Counts:
    """Count ``text`` (see the module docstring for the rules)."""
    classes = text.translate(_CLASSES)
    with_spaces = len(classes) - classes.count(_BREAK)
    no_spaces = with_spaces - classes.count(_SPACE)
    cjk = classes.count(_IDEOGRAPH)
    words = cjk + classes.count(_EAST_ASIAN) + len(_OTHER_RUN.findall(classes))
    return Counts(word_style=words, chars_no_spaces=no_spaces, chars_with_spaces=with_spaces, cjk=cjk)


def subtract(total: Counts, parts: Iterable[Counts]) -> Counts:
    """``total`` less some counted pieces of it (never below zero), e.g. automatic list numbers
    that a reader put in front of a paragraph and Word's 字数 does not count."""
    less = add(parts)
    return Counts(
        word_style=max(0, total.word_style - less.word_style),
        chars_no_spaces=max(0, total.chars_no_spaces - less.chars_no_spaces),
        chars_with_spaces=max(0, total.chars_with_spaces - less.chars_with_spaces),
        cjk=max(0, total.cjk - less.cjk),
    )


def add(counts: Iterable[Counts]) -> Counts:
    """The sum of several counts (paragraphs are counted separately, so runs never span them)."""
    total = ZERO
    for c in counts:
        total = Counts(
            word_style=total.word_style + c.word_style,
            chars_no_spaces=total.chars_no_spaces + c.chars_no_spaces,
            chars_with_spaces=total.chars_with_spaces + c.chars_with_spaces,
            cjk=total.cjk + c.cjk,
        )
    return total


def paragraph_counts(paragraph: Paragraph) -> Counts:
    """A paragraph's counts as Word's 字数 sees them: its text as written less its automatic list
    numbers (:attr:`Paragraph.counts <analyzer.model.Paragraph.counts>` where that differs from
    its shown text)."""
    return count(paragraph.text) if paragraph.counts is None else paragraph.counts


SUBDOC_SOURCES: frozenset[ParagraphSource] = frozenset({"textbox", "footnote"})
"""The sources Word's option "包括文本框、脚注和尾注" governs (footnotes and endnotes are both ``footnote``)."""


def counted_by_word(source: ParagraphSource, subdocs: bool | None) -> bool:
    """Whether Word's 字数 counts a paragraph read from ``source`` in a document whose setting
    "包括文本框、脚注和尾注" is ``subdocs`` (:attr:`Document.word_counts_subdocs`; None: the format
    carries no such setting, and only the body is counted). Text OCR read from pictures never is."""
    if source == "body":
        return True
    if source in SUBDOC_SOURCES:
        return subdocs is True
    return False


def word_setting_text(subdocs: bool | None) -> tuple[str, str] | None:
    """The document's Word setting for text boxes and notes, in Chinese and English, for messages
    that say why they are or are not counted; None when the format carries no such setting."""
    if subdocs is None:
        return None
    if subdocs:
        return (
            "本文档的 Word 字数统计设置包括文本框、脚注和尾注",
            "this document's Word word-count setting includes text boxes, footnotes and endnotes",
        )
    return (
        "本文档的 Word 字数统计设置不包括文本框、脚注和尾注",
        "this document's Word word-count setting leaves out text boxes, footnotes and endnotes",
    )
