"""Child processes that end with their parent: screening workers and the ``sara app`` server.

A worker that outlives a ``kill -9`` of ``sara screen`` holds ~300 MB and goes on analysing for
minutes; a Streamlit server left behind by ``sara app`` keeps the port and the database open.

- :func:`exit_with_parent` (called in the child): a daemon thread polls the parent's pid and ends
  the process at once when the parent is gone (re-parented to init or a subreaper). Polling works
  whatever thread started the child, unlike ``PR_SET_PDEATHSIG``, which fires when the *thread*
  that forked the child exits (a pool's management thread, for instance).
- :func:`die_with_parent` (a ``preexec_fn`` for a child started from the main thread): asks the
  Linux kernel to send SIGTERM to the child when the parent dies, so even an exec'd program that
  runs none of our code stops.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading

POLL_SECONDS = 0.5
_PR_SET_PDEATHSIG = 1


def exit_with_parent(parent: int | None = None, poll: float = POLL_SECONDS) -> None:
    """End this process (exit code 1, no clean-up) as soon as its parent process is gone.

    ``parent``: the parent's pid as the parent itself gave it. Pass it when the parent may die
    before this is called (a worker still importing when ``sara screen`` is killed would otherwise
    take its new parent, init, for the real one and never exit)."""
    parent = os.getppid() if parent is None else parent

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(1)
            threading.Event().wait(poll)

    threading.Thread(target=watch, name="sara-parent-watch", daemon=True).start()


def die_with_parent() -> None:
    """``preexec_fn``: SIGTERM this child when the parent dies (Linux; elsewhere a no-op)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        return
