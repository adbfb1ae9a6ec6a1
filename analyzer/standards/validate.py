"""Validation of standard files: shape (pydantic) and cross-field rules, all problems at once.

Every problem is located as ``<file>: <path> → …: <message>`` so that a person fixing a
1,000-line YAML file can go straight to it, e.g.
``standards/x.yaml: clauses → 3 (1.1) → points: children add up to 55, not 60``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from .schema import SCHEMA_ID, StandardSpec

ARROW = " → "


@dataclass
class ValidationReport:
    """Problems make a file invalid; remarks are facts worth showing (e.g. announced counts)."""

    path: str
    problems: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    spec: StandardSpec | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem(self, where: Sequence[object], message: str) -> None:
        self.problems.append(_locate(self.path, where, message))

    def remark(self, where: Sequence[object], message: str) -> None:
        self.remarks.append(_locate(self.path, where, message))


def _locate(path: str, where: Sequence[object], message: str) -> str:
    loc = ARROW.join(str(w) for w in where)
    return f"{path}: {loc}: {message}" if loc else f"{path}: {message}"


def validate_data(data: object, path: str, stem: str | None = None) -> ValidationReport:
    """Validate one parsed standard file. ``stem`` is the file name without ``.yaml``."""
    report = ValidationReport(path)
    if not isinstance(data, Mapping):
        report.problem([], "the file must hold a mapping (key: value) at the top level")
        return report
    try:
        report.spec = StandardSpec.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            report.problem(_pydantic_loc(data, err["loc"]), err["msg"])
    _cross_field(data, report, stem)
    return report


def _pydantic_loc(data: Mapping[str, Any], loc: tuple[int | str, ...]) -> list[object]:
    """Turn pydantic's loc into our path, adding the clause id after a clause index."""
    out: list[object] = []
    node: Any = data
    for part in loc:
        label: object = part
        if isinstance(node, Sequence) and not isinstance(node, str) and isinstance(part, int):
            item = node[part] if 0 <= part < len(node) else None
            if isinstance(item, Mapping) and isinstance(item.get("id"), str | int):
                label = f"{part} ({item['id']})"
            node = item
        elif isinstance(node, Mapping):
            node = node.get(part)
        else:
            node = None
        out.append(label)
    return out


def _cross_field(data: Mapping[str, Any], report: ValidationReport, stem: str | None) -> None:
    if data.get("schema") != SCHEMA_ID and "schema" in data:
        pass  # pydantic already reported the wrong literal
    if stem is not None and data.get("id") is not None and data.get("id") != stem:
        report.problem(["id"], f"'{data.get('id')}' does not match the file name '{stem}.yaml'")
    by_id: dict[str, Mapping[str, Any]] = {}
    where: dict[str, list[object]] = {}
    seen_guidance: dict[str, list[object]] = {}
    order: dict[str, int] = {}
    for i, c in enumerate(_list(data.get("clauses"))):
        if not isinstance(c, Mapping):
            continue
        cid = str(c.get("id"))
        loc: list[object] = ["clauses", f"{i} ({cid})"]
        if cid in by_id:
            report.problem([*loc, "id"], f"duplicate clause id '{cid}' (first at {_join(where[cid])})")
        else:
            by_id[cid] = c
            where[cid] = loc
            order[cid] = i
        for j, g in enumerate(_list(c.get("guidance"))):
            if not isinstance(g, Mapping):
                continue
            gid = str(g.get("id"))
            gloc = [*loc, "guidance", f"{j} ({gid})"]
            if not gid.startswith(cid + "."):
                report.problem([*gloc, "id"], f"guidance id must start with its clause id '{cid}.'")
            if gid in seen_guidance:
                report.problem([*gloc, "id"], f"duplicate guidance id '{gid}' (first at {_join(seen_guidance[gid])})")
            else:
                seen_guidance[gid] = gloc
    for gid, gloc in seen_guidance.items():
        if gid in by_id:
            report.problem([*gloc, "id"], f"guidance id '{gid}' is also a clause id")

    children: dict[str, list[str]] = {cid: [] for cid in by_id}
    for cid, c in by_id.items():
        loc = where[cid]
        parent = c.get("parent")
        level = c.get("level")
        if parent is None:
            if level not in (None, 1):
                report.problem([*loc, "level"], f"a top-level clause has level 1, not {level}")
            continue
        parent = str(parent)
        if parent not in by_id:
            report.problem([*loc, "parent"], f"parent '{parent}' does not resolve to a clause")
            continue
        children[parent].append(cid)
        if order[parent] > order[cid]:
            report.problem([*loc, "parent"], f"parent '{parent}' must come before its children")
        plevel = by_id[parent].get("level")
        if isinstance(plevel, int) and isinstance(level, int) and level != plevel + 1:
            report.problem([*loc, "level"], f"level {level} under a level-{plevel} parent; expected {plevel + 1}")

    _check_points(data, by_id, children, where, report)
    _check_kinds(by_id, children, where, report)
    _check_bands(data, report)
    _check_announced(data, by_id, report)
    _check_scoring_guide(data, report)
    if by_id and not any(c.get("kind") == "profile" for c in by_id.values()):
        report.problem(["clauses"], "no profile clause (组织简介/组织概述/组织环境); every standard has one")
    for cid, c in by_id.items():
        # A container is answered through its children; a leaf needs something to be answered against.
        answerable_kids = [k for k in children[cid] if by_id[k].get("expects_answer", True)]
        empty = not str(c.get("text") or "").strip() and not _list(c.get("guidance"))
        if c.get("expects_answer", True) and empty and not answerable_kids:
            report.problem(
                [*where[cid], "text"], "a clause that expects an answer needs its requirement text or guidance points"
            )


def _check_points(
    data: Mapping[str, Any],
    by_id: Mapping[str, Mapping[str, Any]],
    children: Mapping[str, list[str]],
    where: Mapping[str, list[object]],
    report: ValidationReport,
) -> None:
    def pts(cid: str) -> int | None:
        p = by_id[cid].get("points")
        return p if isinstance(p, int) and not isinstance(p, bool) else None

    for cid, kids in children.items():
        own = pts(cid)
        pointed = [k for k in kids if pts(k) is not None]
        if not pointed:
            continue
        total = sum(pts(k) or 0 for k in pointed)
        if own is not None and total != own:
            detail = " + ".join(f"{k}:{pts(k)}" for k in pointed)
            report.problem([*where[cid], "points"], f"children add up to {total} ({detail}), not {own}")
        for k in kids:
            kc = by_id[k]
            if pts(k) is None and kc.get("expects_answer", True) and kc.get("kind") != "profile":
                report.problem([*where[k], "points"], "has no points although its siblings have points")

    def has_pointed_ancestor(cid: str) -> bool:
        parent = by_id[cid].get("parent")
        while parent is not None and str(parent) in by_id:
            if pts(str(parent)) is not None:
                return True
            parent = by_id[str(parent)].get("parent")
        return False

    outermost = [cid for cid in by_id if pts(cid) is not None and not has_pointed_ancestor(cid)]
    total_points = data.get("total_points")
    if isinstance(total_points, int) and outermost:
        s = sum(pts(c) or 0 for c in outermost)
        if s != total_points:
            report.problem(["total_points"], f"the outermost scored clauses add up to {s}, not {total_points}")
    for cid in by_id:
        if pts(cid) is not None and by_id[cid].get("kind") == "profile":
            report.problem([*where[cid], "kind"], "a profile clause is unscored but has points")


def _check_kinds(
    by_id: Mapping[str, Mapping[str, Any]],
    children: Mapping[str, list[str]],
    where: Mapping[str, list[object]],
    report: ValidationReport,
) -> None:
    def leaf_kinds(cid: str) -> set[str]:
        kids = [k for k in children[cid] if by_id[k].get("expects_answer", True)]
        if not kids:
            return {str(by_id[cid].get("kind"))}
        out: set[str] = set()
        for k in kids:
            out |= leaf_kinds(k)
        return out

    for cid, c in by_id.items():
        kind = c.get("kind")
        answerable_kids = [k for k in children[cid] if by_id[k].get("expects_answer", True)]
        if kind == "mixed":
            if c.get("expects_answer", True) and not answerable_kids:
                report.problem(
                    [*where[cid], "kind"], "'mixed' is for containers or overview clauses (expects_answer: false)"
                )
            elif answerable_kids and not {"process", "result"} <= leaf_kinds(cid):
                report.problem([*where[cid], "kind"], f"'mixed' but its clauses are all {sorted(leaf_kinds(cid))}")
        elif kind in ("process", "result", "profile") and answerable_kids:
            other = sorted(leaf_kinds(cid) - {kind})
            if other:
                report.problem([*where[cid], "kind"], f"'{kind}' but contains {', '.join(other)} clauses (use 'mixed')")


def _check_bands(data: Mapping[str, Any], report: ValidationReport) -> None:
    bands = data.get("bands")
    if not isinstance(bands, Mapping):
        return
    levels = [b for b in _list(bands.get("levels")) if isinstance(b, Mapping)]
    prev_high: int | None = None
    ids: set[str] = set()
    for i, b in enumerate(levels):
        low, high = b.get("low"), b.get("high")
        loc: list[object] = ["bands", "levels", f"{i} ({b.get('id')})"]
        if not (isinstance(low, int) and isinstance(high, int)):
            continue
        ids.add(str(b.get("id")))
        if low > high:
            report.problem(loc, f"low {low} is above high {high}")
        if b.get("id") != f"{low}-{high}":
            report.problem([*loc, "id"], f"id must be '{low}-{high}'")
        if prev_high is None and low != 0:
            report.problem([*loc, "low"], "the lowest band must start at 0")
        if prev_high is not None and low < prev_high:
            report.problem([*loc, "low"], f"overlaps the band below (which ends at {prev_high})")
        prev_high = high
    if prev_high is not None and prev_high != 100:
        report.problem(["bands", "levels"], f"the highest band must end at 100, not {prev_high}")
    results = data.get("results")
    cap = results.get("cap_band") if isinstance(results, Mapping) else None
    if cap is not None and ids and str(cap) not in ids:
        report.problem(
            ["results", "cap_band"], f"'{results.get('cap_band')}' is not a band id ({', '.join(sorted(ids))})"
        )


MATURITY_FACTORS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ADLI": (("A", "D", "L", "I"), ("Le", "T", "C", "I")),
}
"""The factor ids a maturity model names, in order: (process, results). PDCA standards name none."""


def _check_scoring_guide(data: Mapping[str, Any], report: ValidationReport) -> None:
    """Factor ids unique and, for an A-D-L-I standard, exactly A-D-L-I and Le-T-C-I; terms unique;
    one results rule per kind of applicant, an element either required or where applicable."""
    guide = data.get("scoring_guide")
    if not isinstance(guide, Mapping):
        return
    expected = MATURITY_FACTORS.get(str(data.get("maturity_model")))
    for key, k in (("process_factors", 0), ("result_factors", 1)):
        factors = [f for f in _list(guide.get(key)) if isinstance(f, Mapping)]
        ids = [str(f.get("id")) for f in factors]
        for dup in sorted(i for i, n in Counter(ids).items() if n > 1):
            report.problem(["scoring_guide", key], f"duplicate factor id '{dup}'")
        if factors and expected is not None and tuple(ids) != expected[k]:
            want = "-".join(expected[k])
            report.problem(
                ["scoring_guide", key],
                f"an {data.get('maturity_model')} standard names the factors {want} in this order, not {'-'.join(ids)}",
            )
    terms = [str(t.get("term")) for t in _list(guide.get("terms")) if isinstance(t, Mapping)]
    for dup in sorted(t for t, n in Counter(terms).items() if n > 1):
        report.problem(["scoring_guide", "terms"], f"duplicate term '{dup}'")
    seen: set[str] = set()
    for i, rule in enumerate(_list(guide.get("results_rules"))):
        if not isinstance(rule, Mapping):
            continue
        who = str(rule.get("applies_to"))
        loc: list[object] = ["scoring_guide", "results_rules", f"{i} ({who})"]
        if who in seen:
            report.problem([*loc, "applies_to"], f"a second results rule for '{who}'")
        seen.add(who)
        both = set(map(str, _list(rule.get("required")))) & set(map(str, _list(rule.get("when_applicable"))))
        if both:
            report.problem(loc, f"{', '.join(sorted(both))} cannot be both required and when applicable")


def _check_announced(data: Mapping[str, Any], by_id: Mapping[str, Mapping[str, Any]], report: ValidationReport) -> None:
    announced = data.get("announced")
    if not isinstance(announced, Mapping):
        return
    scored = [c for c in by_id.values() if c.get("kind") != "profile"]
    per_level = Counter(c.get("level") for c in scored)
    for level, expected in enumerate(_list(announced.get("clauses_per_level")), start=1):
        if per_level.get(level, 0) != expected:
            report.problem(
                ["announced", "clauses_per_level", level - 1],
                f"the document announces {expected} level-{level} clauses; the file has {per_level.get(level, 0)}",
            )
    expected_g = announced.get("guidance")
    if isinstance(expected_g, int):
        n = sum(len(_list(c.get("guidance"))) for c in scored)
        if n != expected_g:
            report.remark(
                ["announced", "guidance"],
                f"the document announces {expected_g} guidance points; the file has {n} (see notes)",
            )


def _list(x: object) -> list[Any]:
    return list(x) if isinstance(x, list) else []


def _join(loc: Sequence[object]) -> str:
    return ARROW.join(str(p) for p in loc)
