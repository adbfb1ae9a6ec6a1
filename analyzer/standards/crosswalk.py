"""The crosswalk between award standards: which clauses of different standards answer the same question.

The data lives in ``standards/crosswalk/crosswalk.yaml`` (format: ``standards/FORMAT.md``, section
"Crosswalk"). It is a list of *concepts*; each names, per standard, the answerable leaf clauses
(no children, ``expects_answer``) that answer it, e.g. ``leadership-culture`` = 深圳经济类 1.1 文化引领
= 武汉 5.2.2 引领发展 = 北京 1.1 高层领导的作用. A leaf may belong to several concepts.

The file is found the way standards are (:func:`analyzer.standards.loader.standard_dirs`): the first
standards folder holding ``crosswalk/crosswalk.yaml`` wins (``SARA_STANDARDS_PATH``, then the source
checkout, then the copy packaged with the wheel). The subfolder keeps it out of the ``*.yaml`` glob
that finds standards.

Loading checks the shape (unknown keys are errors); :func:`validate_crosswalk` checks the content
against the real standards and returns every problem, located like the standard validator's:
``crosswalk.yaml: concepts → 2 (leadership-culture) → members → beijing-2020: unknown clause 9.9``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import InvalidStandard, StandardError, UnknownStandard
from ..model import Clause, Standard
from .loader import display_path, safe_load, standard_dirs
from .validate import ARROW, _pydantic_loc

SCHEMA_ID = "sara.crosswalk/1"
CROSSWALK_FILE = Path("crosswalk") / "crosswalk.yaml"

ConceptKind = Literal["profile", "process", "result", "mixed"]

_KEBAB = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
_CLAUSE_ID = r"^[0-9A-Za-z][0-9A-Za-z.\-]*$"


# --------------------------------------------------------------------------- errors


class InvalidCrosswalk(InvalidStandard):
    """The crosswalk file failed to load or validate; ``problems`` holds every located problem.

    A subclass of :class:`InvalidStandard` so that the CLI prints the problems and a bilingual line.
    """

    def __init__(self, path: str, problems: list[str]) -> None:
        StandardError.__init__(
            self,
            f"标准对照表文件 {path} 有 {len(problems)} 处错误",
            f"crosswalk file {path} has {len(problems)} problem(s)",
        )
        self.path = path
        self.problems = problems


class CrosswalkNotFound(StandardError):
    def __init__(self, searched: list[Path]) -> None:
        where = "、".join(str(d) for d in searched) or "—"
        where_en = ", ".join(str(d) for d in searched) or "none"
        super().__init__(
            f"找不到标准对照表文件 {CROSSWALK_FILE}（已查找：{where}）",
            f"no crosswalk file {CROSSWALK_FILE} found (searched: {where_en})",
        )


# --------------------------------------------------------------------------- schema (untrusted input)

_ClauseId = Annotated[str, Field(min_length=1, pattern=_CLAUSE_ID)]
_StandardId = Annotated[str, Field(pattern=_KEBAB)]
_ClauseList = Annotated[list[_ClauseId], Field(min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)


class ConceptSpec(_Model):
    id: str = Field(pattern=_KEBAB)
    label_zh: str = Field(min_length=1)
    label_en: str = Field(min_length=1)
    kind: ConceptKind
    note: str | None = None
    members: dict[_StandardId, _ClauseList] = Field(min_length=1)


class CrosswalkSpec(_Model):
    schema_: Literal["sara.crosswalk/1"] = Field(alias="schema")
    version: str = Field(min_length=1)
    notes: list[str] = Field(default_factory=list)
    concepts: list[ConceptSpec] = Field(min_length=1)
    unmatched: dict[_StandardId, _ClauseList] = Field(default_factory=dict)


# --------------------------------------------------------------------------- model


def _clause_key(clause_id: str) -> tuple[tuple[int, int, str], ...]:
    """Natural order of dotted clause ids: 5.2.2 < 5.2.10 < 5.3; letters after digits."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in clause_id.split("."))


@dataclass(frozen=True, slots=True, order=True)
class ClauseRef:
    """One clause of one standard."""

    standard: str
    clause: str

    def __str__(self) -> str:
        return f"{self.standard} {self.clause}"


@dataclass(frozen=True, slots=True)
class Concept:
    """A question several standards ask, with the leaf clauses that answer it in each standard."""

    id: str
    label_zh: str
    label_en: str
    kind: ConceptKind
    members: tuple[ClauseRef, ...]
    note: str | None = None

    @property
    def standards(self) -> tuple[str, ...]:
        """Standard ids with members here, in file order."""
        return tuple(dict.fromkeys(m.standard for m in self.members))

    def clauses(self, standard_id: str) -> tuple[str, ...]:
        """This concept's clause ids in one standard (empty when the standard has none here)."""
        return tuple(m.clause for m in self.members if m.standard == standard_id)

    def __contains__(self, ref: object) -> bool:
        return ref in self.members


@dataclass(frozen=True, slots=True)
class Crosswalk:
    """The concepts linking the standards, plus leaves deliberately left unmatched."""

    version: str
    concepts: tuple[Concept, ...]
    unmatched: tuple[ClauseRef, ...] = ()
    notes: tuple[str, ...] = ()
    path: str = "crosswalk.yaml"
    _index: dict[ClauseRef, tuple[Concept, ...]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[ClauseRef, list[Concept]] = {}
        for concept in self.concepts:
            for ref in dict.fromkeys(concept.members):
                index.setdefault(ref, []).append(concept)
        self._index.update({ref: tuple(cs) for ref, cs in index.items()})

    @property
    def standards(self) -> tuple[str, ...]:
        """Every standard id the crosswalk mentions, in order of first appearance."""
        ids = [m.standard for c in self.concepts for m in c.members] + [u.standard for u in self.unmatched]
        return tuple(dict.fromkeys(ids))

    def concept(self, concept_id: str) -> Concept:
        for c in self.concepts:
            if c.id == concept_id:
                return c
        raise KeyError(concept_id)

    def concepts_of(self, standard_id: str, clause_id: str) -> tuple[Concept, ...]:
        """The concepts a clause belongs to, in file order (empty for unmatched or unknown clauses)."""
        self._require(standard_id)
        return self._index.get(ClauseRef(standard_id, clause_id), ())

    def equivalents(self, standard_id: str, clause_id: str) -> tuple[ClauseRef, ...]:
        """Clauses of *other* standards sharing a concept with this one, without repeats.

        Ordered by standard (order of first appearance in the crosswalk), then by clause number.
        """
        refs = {m for c in self.concepts_of(standard_id, clause_id) for m in c.members if m.standard != standard_id}
        order = {sid: i for i, sid in enumerate(self.standards)}
        return tuple(sorted(refs, key=lambda r: (order[r.standard], _clause_key(r.clause))))

    def translate(self, from_standard: str, clause_id: str, to_standard: str) -> tuple[str, ...]:
        """The clause ids of ``to_standard`` that answer what ``clause_id`` of ``from_standard`` asks,
        in clause-number order. Translating into the same standard returns the clause itself."""
        self._require(from_standard)
        self._require(to_standard)
        if to_standard == from_standard:
            return (clause_id,)
        return tuple(r.clause for r in self.equivalents(from_standard, clause_id) if r.standard == to_standard)

    def _require(self, standard_id: str) -> None:
        if standard_id not in self.standards:
            raise UnknownStandard(standard_id, list(self.standards))


# --------------------------------------------------------------------------- loading


def crosswalk_file() -> Path:
    """The crosswalk of the first standards folder that has one (see :func:`standard_dirs`)."""
    dirs = standard_dirs()
    for d in dirs:
        candidate = d / CROSSWALK_FILE
        if candidate.is_file():
            return candidate
    raise CrosswalkNotFound(dirs)


def load_crosswalk(path: Path | None = None) -> Crosswalk:
    """Load and shape-check a crosswalk file (default: the packaged one); raise :class:`InvalidCrosswalk`.

    The content is checked against the standards by :func:`validate_crosswalk`.
    """
    path = crosswalk_file() if path is None else path
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        mtime = -1  # let _load report the problem
    # the working directory is part of the key because messages show the path relative to it
    from ..resources import Resources

    return Resources.current().loaded("crosswalk", (str(path), mtime, os.getcwd()), lambda: _load(path))


def _load(path: Path) -> Crosswalk:
    shown = display_path(path)

    def fail(where: list[object], message: str) -> InvalidCrosswalk:
        return InvalidCrosswalk(shown, [_locate(shown, where, message)])

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise fail([], f"cannot read the file ({exc.strerror})") from None
    try:
        data = safe_load(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise fail([], "the file is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "YAML"
        raise fail([where], f"not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, Mapping):
        raise fail([], "the file must hold a mapping (key: value) at the top level")
    try:
        spec = CrosswalkSpec.model_validate(data)
    except ValidationError as exc:
        problems = [_locate(shown, _pydantic_loc(data, err["loc"]), err["msg"]) for err in exc.errors()]
        raise InvalidCrosswalk(shown, problems) from None
    return _to_model(spec, shown)


def _to_model(spec: CrosswalkSpec, shown: str) -> Crosswalk:
    return Crosswalk(
        version=spec.version,
        concepts=tuple(
            Concept(
                id=c.id,
                label_zh=c.label_zh,
                label_en=c.label_en,
                kind=c.kind,
                members=tuple(ClauseRef(sid, cid) for sid, cids in c.members.items() for cid in cids),
                note=c.note,
            )
            for c in spec.concepts
        ),
        unmatched=tuple(ClauseRef(sid, cid) for sid, cids in spec.unmatched.items() for cid in cids),
        notes=tuple(spec.notes),
        path=shown,
    )


# --------------------------------------------------------------------------- validation against standards


def answerable_leaves(standard: Standard) -> tuple[Clause, ...]:
    """The clauses the crosswalk works with: no children, and a report is expected to answer them."""
    return tuple(c for c in standard.clauses if not c.children and c.expects_answer)


def _locate(path: str, where: Iterable[object], message: str) -> str:
    loc = ARROW.join(str(w) for w in where)
    return f"{path}: {loc}: {message}" if loc else f"{path}: {message}"


def _grouped(refs: Iterable[ClauseRef]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in refs:
        out.setdefault(r.standard, []).append(r.clause)
    return out


def validate_crosswalk(crosswalk: Crosswalk, standards: Iterable[Standard]) -> list[str]:
    """Every problem of the crosswalk's content against ``standards``, located; empty when it is sound.

    Checked: concept ids are unique; a concept links at least two standards; every standard id and
    clause id exists; every clause used is an answerable leaf, listed once, of the concept's kind
    (unless the concept is ``mixed``); unmatched clauses are in no concept; and every answerable leaf
    of every given standard is in a concept or under ``unmatched``.
    """
    by_id = {s.id: s for s in standards}
    known = ", ".join(sorted(by_id))
    problems: list[str] = []

    def problem(where: list[object], message: str) -> None:
        problems.append(_locate(crosswalk.path, where, message))

    def check_clauses(where: list[object], std: Standard, clause_ids: list[str], kind: ConceptKind) -> None:
        index = {c.id: c for c in std.clauses}
        seen: set[str] = set()
        for cid in clause_ids:
            if cid in seen:
                problem(where, f"clause {cid} is listed twice")
                continue
            seen.add(cid)
            clause = index.get(cid)
            if clause is None:
                problem(where, f"unknown clause {cid}")
            elif clause.children:
                kids = ", ".join(clause.children)
                problem(where, f"clause {cid} is not a leaf (it has children {kids}); use the children")
            elif not clause.expects_answer:
                problem(where, f"clause {cid} expects no answer (expects_answer: false)")
            elif kind != "mixed" and clause.kind != kind:
                problem(where, f"clause {cid} is a {clause.kind} clause, but the concept is {kind}")

    first: dict[str, list[object]] = {}
    for i, concept in enumerate(crosswalk.concepts):
        loc: list[object] = ["concepts", f"{i} ({concept.id})"]
        if concept.id in first:
            where = ARROW.join(str(w) for w in first[concept.id])
            problem([*loc, "id"], f"duplicate concept id '{concept.id}' (first at {where})")
        else:
            first[concept.id] = loc
        groups = _grouped(concept.members)
        if len(groups) < 2:
            problem([*loc, "members"], f"a concept must link at least two standards (found {len(groups)})")
        for sid, cids in groups.items():
            where = [*loc, "members", sid]
            std = by_id.get(sid)
            if std is None:
                problem(where, f"unknown standard '{sid}' (known: {known})")
                continue
            check_clauses(where, std, cids, concept.kind)

    for sid, cids in _grouped(crosswalk.unmatched).items():
        where: list[object] = ["unmatched", sid]
        std = by_id.get(sid)
        if std is None:
            problem(where, f"unknown standard '{sid}' (known: {known})")
            continue
        check_clauses(where, std, cids, "mixed")
        for cid in dict.fromkeys(cids):
            inside = crosswalk.concepts_of(sid, cid)
            if inside:
                problem(where, f"clause {cid} is also in concept(s) {', '.join(c.id for c in inside)}")

    mentioned = set(crosswalk.standards)
    unmatched = set(crosswalk.unmatched)
    for sid, std in by_id.items():
        if sid not in mentioned:
            problem([sid], "the standard appears nowhere in the crosswalk")
            continue
        for leaf in answerable_leaves(std):
            ref = ClauseRef(sid, leaf.id)
            if ref not in unmatched and not crosswalk.concepts_of(sid, leaf.id):
                problem([sid], f"leaf clause {leaf.id} {leaf.title} is in no concept and not under unmatched")
    return problems


# --------------------------------------------------------------------------- numbering schemes of other standards

class _SchemeItemSpec(_Model):
    number: str = Field(min_length=1, pattern=_CLAUSE_ID)
    title: str = Field(min_length=1)
    targets: dict[_StandardId, list[_ClauseId]] = Field(min_length=1)


class _SchemeCategorySpec(_Model):
    number: str = Field(min_length=1, pattern=_CLAUSE_ID)
    title: str = Field(min_length=1)
    kind: Literal["profile", "process", "result"]
    items: list[_SchemeItemSpec] = Field(min_length=1)


class _SchemeSpec(_Model):
    schema_: Literal["sara.numbering/1"] = Field(alias="schema")
    id: str = Field(pattern=_KEBAB)
    title: str = Field(min_length=1)
    notes: list[str] = Field(default_factory=list)
    categories: list[_SchemeCategorySpec] = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class SchemeEntry:
    """One numbered heading of a foreign scheme (``4.1 领导`` or ``4.1.2 高层领导的作用``)."""

    number: str
    title: str
    kind: Literal["profile", "process", "result"]
    parent: str | None
    """The category number for an item; None for a category."""
    targets: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Per standard id, the clauses answering this item (empty for a category: see :meth:`NumberingSchemeData.targets`)."""


@dataclass(frozen=True, slots=True)
class NumberingSchemeData:
    """A numbering scheme from outside the shipped standards (GB/T 19580-2012) and its crosswalk rows."""

    id: str
    title: str
    entries: tuple[SchemeEntry, ...]
    notes: tuple[str, ...] = ()
    path: str = ""
    _by_number: dict[str, SchemeEntry] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_number.update({e.number: e for e in self.entries})

    def entry(self, number: str) -> SchemeEntry | None:
        return self._by_number.get(number)

    def targets(self, number: str, standard: Standard) -> tuple[str, ...]:
        """The clause ids of ``standard`` a heading numbered ``number`` answers (empty: none).

        An item gives its rows; a category stands for the deepest clause of ``standard`` that
        contains (or is) every clause of its items, when there is one below the standard's root.
        """
        e = self._by_number.get(number)
        if e is None:
            return ()
        if e.parent is not None or e.targets:
            return dict(e.targets).get(standard.id, ())
        leaves = [c for i in self.entries if i.parent == e.number for c in dict(i.targets).get(standard.id, ())]
        if not leaves:
            return ()
        index = {c.id for c in standard.clauses}
        chains = []
        for cid in leaves:
            if cid not in index:
                return ()
            chains.append([cid, *(a.id for a in reversed(standard.ancestors(cid)))])  # deepest first
        common = [c for c in chains[0] if all(c in ch for ch in chains[1:])]
        return (common[0],) if common else ()


def scheme_files() -> list[Path]:
    """The numbering-scheme files beside the crosswalk (``standards/crosswalk/*.yaml`` except crosswalk.yaml)."""
    folder = crosswalk_file().parent
    return sorted(p for p in folder.glob("*.yaml") if p.name != CROSSWALK_FILE.name)


def load_scheme(path: Path) -> NumberingSchemeData:
    """Load and shape-check one numbering-scheme file; raise :class:`InvalidCrosswalk`."""
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        mtime = -1
    from ..resources import Resources

    return Resources.current().loaded("scheme", (str(path), mtime), lambda: _load_scheme(path))


def numbering_schemes() -> tuple[NumberingSchemeData, ...]:
    """Every shipped numbering scheme of another standard (GB/T 19580-2012), the numbering of every
    shipped standard that follows one of them item by item (:func:`followed_scheme`), and that of
    every other shipped standard of categories and items, read through the concepts (:func:`concept_scheme`)."""
    from ..resources import Resources
    from .loader import load_standard  # (the loader reads the crosswalk's folder: imported late)

    files = tuple(load_scheme(p) for p in scheme_files())
    derived = []
    for scheme in files:
        ids = sorted({sid for e in scheme.entries for sid, _ in e.targets})
        for sid in ids:
            try:
                follower = followed_scheme(scheme, load_standard(sid))
            except StandardError:
                continue
            if follower is not None:
                derived.append(follower)
    followed = {d.id for d in derived}
    crosswalk = load_crosswalk()
    for sid in crosswalk.standards:
        if numbering_id(sid) in followed:
            continue
        try:
            standard = load_standard(sid)
        except StandardError:
            continue
        # (built once per standard and crosswalk: alignment asks for the schemes on every document)
        own = Resources.current().loaded(
            "concept scheme", (standard, crosswalk), lambda s=standard: concept_scheme(s, crosswalk)
        )
        if own is not None:
            derived.append(own)
    return files + tuple(derived)


def _common_parent(rows: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The clause (as a row) holding counterparts of more than half of the items' rows, if one does
    (SZE 2 战略规划: 2.1 → 5.3.2, 2.2 → 5.3.3, 2.3 → 5.2.4/5.3.4: Wuhan 5.3)."""
    counts: dict[str, int] = {}
    for row in rows:
        for parent in {c.rsplit(".", 1)[0] for c in row if "." in c}:
            counts[parent] = counts.get(parent, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=None)
    if best is None or best[1] * 2 <= len(rows) or sum(1 for n in counts.values() if n == best[1]) > 1:
        return ()
    return (best[0],)


def concept_scheme(standard: Standard, crosswalk: Crosswalk) -> NumberingSchemeData | None:
    """``standard``'s own numbering as a scheme read through the crosswalk's concepts: a report that
    reuses its Shenzhen economic report for the Wuhan award numbers ``1.1 文化引领``, ``2.2 战略实施``
    …, and each item stands for the clauses of the other standard that answer the same questions
    (:meth:`Crosswalk.translate`). For standards of categories and items (two levels below the
    profile); None for deeper trees, whose items the concepts do not pair one to one."""
    ids = [s for s in crosswalk.standards if s != standard.id]
    entries: list[SchemeEntry] = []
    for cat in standard.children(None):
        items = [c for c in standard.children(cat.id) if c.expects_answer]
        if not items:
            continue  # the profile (0 组织简介) is found as the profile, not by its number
        if any(standard.children(c.id) for c in items):
            return None
        kind: Literal["process", "result"] = "result" if all(c.kind == "result" for c in items) else "process"
        rows = [(c, tuple((sid, crosswalk.translate(standard.id, c.id, sid)) for sid in ids)) for c in items]
        own_rows = [(c, ((standard.id, (c.id,)), *t)) for c, t in rows]  # (a scheme has a row for every standard)
        # a category stands for the clause holding most of its items' counterparts (SZE 1 领导 → Wuhan 5.2)
        home = tuple((sid, common) for sid in ids if (common := _common_parent([dict(t)[sid] for _, t in rows])))
        entries.append(SchemeEntry(cat.number or cat.id, cat.title, kind, None, ((standard.id, (cat.id,)), *home)))
        for c, targets in own_rows:
            own: Literal["process", "result"] = "result" if c.kind == "result" else "process"
            entries.append(SchemeEntry(c.number or c.id, c.title, own, cat.number or cat.id, targets))
    if not entries:
        return None
    title = f"{standard.title}的编号（按评价准则对照表 crosswalk.yaml 的概念对应）"
    return NumberingSchemeData(numbering_id(standard.id), title, tuple(entries), (), crosswalk.path)


def followed_scheme(scheme: NumberingSchemeData, standard: Standard) -> NumberingSchemeData | None:
    """``standard``'s own numbering as a scheme, when it follows ``scheme`` item by item (every item
    answered by exactly one clause of it, and no clause twice): Beijing 2020 numbers GB/T 19580's
    4.1.2 as 1.1, so a report that reuses its Beijing report for another award is read through the
    GB/T rows (``1.1 高层领导的作用`` → Wuhan 5.2.2). None when it does not follow it."""
    items = [e for e in scheme.entries if e.parent is not None]
    own = [dict(e.targets).get(standard.id, ()) for e in items]
    if not items or any(len(t) != 1 for t in own) or len({t[0] for t in own}) != len(own):
        return None
    by_id = {c.id: c for c in standard.clauses}
    entries: list[SchemeEntry] = []
    seen: set[str] = set()
    for e, (cid,) in zip(items, own, strict=True):
        clause = by_id.get(cid)
        if clause is None or clause.parent is None or clause.parent not in by_id:
            return None
        parent = by_id[clause.parent]
        if parent.id not in seen:
            seen.add(parent.id)
            entries.append(SchemeEntry(parent.number or parent.id, parent.title, e.kind, None))
        entries.append(SchemeEntry(clause.number or clause.id, clause.title, e.kind, parent.number or parent.id, e.targets))
    title = f"{standard.title}的编号（按{scheme.title}逐项对应）"
    return NumberingSchemeData(numbering_id(standard.id), title, tuple(entries), scheme.notes, scheme.path)


def numbering_id(standard_id: str) -> str:
    """The id of a shipped standard's own numbering as a scheme (:func:`followed_scheme`)."""
    return f"{standard_id}-numbering"


def _load_scheme(path: Path) -> NumberingSchemeData:
    shown = display_path(path)
    try:
        data = safe_load(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise InvalidCrosswalk(shown, [_locate(shown, [], f"cannot read the file ({exc.strerror})")]) from None
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InvalidCrosswalk(shown, [_locate(shown, [], f"not valid UTF-8 YAML: {exc}")]) from None
    if not isinstance(data, Mapping):
        raise InvalidCrosswalk(shown, [_locate(shown, [], "the file must hold a mapping at the top level")])
    try:
        spec = _SchemeSpec.model_validate(data)
    except ValidationError as exc:
        problems = [_locate(shown, _pydantic_loc(data, err["loc"]), err["msg"]) for err in exc.errors()]
        raise InvalidCrosswalk(shown, problems) from None
    entries: list[SchemeEntry] = []
    for cat in spec.categories:
        entries.append(SchemeEntry(cat.number, cat.title, cat.kind, None))
        for item in cat.items:
            targets = tuple((sid, tuple(cids)) for sid, cids in item.targets.items())
            entries.append(SchemeEntry(item.number, item.title, cat.kind, cat.number, targets))
    return NumberingSchemeData(spec.id, spec.title, tuple(entries), tuple(spec.notes), shown)


def validate_scheme(scheme: NumberingSchemeData, standards: Iterable[Standard]) -> list[str]:
    """Every problem of a numbering scheme's rows against ``standards``, located; empty when sound.

    Checked: numbers are unique and an item's number extends its category's; every item lists
    every given standard (an empty list says "no counterpart"); every clause exists, is an
    answerable leaf, is listed once and has the item's kind; unknown standards are errors.
    """
    by_id = {s.id: s for s in standards}
    problems: list[str] = []
    seen: set[str] = set()
    for e in scheme.entries:
        where: list[object] = ["categories" if e.parent is None else "items", e.number]
        if e.number in seen:
            problems.append(_locate(scheme.path, where, f"number {e.number} is listed twice"))
        seen.add(e.number)
        if e.parent is None:
            continue
        if not e.number.startswith(e.parent + "."):
            problems.append(_locate(scheme.path, where, f"item {e.number} does not extend its category {e.parent}"))
        rows = dict(e.targets)
        for sid in rows:
            if sid not in by_id:
                problems.append(_locate(scheme.path, [*where, sid], f"unknown standard '{sid}'"))
        for sid, std in by_id.items():
            if sid not in rows:
                problems.append(_locate(scheme.path, where, f"no row for {sid} (write [] when it has no counterpart)"))
                continue
            index = {c.id: c for c in std.clauses}
            if len(set(rows[sid])) != len(rows[sid]):
                problems.append(_locate(scheme.path, [*where, sid], "a clause is listed twice"))
            for cid in rows[sid]:
                clause = index.get(cid)
                if clause is None:
                    problems.append(_locate(scheme.path, [*where, sid], f"unknown clause {cid}"))
                elif clause.children or not clause.expects_answer:
                    problems.append(_locate(scheme.path, [*where, sid], f"clause {cid} is not an answerable leaf"))
                elif clause.kind != e.kind:
                    problems.append(
                        _locate(
                            scheme.path, [*where, sid], f"clause {cid} is a {clause.kind} clause, the item is {e.kind}"
                        )
                    )
    return problems
