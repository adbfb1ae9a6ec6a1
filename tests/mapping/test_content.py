"""Content mapping on the labelled reports, as written and with every heading removed."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from analyzer.evaluate import pair_paragraphs, score_mapping
from analyzer.ingest import read_document
from analyzer.mapping.content import viterbi
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard

from .labelled import names, report

LEXICAL = AnalyzeOptions(backend="lexical")
ROOT_SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _analyse(path: Path, standard: str):  # type: ignore[no-untyped-def]
    doc = read_document(path)
    return doc, analyze_document(doc, load_standard(standard), LEXICAL)


@pytest.mark.parametrize("name", names())
def test_as_written_maps_paragraphs_and_finds_exactly_the_planted_missing_clauses(name: str) -> None:
    r = report(name)
    doc, a = _analyse(r.folder / "report.md", r.standard)
    credited = {m.paragraph: m.clause for m in a.mapping.matches}
    missing = {c.clause for c in a.coverage.clauses if c.status == "missing"}
    s = score_mapping(r, doc, a.standard, credited, missing, variant="as-written", backend="lexical")
    print(f"\n{name}: paragraph accuracy {s.paragraph_accuracy:.3f}, leaf {s.leaf_accuracy:.3f}; wrong {s.wrong}")
    # a report with no headings at all (szx-svc-hospital) is mapped by order and content alone
    assert s.paragraph_accuracy >= (0.95 if a.mapping.mode == "headings" else 0.9)
    assert missing == set(r.missing_clauses)
    found = {f.clause for f in a.findings if f.check == "missing-clause"}
    assert found == set(r.missing_clauses)


# Known weakness: wh-svc-eldercare (issue 12, ordinal trap sample): every title and most of the text in the company's
# own plain words, two leaves missing; without its headings the lexical content scorer maps about 0.74 of it.
_NO_HEADINGS_KNOWN = {
    "wh-svc-eldercare": "own-words text with two missing leaves: content alignment without headings maps about 0.74",
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(reason=_NO_HEADINGS_KNOWN[n], strict=False))
        if n in _NO_HEADINGS_KNOWN
        else n
        for n in names()
    ],
)
def test_without_headings_order_and_content_still_map_most_paragraphs(name: str, tmp_path: Path) -> None:
    r = report(name)
    path = tmp_path / "report.md"
    path.write_text(r.without_headings(), encoding="utf-8")
    doc, a = _analyse(path, r.standard)
    assert not doc.sections
    assert a.mapping.mode == "content"
    credited = {m.paragraph: m.clause for m in a.mapping.matches}
    missing = {c.clause for c in a.coverage.clauses if c.status == "missing"}
    s = score_mapping(r, doc, a.standard, credited, missing, variant="no-headings", backend="lexical")
    print(f"\n{name}: paragraph accuracy {s.paragraph_accuracy:.3f}; missing {sorted(missing)}")
    assert s.paragraph_accuracy >= 0.8
    assert set(r.missing_clauses) <= missing  # recall: a planted gap is never hidden


@pytest.mark.parametrize("name", ["wh-svc-water", "szx-econ-bank", "wh-mfg-battery"])
def test_misplaced_paragraph_is_credited_where_it_belongs_and_reported(name: str) -> None:
    r = report(name)
    assert r.misplaced
    doc, a = _analyse(r.folder / "report.md", r.standard)
    pairs = dict((lab.text_start, p) for lab, p in pair_paragraphs(doc, r.paragraphs))
    labels = {lab.text_start: lab.clause for lab in r.paragraphs}
    flagged = {m.paragraph for m in a.mapping.misplaced}
    hits = [t for t in r.misplaced if pairs[t] is not None and pairs[t].id in flagged]  # type: ignore[union-attr]
    print(f"\n{name}: misplaced found {len(hits)}/{len(r.misplaced)}, flagged {len(flagged)}")
    for t in hits:
        assert a.mapping.of(pairs[t].id).clause == labels[t]  # type: ignore[union-attr]
        assert any(f.check == "misplaced-content" and pairs[t].id in f.paragraphs for f in a.findings)  # type: ignore[union-attr]
    if name == "wh-svc-water":
        pytest.xfail("the 供应网络 paragraph is only 2.7× closer to 5.7.2 than to its heading's 5.4.2 (threshold 3×)")
    assert hits


def test_every_match_names_method_runner_up_and_scores() -> None:
    r = report("szx-service-govcenter")
    doc, a = _analyse(r.folder / "report.md", r.standard)
    assert len(a.mapping.matches) == len(doc.paragraphs)
    body = [m for m in a.mapping.matches if doc.paragraphs[int(m.paragraph[1:]) - 1].kind != "heading"]
    assert {m.method for m in body} <= {"heading", "lexical"}
    assert all(m.runner_up is not None and m.runner_up != m.clause for m in body)
    assert all(0.0 <= m.score <= 1.0 for m in body)


def test_viterbi_follows_order_and_leaves_it_only_for_strong_evidence() -> None:
    # three states; rows favour 0,0,1,1,2 — a noisy row in the middle pointing back to 0 is ignored
    sims = np.array([[1, 0.2, 0.1], [0.9, 0.3, 0.1], [0.2, 1, 0.1], [0.6, 0.5, 0.1], [0.1, 0.2, 1]], dtype=np.float32)
    assert viterbi(sims) == [0, 0, 1, 1, 2]
    # a report answering 2 before 1: going back is possible when the evidence is overwhelming and long
    back = np.array([[1, 0, 0]] + [[0, 0, 1]] * 3 + [[0, 1, 0]] * 6, dtype=np.float32)
    assert viterbi(back)[-1] == 1
    assert viterbi(np.zeros((0, 3), dtype=np.float32)) == []


def test_front_matter_is_never_credited_and_a_table_of_contents_covers_nothing(tmp_path: Path) -> None:
    """A 目录 lists every clause title, the missing 6.2 included; flagged as front matter it answers nothing."""
    import dataclasses

    std = load_standard("beijing-2020")
    toc = "目录：" + "……".join(f"{c.number or c.id} {c.title}" for c in std.clauses)
    src = ROOT_SAMPLES / "bj-logistics" / "report.md"
    lines = src.read_text(encoding="utf-8").split("\n")
    text = "\n".join([lines[0], "", toc, "", *lines[1:]])
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    paras = tuple(dataclasses.replace(p, front_matter=p.text.startswith("目录：")) for p in doc.paragraphs)
    assert sum(p.front_matter for p in paras) == 1
    doc = dataclasses.replace(doc, paragraphs=paras)
    a = analyze_document(doc, std, LEXICAL)
    flagged = next(p for p in doc.paragraphs if p.front_matter)
    assert a.mapping.of(flagged.id).clause is None
    assert flagged.id not in a.mapping.scored
    missing = {c.clause for c in a.coverage.clauses if c.status == "missing" and not std.clause(c.clause).children}
    assert missing == {"6.2"}
    assert all(c.nearest is None or c.nearest.paragraph != flagged.id for c in a.coverage.clauses)


def test_a_paragraph_that_resembles_no_clause_much_stays_with_its_heading() -> None:
    # A ratio over a near-zero score is no evidence: 0.03 against 0.0 is "misplaced" only by
    # arithmetic. The same paragraph clearly closer to another clause does move.
    from analyzer.mapping.content import MISPLACED_MIN_SCORE, _heading_decision
    from analyzer.model import Clause, Paragraph, Span

    clause = Clause("1.3", "社会责任", 2, "process", number="1.3", parent="1")
    text = "受援医院2023年建成胸痛救治单元，急性心肌梗死患者从进门到球囊扩张的时间缩短到九十分钟以内。"
    para = Paragraph("p1", 0, text, Span(0, len(text)), "s1")
    targets, kinds = ("1.3", "4.4"), ("process", "process")
    col = {"1.3": 0, "4.4": 1}
    weak = np.array([0.0, MISPLACED_MIN_SCORE / 3], dtype=np.float32)
    match, moved = _heading_decision(para, clause, weak, targets, kinds, col, 0.9, "lexical")
    assert moved is None and match.clause == "1.3"
    strong = np.array([0.01, MISPLACED_MIN_SCORE * 1.5], dtype=np.float32)
    match, moved = _heading_decision(para, clause, strong, targets, kinds, col, 0.9, "lexical")
    assert moved is not None and match.clause == "4.4"


def test_paragraphs_that_open_with_their_clause_tag_answer_it_and_so_do_the_ones_after() -> None:
    """No item headings: every paragraph opens with its clause (【1.1】, （1.2）, 条款2.2——, 5.2：);
    untagged paragraphs and tables after one continue its clause. Whatever the content scorer
    thinks, the author's tag decides (its text resembles 5.3 more than 5.1 or 5.2)."""
    from analyzer.text.headings import opening_clause_tags

    doc, a = _analyse(ROOT_SAMPLES / "heldout" / "szx-econ-runin-tags" / "report.md", "shenzhen-economic-2019")
    current: str | None = None
    checked = 0
    for p in doc.paragraphs:
        if p.kind == "heading":
            current = None
            continue
        tags = opening_clause_tags(p.text)
        if tags:
            current = a.mapping.of(p.id).clause
            assert current in tags, p.text[:30]
            checked += 1
        elif current is not None and not p.front_matter and "用户数据的合规" not in p.text:
            assert a.mapping.of(p.id).clause == current, p.text[:30]
    assert checked >= 40
    missing = {c.clause for c in a.coverage.clauses if c.status == "missing" and c.clause in ("4.2", "5.2")}
    assert missing == {"4.2"}


def test_viterbi_over_a_crosswalk_row_has_no_order_and_starts_at_the_heading_clause() -> None:
    # states 0, 1, 2 in the standard's order; the text answers 2 and then 0
    sims = np.array([[0.2, 0.1, 0.9], [0.2, 0.1, 0.9], [0.9, 0.1, 0.2]], dtype=np.float32)
    assert viterbi(sims) == [2, 2, 2]  # going back costs BACKWARD: the standard's order wins
    assert viterbi(sims, home=1) == [2, 2, 0]  # a crosswalk row has no order among its clauses
    flat = np.array([[0.5, 0.5, 0.5], [0.5, 0.5, 0.5]], dtype=np.float32)
    assert viterbi(flat) == [0, 0]
    assert viterbi(flat, home=1) == [1, 1]  # content says nothing: the heading's own clause


def test_a_report_in_another_standards_outline_credits_each_paragraph_where_its_text_belongs() -> None:
    """bj-whscheme-numbers: a Beijing report numbered with the Wuhan standard's outline. ``5.7.2 运营质量``
    is aligned to Beijing 6.1 and its crosswalk row (5.1, 5.2, 4.6): its paragraphs follow Wuhan's order,
    not Beijing's, and two of them answer clauses outside the row (4.5 基础设施, 4.3 信息资源) as plainly as
    a misplaced paragraph does. ``5.3.3 战略实施``'s last point (战略调整与绩效分析) is Beijing 6.1."""
    doc, a = _analyse(ROOT_SAMPLES / "heldout" / "bj-whscheme-numbers" / "report.md", "beijing-2020")

    def credited(opening: str) -> str | None:
        (p,) = [p for p in doc.paragraphs if p.kind != "heading" and p.text.startswith(opening)]
        return a.mapping.of(p.id).clause

    assert credited("相关方合作。") == "4.6"  # after 运营设计/运营实施 (5.1, 5.2) in Wuhan's order
    assert credited("c）效率与安全。") == "4.5"
    assert credited("信息系统支撑。") == "4.3"
    assert {f.clause for f in a.findings if f.check == "missing-clause"} == {"4.2"}  # the planted one only
    six_one = a.coverage.of("6.1")
    assert six_one.status == "weak" and six_one.elsewhere is not None
    first = next(p for p in doc.paragraphs if p.id == six_one.elsewhere.paragraphs[0])
    assert first.text.startswith("d）战略调整与绩效分析")


def test_a_paragraph_without_results_answers_a_process_item_in_a_chapter_without_item_headings() -> None:
    # a chapter answered as one block (held-out wh-svc-no-item-headings: category headings only):
    # process paragraphs late in an item are not the result item that follows them when they show
    # no series of figures and speak of no results (考核结果 is the outcome of an assessment)
    from analyzer.mapping.content import _shows_results
    from analyzer.model import Paragraph, Span

    def para(text: str) -> Paragraph:
        return Paragraph(id="p1", index=0, text=text, span=Span(0, len(text)), section=None)

    assert not _shows_results(para("董事会每年对总经理进行考核，考核结果与年薪挂钩。"))
    assert _shows_results(para("（二）创新成效。三年来创新投入逐年增加。"))
    assert _shows_results(para("净利润率2021年为5.2%，2022年为4.1%，2023年为5.6%。"))
    folder = Path(__file__).resolve().parents[2] / "samples" / "heldout" / "wh-svc-no-item-headings"
    doc = read_document(folder / "report.md")
    a = analyze_document(doc, load_standard("wuhan-service-2022"), AnalyzeOptions(backend="lexical"))
    credited = {m.paragraph: m.clause for m in a.mapping.matches}
    by_start = {p.text[:10]: credited.get(p.id) for p in doc.paragraphs}
    assert by_start["董事会每年对总经理和"] == "5.2.3"
    assert by_start["年度预算优先保障战略"] == "5.3.3"
    assert by_start["（三）领导作用的结果"] == "5.2.4"
