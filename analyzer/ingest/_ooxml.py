"""WordprocessingML helpers for the DOCX reader: styles, automatic numbering, number formats.

Word keeps the visible "1.1.1", "（一）" or "第一章" of a 多级列表 in ``numbering.xml``, not in the
paragraph text. :class:`NumberingState` replays the list counters over the body in document
order and renders each numbered paragraph's label the way Word shows it:

* a paragraph's ``w:numPr`` (``w:numId`` + ``w:ilvl``) comes from the paragraph or from its
  style chain (``w:basedOn``), the nearest one that says something winning; a missing
  ``w:ilvl`` means level 0 (as Word writes Heading 1 and LibreOffice reads it). ``w:numId`` 0,
  a missing ``w:num`` or a level whose format is ``none`` with an empty template means "no
  number" (LibreOffice writes such references);
* ``w:num`` → ``w:abstractNum`` (following ``w:numStyleLink``), with ``w:lvlOverride``
  (``w:startOverride`` and whole replacement ``w:lvl``);
* counters are shared by every ``w:num`` of the same abstract list (Word's "continue
  numbering"); a ``w:num`` with ``w:startOverride`` restarts those levels once, the first time it
  is used (Word's "set numbering value"); a level restarts at its ``w:start`` when a higher level
  advances, or as ``w:lvlRestart`` says (0 = never);
* ``w:lvlText`` templates ``%1``…``%9``; ``w:isLgl`` shows the referenced levels in Arabic
  digits; the formats of :func:`format_number`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from lxml import etree

W: Final = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W + "}"


def w(tag: str) -> str:
    """Clark name of a WordprocessingML element or attribute: ``w("p")`` → ``{ns}p``."""
    return _W + tag


def wval(el: etree._Element | None, attr: str = "val") -> str | None:
    """The ``w:val`` (or other ``w:`` attribute) of an element, None when absent."""
    if el is None:
        return None
    return el.get(_W + attr)


def on_off(el: etree._Element | None) -> bool | None:
    """A ``w:b``-style toggle: None when absent, False for val 0/false/off."""
    if el is None:
        return None
    return wval(el) not in ("0", "false", "off")


def to_int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


# --------------------------------------------------------------------------- number formats

_CN_DIGITS = "〇一二三四五六七八九"
_CN_THOUSAND = "零一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_JA_LEGAL = "〇壱弐参四伍六七八九"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULLSTOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_IDEO_CIRCLED = "㊀㊁㊂㊃㊄㊅㊆㊇㊈㊉"
_IDEO_PAREN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _chinese_thousand(n: int, digits: str = _CN_THOUSAND, units: str = "十百千", short_ten: bool = True) -> str:
    """Chinese numerals with place units: 10 → 十, 21 → 二十一, 105 → 一百零五, 10010 → 一万零一十.

    ``short_ten`` writes 10–19 as 十… (the everyday form); the financial forms keep 壹拾….
    """
    if n == 0:
        return digits[0]
    if n >= 10000:
        high, low = divmod(n, 10000)
        head = _chinese_thousand(high, digits, units, short_ten) + "万"
        if low == 0:
            return head
        tail = _chinese_thousand(low, digits, units, short_ten=False)
        return head + (digits[0] if low < 1000 else "") + tail
    out: list[str] = []
    zero = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d = (n // power) % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append(digits[0])
            zero = False
        out.append(digits[d] + unit)
    text = "".join(out)
    # 一十 → 十 at the start (10–19), as Chinese is written.
    return text[1:] if short_ten and 10 <= n < 20 and text.startswith(digits[1] + units[0]) else text


def _chinese_counting(n: int) -> str:
    """Word's ``chineseCounting``: 1–99 with 十 (十一, 二十); from 100 digit by digit (一〇五)."""
    if n == 0:
        return _CN_DIGITS[0]
    if n < 100:
        return _chinese_thousand(n)
    return "".join(_CN_DIGITS[int(c)] for c in str(n))


def _letters(n: int, upper: bool) -> str:
    # Word: a … z, aa … zz, aaa …: the letter repeats.
    if n <= 0:
        return str(n)
    letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def _roman(n: int, upper: bool) -> str:
    if not 0 < n < 4000:
        return str(n)
    out: list[str] = []
    for value, sym in _ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    text = "".join(out)
    return text.upper() if upper else text


def _from_table(n: int, table: str, first: int = 1) -> str:
    i = n - first
    return table[i] if 0 <= i < len(table) else str(n)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_number(n: int, fmt: str) -> str:
    """Render counter value ``n`` in the ``w:numFmt`` ``fmt`` the way Word displays it.

    Unknown formats fall back to Arabic digits (Word does the same for formats it lacks).
    ``none`` gives an empty string; ``bullet`` is handled by the caller (the template is the
    bullet character).
    """
    if fmt in ("decimal", "decimalHalfWidth", "ordinalText", "cardinalText", "hex", "custom"):
        return f"{n:x}".upper() if fmt == "hex" else str(n)
    if fmt == "none":
        return ""
    if fmt == "decimalZero":
        return f"{n:02d}" if 0 <= n < 10 else str(n)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return _from_table(n, _CIRCLED)
    if fmt == "decimalEnclosedParen":
        return _from_table(n, _PAREN)
    if fmt == "decimalEnclosedFullstop":
        return _from_table(n, _FULLSTOP)
    if fmt == "ideographEnclosedCircle":
        return _from_table(n, _IDEO_CIRCLED)
    if fmt == "ideographDigital":
        return "".join(_CN_DIGITS[int(c)] for c in str(n)) if n >= 0 else str(n)
    if fmt in ("chineseCounting", "japaneseCounting", "taiwaneseCounting", "koreanCounting"):
        return _chinese_counting(n) if n >= 0 else str(n)
    if fmt in ("chineseCountingThousand", "taiwaneseCountingThousand", "koreanDigital2"):
        return _chinese_thousand(n) if n >= 0 else str(n)
    if fmt == "chineseLegalSimplified":
        return _chinese_thousand(n, _CN_LEGAL, "拾佰仟", short_ten=False) if n >= 0 else str(n)
    if fmt == "japaneseLegal":
        return _chinese_thousand(n, _JA_LEGAL, "拾百阡", short_ten=False) if n >= 0 else str(n)
    if fmt in ("ideographTraditional",):
        return _from_table(n, _TIANGAN)
    if fmt == "ideographZodiac":
        return _from_table(n, _DIZHI)
    if fmt == "ideographLegalTraditional":
        return _from_table(n, _IDEO_PAREN)
    if fmt in ("lowerLetter", "upperLetter"):
        return _letters(n, fmt == "upperLetter")
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n, fmt == "upperRoman")
    if fmt == "ordinal":
        return _ordinal(n)
    return str(n)


# --------------------------------------------------------------------------- styles

_HEADING_PREFIXES = ("heading", "标题", "見出し", "標題")


def heading_level_from_name(name: str) -> int | None:
    """``Heading 2`` / ``heading 2`` / ``标题 2`` / ``标题2`` → 2; ``Title`` / ``标题`` → 0."""
    key = name.strip().lower().replace(" ", "")
    if key in ("title", "标题", "標題", "表題"):
        return 0
    for prefix in _HEADING_PREFIXES:
        if key.startswith(prefix):
            rest = key[len(prefix) :]
            if rest.isdigit() and 1 <= int(rest) <= 9:
                return int(rest)
    return None


@dataclass(frozen=True, slots=True)
class NumRef:
    """A ``w:numPr``: either part may be missing (then it comes from the style chain)."""

    num_id: int | None
    ilvl: int | None


def read_num_pr(ppr: etree._Element | None) -> NumRef | None:
    if ppr is None:
        return None
    numpr = ppr.find(w("numPr"))
    if numpr is None:
        return None
    return NumRef(to_int(wval(numpr.find(w("numId")))), to_int(wval(numpr.find(w("ilvl")))))


@dataclass(frozen=True, slots=True)
class StyleDef:
    style_id: str
    name: str
    kind: str
    based_on: str | None
    outline_level: int | None
    num: NumRef | None
    bold: bool | None
    size_half_points: int | None


@dataclass(frozen=True, slots=True)
class Styles:
    """Paragraph styles of ``styles.xml`` with their ``basedOn`` chains resolved on demand."""

    by_id: dict[str, StyleDef]
    default_paragraph: str | None
    default_size_half_points: int | None

    @classmethod
    def parse(cls, root: etree._Element | None) -> Styles:
        if root is None:
            return cls({}, None, None)
        by_id: dict[str, StyleDef] = {}
        default: str | None = None
        for st in root.iter(w("style")):
            sid = st.get(w("styleId"))
            if sid is None:
                continue
            kind = st.get(w("type")) or "paragraph"
            ppr = st.find(w("pPr"))
            rpr = st.find(w("rPr"))
            by_id[sid] = StyleDef(
                style_id=sid,
                name=wval(st.find(w("name"))) or sid,
                kind=kind,
                based_on=wval(st.find(w("basedOn"))),
                outline_level=to_int(wval(ppr.find(w("outlineLvl")))) if ppr is not None else None,
                num=read_num_pr(ppr),
                bold=on_off(rpr.find(w("b"))) if rpr is not None else None,
                size_half_points=to_int(wval(rpr.find(w("sz")))) if rpr is not None else None,
            )
            if kind == "paragraph" and st.get(w("default")) in ("1", "true", "on"):
                default = sid
        size = None
        dflt = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('sz')}")
        if dflt is not None:
            size = to_int(wval(dflt))
        return cls(by_id, default, size)

    def chain(self, style_id: str | None) -> Iterator[StyleDef]:
        """The style and its ``basedOn`` ancestors, nearest first (cycles cut)."""
        sid = style_id if style_id is not None else self.default_paragraph
        seen: set[str] = set()
        while sid is not None and sid not in seen and sid in self.by_id and len(seen) < 32:
            seen.add(sid)
            st = self.by_id[sid]
            yield st
            sid = st.based_on

    def name(self, style_id: str | None) -> str:
        st = self.by_id.get(style_id or "") if style_id else None
        return st.name if st is not None else (style_id or "")

    def heading_level(self, style_id: str | None) -> int | None:
        """Heading level from the style chain: a Heading/标题 n name, Title (0), or an outline level.

        The nearest style that says anything wins; outline level 9 ("body text") says "not a
        heading".
        """
        for st in self.chain(style_id):
            by_name = heading_level_from_name(st.name)
            if by_name is not None:
                return by_name
            if st.outline_level is not None:
                return st.outline_level + 1 if 0 <= st.outline_level <= 8 else None
        return None

    def num_ref(self, style_id: str | None) -> NumRef | None:
        """The nearest ``w:numPr`` in the style chain, with ``ilvl`` filled from further up if needed."""
        num_id: int | None = None
        ilvl: int | None = None
        found = False
        for st in self.chain(style_id):
            if st.num is None:
                continue
            found = True
            if num_id is None:
                num_id = st.num.num_id
            if ilvl is None:
                ilvl = st.num.ilvl
            if num_id is not None and ilvl is not None:
                break
        return NumRef(num_id, ilvl) if found else None

    def bold(self, style_id: str | None) -> bool:
        for st in self.chain(style_id):
            if st.bold is not None:
                return st.bold
        return False

    def size_half_points(self, style_id: str | None) -> int | None:
        for st in self.chain(style_id):
            if st.size_half_points is not None:
                return st.size_half_points
        return self.default_size_half_points

    def is_toc(self, style_id: str | None) -> bool:
        key = self.name(style_id).lower().replace(" ", "")
        return (key.startswith("toc") and key[3:].isdigit()) or (key.startswith("目录") and key[2:].isdigit())


# --------------------------------------------------------------------------- numbering


@dataclass(frozen=True, slots=True)
class Level:
    """One ``w:lvl`` of a list definition."""

    ilvl: int
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None
    restart: int | None = None  # w:lvlRestart; None = after any higher level, 0 = never
    is_lgl: bool = False
    p_style: str | None = None
    symbol_font: bool = False  # the bullet is drawn in Symbol/Wingdings: its code point means nothing


def _parse_level(el: etree._Element) -> Level:
    ilvl = to_int(el.get(w("ilvl"))) or 0
    start = to_int(wval(el.find(w("start"))))
    text_el = el.find(w("lvlText"))
    return Level(
        ilvl=ilvl,
        start=0 if start is None else start,  # ECMA-376 17.9.25: an omitted w:start means 0
        fmt=wval(el.find(w("numFmt"))) or "decimal",
        text=wval(text_el) if text_el is not None else None,
        restart=to_int(wval(el.find(w("lvlRestart")))),
        is_lgl=bool(on_off(el.find(w("isLgl")))),
        p_style=wval(el.find(w("pStyle"))),
        symbol_font=_is_symbol_font(el.find(f"{w('rPr')}/{w('rFonts')}")),
    )


def _is_symbol_font(fonts: etree._Element | None) -> bool:
    if fonts is None:
        return False
    names = " ".join(fonts.get(w(a)) or "" for a in ("ascii", "hAnsi", "cs", "eastAsia")).lower()
    return any(font in names for font in ("symbol", "wingdings", "webdings"))


@dataclass(frozen=True, slots=True)
class Abstract:
    abstract_id: int
    levels: dict[int, Level]
    num_style_link: str | None
    style_link: str | None


@dataclass(frozen=True, slots=True)
class Num:
    num_id: int
    abstract_id: int
    start_overrides: dict[int, int]
    level_overrides: dict[int, Level]


@dataclass(frozen=True, slots=True)
class Numbering:
    """``numbering.xml`` parsed: abstract definitions and the ``w:num`` instances pointing at them."""

    abstracts: dict[int, Abstract]
    nums: dict[int, Num]

    @classmethod
    def parse(cls, root: etree._Element | None) -> Numbering:
        if root is None:
            return cls({}, {})
        abstracts: dict[int, Abstract] = {}
        for an in root.iter(w("abstractNum")):
            aid = to_int(an.get(w("abstractNumId")))
            if aid is None:
                continue
            levels = {lv.ilvl: lv for lv in (_parse_level(el) for el in an.findall(w("lvl")))}
            abstracts[aid] = Abstract(aid, levels, wval(an.find(w("numStyleLink"))), wval(an.find(w("styleLink"))))
        nums: dict[int, Num] = {}
        for nm in root.iter(w("num")):
            nid = to_int(nm.get(w("numId")))
            aid = to_int(wval(nm.find(w("abstractNumId"))))
            if nid is None or aid is None:
                continue
            starts: dict[int, int] = {}
            lvls: dict[int, Level] = {}
            for ov in nm.findall(w("lvlOverride")):
                ilvl = to_int(ov.get(w("ilvl")))
                if ilvl is None:
                    continue
                so = to_int(wval(ov.find(w("startOverride"))))
                if so is not None:
                    starts[ilvl] = so
                lv = ov.find(w("lvl"))
                if lv is not None:
                    parsed = _parse_level(lv)
                    lvls[ilvl] = Level(
                        ilvl,
                        parsed.start,
                        parsed.fmt,
                        parsed.text,
                        parsed.restart,
                        parsed.is_lgl,
                        None,
                        parsed.symbol_font,
                    )
            nums[nid] = Num(nid, aid, starts, lvls)
        return cls(abstracts, nums)

    def abstract_for(self, num_id: int, styles: Styles | None = None) -> Abstract | None:
        """The abstract definition behind a ``w:num``, following ``w:numStyleLink`` once or twice."""
        num = self.nums.get(num_id)
        if num is None:
            return None
        ab = self.abstracts.get(num.abstract_id)
        hops = 0
        while ab is not None and ab.num_style_link and styles is not None and hops < 4:
            hops += 1
            ref = styles.num_ref(ab.num_style_link)
            target = self.nums.get(ref.num_id) if ref is not None and ref.num_id is not None else None
            nxt = self.abstracts.get(target.abstract_id) if target is not None else None
            if nxt is None or nxt is ab:
                break
            ab = nxt
        return ab


@dataclass
class NumberingState:
    """List counters replayed in document order; :meth:`label` renders one paragraph's number."""

    numbering: Numbering
    styles: Styles | None = None
    _counters: dict[int, list[int | None]] = field(default_factory=dict)
    _used_nums: set[int] = field(default_factory=set)
    # startOverride values waiting for the next time their level is counted, per abstract list.
    _pending: dict[int, dict[int, int]] = field(default_factory=dict)

    def _level(self, num: Num, ab: Abstract, ilvl: int) -> Level | None:
        return num.level_overrides.get(ilvl) or ab.levels.get(ilvl)

    def _start(self, num: Num, ab: Abstract, ilvl: int) -> int:
        pending = self._pending.get(ab.abstract_id, {})
        if ilvl in pending:
            return pending[ilvl]
        lv = self._level(num, ab, ilvl)
        return lv.start if lv is not None else 1

    def label(self, num_id: int | None, ilvl: int | None) -> str | None:
        """Advance the list of ``(num_id, ilvl)`` and return the visible label, or None for none."""
        if num_id is None or num_id == 0:
            return None
        num = self.numbering.nums.get(num_id)
        ab = self.numbering.abstract_for(num_id, self.styles)
        if num is None or ab is None:
            return None
        ilvl = min(max(ilvl or 0, 0), 8)
        level = self._level(num, ab, ilvl)
        if level is None:
            return None
        counters = self._counters.setdefault(ab.abstract_id, [None] * 9)
        pending = self._pending.setdefault(ab.abstract_id, {})
        if num_id not in self._used_nums:
            self._used_nums.add(num_id)
            for lvl_idx, value in num.start_overrides.items():
                if 0 <= lvl_idx <= 8:
                    # A one-time restart (Word's "set numbering value"): the level shows ``value``
                    # the next time it is counted; a higher level that is only displayed here
                    # shows ``value`` as it is. Later restarts use the level's own w:start.
                    if lvl_idx < ilvl:
                        counters[lvl_idx] = value
                    else:
                        pending[lvl_idx] = value
        current = counters[ilvl]
        if ilvl in pending:
            counters[ilvl] = pending.pop(ilvl)
        else:
            counters[ilvl] = self._start(num, ab, ilvl) if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            lv = self._level(num, ab, deeper)
            limit = lv.restart if lv is not None and lv.restart is not None else deeper
            if limit != 0 and ilvl < limit:
                counters[deeper] = None
        for higher in range(ilvl):
            if counters[higher] is None:
                counters[higher] = self._start(num, ab, higher)
        return self._render(num, ab, level, counters)

    def _render(self, num: Num, ab: Abstract, level: Level, counters: list[int | None]) -> str | None:
        template = level.text
        if level.fmt == "bullet":
            if not template:
                return None
            # Symbol/Wingdings bullets are letters or private-use code points ("l", U+F0B7):
            # show a plain bullet instead.
            if level.symbol_font:
                return "•"
            return "".join("•" if 0xE000 <= ord(ch) <= 0xF8FF else ch for ch in template)
        if template is None:
            template = f"%{level.ilvl + 1}"
        out: list[str] = []
        i = 0
        while i < len(template):
            ch = template[i]
            if ch == "%" and i + 1 < len(template) and template[i + 1] in "123456789":
                ref = int(template[i + 1]) - 1
                ref_level = self._level(num, ab, ref)
                value = counters[ref]
                if value is None:
                    value = self._start(num, ab, ref)
                fmt = ref_level.fmt if ref_level is not None else "decimal"
                if level.is_lgl and fmt != "none":
                    fmt = "decimal"
                out.append(format_number(value, fmt))
                i += 2
                continue
            out.append(ch)
            i += 1
        text = "".join(out).strip()
        return text or None
