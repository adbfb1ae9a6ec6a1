"""OCR tests: the engine must be installed; results are cached in a folder of this session only."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from analyzer.ingest.ocr import ENV_CACHE, ocr_available


@pytest.fixture(autouse=True, scope="session")
def _ocr_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    old = os.environ.get(ENV_CACHE)
    os.environ[ENV_CACHE] = str(tmp_path_factory.mktemp("ocr-cache"))
    yield
    if old is None:
        os.environ.pop(ENV_CACHE, None)
    else:
        os.environ[ENV_CACHE] = old


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not ocr_available():
        skip = pytest.mark.skip(reason="rapidocr-onnxruntime is not installed (pip install -e .)")
        for item in items:
            if "tests/ocr/" in str(item.fspath).replace(os.sep, "/"):
                item.add_marker(skip)
