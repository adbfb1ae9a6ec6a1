"""One-part numbers below a chapter are ordinals, and a lone ordinal is read like a group's.

``1. 构建标准化运行体系`` under ``（一）运行体系`` (Shenzhen service 2.1: 2.1.1 服务设计, 2.1.2 体系建设)
carries the ordinal 1, but its title and text answer 体系建设: the report left 服务设计 out and
numbered on. Below a chapter, ``1.`` ``2.`` are ordinals like ``一、`` ``二、`` (not the standard's
chapter numbers), so the skipped-clause readings of :func:`analyzer.mapping.align._best_reading`
apply to them, also when the group has one section only. Real pipeline, lexical backend, a report
written here.
"""

from __future__ import annotations

from pathlib import Path

from analyzer.ingest import read_document
from analyzer.pipeline import Analysis, AnalyzeOptions, analyze_document
from analyzer.standards import load_standard

_SYSTEM = (
    "中心识别出企业开办、工程建设审批、不动产登记等12条主要服务流程，按依法行政、便民高效、公开透明的要求"
    "建立了覆盖全部窗口的运行管理体系，编制工作标准86项、岗位规范41项，并配套制定考核评价指标。"
    "各窗口在权限范围内统一行政许可事项的办理流程和行为规范，与公安、税务、人社等部门建立业务协同机制，"
    "办事指南和办理进度全部在网上公开。"
)
_DESIGN = (
    "中心以企业群众需求为导向，通过热线、信箱、座谈会和上门走访收集服务对象的需求，区分个人、小微企业和"
    "重点项目三类服务对象，据此设计“一件事一次办”等服务产品及线上线下的提供方式。"
)
_MANAGE = (
    "中心对运行全过程实行目标责任制，把年度目标、任务和责任分解到各业务科室和窗口，对群众满意度、"
    "按时办结率等指标按月测量、按季评价。"
)


def _report(items: list[tuple[str, str]]) -> str:
    lines = ["# 一、基本情况", "", "琲溦区政务服务中心设有综合窗口48个，年办件量约62万件。", ""]
    lines += ["# 二、高质量运行", "", "## （一）运行体系", ""]
    for k, (title, text) in enumerate(items, start=1):
        lines += [f"### {k}. {title}", "", text, ""]
    lines += ["## （二）运行管理", "", "### 1. 目标考核与数据监测", "", _MANAGE, ""]
    return "\n".join(lines)


def _analyse(tmp_path: Path, items: list[tuple[str, str]]) -> tuple[dict[str, str | None], Analysis]:
    path = tmp_path / "report.md"
    path.write_text(_report(items), "utf-8")
    doc = read_document(path)
    a = analyze_document(doc, load_standard("shenzhen-service-2019"), AnalyzeOptions(backend="lexical"))
    return {s.title: a.mapping.alignment.clause_of(s.id) for s in doc.sections}, a


def test_a_lone_item_numbered_1_answers_the_second_clause_when_its_text_does(tmp_path: Path) -> None:
    got, a = _analyse(tmp_path, [("构建标准化运行体系", _SYSTEM)])
    assert got["构建标准化运行体系"] == "2.1.2"
    section = next(s for s in a.mapping.alignment.sections if s.clause == "2.1.2")
    assert any("skip one clause" in r for r in section.reasons)
    missing = {c.clause for c in a.coverage.clauses if c.status == "missing"}
    assert "2.1.1" in missing and "2.1.2" not in missing


def test_items_numbered_1_2_keep_their_places_when_their_texts_agree(tmp_path: Path) -> None:
    got, _a = _analyse(tmp_path, [("服务怎样设计", _DESIGN), ("构建标准化运行体系", _SYSTEM)])
    assert got["服务怎样设计"] == "2.1.1" and got["构建标准化运行体系"] == "2.1.2"


def test_a_lone_item_numbered_1_whose_text_answers_the_first_clause_stays_there(tmp_path: Path) -> None:
    got, a = _analyse(tmp_path, [("把服务做到前面", _DESIGN)])
    assert got["把服务做到前面"] == "2.1.1"
    missing = {c.clause for c in a.coverage.clauses if c.status == "missing"}
    assert "2.1.2" in missing
