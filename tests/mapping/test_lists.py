"""A lead line and its list items answer one clause together; a line that says little does not pull
the content path (content mapping, :mod:`analyzer.mapping.content`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from analyzer.evaluate import load_labelled, pair_paragraphs
from analyzer.evaluation import perturb as P
from analyzer.evaluation.render import rendered
from analyzer.ingest import read_document
from analyzer.mapping.content import evidence_weights, list_units, usual_peak, viterbi
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_a_lead_line_takes_the_bullets_and_year_lines_after_it() -> None:
    texts = [
        "医院以患者满意为目标改进服务流程，满意度逐年提高。",
        "平均住院日（天）：",
        "· 2021财年 7.8",
        "· 2022财年 7.2",
        "2023年度 6.8",
        "2025年目标：≤6.5",
        "- 全市区属医院平均：7.5",
        "其余指标三年持续向好：预约诊疗率提高16.2个百分点。",
        "· 2021财年 88.6",
    ]
    assert list_units(texts) == [[0], [1, 2, 3, 4, 5, 6], [7], [8]]


def test_a_sentence_ending_in_a_colon_leads_nothing_and_a_sentence_is_no_item() -> None:
    texts = [
        "医院建立了五项制度。主要结果如下：",
        "· 2021年 18",
        "预约诊疗率（%）：",
        "2022年门诊候诊时间由24分钟升至31分钟。主要原因是新院区启用。",
    ]
    assert list_units(texts) == [[0], [1], [2], [3]]


def test_weak_rows_weigh_less_and_no_row_weighs_more_than_one() -> None:
    sims = np.array([[0.1, 0.0], [0.0, 0.2], [0.02, 0.01], [0.0, 0.0], [0.4, 0.1], [0.2, 0.2]], np.float32)
    usual = usual_peak(sims)  # median of the positive row peaks 0.1, 0.2, 0.02, 0.4, 0.2
    assert usual == pytest.approx(0.2)
    assert evidence_weights(sims.max(axis=1), usual).tolist() == pytest.approx([0.5, 1.0, 0.1, 0.0, 1.0, 1.0])
    assert evidence_weights(np.zeros(3), usual_peak(np.zeros((3, 2), np.float32))).tolist() == [1.0, 1.0, 1.0]


def test_a_weak_row_does_not_drag_the_path_back() -> None:
    # three rows before and after clearly answer state 1; five rows between barely resemble anything
    # and lean to state 0: unweighted, each would count as much as a real answer and pull the path there
    strong = [[0.0, 0.3], [0.0, 0.25], [0.0, 0.28]]
    sims = np.array([*strong, *[[0.012, 0.0]] * 5, *strong], dtype=np.float32)
    assert viterbi(sims) != [1] * 11
    assert viterbi(sims, weights=evidence_weights(sims.max(axis=1), usual_peak(sims))) == [1] * 11


def test_result_lists_without_headings_map_to_their_result_clauses(tmp_path: Path) -> None:
    # The hospital report has no headings: order and content alone place its paragraphs. Its result
    # tables written as list lines (one lead line, one bullet per year) must stay in their clauses.
    doc = P.perturb(P.load(SAMPLES / "szx-svc-hospital"), "table-bullets")
    folder, path = rendered(doc, "md", tmp_path)
    report = load_labelled(folder)
    read = read_document(path)
    a = analyze_document(read, load_standard(report.standard), AnalyzeOptions(backend="lexical"))
    credited = {m.paragraph: m.clause for m in a.mapping.matches}
    assert a.mapping.mode == "content"
    pairs = [(lab, p) for lab, p in pair_paragraphs(read, report.paragraphs) if p is not None]
    in_lists = [(lab, p) for lab, p in pairs if lab.clause.startswith("3.") and len(lab.text_start) < 20]
    assert len(in_lists) >= 40
    right = sum(credited[p.id] == lab.clause for lab, p in in_lists)
    assert right >= 0.9 * len(in_lists)
