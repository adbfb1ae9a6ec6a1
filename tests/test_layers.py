"""The layers import one way: the text layer (structure) never imports the readers (analyzer.ingest).

The types a reader hands the segmenter (Block, RawDocument, PictureRef) live in analyzer.model and
the page-furniture text rules in analyzer.text.furniture; the old places re-export them."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_IMPORT_TEXT_LAYER = """
import importlib, pkgutil, sys
import analyzer.text as text
for m in pkgutil.iter_modules(text.__path__):
    importlib.import_module("analyzer.text." + m.name)
print(",".join(sorted(k for k in sys.modules if k.startswith("analyzer.ingest"))))
"""


def test_the_text_layer_imports_nothing_of_ingest() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_TEXT_LAYER], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == ""


def test_moved_pieces_are_re_exported_where_they_were() -> None:
    from analyzer import model
    from analyzer.ingest import _pdf_layout, blocks
    from analyzer.text import furniture

    assert (blocks.Block, blocks.RawDocument, blocks.PictureRef) == (model.Block, model.RawDocument, model.PictureRef)
    assert blocks.Format is not None
    assert _pdf_layout.furniture_key is furniture.furniture_key
    assert _pdf_layout.is_page_number is furniture.is_page_number
    assert furniture.is_page_number("第 8 页 共 45 页") and furniture.furniture_key("第 8 页") == "第#页"


_NOT_FOR_PAGES = ("analyzer.store", "analyzer.review.store", "analyzer.record", "analyzer.export")


def _imports(path: Path) -> set[str]:
    """The modules a file imports, at any depth of its code (``from analyzer import x`` is ``analyzer.x``)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
    return out


def test_the_pages_render_and_ask_the_workspace_not_the_store_record_or_exports() -> None:
    """Issue 16: ``app_pages/`` imports nothing from the store, the record module or the exports; what
    they need, ``analyzer.review.workspace`` (or ``analyzer.batch.secretariat``) offers."""
    pages = [*sorted((ROOT / "app_pages").glob("*.py")), ROOT / "app.py"]
    assert len(pages) > 5
    bad = {
        f"{p.relative_to(ROOT)}: {m}"
        for p in pages
        for m in _imports(p)
        if any(m == f or m.startswith(f + ".") for f in _NOT_FOR_PAGES)
    }
    assert not bad, sorted(bad)
