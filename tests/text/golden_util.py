"""Golden files for segmentation: a readable summary of a Document, compared with a stored JSON.

Regenerate with ``SARA_UPDATE_GOLDEN=1 pytest tests/text/test_text_golden.py``,
then read the diff by eye before committing it.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

from analyzer.model import Document

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("SARA_UPDATE_GOLDEN") == "1"


def summarize(doc: Document) -> dict[str, object]:
    return {
        "counts": None if doc.counts is None else asdict(doc.counts),
        "excluded_counts": None if doc.excluded_counts is None else asdict(doc.excluded_counts),
        "sections": [
            {
                "id": s.id,
                "level": s.level,
                "number": s.number,
                "title": s.title,
                "style": s.numbering_style,
                "parent": s.parent,
                **({"front_matter": True} if s.front_matter else {}),
            }
            for s in doc.sections
        ],
        "paragraphs": [
            {
                "id": p.id,
                "kind": p.kind,
                "section": p.section,
                "source": p.source,
                "page": p.page,
                "start": p.text[:20],
                **({"front_matter": True} if p.front_matter else {}),
            }
            for p in doc.paragraphs
        ],
    }


def check_golden(name: str, doc: Document) -> None:
    path = GOLDEN / f"{name}.json"
    data = summarize(doc)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if UPDATE or not path.exists():
        if not UPDATE:
            raise AssertionError(f"no golden file {path.name}; run with SARA_UPDATE_GOLDEN=1 and review it")
        path.write_text(text, encoding="utf-8")
        return
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert data == expected, f"segmentation differs from {path.name} (SARA_UPDATE_GOLDEN=1 to regenerate)"
