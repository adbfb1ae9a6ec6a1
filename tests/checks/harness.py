"""Build a real CheckContext from a small report text (real reader, segmenter, mapper, coverage).

Example files live in ``tests/checks/examples/<slug>/{failing,passing}.md``. The first line of an
example names its standard: ``<!-- standard: shenzhen-economic-2019 -->``; the rest is the report
in the same Markdown/plain-text form as the dev reports.
"""

from __future__ import annotations

import re
from pathlib import Path

from analyzer.checks.base import CheckConfig, CheckContext
from analyzer.ingest import read_document
from analyzer.mapping.coverage import compute_coverage
from analyzer.pipeline import AnalyzeOptions, fitted_scorer, map_document
from analyzer.standards import load_standard

EXAMPLES = Path(__file__).parent / "examples"
_HEADER = re.compile(r"<!--\s*standard:\s*([\w.-]+)\s*-->\s*\n")


def example_standard(text: str) -> tuple[str, str]:
    """(standard id, report text without the header line)."""
    m = _HEADER.match(text)
    if m is None:
        raise ValueError("an example must start with <!-- standard: ID -->")
    return m.group(1), text[m.end() :]


def context_for(
    text: str, standard_id: str, tmp_dir: Path, *, config: CheckConfig | None = None, name: str = "example.md"
) -> CheckContext:
    """Run the real pipeline (lexical backend) on ``text`` and return the checks' context."""
    path = tmp_dir / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    std = load_standard(standard_id)
    scorer = fitted_scorer(std, AnalyzeOptions(backend="lexical"))
    mapping = map_document(doc, std, scorer)
    coverage = compute_coverage(doc, std, mapping)
    return CheckContext(doc, std, mapping, coverage, config or CheckConfig())


def example_context(slug: str, which: str, tmp_dir: Path) -> CheckContext:
    """The context of ``examples/<slug>/<which>.md`` (``which`` is failing or passing)."""
    standard_id, text = example_standard((EXAMPLES / slug / f"{which}.md").read_text(encoding="utf-8"))
    return context_for(text, standard_id, tmp_dir, name=f"{slug}-{which}.md")
