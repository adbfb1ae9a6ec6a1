"""``本章小结：……`` at the end of a chapter sums up the chapter (analyzer.mapping.content._chapter_summaries).

It is credited to the chapter's clause, not to the last item above it, so it neither pads that
item nor answers it. Real pipeline, lexical backend, a report written here (Beijing standard).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard
from analyzer.text.frontmatter import is_chapter_summary

REPORT = """1　领导

1.1　高层领导的作用

馆长班子每季度研究全馆发展方向，把“服务每一位读者”写进馆训，带头参加读者接待日。

1.2　组织治理

中心实行理事会领导下的馆长负责制，理事会每年评价馆长班子的履职情况。

1.3　履行公共文化服务责任

中心坚持免费开放，为老年人、残障读者和农民工子女提供上门借阅和专场服务。

本章小结：三年来，中心领导班子把方向、抓治理、担责任，为各项工作打下了基础。

2　战略

2.1　战略制定

中心每五年编制一次发展规划，分析人口、数字阅读和财政保障的变化，确定目标。
"""


def test_a_chapter_summary_is_the_chapters_not_its_last_items(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, "utf-8")
    doc = read_document(path)
    a = analyze_document(doc, load_standard("beijing-2020"), AnalyzeOptions(backend="lexical"))
    clause_of = {m.paragraph: m.clause for m in a.mapping.matches}
    summary = next(p for p in doc.paragraphs if p.text.startswith("本章小结"))
    assert clause_of[summary.id] == "1"
    last = next(p for p in doc.paragraphs if p.text.startswith("中心坚持免费开放"))
    assert clause_of[last.id] == "1.3"


def _clauses(tmp_path: Path, text: str, standard: str = "beijing-2020") -> dict[str, str | None]:
    path = tmp_path / "report.txt"
    path.write_text(text, "utf-8")
    doc = read_document(path)
    a = analyze_document(doc, load_standard(standard), AnalyzeOptions(backend="lexical"))
    clause_of = {m.paragraph: m.clause for m in a.mapping.matches}
    return {p.text[:8]: clause_of[p.id] for p in doc.paragraphs if p.kind != "heading"}


def test_a_summary_that_ends_its_chapter_is_the_chapters(tmp_path: Path) -> None:
    # 小结：…… as the chapter's last paragraph sums up the chapter; the same word before the next
    # item's heading sums up only that item
    text = REPORT.replace("本章小结：", "小结：").replace(
        "1.2　组织治理", "小结：馆长班子把方向的做法已经写进馆训并每年检查落实。\n\n1.2　组织治理"
    )
    clauses = _clauses(tmp_path, text)
    assert clauses["小结：三年来，中"] == "1"
    assert clauses["小结：馆长班子把"] == "1.1"


@pytest.mark.parametrize(
    ("text", "summary"),
    [("本章小结：三年来……", True), ("本章总结 中心……", True), ("本篇小结", True), ("本章小结了三年的做法。", False)],
)
def test_chapter_summary_words(text: str, summary: bool) -> None:
    assert is_chapter_summary(text) is summary


def test_a_plain_summary_word_needs_the_chapter_s_end() -> None:
    assert not is_chapter_summary("小结：三年来……") and is_chapter_summary("小结：三年来……", last=True)
    assert not is_chapter_summary("小结了三年的做法。", last=True)
