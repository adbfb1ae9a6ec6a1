"""Is this document a quality-award self-assessment report at all? (issue 12 E)

SARA is asked about documents that are not 自评报告: a 项目支出绩效自评报告 (which even says 自评报告),
a thesis about the excellence model, a tender, a 工作总结, a feasibility study, a CSR report. They
must not get clause findings, bands and a score estimate.

The evidence is the text's own vocabulary and structure, measured against **genre profiles kept
as data** (``genres.yaml`` next to this module):

- the **self-assessment profile** lists, for each top-level category of the award standards
  (profile 组织概述/组织环境, 领导, 战略, 顾客与市场, 资源, 过程, 测量分析改进, 结果) and for the award's
  own language (maturity, comparisons, 卓越绩效), a group of alternative words. Its *coverage* is
  the share of groups with a word in the text — a report answers every category, whatever its
  headings, numbering or wording;
- every **other genre** lists terms (anywhere in the text) and heading words (in a section title
  or a short stand-alone line, weight :data:`HEADING_WEIGHT`). Its *strength* is the share of its
  possible points found.

A document is called a non-report only on **positive evidence of another genre**: the best other
genre's strength is at least :data:`MIN_OTHER`, and it exceeds the report coverage discounted by
:data:`REPORT_DISCOUNT` … (see :func:`recognise_genre`). Missing evidence never makes a non-report: a real
report in traditional characters, without headings or with a chapter missing matches few other-genre
cues, so it stays a report (when unsure, raise nothing).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources

import yaml

from ..errors import DataFileError
from ..model import Document

HEADING_WEIGHT = 2.0
"""A heading cue counts this many times a text cue: structure is the strongest evidence of genre."""
SHORT_LINE = 25
"""A paragraph of at most this many characters not ending a sentence counts as a heading line."""
MIN_OTHER = 0.35
"""The least strength (share of a genre profile's points) that can call a document another genre."""
REPORT_DISCOUNT = 0.5
"""How much of the report coverage another genre's strength must exceed (see recognise_genre)."""

_SENTENCE_END = re.compile(r"[。；;！!？?：:]$")


@dataclass(frozen=True, slots=True)
class GenreProfile:
    id: str
    name_zh: str
    name_en: str
    terms: tuple[str, ...]
    headings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReportProfile:
    name_zh: str
    name_en: str
    categories: tuple[tuple[str, tuple[str, ...]], ...]
    headings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GenreProfiles:
    report: ReportProfile
    genres: tuple[GenreProfile, ...]


@dataclass(frozen=True, slots=True)
class GenreEvidence:
    """What one genre profile found in a document."""

    genre: str
    name_zh: str
    name_en: str
    terms: tuple[str, ...]
    """Cues found in the text (for the report profile: one found word per category present)."""
    headings: tuple[str, ...]
    """Heading cues found in headings."""
    strength: float
    """Share of the profile's possible points found, in [0, 1]."""


@dataclass(frozen=True, slots=True)
class GenreGuess:
    """Whether a document is a self-assessment report, and the evidence."""

    is_report: bool
    genre: str
    """``self-assessment`` or the id of the other genre (``thesis``, ``tender`` …)."""
    name_zh: str
    name_en: str
    report: GenreEvidence
    """The self-assessment profile's evidence (``strength`` = category coverage)."""
    other: GenreEvidence | None
    """The strongest other genre (None when no profile found anything)."""
    reasons_zh: tuple[str, ...]
    reasons_en: tuple[str, ...]


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError("文体线索", "genres.yaml", f"{where} must be a list of non-empty strings")
    return tuple(value)


def profiles_from_mapping(data: Mapping[str, object]) -> GenreProfiles:
    """Validate the ``genres.yaml`` structure (unknown keys are errors)."""
    unknown = set(data) - {"schema", "self_assessment", "genres"}
    if unknown:
        raise DataFileError("文体线索", "genres.yaml", f"unknown keys {sorted(unknown)}")
    sa = data.get("self_assessment")
    if not isinstance(sa, Mapping) or set(sa) - {"name_zh", "name_en", "categories", "headings"}:
        raise DataFileError(
            "文体线索", "genres.yaml", "self_assessment needs name_zh, name_en, categories, headings only"
        )
    cats = sa.get("categories")
    if not isinstance(cats, Mapping) or not cats:
        raise DataFileError("文体线索", "genres.yaml", "self_assessment → categories must map names to word lists")
    report = ReportProfile(
        str(sa["name_zh"]),
        str(sa["name_en"]),
        tuple((str(k), _strings(v, f"self_assessment → categories → {k}")) for k, v in cats.items()),
        _strings(sa.get("headings"), "self_assessment → headings"),
    )
    genres: list[GenreProfile] = []
    items = data.get("genres")
    if not isinstance(items, list) or not items:
        raise DataFileError("文体线索", "genres.yaml", "genres must be a non-empty list")
    for i, g in enumerate(items):
        if not isinstance(g, Mapping) or set(g) != {"id", "name_zh", "name_en", "terms", "headings"}:
            raise DataFileError(
                "文体线索", "genres.yaml", f"genres → {i} needs exactly id, name_zh, name_en, terms, headings"
            )
        genres.append(
            GenreProfile(
                str(g["id"]),
                str(g["name_zh"]),
                str(g["name_en"]),
                _strings(g["terms"], f"genres → {i} → terms"),
                _strings(g["headings"], f"genres → {i} → headings"),
            )
        )
    ids = [g.id for g in genres]
    if len(set(ids)) != len(ids) or "self-assessment" in ids:
        raise DataFileError("文体线索", "genres.yaml", "genre ids must be unique and not 'self-assessment'")
    return GenreProfiles(report, tuple(genres))


def default_profiles() -> GenreProfiles:
    """The genre profiles of the current :class:`~analyzer.resources.Resources`."""
    from ..resources import Resources

    return Resources.current().genres


def load_profiles() -> GenreProfiles:
    """The packaged ``genres.yaml`` (a ``Resources`` holds one per process)."""
    text = resources.files("analyzer.mapping").joinpath("genres.yaml").read_text(encoding="utf-8")
    return profiles_from_mapping(yaml.safe_load(text))


def _headings(doc: Document) -> tuple[str, ...]:
    """Section titles (front matter included: a title line names its genre) and short stand-alone lines."""
    out = [_fold(s.title) for s in doc.sections if s.title]
    for p in doc.paragraphs:
        t = p.text.strip()
        if p.kind == "heading" or (p.kind == "text" and 0 < len(t) <= SHORT_LINE and not _SENTENCE_END.search(t)):
            out.append(_fold(t))
    return tuple(dict.fromkeys(out))


def _found(cues: Iterable[str], haystack: str) -> tuple[str, ...]:
    return tuple(c for c in cues if _fold(c) in haystack)


def _in_headings(cues: Iterable[str], headings: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c for c in cues if any(_fold(c) in h for h in headings))


def genre_evidence(doc: Document, profiles: GenreProfiles | None = None) -> tuple[GenreEvidence, list[GenreEvidence]]:
    """The report profile's evidence and every other genre's, strongest first."""
    prof = profiles or default_profiles()
    body = _fold(doc.text)
    heads = _headings(doc)
    r = prof.report
    cats = [next((w for w in words if _fold(w) in body), None) for _, words in r.categories]
    present = tuple(w for w in cats if w is not None)
    report = GenreEvidence(
        "self-assessment",
        r.name_zh,
        r.name_en,
        present,
        _in_headings(r.headings, heads),
        round(len(present) / len(r.categories), 3),
    )
    others = []
    for g in prof.genres:
        terms = _found(g.terms, body)
        hs = _in_headings(g.headings, heads)
        possible = len(g.terms) + HEADING_WEIGHT * len(g.headings)
        strength = (len(terms) + HEADING_WEIGHT * len(hs)) / possible
        others.append(GenreEvidence(g.id, g.name_zh, g.name_en, terms, hs, round(strength, 3)))
    others.sort(key=lambda e: -e.strength)
    return report, others


def recognise_genre(doc: Document, profiles: GenreProfiles | None = None) -> GenreGuess:
    """Is ``doc`` a self-assessment report? A non-report needs positive evidence of another genre:
    the strongest other genre reaches :data:`MIN_OTHER` and its strength exceeds
    :data:`REPORT_DISCOUNT` × the report's category coverage."""
    report, others = genre_evidence(doc, profiles)
    other = others[0] if others and others[0].strength > 0 else None
    is_report = not (
        other is not None and other.strength >= MIN_OTHER and other.strength > REPORT_DISCOUNT * report.strength
    )
    cues = list(dict.fromkeys((*other.headings, *other.terms)))[:4] if other is not None else []
    quoted = "".join(f"“{c}”" for c in cues)
    quoted_en = ", ".join(f"“{c}”" for c in cues)
    zh = [f"自评报告类目覆盖{report.strength:.0%}（{'、'.join(report.terms[:6]) or '无'}）"]
    en = [f"self-assessment categories covered: {report.strength:.0%} ({', '.join(report.terms[:6]) or 'none'})"]
    if other is not None:
        zh.append(f"最接近的其他文体：{other.name_zh}（{other.strength:.0%}，出现{quoted}等）")
        en.append(f"closest other genre: {other.name_en} ({other.strength:.0%}; contains {quoted_en})")
    if is_report:
        return GenreGuess(True, "self-assessment", report.name_zh, report.name_en, report, other, tuple(zh), tuple(en))
    assert other is not None
    return GenreGuess(False, other.genre, other.name_zh, other.name_en, report, other, tuple(zh), tuple(en))
