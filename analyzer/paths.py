"""Where SARA looks for its data folders (standards, named pipelines)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def search_dirs(env_var: str, candidates: Iterable[Path]) -> list[Path]:
    """The folders named in ``$env_var`` (``os.pathsep``-separated, in order), then those of
    ``candidates`` that exist (a source checkout's folder, the copy packaged with the wheel);
    the same folder listed twice counts once."""
    env = os.environ.get(env_var, "")
    dirs = [Path(p) for p in env.split(os.pathsep) if p]
    dirs += [d for d in candidates if d.is_dir()]
    out: list[Path] = []
    for d in dirs:
        if d.resolve() not in {o.resolve() for o in out}:
            out.append(d)
    return out
