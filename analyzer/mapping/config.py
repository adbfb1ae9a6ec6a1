"""Configuration of the scoring backends: ``models/embedding.yaml``, validated with pydantic.

The file is looked up, in order, at the path passed in, ``$SARA_EMBEDDING_CONFIG``, the
``models/`` folder of a source checkout and the copy packaged with the wheel
(``analyzer/data/models/embedding.yaml``); when none exists the documented defaults below apply
(they equal the shipped file). Unknown keys and wrong types are errors
(:class:`EmbeddingConfigError`), never silently ignored: a silently ignored setting changes scores.

Environment variables override the file: ``SARA_EMBEDDING_MODEL`` (model name or local path) and
``SARA_CACHE_DIR`` (SARA's cache root; embeddings go to ``$SARA_CACHE_DIR/embeddings``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import SaraError, validation_problems

SCHEMA_ID = "sara.embedding/1"
DEFAULT_MODEL = "BAAI/bge-small-zh-v1.5"
ENV_MODEL = "SARA_EMBEDDING_MODEL"
ENV_CACHE = "SARA_CACHE_DIR"
ENV_CONFIG = "SARA_EMBEDDING_CONFIG"

_PACKAGE = Path(__file__).resolve().parent.parent
_CANDIDATES = (_PACKAGE.parent / "models" / "embedding.yaml", _PACKAGE / "data" / "models" / "embedding.yaml")


class EmbeddingConfigError(SaraError):
    """``models/embedding.yaml`` (or the file named by ``SARA_EMBEDDING_CONFIG``) is invalid."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        listing = "; ".join(problems)
        super().__init__(
            f"模型配置文件 {path} 有 {len(problems)} 处错误：{listing}",
            f"model configuration {path} has {len(problems)} problem(s): {listing}",
        )


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LexicalConfig(_Strict):
    word_weight: float = Field(default=0.3, ge=0.0, le=1.0)
    char_ngram: tuple[int, int] = (2, 4)
    idf_corpus: Literal["clauses", "clauses+texts"] = "clauses"

    @model_validator(mode="after")
    def _ngram_order(self) -> LexicalConfig:
        lo, hi = self.char_ngram
        if not 1 <= lo <= hi <= 6:
            raise ValueError("char_ngram must be [low, high] with 1 ≤ low ≤ high ≤ 6")
        return self


class EmbeddingConfig(_Strict):
    """The validated settings; defaults are those of the shipped ``models/embedding.yaml``."""

    schema_id: Literal["sara.embedding/1"] = Field(default=SCHEMA_ID, alias="schema")
    model: str = Field(default=DEFAULT_MODEL, min_length=1)
    fallback: Literal["lexical", "error"] = "lexical"
    batch_size: int = Field(default=32, ge=1, le=4096)
    max_seq_length: int = Field(default=512, ge=8, le=8192)
    hybrid_weight: float = Field(default=0.6, ge=0.0, le=1.0)
    cache_dir: str | None = None
    lexical: LexicalConfig = LexicalConfig()

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def resolved_model(self, override: str | None = None) -> str:
        """Argument, else ``$SARA_EMBEDDING_MODEL``, else the configured model."""
        return override or os.environ.get(ENV_MODEL) or self.model

    def resolved_cache_dir(self, override: str | os.PathLike[str] | None = None) -> Path:
        """Argument, else ``$SARA_CACHE_DIR/embeddings``, else ``cache_dir``, else ``~/.cache/sara/embeddings``."""
        if override is not None:
            return Path(override).expanduser()
        env = os.environ.get(ENV_CACHE)
        if env:
            return Path(env).expanduser() / "embeddings"
        if self.cache_dir:
            return Path(self.cache_dir).expanduser()
        return Path("~/.cache/sara/embeddings").expanduser()


def config_path() -> Path | None:
    """The configuration file in use, or None when the built-in defaults apply."""
    env = os.environ.get(ENV_CONFIG)
    if env:
        return Path(env)
    for cand in _CANDIDATES:
        if cand.is_file():
            return cand
    return None


def parse_config(data: object, path: str = "<config>") -> EmbeddingConfig:
    """Validate parsed YAML; every problem is reported with its key path."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise EmbeddingConfigError(path, ["the file must hold a mapping (key: value) at the top level"])
    try:
        return EmbeddingConfig.model_validate(data)
    except ValidationError as exc:
        raise EmbeddingConfigError(path, validation_problems(exc)) from None


def load_embedding_config(path: str | os.PathLike[str] | None = None) -> EmbeddingConfig:
    """Load and validate the configuration (see the module docstring for the lookup order)."""
    file = Path(path) if path is not None else config_path()
    if file is None:
        return EmbeddingConfig()
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise EmbeddingConfigError(str(file), [f"cannot read the file ({exc.strerror})"]) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise EmbeddingConfigError(str(file), [f"not valid YAML: {exc}"]) from None
    return parse_config(data, str(file))
