"""The layers import one way: the text layer (structure) never imports the readers (analyzer.ingest).

The types a reader hands the segmenter (Block, RawDocument, PictureRef) live in analyzer.model and
the page-furniture text rules in analyzer.text.furniture; the old places re-export them."""

from __future__ import annotations

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
