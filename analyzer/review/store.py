"""The reviewers' SQLite store: submissions, analyses, decisions and an append-only audit log.

One file holds everything a review panel produces::

    with Store.open() as store:                      # SARA_DB, else ~/.local/share/sara/sara.db
        sub = store.add_submission(doc.sha256, "report.docx", "shenzhen-economic-2019")
        store.save_analysis(sub.id, json_text, __version__, std.id, std.version, std.digest, "hybrid")
        store.record_decision(sub.id, "4.1", "张三", "30-45", 30, 45, "部署不够广", "50-65", ("覆盖 3/5 要点",))
        store.current_decisions(sub.id)              # the latest decision per reviewer and item
        store.mark_submitted(sub.id, "张三")          # independent review: 张三 now sees the others

Review panels (schema v4): ``panel`` names a submission's reviewers, ``submitted_reviews`` records
who has submitted their independent review, ``review_settings`` holds the independent-mode switch
per submission (latest row wins; on when there is none). All three are append-only.

Guarantees:

- **Nothing is lost under concurrency.** WAL mode, ``busy_timeout``, and every write runs inside
  ``BEGIN IMMEDIATE`` (writers queue for the lock instead of failing on a stale snapshot), so
  several processes or Streamlit sessions can record decisions at once.
- **A crash never corrupts the file.** A write commits entirely or not at all
  (``synchronous=FULL``: a committed decision survives a crash of the process or the machine).
- **History is append-only.** A new decision never overwrites an old one: the *current* decision
  of a reviewer for an item is the latest row. Triggers refuse ``UPDATE`` and ``DELETE`` on
  ``decisions`` and ``audit_log``. Every change writes its audit row in the same transaction.
- **Schema-versioned.** ``PRAGMA user_version`` is the schema version; :data:`MIGRATIONS` are
  applied in order, one transaction each, when an older file is opened. A file written by a newer
  SARA is refused with :class:`StoreTooNew` and left untouched.

The :class:`Store` is safe to share between threads (one connection, one lock), e.g. through
Streamlit's ``st.cache_resource``; each process opens its own.
"""

from __future__ import annotations

from ..model import Decision, DecisionKind
from .analyses import AnalysesMixin, StoredAnalysis
from .database import (
    DEFAULT_BUSY_TIMEOUT,
    ENV_VAR,
    AuditEntry,
    InvalidRecord,
    NotASaraDatabase,
    Reviewer,
    StoreBusy,
    StoreClosed,
    StoreError,
    StoreTooNew,
    StoreWriteFailed,
    Submission,
    UnknownSubmission,
    default_path,
)
from .decisions import DecisionsMixin, SubmittedReview
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, Migration
from .screenings import ScreeningsMixin, StoredScreening

__all__ = [
    "APPLICATION_ID",
    "DEFAULT_BUSY_TIMEOUT",
    "ENV_VAR",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "AuditEntry",
    "Decision",
    "DecisionKind",
    "InvalidRecord",
    "Migration",
    "NotASaraDatabase",
    "Reviewer",
    "Store",
    "StoreBusy",
    "StoreClosed",
    "StoreError",
    "StoreTooNew",
    "StoreWriteFailed",
    "StoredAnalysis",
    "StoredScreening",
    "Submission",
    "SubmittedReview",
    "UnknownSubmission",
    "default_path",
]


class Store(DecisionsMixin, AnalysesMixin, ScreeningsMixin):
    """The review database. Open with :meth:`open`; use as a context manager or call :meth:`close`.

    One class, its methods kept by concern: the connection, submissions, reviewers and audit log
    (:mod:`.database`), decisions and the panel (:mod:`.decisions`), analyses (:mod:`.analyses`),
    screening runs (:mod:`.screenings`); the schema's migrations are in :mod:`.schema`."""
