"""Heading alignment with the sections' own text as evidence (analyzer.mapping.body + align).

The reports here are written in an organisation's own words: headings that say little, numbers
that belong to the document's own sequence (a numbered profile part first), headings the
segmenter nests one level too deep. Every test shows the numbers-and-titles-only reading next to
the one with body evidence, so a test cannot pass without the body deciding.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np

from analyzer.ingest import read_document
from analyzer.mapping import align_sections
from analyzer.mapping.body import body_evidence
from analyzer.mapping.profiles import mapping_targets
from analyzer.model import Document, Standard
from analyzer.pipeline import AnalyzeOptions, fitted_scorer, map_document
from analyzer.standards import load_standard
from tests.mapping.test_align import build

ECON = "shenzhen-economic-2019"


@cache
def std(standard_id: str) -> Standard:
    return load_standard(standard_id)


PROFILE = (
    "公司成立于2006年，总部位于深圳，主营社区生鲜零售，现有门店180家、员工6,200人，注册资本3亿元。"
    "主要竞争对手是两家全国连锁超市和社区团购平台，公司的核心竞争力在于生鲜直采和门店密度。"
)
LEADERSHIP = [
    "公司的使命、愿景和核心价值观由董事长带领高层团队提炼，高层领导每季度到门店宣讲企业文化，"
    "把价值观写进员工行为准则，并通过文化评估持续改进文化建设。",
    "公司建立了股东大会、董事会、监事会和经营层各司其职的治理结构，制定议事规则和授权体系，"
    "设立审计与风险管理委员会，开展合规审查和内部审计，防控经营风险。",
]
STRATEGY = [
    "每年九月，公司组织战略研讨会，分析宏观环境、行业趋势和竞争格局，运用SWOT方法识别机会和挑战，"
    "确定三年战略目标和年度目标，形成战略规划。",
    "战略目标逐级分解到事业部、区域和门店，配置预算和人员等资源，通过月度经营分析会监测战略执行，"
    "根据监测结果及时调整战略举措。",
]
CUSTOMERS = [
    "公司按消费能力和购物习惯细分顾客群体，通过会员数据、顾客访谈和满意度调查了解顾客需求和期望，"
    "建立顾客投诉处理流程，十分钟内响应顾客投诉。",
    "我们为会员提供到家配送、预售和定制服务，识别顾客价值，开发新的增值服务，"
    "提升顾客忠诚度和顾客体验。",
]


def _read(tmp_path: Path, blocks: list[str]) -> Document:
    path = tmp_path / "report.txt"
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return read_document(path)


def _chapters(heads: tuple[str, str, str, str]) -> list[str]:
    profile, lead, strat, cust = heads
    return [
        "深圳市岚湾商业有限公司 深圳市市长质量奖（经济类）自评报告",
        profile,
        PROFILE,
        lead,
        *LEADERSHIP,
        strat,
        *STRATEGY,
        cust,
        *CUSTOMERS,
    ]


def _by_title(doc: Document, clause_of) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {s.title: clause_of(s.id) for s in doc.sections}


def _body(doc: Document, standard: Standard):  # type: ignore[no-untyped-def]
    scorer = fitted_scorer(standard, AnalyzeOptions(backend="lexical"))
    body = [p for p in doc.paragraphs if p.kind != "heading" and not p.front_matter]
    sims = scorer.score([p.text for p in body])
    return body_evidence(doc, standard, body, sims, scorer.clause_ids)


def test_body_evidence_names_the_clause_a_section_answers_and_nothing_for_the_rest(tmp_path: Path) -> None:
    heads = ("第一部分 我们是谁", "第二部分 掌舵与担当", "第三部分 看清路再迈步", "第四部分 心里装着人")
    doc = _read(tmp_path, _chapters(heads))
    evidence = _body(doc, std(ECON))
    sections = {s.title: s.id for s in doc.sections}
    for title, clause in (("掌舵与担当", "1"), ("看清路再迈步", "2"), ("心里装着人", "3")):
        row = evidence.scores[sections[title]]
        top = {cid for cid in row if "." not in cid}
        # Only the clause the text favours among the categories gets evidence (a contrast).
        assert top == {clause}, (title, row)
    # The title line has no body text of its own … and front matter never counts.
    assert all(v >= 0 for row in evidence.scores.values() for v in row.values())


def test_a_numbered_profile_part_shifts_the_chapters_and_the_text_says_so(tmp_path: Path) -> None:
    heads = ("第一部分 我们是谁", "第二部分 掌舵与担当", "第三部分 看清路再迈步", "第四部分 心里装着人")
    doc = _read(tmp_path, _chapters(heads))
    standard = std(ECON)
    plain = _by_title(doc, align_sections(doc, standard).clause_of)
    # Numbers alone read 第二部分 as the standard's second category: the trap.
    assert plain["掌舵与担当"] == "2"
    mapping = map_document(doc, standard, fitted_scorer(standard, AnalyzeOptions(backend="lexical")))
    got = _by_title(doc, mapping.alignment.clause_of)
    assert got["我们是谁"] == "0"
    assert got["掌舵与担当"] == "1"
    assert got["看清路再迈步"] == "2"
    assert got["心里装着人"] == "3"
    lead = next(s for s in doc.sections if s.title == "掌舵与担当")
    assert any("shift of 1" in r for r in mapping.alignment.of(lead.id).reasons)
    # Every leadership paragraph is credited inside category 1, every strategy one inside 2.
    credited = {p.text[:10]: mapping.of(p.id).clause for p in doc.paragraphs if p.kind != "heading"}
    assert {credited[t[:10]] for t in LEADERSHIP} <= {"1.1", "1.2", "1.3"}
    assert {credited[t[:10]] for t in STRATEGY} <= {"2.1", "2.2", "2.3"}


def test_plain_numbering_is_not_shifted_by_the_text(tmp_path: Path) -> None:
    # The same text numbered from the first chapter (profile unnumbered): the plain reading stands.
    heads = ("我们是谁", "第一部分 掌舵与担当", "第二部分 看清路再迈步", "第三部分 心里装着人")
    doc = _read(tmp_path, _chapters(heads))
    standard = std(ECON)
    mapping = map_document(doc, standard, fitted_scorer(standard, AnalyzeOptions(backend="lexical")))
    got = _by_title(doc, mapping.alignment.clause_of)
    assert (got["掌舵与担当"], got["看清路再迈步"], got["心里装着人"]) == ("1", "2", "3")
    assert not any("shift" in r for a in mapping.alignment.sections for r in a.reasons)


def test_own_word_headings_without_numbers_follow_their_text(tmp_path: Path) -> None:
    # 看远一点 / 把日子过细 say nothing a title table knows; the text and the order decide.
    heads = ("我们是谁", "扛起来", "看远一点", "把日子过细")
    doc = _read(tmp_path, _chapters(heads))
    standard = std(ECON)
    mapping = map_document(doc, standard, fitted_scorer(standard, AnalyzeOptions(backend="lexical")))
    got = _by_title(doc, mapping.alignment.clause_of)
    assert (got["扛起来"], got["看远一点"], got["把日子过细"]) == ("1", "2", "3")
    strat = next(s for s in doc.sections if s.title == "看远一点")
    assert any("section text answers" in r for r in mapping.alignment.of(strat.id).reasons)


def test_text_spread_over_several_clauses_gives_little_evidence(tmp_path: Path) -> None:
    # A closing part that looks back on leadership, strategy and customers alike favours none of them,
    # while each of its paragraphs alone would name its clause clearly.
    doc = _read(tmp_path, ["岚湾商业 自评报告", "回望与展望", LEADERSHIP[0], STRATEGY[0], CUSTOMERS[0]])
    evidence = _body(doc, std(ECON))
    section = next(s for s in doc.sections if s.title == "回望与展望")
    row = evidence.scores.get(section.id, {})
    spread = max((v for cid, v in row.items() if "." not in cid), default=0.0)
    single = _read(tmp_path, ["岚湾商业 自评报告", "掌舵", LEADERSHIP[0]])
    one = _body(single, std(ECON)).scores[next(s.id for s in single.sections if s.title == "掌舵")]
    assert one.get("1", 0.0) > 0.5
    assert spread < 0.5 * one["1"]


def test_an_unnumbered_chapter_nested_too_deep_keeps_its_own_clause() -> None:
    # Without numbers the segmenter put 资源 and its items below 顾客与市场.
    doc = build(
        [
            (1, "顾客与市场"),
            (2, "顾客关系与顾客满意"),
            (2, "资源"),
            (2, "人力资源"),
            (2, "财务资源"),
            (1, "过程管理"),
        ]
    )
    got = _by_title(doc, align_sections(doc, std("beijing-2020")).clause_of)
    assert got["顾客与市场"] == "3"
    assert got["资源"] == "4"
    assert got["人力资源"] == "4.1"
    assert got["财务资源"] == "4.2"
    assert got["过程管理"] == "5"


def test_a_subsection_that_only_resembles_a_later_clause_stays_below_its_parent() -> None:
    # 人员保障 is not exactly 4.1 人力资源: a loose likeness does not take a section out of its parent.
    doc = build([(1, "顾客与市场"), (2, "顾客关系与顾客满意"), (2, "人员保障")])
    got = _by_title(doc, align_sections(doc, std("beijing-2020")).clause_of)
    assert got["人员保障"] not in ("4", "4.1")


def test_headings_without_body_text_give_no_evidence() -> None:
    standard = std(ECON)
    doc = build([(1, "掌舵与担当")])
    targets = tuple(c.id for c in mapping_targets(standard))
    evidence = body_evidence(doc, standard, [], np.zeros((0, len(targets)), np.float32), targets)
    assert evidence.scores == {}
    assert evidence.of(doc.sections[1].id, "1") is None
