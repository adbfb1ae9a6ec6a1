"""Heading alignment: which clause of the standard each section of a report answers.

:func:`align_sections` walks the report's section tree top-down. For every group of sibling
sections it scores each (section, candidate clause) pair and then chooses one clause (or none) per
section with a dynamic programme over the siblings, so that the sections map to clauses in the
standard's order while skips, merges and out-of-order sections stay possible at a price.

**Candidates.** The children of a section mapped to clause ``C`` are aligned against ``C``'s
descendants (any depth, so a report that flattens 一、/（一） into one level still aligns). When
``C`` has no descendants (a leaf or the profile), the clauses after ``C`` in the standard are
candidates too, at a penalty: a report may nest ``一、领导作用`` under ``第一部分 组织环境``.
Children of a section mapped to nothing (the document title, a wrapper part) are aligned in the
parent's context.

**Evidence for a pair** (all scores in [0, 1] before the weights below):

- *number*: a decimal number equal to the clause number (``1.1``, ``5.2.3``, ``１．１``) is
  absolute evidence; any other number (``一、`` ``（一）`` ``第一章`` ``1.`` ``1、``) is an
  ordinal: ``（二）`` is the second clause among its parent's answerable, non-profile children, so
  ``1.`` restarting under every ``（一）`` is decided by the parent. A number whose clause title
  clearly contradicts the heading's title (another clause matches the title well and this one not
  at all) counts little: the title decides and the reason says so.
- *title*: exact; shortened (one title inside the other); synonyms from ``synonyms.yaml``
  (客户→顾客, 绩效/成果→结果, 落地→实施, 体系→系统 …, fillers 的/与/和 removed); and fuzzy overlap
  (Dice on characters and character bigrams) with the clause title, its guidance titles, and the
  coverage of the heading's bigrams in the clause and guidance text.
- *kind*: a heading about results (结果, 绩效, 成果 …) prefers result clauses and avoids the others.
- *profile*: 组织简介 / 组织概述 / 组织环境 / 简介 / 单位简介 … go to the standard's profile clause.
- *level*: a candidate deeper than the level below the parent's clause costs a little per level.
- *position*: the clause right after the previous sibling's clause (or the first child) earns a
  small bonus, which decides between equally good titles and carries headings with no evidence.

**Body evidence** (:mod:`analyzer.mapping.body`, when :func:`align_sections` gets it; the
pipeline always passes it): what the section's own text answers, as a contrast (only the clause
the text favours among its siblings, by its lead, and only when its parent leads too). It adds up
to :data:`BODY_WEIGHT`, scaled down as the best title match rises (a title in the organisation's
own words leaves the decision to the text). Below a leaf it counts for nothing outside the leaf.

**Shifted ordinals.** Numbers are evidence, not truth: for a group of ordinal-numbered siblings
(``第一部分 … 第七部分``) each shift in :data:`OFFSETS` is tried and the one whose whole alignment
scores best (by :data:`OFFSET_MARGIN` over the plain reading) is taken, so a numbered profile part
(``第一部分 我们从哪里来``) shifts the chapters after it; the part at ordinal = shift is the profile.
Within a chapter two more readings are tried (:class:`_Reading`): ordinals counting the clauses two
levels down (``【一、…】`` → ``（三）`` = 1.2.1 when the report skips the standard's middle level), and
one clause skipped at each position (with 2.3.1 left out, ``（五）`` is 2.3.2: the *ordinal trap*).
Among the readings that beat the plain one, those within :data:`READING_TIE` of the best fit
equally well and the one that renumbers fewest sections wins. A section whose own text is mostly
dated figures (a results table, year series, list lines) counts as a result item whatever its title
(:data:`DATA_KIND_PENALTY`), which is what usually tells a trapped results item from the process
clause its ordinal names.

**Misnested headings.** Without numbers the segmenter guesses levels. An unnumbered subsection
titled exactly like a later clause (``资源`` under ``顾客与市场``), or a run of subsections whose
text answers a later chapter, leaves the parent's clause; the sections after it follow it.

**Order.** The dynamic programme keeps, per sibling, the standard position of the last clause
chosen; moving forward is free, going back costs :data:`INVERSION_PENALTY` and choosing the same
clause again :data:`REPEAT_PENALTY`, so a strong title can still break the order (a report that
puts 5.4.3 before 5.4.2).

**Template parts.** Titles a report repeats under every item (``方法 / 展开 / 学习 / 整合``,
``水平 / 趋势 / 对比``; :func:`analyzer.text.headings.template_titles`) name parts of the item, not
clauses: below an item they never leave it, and the section they sit under is an item
(:data:`PARTS_OWNER_PENALTY` on clauses with clauses below them). In a flat run of unnumbered
headings an item right after its category earns the position bonus too.

**Front matter and wrappers.** A section flagged :attr:`Section.front_matter` (title lines, cover,
目录) and a *wrapper* (``第二部分 自评报告``: at least two of its subsections, and half, are named
like the clauses of its own level while its title names none) map to no clause; their subsections
are aligned in the enclosing context, so neither becomes the parent of the report's chapters.

**Foreign numbering (GB/T 19580-2012).** When the headings as a whole follow a numbering scheme
of ``standards/crosswalk/*.yaml`` (:func:`_detect_scheme`: numbers with the scheme's titles,
``P``/``P.1`` numbers, three-part numbers the standard lacks — more evidence than for the
standard's own numbering), a heading's number counts as absolute evidence for the clauses the
scheme's crosswalk rows give (several items may share one clause without the repeat penalty),
and a category with no counterpart (GB/T 4.4 资源 in Shenzhen economic) maps to no clause. A
scheme-numbered heading with scheme-numbered subsections (an applicant's 4.5.3 over 4.6.2, or 4.4
资源 over items that mostly fall in 员工契合) stands for the clause containing its subsections'
clauses (:func:`_lift_targets`); where a row lists several clauses, the section's text and order choose.

**Results titles.** A title with a result word (结果, 成效 …) says at most :data:`RESULT_TITLE_CAP`
for a clause that is not a result item (``战略执行的成效`` is not 2.2 战略实施).

**Merged headings.** ``4.5 基础设施与相关方关系``, ``1. 确定方向及2. 团队建设``, ``创新体系和创新实践``:
after alignment, a title cut at 与/和/及/、 whose other part names a sibling clause no heading
answers (by number, ordinal or title; in own words, the neighbouring clause) records it in
:attr:`SectionAlignment.also` (:func:`_also`); content mapping then chooses per paragraph.

The result also holds the numbering scheme inferred per report level (style, standard level,
whether numbers are the standard's own ids, whether they restart under every parent).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from itertools import pairwise
from typing import Literal

import yaml

from ..errors import DataFileError, StandardError
from ..model import Clause, Document, Paragraph, Section, Standard
from ..standards.crosswalk import NumberingSchemeData, numbering_id, numbering_schemes
from ..text.chars import FULLWIDTH_NUMBER_MAP
from ..text.headings import names_clause, ordinal_value, split_number, template_titles
from ..text.levels import POINT_STYLES
from .body import BodyEvidence

AlignMethod = Literal["number", "title", "synonym", "position", "profile", "none"]

NONE_THRESHOLD = 0.2
"""A section needs a combined score above this to be mapped at all."""
INVERSION_PENALTY = 0.15
REPEAT_PENALTY = 0.5
POSITION_BONUS = 0.15
ESCAPE_PENALTY = 0.35
LEVEL_PENALTY = 0.12
ABSOLUTE_NUMBER = 0.8
ORDINAL_NUMBER = 0.5
PLACE_NUMBER = 0.3
"""An unnumbered section's place in a group that matches its parent clause's items one to one (or
with one left out): weaker than a written ordinal, since the count is the only evidence."""
CONTRADICTED_FACTOR = 0.2
CLAIMED_PENALTY = 0.3
"""A clause whose title a sibling heading carries (almost) exactly is taken for the others."""
CLAIM_THRESHOLD = 0.95
DESCRIPTIVE_PENALTY = 0.2
"""Clauses that expect no answer (Wuhan 5.x.1 概述) are chosen only on a strong title match."""

_TITLE_WORDS = re.compile(r"报告|自评|申报")
_DROP = re.compile(r"[\s\u3000（）()【】《》“”\"'：:，,。.．;；!！?？\-—_]+")


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class SectionAlignment:
    """The clause one section of the report answers, how sure, how decided, and why."""

    section: str
    clause: str | None
    score: float
    method: AlignMethod
    reasons: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    """Further clauses a merged heading answers (``4.5 基础设施与相关方关系`` → ``("4.6",)``)."""
    crosswalk_row: bool = False
    """``also`` comes from the crosswalk row of the heading's foreign number (Wuhan ``5.7.2 运营质量``
    in a Beijing report: 5.1, 5.2, 4.6, 6.1): clauses that answer one question of another standard
    between them, so the standard's order among them says nothing about the order of the text."""


@dataclass(frozen=True, slots=True)
class NumberingScheme:
    """How one level of the report is numbered and which level of the standard it stands for."""

    level: int
    """Report section level (:attr:`analyzer.model.Section.level`)."""
    style: str | None
    """Numbering style (``cn``, ``cn-paren``, ``decimal-2`` …) or None for unnumbered headings."""
    standard_level: int | None
    """The clause level most sections of this level and style map to (None: none mapped)."""
    absolute: bool
    """The numbers are the standard's own clause numbers (``1.1``, ``5.2.3``)."""
    restarts: bool
    """The same number occurs under different parents (``1.`` under every ``（一）``)."""
    sections: int


@dataclass(frozen=True, slots=True)
class Alignment:
    """Every section of a report aligned to a clause of one standard (or to none)."""

    standard: str
    sections: tuple[SectionAlignment, ...]
    schemes: tuple[NumberingScheme, ...]
    _by_id: dict[str, SectionAlignment] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({a.section: a for a in self.sections})

    def of(self, section_id: str) -> SectionAlignment:
        return self._by_id[section_id]

    def clause_of(self, section_id: str) -> str | None:
        return self._by_id[section_id].clause


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The curated synonym table (``synonyms.yaml``)."""

    groups: tuple[tuple[str, ...], ...]
    fillers: tuple[str, ...]
    profile_terms: tuple[str, ...]
    result_terms: tuple[str, ...]
    wrapper_titles: tuple[str, ...] = ()
    replacements: tuple[tuple[str, str], ...] = field(init=False, repr=False, compare=False)
    """(variant, head) pairs, longest variant first; each replaced exactly once (heads never contain a variant)."""

    def __post_init__(self) -> None:
        pairs = [(v, g[0]) for g in self.groups for v in g[1:]]
        object.__setattr__(self, "replacements", tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True)))

    def canonical(self, text: str) -> str:
        """``text`` with fillers and punctuation removed and synonyms replaced by their group head."""
        out = _DROP.sub("", text)
        for filler in sorted(self.fillers, key=len, reverse=True):
            out = out.replace(filler, "")
        return self._replace(out)

    def canonical_text(self, text: str) -> str:
        """Like :meth:`canonical` for running text: synonyms only, punctuation kept as breaks."""
        return self._replace(text)

    def _replace(self, text: str) -> str:
        for variant, head in self.replacements:
            if variant in text:
                text = text.replace(variant, head)
        return text

    def is_profile(self, canonical_title: str) -> bool:
        return any(t in canonical_title for t in self.profile_terms)

    def is_result(self, canonical_title: str) -> bool:
        return any(t in canonical_title for t in self.result_terms)


def _str_tuple(data: object, key: str) -> tuple[str, ...]:
    if not isinstance(data, list) or not all(isinstance(x, str) and x for x in data):
        raise DataFileError("同义词表", "synonyms.yaml", f"{key} must be a list of non-empty strings")
    return tuple(data)


def vocabulary() -> Vocabulary:
    """The synonym table of the current :class:`~analyzer.resources.Resources`."""
    from ..resources import Resources

    return Resources.current().vocabulary


def load_vocabulary() -> Vocabulary:
    """The synonym table shipped with SARA, validated (a ``Resources`` holds one per process)."""
    raw = resources.files(__package__).joinpath("synonyms.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    expected = {"schema", "groups", "fillers", "profile_terms", "result_terms", "wrapper_titles"}
    if not isinstance(data, dict) or set(data) != expected or data["schema"] != "sara.synonyms/1":
        raise DataFileError("同义词表", "synonyms.yaml", f"expected keys {sorted(expected)} and schema sara.synonyms/1")
    groups_raw = data["groups"]
    if not isinstance(groups_raw, list):
        raise DataFileError("同义词表", "synonyms.yaml", "groups must be a list")
    groups = tuple(_str_tuple(g, f"groups → {k}") for k, g in enumerate(groups_raw))
    if any(len(g) < 2 for g in groups):
        raise DataFileError("同义词表", "synonyms.yaml", "every group needs at least two words")
    return Vocabulary(
        groups=groups,
        fillers=_str_tuple(data["fillers"], "fillers"),
        profile_terms=_str_tuple(data["profile_terms"], "profile_terms"),
        result_terms=_str_tuple(data["result_terms"], "result_terms"),
        wrapper_titles=_str_tuple(data["wrapper_titles"], "wrapper_titles"),
    )


# --------------------------------------------------------------------------- similarity


def _bigrams(s: str) -> frozenset[str]:
    return frozenset(s[k : k + 2] for k in range(len(s) - 1)) if len(s) > 1 else frozenset((s,)) if s else frozenset()


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


@dataclass(frozen=True, slots=True)
class _Title:
    """A title in the forms the comparison needs."""

    raw: str
    canon: str
    chars: frozenset[str]
    bigrams: frozenset[str]

    @classmethod
    def of(cls, raw: str, vocab: Vocabulary) -> _Title:
        canon = vocab.canonical(raw)
        return cls(_DROP.sub("", raw), canon, frozenset(canon), _bigrams(canon))


@dataclass(frozen=True, slots=True)
class _TitleMatch:
    score: float
    how: Literal["exact", "synonym", "shortened", "fuzzy", "guidance", "text"]


def _title_similarity(a: _Title, b: _Title) -> _TitleMatch:
    if not a.canon or not b.canon:
        return _TitleMatch(0.0, "fuzzy")
    if a.raw == b.raw:
        return _TitleMatch(1.0, "exact")
    if a.canon == b.canon:
        return _TitleMatch(0.97, "synonym")
    short, long_ = sorted((a.canon, b.canon), key=len)
    if len(short) >= 2 and short in long_:
        return _TitleMatch(0.6 + 0.3 * len(short) / len(long_), "shortened")
    fuzzy = 0.5 * _dice(a.chars, b.chars) + 0.5 * _dice(a.bigrams, b.bigrams)
    return _TitleMatch(fuzzy, "fuzzy")


@dataclass(frozen=True, slots=True)
class _ClauseInfo:
    """A candidate clause with everything the scoring reads, computed once per alignment."""

    clause: Clause
    order: int
    title: _Title
    guidance_titles: tuple[_Title, ...]
    text: str
    ordinal: int | None
    is_result: bool
    is_profile: bool
    ordinal2: int | None = None
    """The position among its grandparent's answerable grandchildren (1.1.1, 1.1.2, 1.2.1 … = 1, 2, 3 …
    under 1): how a report that skips the middle level numbers its items (【一、…】 → （三） = 1.2.1)."""
    grandparent: str | None = None
    is_leaf: bool = False
    """No clause below it (an item the report answers with text)."""


class _Index:
    """The standard's clauses in document order with precomputed comparison forms."""

    def __init__(self, standard: Standard, vocab: Vocabulary) -> None:
        self.standard = standard
        infos: list[_ClauseInfo] = []
        ordinals: dict[str, int] = {}
        ordinals2: dict[str, int] = {}
        counters: Counter[str | None] = Counter()
        counters2: Counter[str] = Counter()
        parents = {c.id: c.parent for c in standard.clauses}
        has_children = {c.parent for c in standard.clauses}
        for c in standard.clauses:
            if c.expects_answer and c.kind != "profile":
                counters[c.parent] += 1
                ordinals[c.id] = counters[c.parent]
                grand = parents.get(c.parent) if c.parent is not None else None
                if grand is not None:
                    counters2[grand] += 1
                    ordinals2[c.id] = counters2[grand]
        for k, c in enumerate(standard.clauses):
            texts = [c.text, c.review_text or ""]
            texts.extend(f"{g.title or ''} {g.text}" for g in c.guidance)
            infos.append(
                _ClauseInfo(
                    clause=c,
                    order=k,
                    title=_Title.of(c.title, vocab),
                    guidance_titles=tuple(_Title.of(g.title, vocab) for g in c.guidance if g.title),
                    text=vocab.canonical_text("\n".join(texts)),
                    ordinal=ordinals.get(c.id),
                    is_result=c.kind == "result",
                    is_profile=c.kind == "profile",
                    ordinal2=ordinals2.get(c.id),
                    grandparent=parents.get(c.parent) if c.parent is not None else None,
                    is_leaf=c.id not in has_children,
                )
            )
        self.infos = tuple(infos)
        self.by_id = {i.clause.id: i for i in infos}
        self.by_number = {i.clause.number: i for i in infos if i.clause.number}

    def subtree(self, clause_id: str | None) -> tuple[_ClauseInfo, ...]:
        if clause_id is None:
            return self.infos
        return tuple(self.by_id[c.id] for c in self.standard.descendants(clause_id))

    def after_subtree(self, clause_id: str) -> tuple[_ClauseInfo, ...]:
        last = max((self.by_id[c.id].order for c in self.standard.descendants(clause_id)), default=None)
        start = (last if last is not None else self.by_id[clause_id].order) + 1
        return self.infos[start:]


# --------------------------------------------------------------------------- numbers


def _is_decimal(section: Section) -> bool:
    style = section.numbering_style or ""
    return style.startswith("decimal-")


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class _Pair:
    """The evidence for one (section, candidate) pair."""

    info: _ClauseInfo
    score: float
    title: _TitleMatch
    number: Literal["absolute", "ordinal", "place", "contradicted", "none"]
    profile: bool
    escape: bool
    repeat_ok: bool = False
    """A foreign scheme's number designates this clause, and such numbers may share a clause."""
    body: float = 0.0
    """What the section's own text added (weighted body evidence, :mod:`analyzer.mapping.body`)."""


@dataclass(frozen=True, slots=True)
class _SectionView:
    section: Section
    title: _Title
    is_profile: bool
    is_result: bool
    ordinal: int | None
    scheme_targets: frozenset[str] | None = None
    """With a foreign numbering scheme (GB/T 19580-2012): the clauses the section's number stands for."""
    scheme_number: str | None = None
    scheme_lifted: bool = False
    """The targets come from the section's scheme-numbered subsections (:func:`_lift_targets`)."""
    owns_parts: bool = False
    """Template parts (方法 / 展开 …) sit right below it: it is an item, whatever its depth."""
    shows_results: bool = False
    """The section's own text is mostly dated figures (a results table, year series): a result item
    whatever its title says (``新办法带来的变化``); see :func:`_results_sections`."""
    height: int = 0
    """Levels of the report's own headings below it (template parts not counted)."""
    by_place: bool = False
    """``ordinal`` is the section's place among unnumbered siblings (:func:`_by_place`), not a number it carries."""
    says_results: bool = False
    """The heading's own words (not their synonyms: 绩效评价 is a process) say results: 结果, 成效, 表现."""
    tagged: bool = False
    """The heading names its clause (``（对应标准1.1.1）``, ``【条款1.2.2】``) or a tag elsewhere gave it its
    number: the author says which clause it answers, at whatever depth the layout puts it."""


def _title_evidence(view: _SectionView, info: _ClauseInfo) -> _TitleMatch:
    best = _title_similarity(view.title, info.title)
    for g in info.guidance_titles:
        m = _title_similarity(view.title, g)
        if 0.75 * m.score > best.score:
            best = _TitleMatch(0.75 * m.score, "guidance")
    grams = view.title.bigrams
    if grams and len(view.title.canon) >= 2:
        covered = sum(1 for g in grams if g in info.text) / len(grams)
        if 0.5 * covered > best.score:
            best = _TitleMatch(0.5 * covered, "text")
    if view.is_result and not info.is_result and info.clause.kind != "mixed" and best.score > RESULT_TITLE_CAP:
        # "战略执行的成效" contains "战略执行" but asks for the results: the title names a result item.
        best = _TitleMatch(RESULT_TITLE_CAP, best.how)
    return best


BODY_WEIGHT = 0.6
"""Most the section's own text can add to a pair (when the title says nothing)."""
BODY_TITLE_TRUST = 0.85
"""A title matching some candidate this well leaves nothing for the body to say."""
OFFSET_MARGIN = 0.3
"""A shifted reading of a group's ordinals must beat the plain one by this much (total DP score)."""
OFFSETS = (0, 1, -1)
READING_TIE = 0.1
"""Readings of a group whose totals are this close fit equally well: the one that renumbers fewest sections wins."""
"""Shifts between a document's ordinals and the standard's tried per sibling group."""
MISNESTED_TITLE = 0.95
"""An unnumbered subsection leaves its parent's clause for a later one only with (almost) that clause's exact title."""
PROFILE_BODY_VETO = 0.6
"""An unnumbered first part whose text leads a chapter by this much is that chapter, not the profile."""
PROFILE_BY_POSITION = 0.45
"""Evidence for the profile of an unnumbered heading right before a chapter numbered one."""
RESULT_TITLE_CAP = 0.5
DATA_KIND_PENALTY = 0.4
"""Cost of a process clause for a section whose own text is mostly dated figures."""
PARTS_OWNER_PENALTY = 0.3
"""Cost of a clause with clauses below it for a section that owns template parts (an item)."""
TOO_DEEP_PENALTY = 0.3
"""Cost of a leaf for a top-level section with two levels of sections below it (a chapter)."""
DATA_SHARE = 0.5
"""Share of a section's own text (characters) in paragraphs with dated figures that makes it show results."""
"""Most a results heading's title can say for a clause that is not a result item."""


@dataclass(frozen=True, slots=True)
class _Reading:
    """How a group's ordinals are read beyond a shift: at which depth below the parent's clause
    they count, and which clause they skip.

    ``depth`` 1: ``（二）`` is the parent's second child; 2: its second grandchild (a report that
    skips the standard's middle level, 【一、…】 → （三） = 1.2.1). ``gap`` k: the k-th clause has no
    section, so every ordinal from k on names the clause after it (the "ordinal trap": with 2.3.1
    left out, ``（五）`` is 2.3.2).
    """

    depth: int = 1
    gap: int | None = None

    def position(self, ordinal: int) -> int:
        return ordinal + 1 if self.gap is not None and ordinal >= self.gap else ordinal

    def describe(self) -> str:
        parts = []
        if self.depth == 2:
            parts.append("ordinals count the clauses two levels down (the middle level is skipped)")
        if self.gap is not None:
            parts.append(f"ordinals from {self.gap} on skip one clause (no section answers it)")
        return "; ".join(parts)


def _default_offset(views: Sequence[_SectionView]) -> int:
    """The ordinal of a numbered profile heading (第一章 企业概况): the chapters after it are shifted by it."""
    return next((v.ordinal for v in views if v.is_profile and v.ordinal is not None), 0)


def _score_group(
    views: Sequence[_SectionView],
    candidates: Sequence[_ClauseInfo],
    escapes: frozenset[str],
    context: _ClauseInfo | None,
    offset: int | None = None,
    body: BodyEvidence | None = None,
    reading: _Reading | None = None,
    evidence: list[list[_TitleMatch]] | None = None,
    profile_open: bool = True,
) -> list[list[_Pair]]:
    """Score every (section, candidate) pair of one sibling group; ``profile_open``: no section
    before the group was aligned to a chapter, so the group's first unnumbered part may still be
    the profile by its position (the profile comes before the chapters, never after one)."""
    reading = reading or _Reading()
    expected_level = (context.clause.level + reading.depth) if context is not None else 1
    any_profile = any(c.is_profile for c in candidates)
    context_id = context.clause.id if context is not None else None
    # Ordinals count the answerable, non-profile clauses; when the report numbers its profile too
    # (第一章 企业概况), the sections after it are shifted by the profile's number.
    context_parent = context.clause.parent if context is not None else None
    # Below a profile leaf, numbered chapters are the report's misnested top level (第一部分 组织环境 →
    # 一、领导作用); below any other leaf, numbers are list items and count for nothing outside it.
    profile_escape = context is not None and context.is_profile
    if offset is None:
        offset = _default_offset(views)
    if evidence is None:
        evidence = [[_title_evidence(v, c) for c in candidates] for v in views]
    claimed: dict[int, int] = {}
    for j in range(len(candidates)):
        holders = [i for i in range(len(views)) if evidence[i][j].score >= CLAIM_THRESHOLD]
        if len(holders) == 1:
            claimed[j] = holders[0]
    lead_unnumbered = (
        context is None
        and profile_open
        and len(views) > 1
        and views[0].section.number is None
        and views[0].scheme_number is None
        and all(t.score < 0.6 for t in evidence[0])
        and (
            views[1].ordinal == 1
            # No numbers at all: the first part, titled in the organisation's words, is where the
            # standard puts its profile unless its text clearly answers a chapter (the content
            # scorer sees a profile only dimly, so weak leads do not count against it).
            or (
                all(v.section.number is None and v.scheme_number is None for v in views)
                and _top_level_lead(body, views[0].section.id, candidates) < PROFILE_BODY_VETO
            )
        )
    )
    table: list[list[_Pair]] = []
    for i, (v, titles) in enumerate(zip(views, evidence, strict=True)):
        best_title = max((t.score for t in titles), default=0.0)
        # The body speaks where the title says little (the organisation's own words).
        body_weight = BODY_WEIGHT * max(0.0, 1.0 - best_title / BODY_TITLE_TRUST)
        body_row = body.scores.get(v.section.id) if body is not None and body_weight > 0 else None
        row: list[_Pair] = []
        for j, (c, t) in enumerate(zip(candidates, titles, strict=True)):
            s = t.score
            # Text below a leaf is the leaf's own detail: it does not carry a section out of it
            # (below the profile it may: chapters nested in the profile are the report's chapters).
            leaf_escape = c.clause.id in escapes and not profile_escape
            b = body_row.get(c.clause.id, 0.0) if body_row is not None and not leaf_escape else 0.0
            s += body_weight * b
            other_claims = claimed.get(j, i) != i
            number: Literal["absolute", "ordinal", "place", "contradicted", "none"] = "none"
            sec = v.section
            num_score = 0.0
            if v.scheme_targets is not None:
                if c.clause.id in v.scheme_targets:
                    number, num_score = "absolute", ABSOLUTE_NUMBER
            elif (
                sec.number is not None
                and _is_decimal(sec)
                and _read_decimal(sec.number, reading, context_id) == c.clause.number
                # below a leaf, 1. 2. 3. are list items, not the standard's chapters 1, 2, 3
                and not (leaf_escape and "." not in sec.number)
            ):
                number, num_score = "absolute", ABSOLUTE_NUMBER
            elif (
                v.ordinal is not None
                and not v.is_profile
                and _ordinal_fits(
                    c,
                    reading.position(v.ordinal - offset),
                    reading.depth,
                    context_id,
                    context_parent if profile_escape and c.clause.id in escapes else "",
                )
            ):
                number, num_score = ("place", PLACE_NUMBER) if v.by_place else ("ordinal", ORDINAL_NUMBER)
            elif (
                offset > 0
                and v.ordinal == offset
                and not v.is_profile
                and c.is_profile
                and c.clause.parent == context_id
            ):
                # The document numbers one more part before the chapters: where the standard puts its profile.
                number, num_score = "ordinal", ORDINAL_NUMBER
            if (
                num_score
                and number != "absolute"
                and v.is_result
                and c.is_leaf
                and c.clause.kind == "process"
            ):
                # a results heading (本章成效) is no process item, whatever its ordinal: the ordinal is
                # the one a skipped process clause left to it (第二节 本章成效 after the only 第一节)
                number, num_score = "contradicted", num_score * CONTRADICTED_FACTOR
            elif num_score and t.score < 0.3 and (best_title >= 0.85 or other_claims) and not v.scheme_lifted:
                # (a section whose subsections carry the scheme's numbers is placed by them, not by its title)
                number, num_score = "contradicted", num_score * CONTRADICTED_FACTOR
            s += num_score
            if other_claims:
                s -= CLAIMED_PENALTY
            if not c.clause.expects_answer and t.score < 0.9:
                s -= DESCRIPTIVE_PENALTY
            if v.is_result != c.is_result and not c.is_profile and c.clause.kind != "mixed":
                # (a chapter of approaches and their results, 质量提升, may be titled 质量提升与成效)
                s -= 0.2 if v.is_result else 0.1
            elif v.shows_results and not v.is_profile and not c.is_result and not c.is_profile:
                s -= DATA_KIND_PENALTY
            if v.owns_parts and not c.is_profile and not c.is_leaf:
                s -= PARTS_OWNER_PENALTY
            if v.section.parent is None and c.is_leaf and not c.is_profile and v.height >= 2:
                # a top-level section with items and sub-items of its own is a chapter, not a leaf
                # (below a chapter, an item may hold levels of the report's own: 1.1 → 1.1.1 → 1.)
                s -= TOO_DEEP_PENALTY
            profile = False
            if v.is_profile and c.is_profile and c.clause.parent is None:
                s += 0.6
                profile = True
            elif i == 0 and lead_unnumbered and c.is_profile and c.clause.parent is None:
                # An unnumbered heading before chapters numbered from one (我们从哪里来 before
                # 第一篇): where the standard puts its profile.
                s += PROFILE_BY_POSITION
                profile = True
            elif v.is_profile and any_profile and not c.is_profile:
                s -= 0.3
            escape = c.clause.id in escapes
            if escape:
                s -= ESCAPE_PENALTY
                expected = context.clause.level if context is not None else 1
                s -= LEVEL_PENALTY * abs(c.clause.level - expected)
                if leaf_escape and c.clause.level < expected and number != "absolute" and t.score < MISNESTED_TITLE:
                    # A section below a leaf leaves it for a broader clause (a whole later category)
                    # only when its number or its full title names that clause, not on a shared word.
                    s = min(s, 0.0)
                elif (
                    leaf_escape
                    and number != "absolute"
                    and t.how in ("guidance", "text")
                    and not (v.says_results and c.is_result and not context.is_result)
                ):
                    # nor for another leaf on words of that leaf's guidance or text: a leaf's own parts
                    # echo other clauses' points (（五）组织绩效的评价与改进 below 1.1 is 1.1's, not 7.6);
                    # results below a process leaf (领导与社会责任成效) are a result item nested too deep
                    s = min(s, 0.0)
            elif (
                c.clause.level > expected_level
                and not (v.owns_parts and c.is_leaf)
                and not (v.tagged and number == "absolute")
            ):
                s -= LEVEL_PENALTY * (c.clause.level - expected_level)
            repeat_ok = v.scheme_targets is not None and number == "absolute"
            row.append(_Pair(c, s - NONE_THRESHOLD, t, number, profile, escape, repeat_ok, body_weight * b))
        table.append(row)
    return table


def _read_decimal(number: str, reading: _Reading, context_id: str | None) -> str:
    """A decimal number under a skipped-clause reading: with the standard's numbers below their
    chapter (``3.1``, ``3.2`` under 3), the clause the report left out shifts every later last part
    (gap 1: ``3.1`` → 3.2, ``3.2`` → 3.3); other numbers read as written."""
    if reading.gap is None or context_id is None or reading.depth != 1:
        return number
    head, _, last = number.rpartition(".")
    if head != context_id or not last.isdigit():
        return number
    return f"{head}.{reading.position(int(last))}"


def _decimal_places(views: Sequence[_SectionView], context: _ClauseInfo | None) -> list[int] | None:
    """The last parts of a group's decimal numbers when they are the standard's own numbers below
    ``context`` (``3.1``, ``3.2`` under chapter 3), as ordinals; None otherwise."""
    if context is None or context.is_profile:
        return None
    places: list[int] = []
    for v in views:
        number = v.section.number
        if number is None or not _is_decimal(v.section) or v.scheme_targets is not None:
            continue
        head, _, last = number.rpartition(".")
        if head != context.clause.id or not last.isdigit():
            return None
        places.append(int(last))
    return places or None


def _by_place(
    views: list[_SectionView], candidates: Sequence[_ClauseInfo], context: _ClauseInfo | None, vocab: Vocabulary
) -> list[_SectionView]:
    """Unnumbered sections below a chapter whose count matches the chapter's items (all of them, or
    all but one that the report leaves out) are read by their place, as ordinals 1, 2, 3 … (the
    skipped-clause readings of :func:`_best_reading` then apply to them as to written ordinals).

    Only where nothing in the group carries a number of its own; a group of another size says
    nothing by its count (sub-topics of the report's own, items split or merged).
    """
    if context is None or context.is_profile or len(views) < 2:
        return views
    if any(v.section.number is not None or v.scheme_number is not None or v.owns_parts for v in views):
        return views
    children = [c for c in candidates if c.clause.parent == context.clause.id and c.ordinal is not None]
    for v in views:
        parts = [_Title.of(p, vocab) for p in _JOIN.split(v.section.title) if len(p) >= 2]
        named = {c.clause.id for p in parts for c in children if _title_similarity(p, c.title).score >= ALSO_TITLE}
        if len(parts) >= 2 and len(named) >= 2:
            return views  # 创新体系和创新实践: a heading for two items hides how many items there are
    items = len(children)
    if len(views) not in (items, items - 1):
        return views
    return [replace(v, ordinal=k, by_place=True) for k, v in enumerate(views, start=1)]


def _escapes_as_suffix(
    views: Sequence[_SectionView],
    picks: list[tuple[int | None, bool]],
    candidates: Sequence[_ClauseInfo],
    escapes: frozenset[str],
) -> list[tuple[int | None, bool]]:
    """Below a leaf, points (a., ①, （1）) that leave it for a later clause are the group's tail
    (the report nested the next item too deep): a point followed by points that stay in the leaf is
    one of the leaf's points (``a. 工作组织`` / ``b. 员工绩效`` / ``c. 员工保护``) whatever its title
    echoes, so it stays."""
    out = list(picks)
    staying = False
    for k in range(len(out) - 1, -1, -1):
        if views[k].section.numbering_style not in POINT_STYLES:
            continue
        j = out[k][0]
        leaves = j is not None and candidates[j].clause.id in escapes
        if leaves and staying:
            out[k] = (None, False)
        elif not leaves:
            staying = True
    return out


def _ordinal_fits(c: _ClauseInfo, position: int, depth: int, context_id: str | None, escape_parent: str | None) -> bool:
    """Whether ordinal ``position`` names ``c`` below ``context_id`` (at ``depth``): the parent's
    ``position``-th child, or its ``position``-th grandchild; ``escape_parent``: a clause after a
    profile leaf may be named as a child of that parent too ("" = no escape)."""
    if depth == 2:
        return context_id is not None and c.ordinal2 == position and c.grandparent == context_id
    return c.ordinal == position and (c.clause.parent == context_id or c.clause.parent == escape_parent)


def _top_level_lead(body: BodyEvidence | None, section_id: str, candidates: Sequence[_ClauseInfo]) -> float:
    """The lead of the top-level chapter a section's text favours (0 without body evidence)."""
    if body is None:
        return 0.0
    return body.best(section_id, [c.clause.id for c in candidates if c.clause.parent is None and not c.is_profile])


def _next_sibling(infos: Sequence[_ClauseInfo], j: int) -> int | None:
    """Index in ``infos`` of the next answerable clause with the same parent as ``infos[j]``."""
    parent = infos[j].clause.parent
    for k in range(j + 1, len(infos)):
        c = infos[k].clause
        if c.parent == parent and c.expects_answer:
            return k
    return None


def _first_child(infos: Sequence[_ClauseInfo], context: _ClauseInfo | None) -> int | None:
    parent = context.clause.id if context is not None else None
    for k, i in enumerate(infos):
        if i.clause.parent == parent and i.clause.expects_answer:
            return k
    return None


def _monotone(
    table: list[list[_Pair]], infos: Sequence[_ClauseInfo], context: _ClauseInfo | None
) -> list[tuple[int | None, bool]]:
    """Per section: the chosen candidate index (or None) and whether the position bonus applied.

    State = index of the last chosen candidate (−1 before any). O(sections × candidates).
    """
    return _monotone_scored(table, infos, context)[0]


def _monotone_scored(
    table: list[list[_Pair]], infos: Sequence[_ClauseInfo], context: _ClauseInfo | None
) -> tuple[list[tuple[int | None, bool]], float]:
    """:func:`_monotone` and the total score of its choice (to compare readings of one group)."""
    n = len(infos)
    neg = float("-inf")
    succ: dict[int, int] = {}
    for j in range(n):
        nxt = _next_sibling(infos, j)
        if nxt is not None:
            succ.setdefault(nxt, j)
    # in a flat run of headings (no numbers, no format) an item follows its category directly
    parent_of: dict[int, int] = {}
    for j in range(n):
        child = _first_child(infos, infos[j])
        if child is not None and child > j:
            parent_of.setdefault(child, j)
    first = _first_child(infos, context)
    # dp over states -1..n-1 stored at 0..n
    dp = [0.0] + [neg] * n
    back: list[list[tuple[int, bool, bool]]] = []  # per section, per state: (prev state, assigned, bonus)
    for row in table:
        prefix = [neg] * (n + 1)  # prefix[s] = max dp[0..s-1]
        arg_prefix = [0] * (n + 1)
        for s in range(1, n + 1):
            if dp[s - 1] > prefix[s - 1]:
                prefix[s], arg_prefix[s] = dp[s - 1], s - 1
            else:
                prefix[s], arg_prefix[s] = prefix[s - 1], arg_prefix[s - 1]
        suffix = [neg] * (n + 2)  # suffix[s] = max dp[s..n]
        arg_suffix = [n] * (n + 2)
        for s in range(n, -1, -1):
            if dp[s] >= suffix[s + 1]:
                suffix[s], arg_suffix[s] = dp[s], s
            else:
                suffix[s], arg_suffix[s] = suffix[s + 1], arg_suffix[s + 1]
        new = list(dp)
        ptr: list[tuple[int, bool, bool]] = [(s, False, False) for s in range(n + 1)]
        for j in range(n):
            st = j + 1
            m = row[j].score
            bonus_value = POSITION_BONUS * (1.0 - min(1.0, row[j].title.score))
            options: list[tuple[float, int, bool]] = [
                (prefix[st], arg_prefix[st], False),
                (dp[st] - (0.0 if row[j].repeat_ok else REPEAT_PENALTY), st, False),
                (suffix[st + 1] - INVERSION_PENALTY, arg_suffix[st + 1], False),
            ]
            prev = succ.get(j)
            if prev is not None:
                options.append((dp[prev + 1] + bonus_value, prev + 1, True))
            up = parent_of.get(j)
            if up is not None:
                options.append((dp[up + 1] + bonus_value, up + 1, True))
            if first == j:
                options.append((dp[0] + bonus_value, 0, True))
            # A pick must be worth something itself: a negative pick used only to reset the order
            # (and dodge the repeat penalty of the next section) is no alignment.
            options = [o for o in options if m + (bonus_value if o[2] else 0.0) > 0]
            if not options:
                continue
            best, frm, bonus = max(options, key=lambda o: o[0])
            if best + m > new[st]:
                new[st] = best + m
                ptr[st] = (frm, True, bonus)
        back.append(ptr)
        dp = new
    state = max(range(n + 1), key=lambda s: dp[s])
    total = dp[state]
    out: list[tuple[int | None, bool]] = [(None, False)] * len(table)
    for i in range(len(table) - 1, -1, -1):
        frm, assigned, bonus = back[i][state]
        out[i] = (state - 1, bonus) if assigned else (None, False)
        state = frm
    return out, total


def _best_reading(
    views: Sequence[_SectionView],
    candidates: Sequence[_ClauseInfo],
    escapes: frozenset[str],
    context: _ClauseInfo | None,
    body: BodyEvidence | None,
    profile_open: bool = True,
) -> tuple[list[list[_Pair]], list[tuple[int | None, bool]], str]:
    """Score and align one sibling group under the reading of its ordinals that fits best.

    Numbers are evidence, not truth: a document may number a profile part before its chapters
    (第一部分 我们从哪里来, 第二部分 …) or start after a clause it leaves out, so that every ordinal
    is off by the same amount; it may number the items of a three-level standard directly under
    the categories (the middle level skipped); and it may leave a clause out in the middle, so that
    every later ordinal names the clause before the one it answers. Each reading — a shift in
    :data:`OFFSETS`, then depth 1 or 2 (:class:`_Reading`), then one skipped clause at each
    position — is tried in turn, and one other than the best so far is taken only when the whole
    group's alignment (titles, body text, order) scores at least :data:`OFFSET_MARGIN` better
    with it: the group as a whole decides, so one section's text cannot move the numbers of its
    neighbours. Returns the table, the picks and a reason (empty for the plain reading).
    """
    base = _default_offset(views)
    titles = [[_title_evidence(v, c) for c in candidates] for v in views]
    table = _score_group(views, candidates, escapes, context, base, body, evidence=titles, profile_open=profile_open)
    picks, total = _monotone_scored(table, candidates, context)
    ordinals = [v.ordinal for v in views if v.ordinal is not None and not v.is_profile]
    places = _decimal_places(views, context)
    if places is not None and body is not None and not any(v.scheme_targets is not None for v in views):
        # The standard's own numbers below their chapter are evidence too: a report that leaves a
        # clause out and numbers on (3.1 客户价值共创 = 3.2, 3.2 客户与市场结果 = 3.3) reads with a gap.
        return _best_gap_reading(views, candidates, escapes, context, body, profile_open, titles, places, table)
    # (below a chapter, one-part numbers 1. 2. 3. are ordinals like 一、二、三、)
    absolute = any(
        v.scheme_targets is not None
        or (_is_decimal(v.section) and (context is None or "." in (v.section.number or "")))
        for v in views
    )
    single = len(ordinals) == 1 and context is not None and not context.is_profile
    if body is None or (len(ordinals) < 2 and not single) or absolute:
        # A group with a scheme's numbers, or decimals of its own, is not a sequence of ordinals.
        return table, picks, ""
    views_ordinals = [v.ordinal - base for v in views if v.ordinal is not None and not v.is_profile]

    def deviation(offset: int, reading: _Reading) -> int:
        """How many sections the reading numbers differently from the plain one (at depth 2 every
        section is read anew, and the skipped clause renumbers those after it once more)."""
        moved = sum(reading.position(k + base - offset) != k for k in views_ordinals)
        return moved + (len(views_ordinals) if reading.depth != 1 else 0)

    tried: list[tuple[float, int, list[list[_Pair]], list[tuple[int | None, bool]], tuple[int, _Reading]]] = [
        (total, 0, table, picks, (base, _Reading()))
    ]
    # Depth and skipped-clause readings are for the items of a chapter; the chapters themselves and
    # the sub-headings of the profile keep the plain reading and its shifts.
    items = context is not None and not context.is_profile
    deeper = items and context is not None and any(c.grandparent == context.clause.id for c in candidates)
    for depth in (1, 2) if deeper else (1,):
        for shift in OFFSETS:
            offset = base + shift
            for gap in (None, *range(1, max(ordinals) - offset + 1)) if items else (None,):
                reading = _Reading(depth, gap)
                if (offset, reading) == (base, _Reading()):
                    continue
                t = _score_group(views, candidates, escapes, context, offset, body, reading, titles, profile_open)
                p, tot = _monotone_scored(t, candidates, context)
                tried.append((tot, deviation(offset, reading), t, p, (offset, reading)))
    top = max(r[0] for r in tried)
    if top <= total + OFFSET_MARGIN:
        best = tried[0]
    else:
        # the least change to the document's own numbers among the readings that fit (almost) as well
        near = [r for r in tried if r[0] >= top - READING_TIE and r[0] > total + OFFSET_MARGIN]
        best = min(near, key=lambda r: (r[1], -r[0]))
    best = (best[0], best[2], best[3], best[4])
    _, table, picks, (offset, reading) = best
    why = []
    if offset != base:
        why.append(f"ordinals read with a shift of {offset}")
    if reading.describe():
        why.append(reading.describe())
    return table, picks, f"{'; '.join(why)} (decided by the whole group)" if why else ""


def _best_gap_reading(
    views: Sequence[_SectionView],
    candidates: Sequence[_ClauseInfo],
    escapes: frozenset[str],
    context: _ClauseInfo | None,
    body: BodyEvidence,
    profile_open: bool,
    titles: list[list[_TitleMatch]],
    places: Sequence[int],
    table: list[list[_Pair]],
) -> tuple[list[list[_Pair]], list[tuple[int | None, bool]], str]:
    """:func:`_best_reading` for a group numbered with the standard's own decimals below its
    chapter: the plain reading, or one clause skipped at some place, when the whole group scores
    :data:`OFFSET_MARGIN` better with it (the numbers are not shifted or read at another depth)."""
    picks, total = _monotone_scored(table, candidates, context)
    best: tuple[float, list[list[_Pair]], list[tuple[int | None, bool]], _Reading] = (total, table, picks, _Reading())
    for gap in range(1, max(places) + 1):
        reading = _Reading(1, gap)
        t = _score_group(views, candidates, escapes, context, 0, body, reading, titles, profile_open)
        p, tot = _monotone_scored(t, candidates, context)
        if tot > best[0] and tot > total + OFFSET_MARGIN:
            best = (tot, t, p, reading)
    _, table, picks, reading = best
    why = "the report leaves out a clause before it and numbers on (decided by the whole group)"
    return table, picks, why if reading.gap is not None else ""


def _misnested(
    group: Sequence[Section], context: _ClauseInfo, idx: _Index, vocab: Vocabulary, scheme: _ForeignScheme | None
) -> tuple[int, _ClauseInfo, float] | None:
    """The first section of ``group`` whose title is (almost) exactly a clause after ``context``'s subtree.

    Without numbers the segmenter guesses levels, and a chapter (``资源``) can land below the
    previous chapter (``顾客与市场``). Its own exact title is evidence enough that it is that later
    clause; the sections after it in the group are then its subsections. Numbered headings are left
    to the numbers. Returns (index in ``group``, the clause, title score) or None.
    """
    later = idx.after_subtree(context.clause.id)
    if not later:
        return None
    for k, section in enumerate(group):
        if section.number is not None or section.front_matter:
            continue
        title = _view(section, vocab, scheme).title
        best: tuple[float, _ClauseInfo] | None = None
        for info in later:
            if not info.clause.expects_answer or info.is_profile:
                continue
            score = _title_similarity(title, info.title).score
            if score >= MISNESTED_TITLE and (best is None or score > best[0]):
                best = (score, info)
        if best is not None:
            return k, best[1], best[0]
    return None


MISNESTED_BODY = 0.3
"""Least lead of a later chapter over its siblings (the parent's chapter included) in a section's text."""


def _misnested_by_text(
    group: Sequence[Section],
    context: _ClauseInfo,
    idx: _Index,
    vocab: Vocabulary,
    scheme: _ForeignScheme | None,
    body: BodyEvidence,
) -> tuple[int, _ClauseInfo] | None:
    """Where the tail of ``group`` is, by its text, a later chapter the segmenter nested too deep.

    Headings in the organisation's own words say nothing a title can check, so the text decides,
    and only for a run: from some section on, at least two sections and two thirds of those with
    text favour the same later sibling ``X`` of ``context`` (the context itself is one of the
    siblings it is compared with) by :data:`MISNESTED_BODY`, and the first of them has no title
    match inside ``context``. One section that reads like another chapter stays where it is.
    Returns (index in ``group`` where the run starts, ``X``) or None.
    """
    if any(s.number is not None for s in group):
        return None
    later = [
        i
        for i in idx.after_subtree(context.clause.id)
        if i.clause.parent == context.clause.parent and i.clause.expects_answer and not i.is_profile
    ]
    if not later:
        return None
    inside = idx.subtree(context.clause.id)

    def favours(section: Section) -> str | None:
        row = body.scores.get(section.id)
        if row is None:
            return None
        best = max(later, key=lambda i: row.get(i.clause.id, 0.0))
        return best.clause.id if row.get(best.clause.id, 0.0) >= MISNESTED_BODY else ""

    votes = [favours(s) for s in group]
    for k, section in enumerate(group):
        target = votes[k]
        if not target:
            continue
        title = _view(section, vocab, scheme).title
        if any(_title_similarity(title, i.title).score >= 0.6 for i in inside):
            continue
        tail = [v for v in votes[k:] if v is not None]
        agree = sum(1 for v in tail if v == target)
        if agree >= 2 and 3 * agree >= 2 * len(tail):
            return k, idx.by_id[target]
    return None


# --------------------------------------------------------------------------- driver


def _children_map(doc: Document) -> dict[str | None, list[Section]]:
    out: dict[str | None, list[Section]] = {}
    ids = {s.id for s in doc.sections}
    for s in doc.sections:
        parent = s.parent if s.parent in ids else None
        out.setdefault(parent, []).append(s)
    return out


def _extends_parent(section: Section, by_id: dict[str, Section]) -> bool:
    """A decimal heading whose number continues its parent heading's (0.2.3 below 0.2)."""
    parent = by_id.get(section.parent) if section.parent is not None else None
    return (
        parent is not None
        and _is_decimal(section)
        and parent.number is not None
        and section.number is not None
        and section.number.startswith(parent.number + ".")
    )


def _is_document_title(doc: Document, section: Section) -> bool:
    return (
        section is doc.sections[0]
        and section.number is None
        and section.parent is None
        and bool(_TITLE_WORDS.search(section.title))
    )


WRAPPER_TITLE = 0.7
WRAPPER_BODY = 0.3
WRAPPER_CHAPTERS = 3
"""By text alone, a wrapper's parts must answer at least this many different chapters."""
"""A subsection whose text leads for a clause by this much answers that clause (for wrappers)."""
"""A subsection whose title matches a clause this well names that clause."""


def _is_wrapper(
    section: Section,
    kids: Sequence[Section],
    context: _ClauseInfo | None,
    idx: _Index,
    vocab: Vocabulary,
    body: BodyEvidence | None = None,
    templates: frozenset[str] | set[str] = frozenset(),
) -> bool:
    """A section that only wraps the report's chapters (``第二部分 自评报告`` above ``一、领导`` …).

    Evidence from the document: at least two of its subsections, and at least half, are named like
    the clauses one level below ``context`` — the level the section itself would answer, results
    named like results — or, with
    ``body``, answer such clauses by their text (at least two different ones), while its own title
    names no clause and is no profile heading (a profile that nests the chapters below it is
    handled as an escape from the profile). A title that only names the report itself
    (``wrapper_titles`` in synonyms.yaml: 自评报告, 自评内容 …) is a wrapper by its words.
    The title of a template part (``templates``: 【主要做法】 / 【实施成效】 in every item) names no
    chapter, whatever clause its words resemble; its text is evidence like any other part's; a
    section whose parts are mostly template parts is an item, not a wrapper.
    """
    if len(kids) < 2 or 2 * sum(k.id in templates for k in kids) >= len(kids):
        return False  # (mostly template parts: an item with its parts, 【主要做法】 / 【实施成效】 …)
    parent = context.clause.id if context is not None else None
    level = [i for i in idx.infos if i.clause.parent == parent and i.clause.expects_answer and not i.is_profile]
    if len(level) < 2:
        return False
    if context is None and _DROP.sub("", section.title) in vocab.wrapper_titles:
        return True  # at the top, a title that names the report itself (第二部分　自评报告)
    own = _Title.of(section.title, vocab)
    if vocab.is_profile(own.canon) or any(_title_similarity(own, i.title).score >= WRAPPER_TITLE for i in idx.infos):
        return False
    named = titled = 0
    answered: Counter[str] = Counter()
    titled_as: set[str] = set()
    own_row = body.scores.get(section.id) if body is not None else None
    if own_row is not None and max((own_row.get(i.clause.id, 0.0) for i in level), default=0.0) >= WRAPPER_BODY:
        body = None  # the section's whole text answers one chapter: it is that chapter, whatever its parts say
    for k in kids:
        t = _Title.of(k.title, vocab)
        # (资源结果 is named like 资源 but is a result item: a chapter of results, not a wrapper of chapters)
        kind = vocab.is_result(t.canon)
        like = (
            []
            if k.id in templates
            else [i for i in level if _title_similarity(t, i.title).score >= WRAPPER_TITLE and kind == i.is_result]
        )
        if like:
            named += 1
            titled += 1
            titled_as.update(i.clause.id for i in like)
            continue
        row = body.scores.get(k.id) if body is not None else None
        if row is None:
            continue
        lead = max(level, key=lambda i: row.get(i.clause.id, 0.0))
        if row.get(lead.clause.id, 0.0) >= WRAPPER_BODY:
            named += 1
            answered[lead.clause.id] += 1
    if answered and 3 * max(answered.values()) > max(3, sum(answered.values())):
        return False  # several parts answer the same chapter: a chapter with its items, not a wrapper
    if titled >= 2 and len(titled_as) < 2:
        return False  # 治理系统 / 治理规范 / 治理提升 all named like 有效治理: its parts, not chapters
    if answered and len(answered) < WRAPPER_CHAPTERS:
        answered.clear()  # text alone names a wrapper only when its parts answer several chapters
        named = titled
    return titled + len(answered) >= 2 and 2 * named >= len(kids)


def _results_sections(doc: Document) -> frozenset[str]:
    """Sections whose own paragraphs are mostly dated figures: at least :data:`DATA_SHARE` of their
    characters lie in paragraphs that give some indicator values for two or more years (read by
    :mod:`analyzer.results`, tables, prose series and list lines alike)."""
    from ..results.extract import extract_results

    own: dict[str, list[Paragraph]] = {}
    for p in doc.paragraphs:
        if p.section is not None and not p.front_matter and p.kind != "heading":
            own.setdefault(p.section, []).append(p)
    out = set()
    for sid, paras in own.items():
        total = sum(len(p.text) for p in paras)
        ev = extract_results(sid, paras)
        ids = {pid for i in ev.indicators if i.is_series for pid in i.paragraphs}
        dated = sum(len(p.text) for p in paras if p.id in ids)
        if total and dated >= DATA_SHARE * total:
            out.add(sid)
    return frozenset(out)


def _running_ordinals(doc: Document, children: dict[str | None, list[Section]]) -> dict[str, int]:
    """Sections whose ordinals run on through the report, each with what its chapter's numbering
    starts after (``（五）`` opening 第二部分 after ``（一）``–``（四）`` of 第一部分: 4).

    Grammar, over the whole document: the items of one style below each chapter are numbered
    straight on, not restarted — in every chapter after the first, the first item's ordinal is one
    more than the last item's of the chapter before (two chapters at least, the first starting at
    one). A document that restarts anywhere, or skips across a chapter, restarts everywhere.
    """
    runs: dict[tuple[int, str], list[list[tuple[str, int]]]] = {}
    for parent, group in children.items():
        if parent is None:
            continue
        by_style: dict[tuple[int, str], list[tuple[str, int]]] = {}
        for s in group:
            if s.number is None or "." in s.number or s.numbering_style is None or s.front_matter:
                continue
            n = ordinal_value(s.number)
            if n is not None:
                by_style.setdefault((s.level, s.numbering_style), []).append((s.id, n))
        for key, items in by_style.items():
            runs.setdefault(key, []).append(items)
    order = {s.id: k for k, s in enumerate(doc.sections)}
    out: dict[str, int] = {}
    for groups in runs.values():
        if len(groups) < 2:
            continue
        groups.sort(key=lambda g: order[g[0][0]])
        if groups[0][0][1] != 1:
            continue
        if not all(g[0][1] == prev[-1][1] + 1 for prev, g in pairwise(groups)):
            continue
        for g in groups[1:]:
            for sid, _ in g:
                out[sid] = g[0][1] - 1
    return out


def _view(section: Section, vocab: Vocabulary, scheme: _ForeignScheme | None = None) -> _SectionView:
    number, text = _scheme_number(section)
    targets: frozenset[str] | None = None
    lifted = False
    if scheme is not None and number is not None and scheme.data.entry(number) is not None:
        targets = scheme.lifted.get(section.id)
        lifted = targets is not None
        if targets is None:
            read = _renumbered(number, text, scheme, vocab)
            targets = frozenset(scheme.data.targets(read, scheme.standard))
    else:
        number, text = None, section.title
    title = _Title.of(text, vocab)
    ordinal = None if section.number is None or "." in section.number else ordinal_value(section.number)
    if targets is not None:
        ordinal = None
    return _SectionView(
        section=section,
        title=title,
        is_profile=vocab.is_profile(title.canon),
        is_result=vocab.is_result(title.canon),
        says_results=vocab.is_result(title.raw),
        ordinal=ordinal,
        scheme_targets=targets,
        scheme_number=number,
        scheme_lifted=lifted,
    )


# --------------------------------------------------------------------------- foreign numbering schemes

_P_NUMBER = re.compile(r"^\s*([Pp](?:[.．]\s*\d{1,2})?)(?![A-Za-z0-9])[\s\u3000、．.:：]*")
SCHEME_MIN_EVIDENCE = 3
"""Headings that must speak for a foreign scheme (numbers with matching titles, or numbers only it has)."""
SCHEME_TITLE = 0.6


@dataclass(frozen=True, slots=True)
class _ForeignScheme:
    data: NumberingSchemeData
    standard: Standard
    evidence: float
    against: float
    lifted: dict[str, frozenset[str]] = field(default_factory=dict)
    """Sections whose subsections carry the scheme's numbers: the clause the section stands for
    (:func:`_lift_targets`), which replaces the rows of its own number."""


def _lift_targets(doc: Document, scheme: _ForeignScheme) -> dict[str, frozenset[str]]:
    """The clauses a scheme-numbered section with scheme-numbered subsections stands for.

    A GB/T item may stand for several clauses of a standard (4.1.2 高层领导的作用 → Shenzhen service
    1.1.1 and 1.1.2), or for one leaf (4.5.3 → 2.2.2); an applicant who puts further scheme-numbered
    headings below it (4.5.3 / 4.6.2) uses it as a category. Such a section stands for the deepest
    clause that contains its own targets and its subsections' targets, and never for a leaf (a
    leaf has no parts): the leaf's parent. With no such clause below the root, its own rows stand.

    A chapter with no counterpart (GB/T 4.4 资源 in Shenzhen economic) stays one, unless most of
    its scheme-numbered subsections (at least two, more than half) fall in one chapter of the
    standard: an applicant who put 以人为本 under 4.4 资源. Then it stands for the chapters so
    supported (a tie leaves both to the text and the order).
    """
    std = scheme.standard
    known = {c.id for c in std.clauses}
    kids = _children_map(doc)

    def up(cid: str) -> list[str]:
        return [cid, *(a.id for a in reversed(std.ancestors(cid)))]  # deepest first

    out: dict[str, frozenset[str]] = {}
    for s in doc.sections:
        number = _scheme_number(s)[0]
        if number is None or scheme.data.entry(number) is None:
            continue
        below: list[tuple[str, ...]] = []
        for k in kids.get(s.id, []):
            kn = _scheme_number(k)[0]
            if kn is not None and scheme.data.entry(kn) is not None:
                row = tuple(c for c in scheme.data.targets(kn, std) if c in known)
                if row:
                    below.append(row)
        if not below:
            continue
        own = [c for c in scheme.data.targets(number, std) if c in known]
        if not own:
            if len(below) < 2:
                continue
            support: Counter[str] = Counter()
            for row in below:
                support.update({a for cid in row for a in up(cid)[1:]})
            best = max(support.values(), default=0)
            if 2 * best > len(below):
                out[s.id] = frozenset(c for c, n in support.items() if n == best and std.children(c))
            continue
        chains = [up(cid) for cid in (*own, *(c for row in below for c in row))]
        common = [c for c in chains[0] if all(c in ch for ch in chains[1:])]
        if common and not std.children(common[0]):
            common = common[1:]
        if common:
            out[s.id] = frozenset(common[:1])
    return out


def _renumbered(number: str, title: str, scheme: _ForeignScheme, vocab: Vocabulary) -> str:
    """The scheme number a heading stands for: its own, unless its title is not that item's and
    matches a sibling item's instead (a report that left an item out numbers on: SZE ``2.2
    战略规划的结果`` is the scheme's 2.3 when 2.2 战略实施 is missing)."""
    entry = scheme.data.entry(number)
    if entry is None or entry.parent is None:
        return number
    t = _Title.of(title, vocab)
    own = _title_similarity(t, _Title.of(entry.title, vocab)).score
    if own >= SCHEME_TITLE:
        return number
    best, score = number, own
    for e in scheme.data.entries:
        if e.parent == entry.parent and e.number != number:
            sim = _title_similarity(t, _Title.of(e.title, vocab)).score
            if sim >= SCHEME_TITLE and sim > score:
                best, score = e.number, sim
    return best


def _scheme_number(section: Section) -> tuple[str | None, str]:
    """A heading's number as a foreign scheme may use it (``4.1.2``, ``P``, ``P.1``) and the title after it."""
    if section.number is not None and _is_decimal(section):
        return section.number, section.title
    if section.number is None:
        m = _P_NUMBER.match(section.title)
        if m is not None and m.end() < len(section.title):
            number = re.sub(r"\s", "", m.group(1)).upper().replace("．", ".")
            return number, section.title[m.end() :]
    return None, section.title


def _detect_scheme(doc: Document, standard: Standard, idx: _Index, vocab: Vocabulary) -> _ForeignScheme | None:
    """The foreign numbering scheme the whole report follows, if the evidence says so.

    For every numbered heading: evidence *for* a scheme is its number in the scheme with a title
    matching the scheme's title, or a ``P``/``P.1`` number, or (half) a three-part number the scheme
    has and the standard does not (``4.1.2 我们如何引领发展`` against Beijing); evidence *against*
    is a number of the standard's own with a matching title or one the scheme lacks. A scheme is
    adopted with at least :data:`SCHEME_MIN_EVIDENCE` headings for it and more for than against:
    one ``4.1`` decides nothing (it is Beijing's 人力资源 too).
    """
    try:
        schemes = numbering_schemes()
    except StandardError:
        return None
    best: _ForeignScheme | None = None
    numbered = [(n, t, s) for s in doc.sections if not s.front_matter for n, t in [_scheme_number(s)] if n is not None]
    if not numbered:
        return None
    for data in schemes:
        if data.id == numbering_id(standard.id):
            continue  # the standard's own numbering is no foreign scheme
        pro = con = 0.0
        for number, text, _s in numbered:
            title = _Title.of(text, vocab)
            entry = data.entry(number)
            own = idx.by_number.get(number)
            if entry is not None:
                if _title_similarity(title, _Title.of(entry.title, vocab)).score >= SCHEME_TITLE:
                    pro += 1
                elif own is None and not number[0].isdigit():
                    pro += 1  # P / P.1: only the scheme numbers that way
                elif own is None and number.count(".") >= 2:
                    pro += 0.5  # 4.1.2 with its own title: the standard has no such number
            if own is not None and (entry is None or _title_similarity(title, own.title).score >= SCHEME_TITLE):
                con += 1
        if pro >= SCHEME_MIN_EVIDENCE and pro > con and (best is None or pro > best.evidence):
            best = _ForeignScheme(data, standard, pro, con)
    return best


def _method_and_reasons(
    pair: _Pair, bonus: bool, scheme_number: str | None = None, scheme_title: str = ""
) -> tuple[AlignMethod, list[str]]:
    c = pair.info.clause
    reasons: list[str] = []
    how = pair.title.how
    t = pair.title.score
    if pair.profile:
        reasons.append(f"profile heading → {c.label}")
    if pair.number == "absolute" and pair.repeat_ok:
        reasons.append(f"{scheme_title} number {scheme_number} → clause {c.label} (crosswalk)")
    elif pair.number == "absolute":
        reasons.append(f"number {c.number} = clause {c.label}")
    elif pair.number == "ordinal":
        reasons.append(f"ordinal {pair.info.ordinal} among the children of {c.parent or 'the standard'}")
    elif pair.number == "place":
        reasons.append(
            f"place {pair.info.ordinal} among unnumbered headings as many as the items of {c.parent}"
        )
    elif pair.number == "contradicted":
        reasons.append(f"number points to {c.label} but the title does not match it")
    if t >= 0.3 or pair.number == "none":
        reasons.append(f"title {how} {t:.2f} with {c.label}")
    if bonus:
        reasons.append("next clause in the standard's order")
    if pair.escape:
        reasons.append("outside the parent's clause (report nests it below a leaf or the profile)")
    method: AlignMethod
    if pair.profile:
        method = "profile"
    elif pair.number == "absolute" or (pair.number == "ordinal" and t < 0.6):
        method = "number"
    elif how in ("exact", "shortened") and t >= 0.6:
        method = "title"
    elif how == "synonym" or (t >= 0.3 and how in ("fuzzy", "guidance", "text")):
        method = "synonym" if how == "synonym" else "title"
    else:
        method = "position"
    return method, reasons


def _number_target(row: Sequence[_Pair]) -> _Pair | None:
    """The candidate a section's number designates (absolute before ordinal), if any."""
    for kind in ("absolute", "ordinal", "contradicted"):
        for p in row:
            if p.number == kind:
                return p
    return None


def _named_elsewhere(
    group: Sequence[Section], candidates: Sequence[_ClauseInfo], idx: _Index, tagged: frozenset[str]
) -> list[_ClauseInfo]:
    """Clauses outside ``candidates`` that a section of ``group`` names in a tag of its heading
    (``tagged``: :func:`analyzer.text.headings.names_clause`): the author says which clause it
    answers, wherever the report puts it. A report's own decimal numbers (``5.1 员工管理`` in chapter
    5 of a report numbered 1–7) name no clause of the standard however alike they look."""
    have = {c.clause.id for c in candidates}
    out: list[_ClauseInfo] = []
    for s in group:
        n = s.number
        if n and s.id in tagged:
            info = idx.by_id.get(n)
            if info is not None and n not in have and info.clause.expects_answer:
                have.add(n)
                out.append(info)
    return out


def _scheme_elsewhere(
    group: Sequence[Section], candidates: Sequence[_ClauseInfo], idx: _Index, vocab: Vocabulary, scheme: _ForeignScheme
) -> list[_ClauseInfo]:
    """Clauses outside ``candidates`` that the foreign number of a section of ``group`` stands for
    (its scheme row's targets), when none of its targets is in ``candidates``: a result item (its title
    says results) numbered below its process chapter in the other standard (Wuhan 5.2.4 领导作用的结果)
    answers the results chapter's item of this one. Process items keep to their chapter."""
    have = {c.clause.id for c in candidates}
    out: list[_ClauseInfo] = []
    for s in group:
        view = _view(s, vocab, scheme)
        targets = view.scheme_targets or frozenset()
        if targets & have or not view.says_results:
            continue  # a target in its own chapter: that one (GB/T 4.7.5 资源结果 under 4.4 资源 = 5.5 → 5.5.4)
        for t in sorted(targets):
            info = idx.by_id.get(t)
            if info is not None and t not in have and info.is_result and info.is_leaf:
                have.add(t)
                out.append(info)
    return out


_JOIN = re.compile(r"以及|[与和及、/／]")
ALSO_TITLE = 0.45
"""A merged heading's second part names a sibling clause with a title match at least this good."""
ALSO_OWN_WORDS = 4
"""Characters a second part in the organisation's own words needs to stand for the next clause."""


def _also(
    view: _SectionView, pair: _Pair, idx: _Index, taken: set[str], vocab: Vocabulary, own_words: bool = True
) -> tuple[str, ...]:
    """Sibling clauses a merged heading names besides its own clause.

    ``1.2.1 对标定位与1.2.2 保障机制``, ``战略制定与（二）战略实施``, ``引领发展与企业治理``: the title is cut at
    each joiner (与/和/及/、/以及); the part after it, its own number removed, names a sibling
    clause that no heading of the report answers when its number designates that sibling (a
    decimal clause number or its ordinal) or its title matches that sibling better than the
    heading's own clause (:data:`ALSO_TITLE` at least). A part in the organisation's own words
    (``方向与文化及把规矩立在前面``) stands for the next sibling clause when no heading answers it
    (``own_words``; without it, only parts that name a sibling count).
    A joiner inside a clause's own title (``过程的识别与设计``) cuts nothing off: the parts left
    over match the heading's own clause or nothing. A process heading never names a result clause
    (or the reverse): ``人才发展与成效`` is one process item, not the item and its results.
    """
    if pair.title.how == "exact":
        return ()
    main = pair.info
    title = view.section.title
    siblings = [
        idx.by_id[c.id]
        for c in idx.standard.children(main.clause.parent)
        if c.id != main.clause.id
        and c.expects_answer
        and not c.children
        and c.id not in taken
        # an approach and its results are never one heading's answer
        and (c.kind == "result") == (main.clause.kind == "result")
    ]
    if not siblings:
        return ()
    answerable = [idx.by_id[c.id] for c in idx.standard.children(main.clause.parent) if c.expects_answer]
    nxt = next((c for c in answerable if c.order > main.order), None)
    prev = next((c for c in reversed(answerable) if c.order < main.order), None)
    out: list[str] = []
    for m in _JOIN.finditer(title):
        left, right = title[: m.start()].strip(), title[m.end() :].strip()
        if not left or not right:
            continue
        # The part that does not name the heading's own clause names the other one (the heading
        # may be aligned by either part: 创新体系和创新实践 is 5.6.3 by its second part).
        for part, neighbour in ((right, nxt), (left, prev)):
            number = split_number(part)
            pt = _Title.of(part[number[2] :] if number is not None else part, vocab)
            if len(pt.canon) < 2:
                continue
            own = _title_similarity(pt, main.title).score
            best: tuple[float, _ClauseInfo] | None = None
            for sib in siblings:
                if sib.clause.id in out:
                    continue
                sim = _title_similarity(pt, sib.title).score
                by_number = number is not None and (
                    number[1] == sib.clause.number or ordinal_value(number[1]) == sib.ordinal
                )
                named = (by_number and sim >= own) or (sim >= ALSO_TITLE and sim > own)
                if named and (best is None or sim > best[0]):
                    best = (sim + (1.0 if by_number else 0.0), sib)
            if best is not None:
                out.append(best[1].clause.id)
            elif (
                own_words
                and own < ALSO_TITLE
                and neighbour is not None
                and neighbour in siblings
                and neighbour.clause.id not in out
                and len(pt.canon) >= ALSO_OWN_WORDS
                and not any(_title_similarity(pt, c.title).score >= ALSO_TITLE for c in idx.infos)
            ):
                out.append(neighbour.clause.id)
    return tuple(out)


def _scheme_also(view: _SectionView, pair: _Pair, idx: _Index, doc: Document, taken: set[str]) -> tuple[str, ...]:
    """The other clauses a foreign-numbered item heading stands for, by its crosswalk row.

    Beijing's ``4.1 人力资源`` is Wuhan's 5.5.2 员工管理 and 5.5.3 员工赋能; ``7.3 财务结果`` is Wuhan's
    5.2.4 and 5.3.4. The row is data (``standards/crosswalk/``): the heading is aligned to one of
    its clauses, and each paragraph below it goes to the one it answers (content mapping). Only
    answerable leaves of the heading's own kind that no heading of the report is aligned to count
    (a clause with a heading of its own is answered there, as for a merged heading; taking them
    too let two headings' rows pull every paragraph from one of them, a false missing clause), and
    only for a heading with no subsections of its own (they say where the parts are) whose targets
    come from its own number, not lifted from its subsections.
    """
    targets = view.scheme_targets
    if not targets or len(targets) < 2 or view.scheme_lifted:
        return ()
    if any(s.parent == view.section.id for s in doc.sections):
        return ()
    main = pair.info.clause
    out = []
    for cid in sorted(targets, key=lambda c: idx.by_id[c].order if c in idx.by_id else 0):
        info = idx.by_id.get(cid)
        if info is None or cid == main.id or cid in taken:
            continue
        c = info.clause
        if c.expects_answer and not c.children and (c.kind == "result") == (main.kind == "result"):
            out.append(cid)
    return tuple(out)


_NUMBER_FORMS = str.maketrans({**FULLWIDTH_NUMBER_MAP, "-": ".", "－": ".", "．": ".", " ": "", "\u3000": ""})


def _as_written(heading: str) -> str:
    """A heading's text with its number in the form sections carry (``5-2　…`` → ``5.2…``)."""
    return heading.translate(_NUMBER_FORMS)


def align_sections(doc: Document, standard: Standard, body: BodyEvidence | None = None) -> Alignment:
    """Align every section of ``doc`` to a clause of ``standard`` (see the module docstring).

    ``body`` (:func:`analyzer.mapping.body.body_evidence`) adds what each section's own text
    answers; without it only numbers, titles and order decide.
    """
    return _align_sections(doc, standard, body)


def _align_sections(doc: Document, standard: Standard, body: BodyEvidence | None = None) -> Alignment:
    vocab = vocabulary()
    idx = _Index(standard, vocab)
    scheme = _detect_scheme(doc, standard, idx, vocab)
    if scheme is not None:
        scheme = replace(scheme, lifted=_lift_targets(doc, scheme))
    data = _results_sections(doc) if body is not None else frozenset()
    # a heading that names its clause (…【条款1.2.2】), or whose number a tag gave it from elsewhere (a
    # tag line under it, a mapping table: the number is not written in the heading, in any form of it:
    # 5-2 and ５．２ are 5.2 written)
    tagged = frozenset(
        s.id
        for s in doc.sections
        if names_clause(heading := doc.text[s.heading_span.start : s.heading_span.end])
        or (heading != "" and s.number is not None and "." in s.number and s.number not in _as_written(heading))
    )
    children = _children_map(doc)
    running = _running_ordinals(doc, children)
    with_text = {p.section for p in doc.paragraphs if p.kind != "heading" and p.section is not None}
    templates = {
        doc.sections[i].id
        for i in template_titles(
            [None if s.front_matter else s.title for s in doc.sections],
            [s.id in with_text for s in doc.sections],
        )
    }
    owners = {s.parent for s in doc.sections if s.id in templates and s.parent is not None}
    heights: dict[str, int] = {}
    for s in reversed(doc.sections):  # subsections come after their section
        if s.id in templates or s.front_matter:
            continue
        heights.setdefault(s.id, 0)
        if s.parent is not None:
            heights[s.parent] = max(heights.get(s.parent, 0), heights[s.id] + 1)
    sections_by_id = {s.id: s for s in doc.sections}
    results: dict[str, SectionAlignment] = {}
    chosen_pairs: dict[str, tuple[_SectionView, _Pair]] = {}

    def visit(
        group: list[Section],
        context: _ClauseInfo | None,
        escape: bool = True,
        whole: bool = True,
        wrapped: bool = False,
    ) -> None:
        if not group:
            return
        titles = [s for s in group if s.front_matter or _is_document_title(doc, s)]
        for s in titles:
            why = "front matter (title line, cover or 目录)" if s.front_matter else "document title"
            results[s.id] = SectionAlignment(s.id, None, 0.0, "none", (why,))
            visit(children.get(s.id, []), context)
        group = [s for s in group if s not in titles]
        # the parts of a wrapper are the chapters it wraps: none of them wraps chapters again (a results
        # chapter whose items echo the chapters' names, 资源成效 / 财务表现, is the seventh chapter)
        wrappers = (
            []
            if wrapped
            else [s for s in group if _is_wrapper(s, children.get(s.id, []), context, idx, vocab, body, templates)]
        )
        for s in wrappers:
            results[s.id] = SectionAlignment(
                s.id, None, 0.0, "none", ("wrapper: its subsections are named like the clauses at its own level",)
            )
            visit(children.get(s.id, []), context, wrapped=True)
        group = [s for s in group if s not in wrappers]
        # the same heading written again (the next slide or page of a section: 保障机制（续）) answers
        # what the one before it answers: once the group is aligned, it takes that one's clause
        for prev, s in pairwise(group):
            if s.number == prev.number and s.title == prev.title and s.title:
                continued[s.id] = continued.get(prev.id, prev.id)
        if context is not None and not idx.standard.children(context.clause.id):
            # template parts below an item (方法 / 展开 / 学习 / 整合, 水平 / 趋势 / 对比) are that item's
            # parts: their titles name no clause, so they never leave it; nor does a decimal that
            # extends its parent's number (0.2.3 below 0.2, 1.1.2 below 1.1 in a two-level standard)
            parts = [
                s for s in group if (s.id in templates and not context.is_profile) or _extends_parent(s, sections_by_id)
            ]
            for s in parts:
                _inherit(s, context, escape)
            group = [s for s in group if s not in parts]
        if scheme is not None:
            foreign = [s for s in group if _view(s, vocab, scheme).scheme_targets == frozenset()]
            for s in foreign:
                number = _scheme_number(s)[0]
                why = f"{scheme.data.title} {number} has no counterpart in {standard.id}"
                results[s.id] = SectionAlignment(s.id, None, 0.0, "none", (why,))
                visit(children.get(s.id, []), context)
            group = [s for s in group if s not in foreign]
        if not group:
            return
        if context is None:
            candidates = list(idx.infos)
            escapes: frozenset[str] = frozenset()
        else:
            candidates = list(idx.subtree(context.clause.id))
            escapes = frozenset()
            if scheme is None:
                # a heading that names its clause outside its parent's (a report in its own outline,
                # each heading tagged: 举办者与董事会【条款1.2.2】 under 二、集团治理) may take that clause
                candidates.extend(_named_elsewhere(group, candidates, idx, tagged))
            else:
                # so may a heading whose foreign number stands for a clause elsewhere: Wuhan's 5.2.4
                # 领导作用的结果 below 5.2 领导作用 is Beijing's 7.6, in the results chapter
                candidates.extend(_scheme_elsewhere(group, candidates, idx, vocab, scheme))
            if escape and (not candidates or context.is_profile):
                extra = idx.after_subtree(context.clause.id)
                escapes = frozenset(i.clause.id for i in extra)
                candidates.extend(extra)
            elif escape:
                cut = _misnested(group, context, idx, vocab, scheme)
                if cut is None and body is not None:
                    run = _misnested_by_text(group, context, idx, vocab, scheme, body)
                    if run is not None:
                        k, later = run
                        visit(group[:k], context, whole=False)
                        visit(group[k:], later, whole=False)
                        return
                if cut is not None:
                    k, anchor, title = cut
                    visit(group[:k], context, whole=False)
                    a = group[k]
                    why = (
                        f"title {title:.2f} with {anchor.clause.label}, a later clause than its parent's "
                        f"{context.clause.label}: nested too deep by the layout",
                    )
                    results[a.id] = SectionAlignment(a.id, anchor.clause.id, round(title, 3), "title", why)
                    visit(children.get(a.id, []) + group[k + 1 :], anchor)
                    return
        views = [_view(s, vocab, scheme) for s in group]
        views = [replace(v, shows_results=True) if v.section.id in data else v for v in views]
        views = [replace(v, owns_parts=True) if v.section.id in owners else v for v in views]
        views = [replace(v, height=heights.get(v.section.id, 0), tagged=v.section.id in tagged) for v in views]
        # ordinals numbered straight on through the report count from one again in each chapter
        views = [
            replace(v, ordinal=v.ordinal - running[v.section.id])
            if v.ordinal is not None and v.section.id in running
            else v
            for v in views
        ]
        if whole:  # a group cut where the layout nests a later chapter's sections too deep is no count
            views = _by_place(views, candidates, context, vocab)
        if not candidates:
            for s in group:
                _inherit(s, context, escape)
            return
        # Once a chapter has been aligned (document order: results hold every section before this
        # group), no later group's first part is the profile by position.
        profile_open = not any(a.clause is not None and not idx.by_id[a.clause].is_profile for a in results.values())
        table, picks, offset_reason = _best_reading(views, candidates, escapes, context, body, profile_open)
        if context is not None and not idx.standard.children(context.clause.id):
            picks = _escapes_as_suffix(views, picks, candidates, escapes)
        for k, (v, row, (j, bonus)) in enumerate(zip(views, table, picks, strict=True)):
            s = v.section
            if j is None:
                _inherit(s, context, escape)
                continue
            pair = row[j]
            method, reasons = _method_and_reasons(
                pair, bonus, v.scheme_number, scheme.data.title if scheme is not None else ""
            )
            target = _number_target(row)
            if target is not None and target is not pair and s.number is not None:
                reasons.insert(
                    0,
                    f"number {s.number} points to {target.info.clause.label}, but the title matches "
                    f"{pair.info.clause.label}: decided by title",
                )
            if s.id in running and pair.number == "ordinal":
                before = running[s.id]
                reasons.append(f"ordinals run on through the report: counted after the {before} before this chapter")
            if offset_reason and pair.number == "ordinal":
                reasons.append(offset_reason)
            elif offset_reason and pair.number == "absolute" and s.number not in (None, pair.info.clause.number):
                reasons[0] = f"number {s.number} read as {pair.info.clause.number}: {offset_reason}"
            if pair.body >= 0.1:
                reasons.append(f"section text answers {pair.info.clause.label} (+{pair.body:.2f})")
            score = max(0.0, min(1.0, pair.score + NONE_THRESHOLD + (POSITION_BONUS if bonus else 0.0)))
            results[s.id] = SectionAlignment(s.id, pair.info.clause.id, round(score, 3), method, tuple(reasons))
            chosen_pairs[s.id] = (v, pair)
            # Below the profile, numbered headings are the report's chapters nested too deep (第一部分
            # 组织环境 → 一、领导作用) only when no later sibling is a chapter already; nor, once that is
            # known, anywhere deeper in the profile (0.2 → 战略挑战与优势 is the profile's, not 2 战略).
            later = any(jj is not None and not candidates[jj].is_profile for jj, _ in picks[k + 1 :])
            visit(children.get(s.id, []), pair.info, escape=escape and not (pair.info.is_profile and later))

    def _inherit(s: Section, context: _ClauseInfo | None, escape: bool = True) -> None:
        if context is not None and not idx.standard.children(context.clause.id):
            reason = f"subsection of {context.clause.label}, below the standard's deepest level"
            results[s.id] = SectionAlignment(s.id, context.clause.id, 0.3, "position", (reason,))
        else:
            results[s.id] = SectionAlignment(s.id, None, 0.0, "none", ("no clause matches number, title or position",))
        # (kept from above: a profile's sub-sub-headings stay in it, unless they carry decimal or
        # foreign-scheme numbers, the chapters of a report nested below a profile part by its layout)
        below = children.get(s.id, [])
        numbered = any(_is_decimal(c) or _scheme_number(c)[0] is not None for c in below)
        visit(below, context, escape=escape or numbered)

    continued: dict[str, str] = {}
    visit(children.get(None, []), None)
    for sid, first in continued.items():
        a, own = results[first], results[sid]
        if own.clause != a.clause:
            why = f"the heading of {first} written again: continues it"
            results[sid] = SectionAlignment(sid, a.clause, a.score, a.method, (why, *a.reasons))

    taken = {a.clause for a in results.values() if a.clause is not None}
    for sid, (v, pair) in chosen_pairs.items():
        also = _also(v, pair, idx, taken, vocab)
        why = "merged heading also answers"
        row = not also
        if row:
            also = _scheme_also(v, pair, idx, doc, taken)
            why = "its number's crosswalk row also names"
        if also:
            a = results[sid]
            results[sid] = SectionAlignment(
                a.section,
                a.clause,
                a.score,
                a.method,
                (*a.reasons, f"{why} {', '.join(also)}"),
                also,
                row,
            )
    # the parts of a merged heading answer what it answers: 战略制定和战略实施 (5.3.2, also 5.3.3) →
    # （一）目标分解与资源配置, below the standard's deepest level, holds text of either
    # (only what its words name, by number or title: a part in the organisation's own words is a guess)
    named = {
        sid: _also(v, pair, idx, taken, vocab, own_words=False)
        for sid, (v, pair) in chosen_pairs.items()
        if results[sid].also
    }
    for s in doc.sections:  # (a section comes after its parent)
        a, up = results[s.id], results.get(s.parent) if s.parent is not None else None
        if up is not None and s.parent in named:
            up = replace(up, also=tuple(c for c in up.also if c in named[s.parent]))
        if up is not None and up.also and not a.also and a.clause == up.clause and a.method == "position":
            why = f"part of a merged heading: also {', '.join(up.also)}"
            results[s.id] = replace(a, reasons=(*a.reasons, why), also=up.also, crosswalk_row=up.crosswalk_row)
    ordered = tuple(results[s.id] for s in doc.sections)
    return Alignment(standard.id, ordered, _schemes(doc, ordered, standard))


def _schemes(doc: Document, aligned: Iterable[SectionAlignment], standard: Standard) -> tuple[NumberingScheme, ...]:
    by_id = {a.section: a for a in aligned}
    groups: dict[tuple[int, str | None], list[Section]] = {}
    for s in doc.sections:
        if by_id[s.id].method == "none" and s.number is None:
            continue
        groups.setdefault((s.level, s.numbering_style if s.number is not None else None), []).append(s)
    out: list[NumberingScheme] = []
    for (level, style), secs in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        levels = Counter(standard.clause(c).level for s in secs if (c := by_id[s.id].clause) is not None)
        std_level = levels.most_common(1)[0][0] if levels else None
        numbered = [s for s in secs if s.number is not None]
        absolute = bool(numbered) and sum(1 for s in numbered if by_id[s.id].clause == s.number) * 2 > len(numbered)
        seen: dict[str, str | None] = {}
        restarts = False
        for s in numbered:
            assert s.number is not None
            if s.number in seen and seen[s.number] != s.parent:
                restarts = True
            seen.setdefault(s.number, s.parent)
        out.append(NumberingScheme(level, style, std_level, absolute, restarts, len(secs)))
    return tuple(out)
