"""``--standard auto``: which standard a report answers, and how sure we are.

Evidence per candidate standard, each in [0, 1]:

- **award** (weight :data:`W_AWARD`): the award's name (深圳市市长质量奖, 北京市人民政府质量管理奖 …,
  also without 市/人民政府) in the report's opening text — the title, usually;
- **city** (:data:`W_CITY`): the award's city (深圳/武汉/北京, the first two characters of the award
  name) in the first :data:`CITY_CHARS` characters — organisations apply for their own city's award,
  and their name or address usually says where they are;
- **class** (:data:`W_CLASS`): the award class (经济类/服务类/制造类) named in the opening text, or,
  when none is named, the balance of manufacturing words (生产、制造、产品、车间 …) against service
  words (服务对象、窗口、客户服务 …) in the whole report: the share for 制造类, its complement for
  服务类, and the larger of the two for other classes (the balance cannot speak against them);
- **structure** (:data:`W_STRUCTURE`): the share of the standard's answerable clauses that a
  report heading aligns to by number or title (:func:`~analyzer.mapping.align.align_sections`);
- **content** (:data:`W_CONTENT`): the mean best TF-IDF similarity of the report's paragraphs to
  the standard's clauses, relative to the best candidate.

The scores are turned into probabilities with a softmax (temperature :data:`TEMPERATURE`); the
confidence is the winner's probability. Reasons say what decided.

Two answers say that no standard fits well:

- the document is **not a self-assessment report** (:func:`~analyzer.mapping.genre.recognise_genre`):
  ``fits`` is False, the confidence 0, and ``standard`` only names the closest standard;
- the report **names an award none of the standards is for** (:func:`named_award`: the award in its
  title or cover, e.g. 上海市质量金奖): ``award_named`` holds it, the confidence is capped at
  :data:`UNKNOWN_AWARD_CONFIDENCE`, and the report is analysed against the closest standard.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..model import Document, Standard
from ..resources import Resources
from .align import align_sections
from .genre import GenreGuess, recognise_genre
from .lexical import LexicalScorer
from .profiles import clause_profiles, mapping_targets

if TYPE_CHECKING:
    from ..text.tokenize import JiebaTokenizer

W_AWARD = 3.0
W_CITY = 1.0
CITY_CHARS = 1500
W_CLASS = 1.5
W_STRUCTURE = 2.0
W_CONTENT = 2.0
TEMPERATURE = 0.5
OPENING_CHARS = 600
UNKNOWN_AWARD_CONFIDENCE = 0.5
"""The highest confidence for a report whose title names an award none of the standards is for."""
TITLE_LINE_CHARS = 60
"""An opening line up to this long (a title, a cover line) can name the award; longer ones are prose,
where awards are honours already won (“先后荣获全国质量奖…”), not the award applied for."""
TITLE_PARAGRAPHS = 12

_AWARD = re.compile(r"[\u4e00-\u9fff]{2,20}?(质量金奖|质量管理奖|质量奖|卓越绩效奖)")
_ORG_END = re.compile(r".*(?:公司|集团|医院|中心|大学|学院|银行|局|厂|院|所|站|委员会|[:：])")

_MFG_WORDS = ("生产", "制造", "产品", "车间", "工厂", "产线", "工艺", "良品率", "不良率", "设备")
_SVC_WORDS = ("服务对象", "窗口", "客户服务", "服务质量", "网点", "营业厅", "办件", "服务满意度", "服务流程")


@dataclass(frozen=True, slots=True)
class CandidateScore:
    standard: str
    score: float
    probability: float
    award: float
    award_class: float
    structure: float
    content: float


@dataclass(frozen=True, slots=True)
class StandardGuess:
    """The detected standard with its confidence and every candidate's evidence."""

    standard: str
    """The best candidate; when ``fits`` is False only the closest standard (none fits)."""
    confidence: float
    candidates: tuple[CandidateScore, ...]
    reasons_zh: tuple[str, ...]
    reasons_en: tuple[str, ...]
    fits: bool = True
    """False when the document is not a self-assessment report: no standard fits."""
    genre: GenreGuess | None = None
    award_named: str | None = None
    """The award the title names when no candidate standard is for it (上海市质量金奖 …)."""


def named_award(doc: Document) -> str | None:
    """The award the document's title or cover names (``申报奖项：X``, ``… X自评报告``), or None.

    Only short opening lines count (see :data:`TITLE_LINE_CHARS`); the organisation's name before
    the award is cut off (``北京岑衡医疗器械股份有限公司 北京市人民政府质量管理奖自评报告`` → the award)."""
    texts = [s.title for s in doc.sections[:TITLE_PARAGRAPHS]]
    texts += [p.text for p in doc.paragraphs[:TITLE_PARAGRAPHS]]
    for text in texts:
        for line in text.splitlines():
            line = unicodedata.normalize("NFKC", line).strip().lstrip("#").strip()
            if not line or len(line) > TITLE_LINE_CHARS:
                continue
            for token in line.split():
                m = _AWARD.search(token)
                if m is None:
                    continue
                head = token[: m.end()]
                cut = _ORG_END.match(token[: m.start(1)])
                name = head[cut.end() :] if cut else head
                if len(name) >= 4:
                    return name
    return None


def award_is(name: str, std: Standard) -> bool:
    """Whether the award ``name`` is ``std``'s award (spelling variants: 市市长/市长, 人民政府/政府)."""
    folded = "".join(name.split())
    return any(v in folded or folded in v for v in _award_variants(std.award))


def _award_variants(award: str) -> tuple[str, ...]:
    short = award.replace("人民政府", "政府")
    return tuple(dict.fromkeys((award, short, short.replace("市市长", "市长"), award.replace("市市长", "市长"))))


def _opening(doc: Document) -> str:
    text = ""
    for p in doc.paragraphs:
        text += p.text + "\n"
        if len(text) >= OPENING_CHARS:
            break
    return "".join(text.split())


def _manufacturing_share(doc: Document) -> float:
    """Manufacturing words among manufacturing and service words in the whole report (0.5: none)."""
    body = doc.text
    mfg = sum(body.count(w) for w in _MFG_WORDS)  # literal words: str.count == len(re.findall)
    svc = sum(body.count(w) for w in _SVC_WORDS)
    return mfg / (mfg + svc) if mfg + svc else 0.5


def _class_evidence(doc: Document, std: Standard, opening: str, share: float | None = None) -> float:
    named = [c for c in ("经济类", "服务类", "制造类") if c in opening]
    if named:
        return 1.0 if std.award_class in named else 0.0
    if share is None:
        share = _manufacturing_share(doc)
    if std.award_class == "制造类":
        return share
    if std.award_class == "服务类":
        return 1.0 - share
    # Word balance only tells manufacturing from service; it says nothing against other classes.
    return max(share, 1.0 - share)


def _structure(doc: Document, std: Standard) -> float:
    if not doc.sections:
        return 0.0
    alignment = align_sections(doc, std)
    answerable = {c.id for c in mapping_targets(std)}
    hit = {
        a.clause
        for a in alignment.sections
        if a.clause in answerable and a.method in ("number", "title", "synonym", "profile") and a.score >= 0.6
    }
    return len(hit) / len(answerable) if answerable else 0.0


def _content(doc: Document, std: Standard, resources: Resources) -> float:
    texts = [p.text for p in doc.paragraphs if p.kind == "text" and len(p.text) >= 30]
    if not texts:
        return 0.0
    sims = resources.content_scorer(std).score(texts)
    return float(np.mean(sims.max(axis=1)))


def fit_content_scorer(std: Standard, tokenizer: JiebaTokenizer | None = None) -> LexicalScorer:
    """A lexical scorer on ``std``'s clause profiles (without the crosswalk).

    :meth:`analyzer.resources.Resources.content_scorer` keeps one per standard and process."""
    scorer = LexicalScorer(tokenizer=tokenizer)
    scorer.fit(clause_profiles(std))
    return scorer


def detect_standard(doc: Document, standards: Sequence[Standard], resources: Resources | None = None) -> StandardGuess:
    """Which of ``standards`` ``doc`` answers (see the module docstring)."""
    if not standards:
        raise ValueError("no standards to choose from")
    resources = resources or Resources.default()
    genre = recognise_genre(doc, resources.genres)
    opening = _opening(doc)
    head = "".join(doc.text[:CITY_CHARS].split())
    city = [1.0 if s.award[:2] in head else 0.0 for s in standards]
    award = [1.0 if any(v in opening for v in _award_variants(s.award)) else 0.0 for s in standards]
    share = _manufacturing_share(doc)
    klass = [_class_evidence(doc, s, opening, share) for s in standards]
    structure = [_structure(doc, s) for s in standards]
    content_raw = [_content(doc, s, resources) for s in standards]
    top = max(content_raw) or 1.0
    content = [c / top for c in content_raw]
    scores = np.array(
        [
            W_AWARD * a + W_CITY * ci + W_CLASS * k + W_STRUCTURE * st + W_CONTENT * c
            for a, ci, k, st, c in zip(award, city, klass, structure, content, strict=True)
        ]
    )
    probs = np.exp((scores - scores.max()) / TEMPERATURE)
    probs = probs / probs.sum()
    cands = tuple(
        CandidateScore(s.id, round(float(sc), 3), round(float(pr), 3), a, round(k, 3), round(st, 3), round(c, 3))
        for s, sc, pr, a, k, st, c in zip(standards, scores, probs, award, klass, structure, content, strict=True)
    )
    ranked = sorted(cands, key=lambda c: -c.score)
    best = ranked[0]
    zh: list[str] = []
    en: list[str] = []
    std = next(s for s in standards if s.id == best.standard)
    if best.award:
        zh.append(f"开头提到“{std.award}”")
        en.append(f"the opening names {std.award}")
    if best.award_class >= 0.99 and std.award_class in opening:
        zh.append(f"开头提到“{std.award_class}”")
        en.append(f"the opening names {std.award_class}")
    zh.append(f"标题对应{best.structure:.0%}的条款，内容相似度相对值{best.content:.2f}")
    en.append(f"headings align to {best.structure:.0%} of its clauses; relative content similarity {best.content:.2f}")
    if len(ranked) > 1:
        zh.append(f"次选：{ranked[1].standard}（{ranked[1].probability:.0%}）")
        en.append(f"runner-up: {ranked[1].standard} ({ranked[1].probability:.0%})")
    if not genre.is_report:
        zh.insert(0, f"文档不是质量奖自评报告，更像{genre.name_zh}：没有适用的评定标准（最接近的是 {best.standard}）")
        en.insert(
            0,
            f"not a quality-award self-assessment report but a {genre.name_en}: no standard fits "
            f"(closest: {best.standard})",
        )
        zh[1:1] = genre.reasons_zh
        en[1:1] = genre.reasons_en
        return StandardGuess(best.standard, 0.0, cands, tuple(zh), tuple(en), fits=False, genre=genre)
    award = named_award(doc)
    if award is not None and not any(award_is(award, s) for s in standards):
        zh.insert(0, f"报告申报“{award}”，没有该奖项的评定标准，按最接近的 {best.standard} 分析")
        en.insert(
            0,
            f"the report applies for “{award}”, which has no standard here; analysed against the closest, "
            f"{best.standard}",
        )
        confidence = min(best.probability, UNKNOWN_AWARD_CONFIDENCE)
        return StandardGuess(best.standard, confidence, cands, tuple(zh), tuple(en), genre=genre, award_named=award)
    return StandardGuess(best.standard, best.probability, cands, tuple(zh), tuple(en), genre=genre)
