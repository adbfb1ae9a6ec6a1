"""Plain-data views of a standard (for ``sara standards show --format json`` and exports)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..model import LengthLimit, Standard

JsonObject = dict[str, Any]


def _limit(limit: LengthLimit | None) -> JsonObject | None:
    return asdict(limit) if limit is not None else None


def standard_to_dict(standard: Standard) -> JsonObject:
    """The whole tree: ``{id, title, total_points, limits, bands, clauses: [...]}``."""
    return {
        "schema": "sara.standard/1",
        "id": standard.id,
        "title": standard.title,
        "short_title": standard.short_title,
        "award": standard.award,
        "class": standard.award_class,
        "version": standard.version,
        "year": standard.year,
        "issuer": standard.issuer,
        "source_seed": standard.source_seed,
        "digest": standard.digest,
        "total_points": standard.total_points,
        "maturity_model": standard.maturity_model,
        "limits": {"report": _limit(standard.report_limit), "profile": _limit(standard.profile_limit)},
        "results": asdict(standard.results),
        "thresholds": [asdict(t) for t in standard.thresholds],
        "bands": {
            "scheme": standard.bands.scheme,
            "step_percent": standard.bands.step_percent,
            "source": standard.bands.source,
            "levels": [asdict(b) for b in standard.bands.levels],
        },
        "scoring_units": [c.id for c in standard.scoring_units],
        "clauses": [
            {
                "id": c.id,
                "parent": c.parent,
                "number": c.number,
                "title": c.title,
                "level": c.level,
                "points": c.points,
                "kind": c.kind,
                "expects_answer": c.expects_answer,
                "text": c.text,
                "review_text": c.review_text,
                "guidance": [{"id": g.id, "number": g.number, "title": g.title, "text": g.text} for g in c.guidance],
                "notes": c.notes,
            }
            for c in standard.clauses
        ],
        "notes": list(standard.notes),
        "scoring_guide": asdict(standard.scoring_guide) if standard.scoring_guide is not None else None,
    }
