"""Normalization of extracted text: a visible, ordered chain of small str → str steps.

Every step returns its output together with an offset map (``offsets[i]`` = index in the
step's input of output character ``i``); :class:`Normalized` composes the maps, so any
character of the final text can be traced back to the text exactly as the reader extracted it.
Offsets are strictly increasing: steps only delete characters or replace one character (or a
``\\r\\n`` pair, or a run of whitespace) by one character.

The chain for a block of text (:data:`PARAGRAPH_STEPS`, in this order):

1. :func:`unify_line_breaks` — ``\\r\\n``, ``\\r``, U+2028/2029, ``\\v``, ``\\f``, NEL → ``\\n``.
2. :func:`strip_invisible` — zero-width characters (U+200B…, BOM, soft hyphen, bidi marks) and
   control characters other than tab and newline are deleted.
3. :func:`join_lines` — a line break inside a text paragraph is a PDF/hard-wrap artefact: it
   is deleted between two East Asian characters and becomes a space elsewhere (tables keep them:
   they separate rows).
4. :func:`remove_cjk_spaces` — spaces PDF extraction inserts next to Chinese text are deleted:
   between an ideograph and a digit, Latin letter or half-width mark (``2024 年度`` → ``2024年度``),
   next to full-width punctuation, and inside letter-spaced ideographs (``营 业 收 入`` →
   ``营业收入``: a space between two ideographs goes when a neighbouring run of ideographs is a
   single character). Kept: spaces between Latin words or digits (``ISO 9001``, ``Six Sigma``),
   a space between two multi-character Chinese runs (``某某公司 质量奖自评报告``, usually
   intended), and the space after a leading number (``1.1 文化引领``, ``表6-1 质量水平指标``).
5. :func:`collapse_whitespace` — every run of whitespace (including U+3000 and no-break
   spaces) becomes one ASCII space; leading and trailing whitespace (the ``　　`` indent) goes.
   In tables, tabs and newlines are structure and are kept; spaces around them go.
6. :func:`to_simplified` — only for a report written in traditional characters (繁體,
   :func:`is_traditional` decides once per document): OpenCC ``t2s``, one character for one, so the
   standards (simplified) match while the offsets still point at the traditional original. A
   simplified report never runs this step and stays byte-identical.

:func:`halfwidth_heading_number` is applied by the segmenter to heading lines only: full-width
digits, letters and ``．`` in the leading number become ASCII and stray spaces inside a decimal
number go (``１．２`` → ``1.2``, ``5. 2. 1`` → ``5.2.1``). Nothing ever applies NFKC to whole text:
NFKC would turn ``，`` into ``,`` and ``（１）`` into ``(1)``. Ordinary Chinese text without spaces
passes through every step unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .chars import FULLWIDTH_NUMBER_MAP, ZERO_WIDTH, is_control, is_east_asian, is_ideograph, is_space

StepResult = tuple[str, tuple[int, ...]]
Step = Callable[[str], StepResult]


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalized text with ``offsets[i]`` = index in the original text of character ``i``."""

    text: str
    offsets: tuple[int, ...]
    original: str

    @classmethod
    def identity(cls, text: str) -> Normalized:
        return cls(text, tuple(range(len(text))), text)

    def then(self, step: Step) -> Normalized:
        """Apply one more step and compose its offset map with ours."""
        out, local = step(self.text)
        if len(local) != len(out):
            raise ValueError(f"step {getattr(step, '__name__', step)!r} returned a bad offset map")
        if out is self.text:
            return self  # the step had nothing to do (its fast path returns the input itself)
        return Normalized(out, tuple(self.offsets[i] for i in local), self.original)

    def original_index(self, i: int) -> int:
        """Index in the original text of normalized character ``i``; ``len(text)`` maps past the end."""
        if i == len(self.text):
            return len(self.original)
        return self.offsets[i]


class _Builder:
    """Collects output characters with the input index each came from."""

    __slots__ = ("chars", "offsets")

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def add(self, ch: str, src: int) -> None:
        self.chars.append(ch)
        self.offsets.append(src)

    def result(self) -> StepResult:
        return "".join(self.chars), tuple(self.offsets)


# --------------------------------------------------------------------------- steps

_LINE_BREAKS = "\r\n\u2028\u2029\x0b\x0c\x85"

# Fast paths: most paragraphs contain nothing a step changes; the step then returns its input
# itself with the identity map (and Normalized.then keeps its offsets).
_OTHER_LINE_BREAK = re.compile("[\r\u2028\u2029\x0b\x0c\x85]")
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f" + "".join(sorted(ZERO_WIDTH)) + "]")
_ANY_SPACE = re.compile("[\\s\u00a0\u3000\u202f\u2007]")


def _unchanged(text: str) -> StepResult:
    return text, tuple(range(len(text)))


def unify_line_breaks(text: str) -> StepResult:
    if not _OTHER_LINE_BREAK.search(text):
        return _unchanged(text)
    b = _Builder()
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
            b.add("\n", i)
            i += 2
            continue
        b.add("\n" if ch in _LINE_BREAKS else ch, i)
        i += 1
    return b.result()


def strip_invisible(text: str) -> StepResult:
    if not _INVISIBLE.search(text):
        return _unchanged(text)
    b = _Builder()
    for i, ch in enumerate(text):
        if ch in ZERO_WIDTH or is_control(ch):
            continue
        b.add(ch, i)
    return b.result()


def _h_space(ch: str) -> bool:
    """Horizontal whitespace (not a line break)."""
    return ch != "\n" and is_space(ch)


def join_lines(text: str) -> StepResult:
    """Inside a text paragraph: delete a line break between East Asian characters, else space."""
    if "\n" not in text:
        return _unchanged(text)
    b = _Builder()
    n = len(text)
    i = 0
    while i < n:
        if text[i] != "\n":
            b.add(text[i], i)
            i += 1
            continue
        # the whole run of whitespace containing this line break
        j = i
        while j < n and is_space(text[j]):
            j += 1
        k = len(b.chars)
        while k > 0 and _h_space(b.chars[k - 1]):
            k -= 1
        left = b.chars[k - 1] if k > 0 else ""
        right = text[j] if j < n else ""
        # drop the horizontal spaces already emitted before the break
        first_src = b.offsets[k] if k < len(b.chars) else i
        del b.chars[k:], b.offsets[k:]
        if left and right and not (is_east_asian(left) and is_east_asian(right)):
            b.add(" ", first_src)
        i = j
    return b.result()


# A leading number whose following space is meaningful: "1.1 文化引领", "1 领导", "表6-1 质量…".
_LEADING_NUMBER = re.compile(
    r"[ \u3000]*(?:续?[表图][ \u3000]?)?[(（]?"
    r"(?:[0-9０-９]{1,3}(?:[ \u3000]*[.．\-－][ \u3000]*[0-9０-９]{1,3})*|[A-Za-z])[.．)）]?[a-z]?(?=[ \u3000\t])"
)


def _ascii_visible(ch: str) -> bool:
    return "!" <= ch <= "~"


def remove_cjk_spaces(text: str) -> StepResult:
    """Delete horizontal spaces that PDF extraction puts next to Chinese text (see module doc)."""
    return _remove_cjk_spaces(text, tabs_are_cells=False)


def remove_cjk_spaces_table(text: str) -> StepResult:
    """:func:`remove_cjk_spaces` for table text, where a tab separates two cells."""
    return _remove_cjk_spaces(text, tabs_are_cells=True)


def _remove_cjk_spaces(text: str, *, tabs_are_cells: bool) -> StepResult:
    if not _ANY_SPACE.search(text):
        return _unchanged(text)
    sep = "\t" if tabs_are_cells else ""
    protected: set[int] = set()
    for line_start in [0, *(m.end() for m in re.finditer(r"\n", text))]:
        m = _LEADING_NUMBER.match(text, line_start)
        if m:
            protected.add(m.end())
    b = _Builder()
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if not _h_space(ch) or ch in sep:
            b.add(ch, i)
            i += 1
            continue
        j = i
        while j < n and _h_space(text[j]) and text[j] not in sep:
            j += 1
        left = text[i - 1] if i > 0 else ""
        right = text[j] if j < n else ""
        keep = (i in protected and _number_char(left)) or not left or not right
        if keep or not _drop_space(text, i, j, left, right):
            for k in range(i, j):
                b.add(text[k], k)
        i = j
    return b.result()


def _number_char(ch: str) -> bool:
    """The last character of a leading number: a digit or letter (ASCII or full-width), ``.`` or ``)``."""
    return (ch.isascii() and ch.isalnum()) or ch in FULLWIDTH_NUMBER_MAP or ch in ".)"


def _run_length(text: str, start: int, step: int) -> int:
    n = 0
    k = start
    while 0 <= k < len(text) and is_ideograph(text[k]):
        n += 1
        k += step
    return n


def _drop_space(text: str, i: int, j: int, left: str, right: str) -> bool:
    left_ea, right_ea = is_east_asian(left), is_east_asian(right)
    if not (left_ea or right_ea):
        return False  # Latin/digit text keeps its spaces
    left_id, right_id = is_ideograph(left), is_ideograph(right)
    if (left_ea and not left_id) or (right_ea and not right_id):
        return True  # next to full-width punctuation, kana, full-width letters…
    if left_id and right_id:
        # letter-spaced ideographs ("营 业 收 入") lose their spaces; two words stay apart
        return _run_length(text, i - 1, -1) == 1 or _run_length(text, j, 1) == 1
    other = right if left_id else left
    return _ascii_visible(other)


def collapse_whitespace(text: str) -> StepResult:
    """Runs of whitespace → one space; strip both ends (paragraph mode: tabs/newlines too)."""
    return _collapse(text, keep_structure=False)


def collapse_whitespace_table(text: str) -> StepResult:
    """Like :func:`collapse_whitespace` but tabs and newlines (cell and row separators) are kept."""
    return _collapse(text, keep_structure=True)


def _collapse(text: str, *, keep_structure: bool) -> StepResult:
    if not _ANY_SPACE.search(text):
        return _unchanged(text)
    b = _Builder()
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if not is_space(ch):
            b.add(ch, i)
            i += 1
            continue
        j = i
        while j < n and is_space(text[j]):
            j += 1
        run = text[i:j]
        if keep_structure and ("\t" in run or "\n" in run):
            # keep the structural characters themselves, in order, drop the padding
            for k in range(i, j):
                if text[k] in "\t\n":
                    b.add(text[k], k)
        elif b.chars and j < n and not (keep_structure and b.chars[-1] in "\t\n"):
            b.add(" ", i)
        i = j
    if keep_structure:  # no empty rows at either end
        while b.chars and b.chars[-1] == "\n":
            b.chars.pop()
            b.offsets.pop()
        k = 0
        while k < len(b.chars) and b.chars[k] == "\n":
            k += 1
        del b.chars[:k], b.offsets[:k]
    return b.result()


# Leading decimal/letter numbering of a heading: "１．２", "5. 2. 1", "（１）", "Ａ．".
_HEADING_NUMBER = re.compile(
    r"(?:第[0-9０-９]+|[(（]?[0-9０-９]{1,3}(?:[ \u3000]*[.．][ \u3000]*[0-9０-９]{1,3})*[.．]?[)）]?"
    r"|[(（]?[A-Za-zＡ-Ｚａ-ｚ][.．)）])"
)


def halfwidth_heading_number(text: str) -> StepResult:
    """Full-width digits/letters/``．`` → ASCII in the heading's leading number only."""
    m = _HEADING_NUMBER.match(text)
    end = m.end() if m else 0
    decimal = bool(m and re.search(r"[0-9０-９][ \u3000]*[.．][ \u3000]*[0-9０-９]", m.group()))
    b = _Builder()
    for i, ch in enumerate(text):
        if i < end:
            if decimal and ch in " \u3000":
                continue
            b.add(FULLWIDTH_NUMBER_MAP.get(ch, ch), i)
        else:
            b.add(ch, i)
    return b.result()


# --------------------------------------------------------------------------- traditional → simplified

TRADITIONAL_MIN_SHARE = 0.05
"""A report is traditional when at least this share of its ideographs change under OpenCC t2s
(traditional text: 15–30 %; simplified text: well under 1 %, from characters such as 乾 or 著)."""
TRADITIONAL_MIN_CHARS = 3
_DETECT_SAMPLE = 20_000


def _t2s() -> Any:
    """OpenCC's t2s converter (built once per :class:`~analyzer.resources.Resources`)."""
    from ..resources import Resources

    return Resources.current().loaded("opencc t2s", (), _build_t2s)


def _build_t2s() -> Any:
    import opencc  # lazy: only reports that need it pay for the dictionaries

    return opencc.OpenCC("t2s")


def _convert_same_length(text: str) -> str:
    cc = _t2s()
    out = cc.convert(text)
    if len(out) == len(text):
        return out
    # a phrase changed length (rare in t2s): convert character by character
    return "".join(c if len(c := cc.convert(ch)) == 1 else ch for ch in text)


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters (see :data:`TRADITIONAL_MIN_SHARE`)."""
    ideographs = "".join(ch for ch in text[: _DETECT_SAMPLE * 3] if is_ideograph(ch))[:_DETECT_SAMPLE]
    if len(ideographs) < TRADITIONAL_MIN_CHARS:
        return False
    converted = _convert_same_length(ideographs)
    changed = sum(1 for a, b in zip(ideographs, converted, strict=True) if a != b)
    return changed >= TRADITIONAL_MIN_CHARS and changed >= TRADITIONAL_MIN_SHARE * len(ideographs)


def to_simplified(text: str) -> StepResult:
    """Traditional → simplified characters (OpenCC ``t2s``, phrase-aware), one character for one."""
    out = _convert_same_length(text)
    if out == text:
        return _unchanged(text)
    return out, tuple(range(len(text)))


def _simplified_forms() -> dict[str, frozenset[str]]:
    """Every simplified form OpenCC may give a traditional character (characters and phrases),
    read once per :class:`~analyzer.resources.Resources`."""
    from ..resources import Resources

    return Resources.current().loaded("opencc simplified forms", (), _build_simplified_forms)


def _build_simplified_forms() -> dict[str, frozenset[str]]:
    from importlib import resources as _res

    import opencc

    folder = _res.files(opencc).joinpath("dictionary")
    forms: dict[str, set[str]] = {}
    for name in ("TSCharacters.txt", "TSPhrases.txt"):
        path = folder.joinpath(name)
        if not path.is_file():
            continue  # the official opencc package keeps compiled dictionaries only
        for line in path.read_text(encoding="utf-8").splitlines():
            src, _, dst = line.partition("\t")
            for d in dst.split():
                if len(d) == len(src):
                    for a, b in zip(src, d, strict=True):
                        forms.setdefault(a, set()).add(b)
    return {k: frozenset(v) for k, v in forms.items()}


PARAGRAPH_STEPS: tuple[Step, ...] = (
    unify_line_breaks,
    strip_invisible,
    join_lines,
    remove_cjk_spaces,
    collapse_whitespace,
)

TABLE_STEPS: tuple[Step, ...] = (
    unify_line_breaks,
    strip_invisible,
    remove_cjk_spaces_table,
    collapse_whitespace_table,
)


PARAGRAPH_STEPS_T2S: tuple[Step, ...] = (*PARAGRAPH_STEPS, to_simplified)
TABLE_STEPS_T2S: tuple[Step, ...] = (*TABLE_STEPS, to_simplified)


def normalize(text: str, steps: Sequence[Step] = PARAGRAPH_STEPS) -> Normalized:
    """Run ``steps`` in order over ``text``; the result maps back to ``text``."""
    out = Normalized.identity(text)
    for step in steps:
        out = out.then(step)
    return out


def normalize_table(text: str, *, simplify: bool = False) -> Normalized:
    """Table text: cells separated by tabs, rows by newlines — both kept."""
    return normalize(text, TABLE_STEPS_T2S if simplify else TABLE_STEPS)


def normalize_cell(text: str, *, simplify: bool = False) -> str:
    """One table cell (line breaks inside a cell are joined like in a paragraph)."""
    return normalize(text, PARAGRAPH_STEPS_T2S if simplify else PARAGRAPH_STEPS).text


def equivalent(out: str, src: str) -> bool:
    """Whether output character ``out`` is a defined normalized form of input character ``src``."""
    if out == src:
        return True
    if out == "\n":
        return src in _LINE_BREAKS
    if out == " ":
        return is_space(src)
    if FULLWIDTH_NUMBER_MAP.get(src) == out:
        return True
    return is_ideograph(src) and (out in _simplified_forms().get(src, ()) or _t2s().convert(src) == out)
