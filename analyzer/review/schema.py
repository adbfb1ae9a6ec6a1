"""The review database's schema: every migration, in order (append only), and the file's application id."""

from __future__ import annotations

from dataclasses import dataclass

APPLICATION_ID = 0x53415241  # "SARA" in the SQLite header, so another program's database is never migrated


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: ``statements`` run in one transaction that also sets ``user_version``."""

    version: int
    name: str
    statements: tuple[str, ...]


# Append only. Never edit a migration that has shipped: add the next one.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "submissions, analyses, reviewers, decisions, audit log",
        (
            f"PRAGMA application_id = {APPLICATION_ID}",
            """CREATE TABLE submissions (
                id INTEGER PRIMARY KEY,
                sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
                name TEXT NOT NULL,
                standard_id TEXT NOT NULL CHECK (standard_id <> ''),
                created_at TEXT NOT NULL,
                UNIQUE (sha256, standard_id)
            )""",
            """CREATE TABLE analyses (
                id INTEGER PRIMARY KEY,
                submission_id INTEGER NOT NULL REFERENCES submissions (id),
                result TEXT NOT NULL CHECK (json_valid(result)),
                sara_version TEXT NOT NULL,
                standard_id TEXT NOT NULL,
                standard_version TEXT NOT NULL,
                standard_digest TEXT,
                backend TEXT NOT NULL,
                created_at TEXT NOT NULL
            )""",
            "CREATE INDEX analyses_by_submission ON analyses (submission_id, id)",
            """CREATE TABLE reviewers (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
                created_at TEXT NOT NULL
            )""",
            """CREATE TABLE decisions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                submission_id INTEGER NOT NULL REFERENCES submissions (id),
                clause TEXT NOT NULL CHECK (clause <> ''),
                reviewer_id INTEGER NOT NULL REFERENCES reviewers (id),
                band_id TEXT NOT NULL CHECK (band_id <> ''),
                low INTEGER NOT NULL CHECK (typeof(low) = 'integer' AND low BETWEEN 0 AND 100),
                high INTEGER NOT NULL CHECK (typeof(high) = 'integer' AND high BETWEEN 0 AND 100),
                comment TEXT NOT NULL DEFAULT '',
                machine_band_id TEXT,
                machine_reasons TEXT NOT NULL DEFAULT '[]'
                    CHECK (json_valid(machine_reasons) AND json_type(machine_reasons) = 'array'),
                created_at TEXT NOT NULL,
                CHECK (low <= high)
            )""",
            "CREATE INDEX decisions_by_item ON decisions (submission_id, clause, reviewer_id, id)",
            """CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                created_at TEXT NOT NULL,
                actor TEXT NOT NULL CHECK (actor <> ''),
                action TEXT NOT NULL CHECK (action <> ''),
                submission_id INTEGER REFERENCES submissions (id),
                clause TEXT,
                payload TEXT NOT NULL CHECK (json_valid(payload))
            )""",
            "CREATE INDEX audit_by_submission ON audit_log (submission_id, id)",
        ),
    ),
    Migration(
        2,
        "consensus decisions: kind and rationale",
        (
            """ALTER TABLE decisions ADD COLUMN kind TEXT NOT NULL DEFAULT 'reviewer'
                CHECK (kind IN ('reviewer', 'consensus'))""",
            """ALTER TABLE decisions ADD COLUMN rationale TEXT
                CHECK (kind <> 'consensus' OR trim(coalesce(rationale, '')) <> '')""",
            "DROP INDEX decisions_by_item",
            "CREATE INDEX decisions_by_item ON decisions (submission_id, kind, clause, reviewer_id, id)",
        ),
    ),
    Migration(
        3,
        "decisions and audit log are append-only",
        tuple(
            f"""CREATE TRIGGER {table}_no_{verb} BEFORE {verb.upper()} ON {table}
                BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"""
            for table in ("decisions", "audit_log")
            for verb in ("update", "delete")
        ),
    ),
    Migration(
        4,
        "review panels, submitted reviews and the independent-review setting",
        (
            """CREATE TABLE panel (
                submission_id INTEGER NOT NULL REFERENCES submissions (id),
                reviewer_id INTEGER NOT NULL REFERENCES reviewers (id),
                created_at TEXT NOT NULL,
                PRIMARY KEY (submission_id, reviewer_id)
            )""",
            """CREATE TABLE submitted_reviews (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                submission_id INTEGER NOT NULL REFERENCES submissions (id),
                reviewer_id INTEGER NOT NULL REFERENCES reviewers (id),
                created_at TEXT NOT NULL
            )""",
            "CREATE INDEX submitted_by_submission ON submitted_reviews (submission_id, reviewer_id, id)",
            """CREATE TABLE review_settings (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                submission_id INTEGER NOT NULL REFERENCES submissions (id),
                independent INTEGER NOT NULL CHECK (independent IN (0, 1)),
                changed_by TEXT NOT NULL CHECK (changed_by <> ''),
                created_at TEXT NOT NULL
            )""",
            "CREATE INDEX settings_by_submission ON review_settings (submission_id, id)",
            # Reviewers who scored a submission before panels existed are its panel.
            """INSERT INTO panel (submission_id, reviewer_id, created_at)
                SELECT submission_id, reviewer_id, min(created_at) FROM decisions WHERE kind = 'reviewer'
                GROUP BY submission_id, reviewer_id""",
            *(
                f"""CREATE TRIGGER {table}_no_{verb} BEFORE {verb.upper()} ON {table}
                BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"""
                for table in ("panel", "submitted_reviews", "review_settings")
                for verb in ("update", "delete")
            ),
        ),
    ),
    Migration(
        5,
        "screening runs (what sara screen and the secretariat page showed), append-only",
        (
            """CREATE TABLE screenings (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                created_at TEXT NOT NULL,
                actor TEXT NOT NULL CHECK (actor <> ''),
                label TEXT NOT NULL,
                standard TEXT NOT NULL,
                files INTEGER NOT NULL CHECK (files >= 0),
                payload TEXT NOT NULL CHECK (json_valid(payload))
            )""",
            *(
                f"""CREATE TRIGGER screenings_no_{verb} BEFORE {verb.upper()} ON screenings
                BEGIN SELECT RAISE(ABORT, 'screenings is append-only'); END"""
                for verb in ("update", "delete")
            ),
        ),
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1].version
