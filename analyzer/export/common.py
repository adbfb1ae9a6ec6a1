"""What the renderings share: finding locations, reviewer decisions by item, consensus scores."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..heatmap import section_label
from ..model import Decision
from ..record import AnalysisRecord, BackendInfo, FindingInfo, ThresholdInfo


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points in the report: a paragraph with its clause, section and page."""

    paragraph: str
    index: int
    """0-based paragraph index (shown 1-based: 第 n 段)."""
    page: int | None
    section: str
    """The heading of the paragraph's section (``3.2 顾客关系``), empty outside any section."""
    clause: str
    """The clause the paragraph was credited to (number and title), empty if none."""
    excerpt: str

    @property
    def label_zh(self) -> str:
        """``第12段（第3页）``."""
        return f"第{self.index + 1}段" + (f"（第{self.page}页）" if self.page else "")


def finding_locations(record: AnalysisRecord, f: FindingInfo, *, excerpt_chars: int = 80) -> tuple[Location, ...]:
    """The paragraphs a finding names, in the finding's order (unknown ids are skipped)."""
    sections = {s.id: s for s in record.sections}
    out = []
    for pid in f.paragraphs:
        try:
            p = record.paragraph(pid)
        except KeyError:
            continue
        s = sections.get(p.section) if p.section is not None else None
        clause = record.clause(p.clause).label if p.clause is not None and record.has_clause(p.clause) else ""
        text = p.text if len(p.text) <= excerpt_chars else p.text[:excerpt_chars] + "…"
        out.append(Location(pid, p.index, p.page, section_label(s) if s else "", clause, text))
    return tuple(out)


def clause_label(record: AnalysisRecord, clause_id: str | None) -> str:
    """``5.2 顾客满意`` for a clause id of the record (the id itself if unknown, empty for None)."""
    if clause_id is None:
        return ""
    return record.clause(clause_id).label if record.has_clause(clause_id) else clause_id


def when(timestamp: str) -> str:
    """``2024-05-06 09:30:12`` from a stored ISO timestamp (UTC)."""
    return timestamp[:19].replace("T", " ")


BACKEND_CHOSE_ZH = "自动选择"


def backend_text(b: BackendInfo) -> str:
    """The matching backend in one line: ``lexical``, ``hybrid（模型名）``, or ``lexical（自动选择 / auto）``
    when ``auto`` settled on it. Why ``auto`` did not run the embedding model stays in the JSON
    (``backend.fallback``) and the app's settings: it is a property of the installation, not a
    finding about the report, so the renderings do not repeat it as a warning."""
    text = b.name + (f"（{b.model}）" if b.model else "")
    if b.requested == "auto" and b.fallback_reason_zh:
        text += f"（{BACKEND_CHOSE_ZH} / auto）"
    return text


def file_name(record: AnalysisRecord) -> str:
    return record.source.file.replace("\\", "/").split("/")[-1]


@dataclass(frozen=True, slots=True)
class Decisions:
    """Current decisions by item: each reviewer's latest band and the panel's consensus.

    Not a second decision type: an index over :class:`~analyzer.model.Decision` rows that the
    renderings (Markdown, HTML, scoresheet) and :func:`~analyzer.export.analysis_json.with_decisions`
    share, so the rule "the latest row per reviewer and item wins" is written once on this side (the
    store applies the same rule in SQL when it answers ``current_decisions``)."""

    reviewers: tuple[str, ...]
    reviewer: dict[tuple[str, str], Decision] = field(default_factory=dict)
    """``(clause, reviewer)`` → the reviewer's decision."""
    consensus: dict[str, Decision] = field(default_factory=dict)

    def of(self, clause: str) -> tuple[Decision, ...]:
        """The reviewers' decisions on ``clause`` (reviewer order)."""
        return tuple(self.reviewer[(clause, r)] for r in self.reviewers if (clause, r) in self.reviewer)


def current_decisions(decisions: Sequence[Decision], reviewers: Sequence[str] | None = None) -> Decisions:
    """Group decisions; when several rows exist for one reviewer and item the latest (by id) wins.

    ``reviewers`` fixes the reviewer order (and lists reviewers who have not decided yet); anyone
    else with a decision follows, sorted by name."""
    by: dict[tuple[str, str], Decision] = {}
    consensus: dict[str, Decision] = {}
    for d in sorted(decisions, key=lambda d: d.id):
        if d.kind == "consensus":
            consensus[d.clause] = d
        else:
            by[(d.clause, d.reviewer)] = d
    named = list(dict.fromkeys(reviewers or ()))
    others = sorted({r for _, r in by} - set(named))
    return Decisions(tuple(named + others), by, consensus)


def consensus_score(points: int | None, d: Decision) -> float:
    """The consensus band's midpoint × the item's points (to 0.01: 30 分 × 57.5% = 17.25)."""
    return round((points or 0) * (d.low + d.high) / 200, 2)


@dataclass(frozen=True, slots=True)
class ConsensusTotal:
    total: float
    decided: int
    units: int

    @property
    def complete(self) -> bool:
        return self.units > 0 and self.decided == self.units


def consensus_total(record: AnalysisRecord, table: Decisions) -> ConsensusTotal:
    units = record.scoring_units
    decided = [u for u in units if u.id in table.consensus]
    total = sum(consensus_score(u.points, table.consensus[u.id]) for u in decided)
    return ConsensusTotal(round(total, 2), len(decided), len(units))


def meets(score: float, t: ThresholdInfo) -> bool:
    """Whether ``score`` reaches the threshold (``>`` for thresholds stated as “高于”).

    Records written before the JSON carried ``inclusive`` fall back on the message's own sign
    (``（>50%`` vs ``（≥60%``)."""
    inclusive = t.inclusive
    if inclusive is None:
        inclusive = f"（>{t.percent:g}%" not in t.message_zh
    return score >= t.points if inclusive else score > t.points
