"""Embedding backend: sentence-transformers, loaded offline, with clause embeddings cached on disk.

The model is a local folder or a Hugging Face hub name (default ``BAAI/bge-small-zh-v1.5``;
``SARA_EMBEDDING_MODEL`` or the ``model`` argument override it). Unless the caller passes
``allow_download=True`` the model is loaded **offline**: a hub name must already be in the local
Hugging Face cache, ``HF_HUB_OFFLINE``/``TRANSFORMERS_OFFLINE`` are set while loading and every
call uses ``local_files_only``. Without this, loading a hub name here hangs ~70 s before failing.
Any failure to load raises :class:`EmbeddingUnavailable` (bilingual), never a silent fallback;
:func:`analyzer.mapping.hybrid.make_scorer` decides whether ``auto`` falls back to lexical.

Embeddings are l2-normalised, so the score is the cosine similarity, clipped to [0, 1].
Texts are encoded longest first in batches of ``batch_size``; ``progress(done, total)`` is called
after every batch.

Clause embeddings are cached per (clause set, model) under the cache dir (default
``~/.cache/sara/embeddings``; ``$SARA_CACHE_DIR/embeddings``) as ``<name>.npy`` plus a JSON key
file ``<name>.json``. The key holds the caller's clause-set key (standard id + file digest, see
:func:`analyzer.mapping.backends.clause_set_key`), a hash of the clause ids and profile texts, the
model name and a fingerprint of the model files, the dimension and ``max_seq_length``; a cached
array is used only when its key file matches exactly.

torch and sentence-transformers are imported inside functions (importing them takes 4–7 s), so
importing this module stays cheap.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from ..errors import SaraError
from .backends import BackendName, BackendRequest, ClauseProfileText, NotFitted, ScorerInfo, check_clauses
from .config import EmbeddingConfig, load_embedding_config

if TYPE_CHECKING:
    import numpy.typing as npt

    from .backends import ProgressCallback

log = logging.getLogger(__name__)

CACHE_FORMAT = "sara.embcache/1"
_OFFLINE_ENV = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
_BIG_FILE = 4 << 20  # files above this are fingerprinted by size + sampled chunks
_CHUNK = 1 << 20


class EmbeddingUnavailable(SaraError):
    """The embedding model cannot be loaded (not found locally, offline, broken, or no library)."""

    def __init__(self, model: str, reason_zh: str, reason_en: str) -> None:
        self.model = model
        self.reason_zh = reason_zh
        self.reason_en = reason_en
        super().__init__(
            f"无法加载语义向量模型“{model}”：{reason_zh}",
            f"the embedding model '{model}' is not available: {reason_en}",
        )


# --------------------------------------------------------------------------- loading


@contextlib.contextmanager
def hf_offline(enabled: bool = True) -> Iterator[None]:
    """Hugging Face offline mode for the duration of the block (env and huggingface_hub's constant).

    huggingface_hub reads ``HF_HUB_OFFLINE`` once at import, so the constant is patched too.
    """
    if not enabled:
        yield
        return
    saved = {k: os.environ.get(k) for k in _OFFLINE_ENV}
    os.environ.update(dict.fromkeys(_OFFLINE_ENV, "1"))
    constants: Any = None
    saved_const: object = None
    try:
        import huggingface_hub.constants as constants

        saved_const = constants.HF_HUB_OFFLINE
        constants.HF_HUB_OFFLINE = True
    except ImportError:  # pragma: no cover - huggingface_hub comes with sentence-transformers
        constants = None
    try:
        yield
    finally:
        if constants is not None:
            constants.HF_HUB_OFFLINE = saved_const
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@contextlib.contextmanager
def _quiet_transformers() -> Iterator[None]:
    """No "Loading weights" progress bars on stderr while a model loads."""
    try:
        from transformers.utils import logging as tlog
    except ImportError:  # pragma: no cover
        yield
        return
    was_enabled = tlog.is_progress_bar_enabled()
    tlog.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            tlog.enable_progress_bar()


def _looks_like_path(model: str) -> bool:
    return model.startswith(("/", ".", "~")) or "\\" in model or model.count("/") != 1


def resolve_model(model: str, *, allow_download: bool) -> Path | None:
    """The local folder of ``model``: itself if it is a folder, else its snapshot in the HF cache.

    Returns None for a hub name when downloads are allowed and it is not cached (the loader then
    downloads it). Raises :class:`EmbeddingUnavailable` otherwise.
    """
    local = Path(model).expanduser()
    if local.is_dir():
        return local.resolve()
    if _looks_like_path(model):
        raise EmbeddingUnavailable(model, "该路径不存在或不是文件夹", "no such folder")
    try:
        from huggingface_hub import snapshot_download
        from huggingface_hub.errors import LocalEntryNotFoundError
    except ImportError as exc:  # pragma: no cover
        raise EmbeddingUnavailable(
            model, f"缺少 huggingface_hub（{exc}）", f"huggingface_hub is missing ({exc})"
        ) from None
    try:
        with hf_offline():
            return Path(snapshot_download(model, local_files_only=True)).resolve()
    except (LocalEntryNotFoundError, OSError, ValueError) as exc:
        if allow_download:
            return None
        log.debug("model %s not in the local HF cache: %s", model, exc)
        raise EmbeddingUnavailable(
            model,
            "本地没有该模型（离线模式，未下载）；请将模型文件夹复制到本机并设置 SARA_EMBEDDING_MODEL=文件夹路径",
            "not found locally (offline; nothing is downloaded); copy the model folder to this machine "
            "and set SARA_EMBEDDING_MODEL=/path/to/folder",
        ) from None


def model_fingerprint(folder: Path) -> str:
    """A content fingerprint of a model folder, stable across copies (no mtimes).

    Small files are hashed whole; large ones (weights) by size and three sampled 1 MiB chunks,
    which tells fine-tuned weights of the same shape apart without reading gigabytes.
    """
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and ".cache" not in p.parts):
        rel = path.relative_to(folder).as_posix()
        size = path.stat().st_size
        h.update(f"{rel}\0{size}\0".encode())
        with path.open("rb") as fh:
            if size <= _BIG_FILE:
                h.update(fh.read())
            else:
                for pos in (0, size // 2, size - _CHUNK):
                    fh.seek(pos)
                    h.update(fh.read(_CHUNK))
    return h.hexdigest()[:20]


def load_sentence_transformer(
    model: str, *, allow_download: bool = False, device: str | None = None
) -> tuple[Any, Path | None]:
    """Load a ``SentenceTransformer`` offline (unless allowed); returns it and its local folder."""
    folder = resolve_model(model, allow_download=allow_download)
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise EmbeddingUnavailable(
            model, f"未安装 sentence-transformers（{exc}）", f"sentence-transformers is not installed ({exc})"
        ) from None
    target = str(folder) if folder is not None else model
    try:
        with hf_offline(not allow_download), _quiet_transformers():
            st = SentenceTransformer(target, device=device, local_files_only=not allow_download)
    except Exception as exc:  # any failure to load means "not available"; the reason is kept
        raise EmbeddingUnavailable(
            model, f"加载失败（{type(exc).__name__}: {exc}）", f"loading failed ({type(exc).__name__}: {exc})"
        ) from exc
    if folder is None:  # downloaded just now: find the cached snapshot for the fingerprint
        with contextlib.suppress(Exception):
            folder = resolve_model(model, allow_download=False)
    return st, folder


def _dimension(st: Any) -> int:
    get = getattr(st, "get_embedding_dimension", None) or st.get_sentence_embedding_dimension
    dim = get()
    if dim is None:  # pragma: no cover - only for exotic module stacks
        dim = int(st.encode(["维度"], convert_to_numpy=True).shape[1])
    return int(dim)


# --------------------------------------------------------------------------- scorer


class EmbeddingScorer:
    """Cosine similarity of sentence-transformers embeddings (see the module docstring).

    The model loads in the constructor, so a missing model raises :class:`EmbeddingUnavailable`
    here and not in the middle of an analysis.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        allow_download: bool = False,
        batch_size: int | None = None,
        max_seq_length: int | None = None,
        cache_dir: str | os.PathLike[str] | None = None,
        use_cache: bool = True,
        device: str | None = None,
        config: EmbeddingConfig | None = None,
        requested: BackendRequest = "embedding",
    ) -> None:
        cfg = config or load_embedding_config()
        self.model_name = cfg.resolved_model(model)
        self.batch_size = batch_size or cfg.batch_size
        self.cache_dir = cfg.resolved_cache_dir(cache_dir) if use_cache else None
        self._requested: BackendRequest = requested
        self._st, self._folder = load_sentence_transformer(
            self.model_name, allow_download=allow_download, device=device
        )
        limit = max_seq_length or cfg.max_seq_length
        current = getattr(self._st, "max_seq_length", None)
        self._st.max_seq_length = min(limit, current) if current else limit
        self.max_seq_length: int = int(self._st.max_seq_length)
        self.dimension = _dimension(self._st)
        self.fingerprint = model_fingerprint(self._folder) if self._folder is not None else "unknown"
        self._ids: tuple[str, ...] = ()
        self._clause_emb: npt.NDArray[np.float32] | None = None
        self._cache_state: Literal["hit", "miss", "off"] | None = None

    @property
    def name(self) -> BackendName:
        return "embedding"

    @property
    def clause_ids(self) -> tuple[str, ...]:
        return self._ids

    @property
    def model_path(self) -> str | None:
        return str(self._folder) if self._folder is not None else None

    @property
    def cache_state(self) -> Literal["hit", "miss", "off"] | None:
        """How the last :meth:`fit` got its clause embeddings."""
        return self._cache_state

    def encode(self, texts: Sequence[str], *, progress: ProgressCallback | None = None) -> npt.NDArray[np.float32]:
        """Normalised embeddings, shape ``(len(texts), dimension)``, in input order."""
        n = len(texts)
        out = np.zeros((n, self.dimension), dtype=np.float32)
        if n == 0:
            return out
        order = sorted(range(n), key=lambda i: -len(texts[i]))  # similar lengths share a batch
        for start in range(0, n, self.batch_size):
            idx = order[start : start + self.batch_size]
            emb = self._st.encode(
                [texts[i] for i in idx],
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
            out[idx] = np.asarray(emb, dtype=np.float32)
            if progress is not None:
                progress(min(start + self.batch_size, n), n)
        return out

    # ----------------------------------------------------------------- cache

    def cache_key(self, clauses: Sequence[ClauseProfileText], clause_set: str) -> dict[str, object]:
        texts = hashlib.sha256()
        for c in clauses:
            texts.update(f"{c.id}\0{c.text}\0".encode())
        return {
            "format": CACHE_FORMAT,
            "clause_set": clause_set,
            "clauses_sha256": texts.hexdigest()[:20],
            "n_clauses": len(clauses),
            "model": self.model_name,
            "model_fingerprint": self.fingerprint,
            "dimension": self.dimension,
            "max_seq_length": self.max_seq_length,
            "normalized": True,
        }

    def cache_files(self, key: dict[str, object]) -> tuple[Path, Path]:
        """The ``.npy`` and ``.json`` files for ``key`` (a readable prefix + a hash of the key)."""
        assert self.cache_dir is not None
        digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:24]
        prefix = re.sub(r"[^A-Za-z0-9._-]+", "_", str(key["clause_set"]))[:60]
        stem = f"{prefix}-{digest}"
        return self.cache_dir / f"{stem}.npy", self.cache_dir / f"{stem}.json"

    def _read_cache(self, key: dict[str, object], n: int) -> npt.NDArray[np.float32] | None:
        npy, meta = self.cache_files(key)
        try:
            if json.loads(meta.read_text(encoding="utf-8")) != key:
                return None
            arr = np.load(npy, allow_pickle=False)
        except (OSError, ValueError):
            return None
        if arr.shape != (n, self.dimension) or arr.dtype != np.float32:
            return None
        return arr

    def _write_cache(self, key: dict[str, object], arr: npt.NDArray[np.float32]) -> None:
        npy, meta = self.cache_files(key)
        try:
            npy.parent.mkdir(parents=True, exist_ok=True)
            for target, write in (
                (npy, lambda fh: np.save(fh, arr, allow_pickle=False)),
                (meta, lambda fh: fh.write(json.dumps(key, sort_keys=True, indent=1).encode())),
            ):
                fd, tmp = tempfile.mkstemp(dir=npy.parent, suffix=".tmp")
                with os.fdopen(fd, "wb") as fh:
                    write(fh)
                os.replace(tmp, target)
        except OSError as exc:  # a read-only cache must not stop an analysis
            log.warning("cannot write the embedding cache %s: %s", npy.parent, exc)

    # ----------------------------------------------------------------- Scorer

    def fit(
        self,
        clauses: Sequence[ClauseProfileText],
        *,
        cache_key: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> None:
        """Embed the clause profiles, from the disk cache when ``cache_key`` is given and matches."""
        ids = check_clauses(clauses)
        texts = [c.text for c in clauses]
        if cache_key is None or self.cache_dir is None:
            self._clause_emb, self._cache_state = self.encode(texts, progress=progress), "off"
        else:
            key = self.cache_key(clauses, cache_key)
            cached = self._read_cache(key, len(clauses))
            if cached is not None:
                self._clause_emb, self._cache_state = cached, "hit"
            else:
                self._clause_emb, self._cache_state = self.encode(texts, progress=progress), "miss"
                self._write_cache(key, self._clause_emb)
        self._ids = ids

    def score(self, texts: Sequence[str], *, progress: ProgressCallback | None = None) -> npt.NDArray[np.float32]:
        if self._clause_emb is None:
            raise NotFitted("EmbeddingScorer.score called before fit")
        emb = self.encode(texts, progress=progress)
        return np.clip(emb @ self._clause_emb.T, 0.0, 1.0).astype(np.float32, copy=False)

    def describe(self) -> ScorerInfo:
        return ScorerInfo(
            name="embedding",
            requested=self._requested,
            model=self.model_name,
            model_path=self.model_path,
            dimension=self.dimension,
            detail=f"sentence-transformers; cosine; batch {self.batch_size}; max_seq_length {self.max_seq_length}",
            cache=self._cache_state,
        )
