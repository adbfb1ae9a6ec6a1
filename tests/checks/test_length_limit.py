"""length-limit and profile-length-limit: the 字数 counter against hand counts, the three
conventions, near/over/none, overrides, what is not counted, where to cut, and the dev reports.

Hand counts follow SPEC.md "How 字 are counted" and the choices documented in
:mod:`analyzer.text.counts`: every CJK ideograph and full-width mark 1; each maximal run of other
non-space characters 1; the ambiguous marks — … “ ” ‘ ’ · always 1 each (East Asian); U+3000 is a
space (0 in 字数 and 字符数(不计空格), 1 in 字符数(计空格)); tabs and line breaks count nothing.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from analyzer.checks import run_checks
from analyzer.checks.base import CheckConfig, CheckContext
from analyzer.checks.length_limit import cut_candidates, report_measure
from analyzer.checks.profile_length_limit import profile_paragraphs
from analyzer.ingest import read_document
from analyzer.ingest.blocks import Block, RawDocument
from analyzer.mapping.coverage import compute_coverage
from analyzer.model import Counts, Diagnostic, Finding, LengthLimit, Standard
from analyzer.pipeline import Analysis, AnalyzeOptions, analyze_document, fitted_scorer, map_document
from analyzer.standards import load_standard
from analyzer.standards.loader import with_limits
from analyzer.text.chars import is_east_asian
from analyzer.text.counts import add, count
from analyzer.text.segment import build_document
from tests.shared_data import dev_report

from .harness import context_for, example_context

# --------------------------------------------------------------------------- the counter, by hand

# text → (字数, 字符数不计空格, 字符数计空格, CJK ideographs), each counted by hand
HAND_COUNTED: list[tuple[str, tuple[int, int, int, int]]] = [
    ("质量、品质。", (6, 6, 6, 4)),  # 4 ideographs + 、 + 。
    ("ISO 9001", (2, 7, 8, 0)),  # two runs; the space is only in 字符数(计空格)
    ("12.5%", (1, 5, 5, 0)),  # one run
    ("ISO9001:2015", (1, 12, 12, 0)),
    ("A-D-L-I", (1, 7, 7, 0)),
    ("Six Sigma", (2, 8, 9, 0)),
    ("2023年", (2, 5, 5, 1)),  # the ideograph ends the digit run
    ("通过ISO 9001认证", (6, 11, 12, 4)),  # 通过 + ISO + 9001 + 认证
    ("增长12.5%，", (4, 8, 8, 2)),  # 增长 + 12.5% + ，
    ("（１）ＡＢ", (5, 5, 5, 0)),  # full-width brackets, digit and letters: 1 each
    ("\u3000\u3000公司成立于2006年。", (8, 11, 13, 6)),  # U+3000 indent: spaces
    ("公司\u3000简介", (4, 4, 5, 4)),  # U+3000 between words: a space
    ("卓越——“质量”……", (10, 10, 10, 4)),  # —— 2, “ ” 1 each, …… 2
    ("“ISO”", (3, 5, 5, 0)),  # curly quotes end the run
    ("2021—2023年", (4, 10, 10, 1)),  # 2021 + — + 2023 + 年
    ("张·伟", (3, 3, 3, 2)),  # the middle dot is East Asian
    ("≥95%", (1, 4, 4, 0)),  # ≥ is not East Asian: part of the run
    ("营业收入（亿元）\t12.4\t13.9\t16.8", (11, 20, 20, 6)),  # a table row: tabs count nothing
    ("指标\t2022年\n满意度（%）\t90.2", (11, 17, 17, 6)),  # 指标 2022 年 / 满意度 （ % ） 90.2: 2+1+1+3+1+1+1+1
    ("a\nb", (2, 2, 2, 0)),  # a line break ends a run and is not a character
    ("", (0, 0, 0, 0)),
]


@pytest.mark.parametrize(("text", "expected"), HAND_COUNTED, ids=[t or "empty" for t, _ in HAND_COUNTED])
def test_counter_matches_hand_counts(text: str, expected: tuple[int, int, int, int]) -> None:
    assert count(text) == Counts(*expected)


# --------------------------------------------------------------------------- a tiny report, by hand

# exam-2024 (tests/data/standards): report limit 3,000, profile limit 500, both word_count.
TINY = (
    "## 0 组织概述\n\n"
    "\u3000\u3000公司成立于2006年，通过ISO 9001认证。\n\n"
    "## 1 领导\n\n"
    "### 1.1 文化引领\n\n"
    "使命是“让装备转得更稳”——高层领导……带头践行。\n\n"
    "### 2.1 顾客结果\n\n"
    "表2-1 顾客满意度\n指标\t2022年\t2023年\n满意度（%）\t90.2\t92.6\n"
)
# Counted by hand on the text as read (the reader drops the U+3000 indent; Word would count it
# as two spaces in 字符数(计空格) only):
#   headings  "0 组织概述" (5, 5, 6, 4)  "1 领导" (3, 3, 4, 2)  "1.1 文化引领" (5, 7, 8, 4)  "2.1 顾客结果" (5, 7, 8, 4)
#   profile   "公司成立于2006年，通过ISO 9001认证。"  公司成立于 2006 年 ， 通过 ISO 9001 认证 。 → (15, 23, 24, 10)
#   1.1       "使命是“让装备转得更稳”——高层领导……带头践行。"  3+1+7+1+2+4+2+4+1 → (25, 25, 25, 18)
#   table     "表2-1 顾客满意度" (7, 9, 10, 6) + "指标 2022年 2023年" (6, 12, 12, 4)
#             + "满意度（%） 90.2 92.6" (8, 14, 14, 3)
TINY_HEADINGS = Counts(18, 22, 26, 14)
TINY_PROFILE = Counts(15, 23, 24, 10)
TINY_TABLE = Counts(21, 35, 36, 13)
TINY_TOTAL = Counts(79, 105, 111, 55)


@pytest.fixture
def tiny(tmp_path: Path) -> CheckContext:
    return context_for(TINY, "exam-2024", tmp_path, name="tiny.md")


def _with(ctx: CheckContext, standard: Standard | None = None, config: CheckConfig | None = None) -> CheckContext:
    """The same document and mapping with another standard (limits only) or config."""
    return CheckContext(ctx.document, standard or ctx.standard, ctx.mapping, ctx.coverage, config or ctx.config)


def _found(ctx: CheckContext, slug: str) -> list[Finding]:
    return [f for f in run_checks(ctx) if f.check == slug]


def _one(ctx: CheckContext, slug: str) -> Finding:
    found = _found(ctx, slug)
    assert len(found) == 1, [f.message_en for f in found]
    return found[0]


def test_tiny_report_counts_match_the_hand_count(tiny: CheckContext) -> None:
    doc = tiny.document
    assert doc.counts == TINY_TOTAL
    assert add([TINY_HEADINGS, TINY_PROFILE, Counts(25, 25, 25, 18), TINY_TABLE]) == TINY_TOTAL
    assert add(count(p.text) for p in doc.paragraphs if p.kind == "heading") == TINY_HEADINGS
    assert add(count(p.text) for p in doc.paragraphs if p.kind == "table") == TINY_TABLE
    profile = profile_paragraphs(tiny)
    assert [p.kind for p in profile] == ["text"]  # the heading "0 组织概述" is not part of the count
    assert add(count(p.text) for p in profile) == TINY_PROFILE


def test_under_the_limit_nothing(tiny: CheckContext) -> None:
    assert tiny.standard.report_limit is not None and tiny.standard.report_limit.max == 3000
    assert _found(tiny, "length-limit") == []
    assert _found(tiny, "profile-length-limit") == []


def test_over_the_limit_is_an_error_with_the_excess(tiny: CheckContext) -> None:
    ctx = _with(tiny, with_limits(tiny.standard, report_max=70))
    f = _one(ctx, "length-limit")
    assert f.severity == "error" and f.code == "SARA-C301"
    assert "字数（Word 字数统计口径）79字，限额70字，超出9字（12.9%）" in f.message_zh
    assert "79 字 (Word's word count, 字数), limit 70 字, 9 字 (12.9%) over" in f.message_en
    assert "未计入" not in f.message_zh  # nothing was left out of this Markdown report


@pytest.mark.parametrize(
    ("report_max", "ratio", "severity", "margin_zh"),
    [
        (80, 0.95, "warning", "已达98.8%，仅余1字"),  # 79 / 80
        (79, 0.95, "warning", "已达100.0%，仅余0字"),  # exactly at the limit: not over
        (84, 0.95, None, None),  # 94.0 %: under the near-limit ratio
        (84, 0.90, "warning", "已达94.0%，仅余5字"),  # the ratio is a setting
        (78, 0.95, "error", "超出1字（1.3%）"),
    ],
)
def test_near_the_limit_warns(
    tiny: CheckContext, report_max: int, ratio: float, severity: str | None, margin_zh: str | None
) -> None:
    ctx = _with(tiny, with_limits(tiny.standard, report_max=report_max), CheckConfig(near_limit_ratio=ratio))
    found = _found(ctx, "length-limit")
    if severity is None:
        assert found == []
        return
    assert [f.severity for f in found] == [severity]
    assert margin_zh is not None and margin_zh in found[0].message_zh
    assert ("接近篇幅限制" if severity == "warning" else "超出篇幅限制") in found[0].message_zh


def test_no_limit_no_finding(tiny: CheckContext) -> None:
    std = dataclasses.replace(tiny.standard, report_limit=None, profile_limit=None, _index={})
    ctx = _with(tiny, std)
    assert _found(ctx, "length-limit") == [] and _found(ctx, "profile-length-limit") == []


@pytest.mark.parametrize(
    ("convention", "expected_zh", "expected_en"),
    [
        ("chars_no_spaces", "字符数（不计空格）105个字符，限额100个字符，超出5个字符（5.0%）", "105 characters"),
        ("chars_with_spaces", "字符数（计空格）111个字符，限额100个字符，超出11个字符（11.0%）", "111 characters"),
    ],
)
def test_configured_conventions(tiny: CheckContext, convention: str, expected_zh: str, expected_en: str) -> None:
    std = with_limits(tiny.standard, report_max=100)
    f = _one(_with(tiny, std, CheckConfig(length_convention=convention)), "length-limit")  # type: ignore[arg-type]
    assert expected_zh in f.message_zh
    assert expected_en in f.message_en
    # the limit is stated in 字数: the finding says that the configured convention replaced it
    assert "该限额按字数（Word 字数统计口径）规定，此处按设置改以" in f.message_zh
    assert "The limit is stated in Word's word count, 字数; counted in" in f.message_en


def test_default_convention_is_word_count(tiny: CheckContext) -> None:
    std = with_limits(tiny.standard, report_max=100)
    assert _found(_with(tiny, std), "length-limit") == []  # 79 字 of 100; in characters it would be over
    m = report_measure(tiny.document, std.report_limit, CheckConfig())  # type: ignore[arg-type]
    assert (m.count, m.convention, m.overridden, m.state) == (79, "word_count", False, "within")


def test_limit_in_another_unit_is_counted_in_that_unit(tiny: CheckContext) -> None:
    limit = LengthLimit(100, "chars_no_spaces", True, "自评报告", "test")
    std = dataclasses.replace(tiny.standard, report_limit=limit, _index={})
    f = _one(_with(tiny, std), "length-limit")  # unconfigured: the limit's own unit
    assert "字符数（不计空格）105个字符，限额100个字符，超出5个字符" in f.message_zh
    assert "此处按设置" not in f.message_zh
    f = _one(_with(tiny, std, CheckConfig(length_convention="chars_with_spaces")), "length-limit")
    assert "字符数（计空格）111个字符" in f.message_zh
    assert "该限额按字符数（不计空格）规定，此处按设置改以字符数（计空格）计算" in f.message_zh


def test_limit_without_tables(tiny: CheckContext) -> None:
    assert tiny.standard.report_limit is not None
    limit = dataclasses.replace(tiny.standard.report_limit, max=50, includes_tables=False)
    std = dataclasses.replace(tiny.standard, report_limit=limit, _index={})
    f = _one(_with(tiny, std), "length-limit")
    assert f"{TINY_TOTAL.word_style - TINY_TABLE.word_style}字，限额50字" in f.message_zh  # 58
    assert "未计入：表格中的21字（该限额不含图表）" in f.message_zh


def test_with_limits_override(tiny: CheckContext) -> None:
    std = with_limits(tiny.standard, report_max=60, profile_max=10)
    assert std.report_limit is not None and std.report_limit.source == "user override (standard: 3000)"
    ctx = _with(tiny, std)
    assert "超出19字" in _one(ctx, "length-limit").message_zh
    assert "超出5字" in _one(ctx, "profile-length-limit").message_zh
    assert _found(tiny, "length-limit") == []  # the loaded standard is unchanged


def test_profile_counts_its_body_text_only(tiny: CheckContext) -> None:
    ctx = _with(tiny, with_limits(tiny.standard, profile_max=14))
    f = _one(ctx, "profile-length-limit")
    assert f.severity == "error" and f.code == "SARA-C302" and f.clause == "0"
    assert (
        "组织概述超出篇幅限制：正文（不计标题）字数（Word 字数统计口径）15字，限额14字，超出1字（7.1%）" in f.message_zh
    )
    assert len(f.paragraphs) == 1
    assert f.details and "公司成立于2006年" in f.details[0].message_zh
    ctx = _with(tiny, with_limits(tiny.standard, profile_max=23), CheckConfig(length_convention="chars_no_spaces"))
    f = _one(ctx, "profile-length-limit")
    assert f.severity == "warning" and "23个字符，限额23个字符，已达100.0%，仅余0个字符" in f.message_zh


# --------------------------------------------------------------------------- what is not counted


BODY_COUNTS = Counts(5 + 15 + 3 + 25, 5 + 23 + 3 + 25, 6 + 24 + 4 + 25, 4 + 10 + 2 + 18)
"""The body of :func:`_boxes_context`'s report; its text box has 7 字, its footnote 12 字."""


def _boxes_context(subdocs: bool | None) -> CheckContext:
    """A report with a text box in its profile and a footnote, read from a DOCX whose Word setting
    includes them (True), leaves them out (False), or from a format without that setting (None)."""
    raw = RawDocument(
        source="boxes.docx",
        format="docx",
        blocks=(
            Block("heading", "0 组织概述", style_level=1),
            Block("paragraph", "公司成立于2006年，通过ISO 9001认证。"),
            Block("paragraph", "客户满意度92.5分", source="textbox"),  # 客户满意度 92.5 分 → 7
            Block("heading", "1 领导", style_level=1),
            Block("paragraph", "使命是“让装备转得更稳”——高层领导……带头践行。"),
            Block("paragraph", "注：数据来源于公司年报。", source="footnote"),  # 注 ： 数据来源于公司年报 。 → 12
        ),
        diagnostics=(Diagnostic("docx-pictures", "warning", "图片", "pictures", 2),),
        pictures=2,
        word_counts_subdocs=subdocs,
    )
    doc = build_document(raw)
    std = with_limits(load_standard("exam-2024"), report_max=40, profile_max=10)
    mapping = map_document(doc, std, fitted_scorer(std, AnalyzeOptions(backend="lexical")))
    return CheckContext(doc, std, mapping, compute_coverage(doc, std, mapping))


@pytest.mark.parametrize("subdocs", [None, False])
def test_text_boxes_and_footnotes_left_out_are_reported_not_counted(subdocs: bool | None) -> None:
    ctx = _boxes_context(subdocs)
    doc = ctx.document
    assert doc.counts == BODY_COUNTS
    assert doc.excluded_counts is not None and doc.excluded_counts.word_style == 7 + 12
    f = _one(ctx, "length-limit")
    assert "48字，限额40字，超出8字" in f.message_zh
    # why they are left out: the document's own Word setting, or (no setting) SARA counts the body only —
    # never a claim about Word when the format has no such setting
    why_zh, why_en = (
        ("只计正文", "body text only")
        if subdocs is None
        else (
            "本文档的 Word 字数统计设置不包括文本框、脚注和尾注",
            "this document's Word word-count setting leaves out text boxes, footnotes and endnotes",
        )
    )
    # the picture count appears in two diagnostics (reader and segmenter): reported once, not summed
    assert f"未计入：文本框、脚注和尾注中的19字（{why_zh}）；全文2张图片中的文字（无法读取）。" in f.message_zh
    assert f"Not counted: 19 字 in text boxes and footnotes/endnotes ({why_en}); " in f.message_en
    assert "其中含" not in f.message_zh and "This includes" not in f.message_en
    p = _one(ctx, "profile-length-limit")
    assert "15字，限额10字" in p.message_zh  # the text box credited to the profile is not counted
    assert "文本框中的7字" in p.message_zh


def test_text_boxes_and_footnotes_counted_by_the_documents_word_setting() -> None:
    """Word's default: its 字数 includes text boxes, footnotes and endnotes, and so does SARA's."""
    ctx = _boxes_context(True)
    doc = ctx.document
    assert doc.counts == add([BODY_COUNTS, count("客户满意度92.5分"), count("注：数据来源于公司年报。")])
    assert doc.excluded_counts == Counts(0, 0, 0, 0)  # nothing left out
    f = _one(ctx, "length-limit")
    assert "67字，限额40字，超出27字" in f.message_zh
    assert (
        "其中含文本框、脚注和尾注中的19字（本文档的 Word 字数统计设置包括文本框、脚注和尾注，与 Word 显示的字数一致）。"
        "未计入：全文2张图片中的文字（无法读取）。" in f.message_zh
    )
    assert "This includes 19 字 in text boxes and footnotes/endnotes (this document's Word" in f.message_en
    assert "Not counted: text in the document's 2 picture(s)" in f.message_en
    p = _one(ctx, "profile-length-limit")
    assert "22字，限额10字" in p.message_zh  # the profile's text box is counted with it
    assert "其中含文本框中的7字" in p.message_zh and "未计入：文本框" not in p.message_zh


# --------------------------------------------------------------------------- where to cut


def test_where_to_cut_names_the_clause_whose_text_share_exceeds_its_points(tmp_path: Path) -> None:
    ctx = example_context("length-limit", "failing", tmp_path)
    f = _one(ctx, "length-limit")
    assert f.severity == "error" and "超出" in f.message_zh
    assert f.details and f.details[0].subject == "1.1 文化引领"
    assert "可优先压缩篇幅占比明显高于分值占比的条款：1.1 文化引领" in f.message_zh
    assert ctx.standard.report_limit is not None
    cands = cut_candidates(ctx, ctx.standard.report_limit, "word_count")
    facts = dict(f.details[0].facts)
    assert facts["clause"] == "1.1" and int(facts["count"]) == cands[0].count
    leaves = [ctx.coverage.of(c.id) for c in ctx.answerable_leaves]
    total = sum(count(ctx.paragraph(pid).text).word_style for cov in leaves for pid in cov.paragraphs)
    assert cands[0].text_share == pytest.approx(cands[0].count / total)
    assert cands[0].point_share == pytest.approx(20 / 100)  # 1.1 carries 20 of exam-2024's 100 points
    assert cands[0].over_share_by == round(cands[0].count - 0.2 * total)
    assert all(c.text_share > c.point_share for c in cands)
    assert [c.excess_share for c in cands] == sorted((c.excess_share for c in cands), reverse=True)


# --------------------------------------------------------------------------- the dev reports

DEV = ("bj-meddevice", "szx-econ-smartmfg", "szx-service-govcenter", "wh-mfg-notitles")

# Hand-verified 字数 of each dev report as read (Document.counts) and of its profile paragraphs:
# (word_style, chars_no_spaces, chars_with_spaces, cjk). The non-whitespace and CJK numbers equal
# labels.json exactly; word_style differs from the README's approximation as explained below.
EXPECTED_TOTAL = {
    "bj-meddevice": Counts(22195, 24141, 24194, 19299),
    "szx-econ-smartmfg": Counts(17495, 19517, 19565, 14630),
    "szx-service-govcenter": Counts(12570, 13509, 13533, 10821),
    "wh-mfg-notitles": Counts(10656, 11678, 11692, 9146),
}
EXPECTED_PROFILE = {
    "bj-meddevice": Counts(3302, 3505, 3508, 2886),
    "szx-econ-smartmfg": Counts(1642, 1822, 1824, 1395),
    "szx-service-govcenter": Counts(1377, 1470, 1471, 1195),
    "wh-mfg-notitles": Counts(1278, 1415, 1417, 1089),
}
WORD_STYLE_TOLERANCE = 0.005
"""README: the labels' word-style count is "a Word-style approximation"; ours may differ by 0.5 %."""

_README_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%\-/:+]*")


def _readme_word_style(text: str) -> int:
    """The README's approximation, reconstructed: East Asian characters (ideographs, CJK punctuation,
    — … “ ” ·) + runs that start with an ASCII letter or digit and continue with letters, digits and
    ``.,%-/:+``. It skips what SARA's counter (like Word) counts as a word of its own: a lone ``%``
    (``满意度（%）``), ``+``, ``/``, ``×``, ``‰``."""
    ea = sum(1 for ch in text if is_east_asian(ch))
    rest = "".join(" " if is_east_asian(ch) else ch for ch in text)
    return ea + len(_README_RUN.findall(rest))


@pytest.fixture(scope="module")
def dev_analyses() -> dict[str, tuple[Analysis, dict[str, object]]]:
    out = {}
    for name in DEV:
        folder = dev_report(name)  # skips without ../shared
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        doc = read_document(folder / "report.md")
        std = load_standard(str(labels["standard"]))
        out[name] = (analyze_document(doc, std, AnalyzeOptions(backend="lexical")), labels)
    return out


def _char_counts(labels: dict[str, object]) -> dict[str, int]:
    cc = labels["char_counts"]
    assert isinstance(cc, dict)
    return {k: v for k, v in cc.items() if isinstance(v, int)}


@pytest.mark.parametrize("name", DEV)
def test_dev_report_counts_match_the_labels(name: str, dev_analyses: dict) -> None:  # type: ignore[type-arg]
    analysis, labels = dev_analyses[name]
    doc = analysis.document
    cc = _char_counts(labels)
    assert doc.counts == EXPECTED_TOTAL[name]
    assert doc.counts.chars_no_spaces == cc["total_no_whitespace"]
    assert doc.counts.cjk == cc["total_cjk_ideographs"]
    assert abs(doc.counts.word_style - cc["total_word_style"]) <= WORD_STYLE_TOLERANCE * cc["total_word_style"]
    assert doc.counts.word_style >= cc["total_word_style"]  # we count lone %, +, / … as words
    # the difference is exactly the approximation's: reconstructed, it reproduces the label
    assert _readme_word_style("\n".join(p.text for p in doc.paragraphs)) == cc["total_word_style"]


@pytest.mark.parametrize("name", DEV)
def test_dev_report_profile_counts_match_the_labels(name: str, dev_analyses: dict) -> None:  # type: ignore[type-arg]
    analysis, labels = dev_analyses[name]
    ctx = CheckContext(analysis.document, analysis.standard, analysis.mapping, analysis.coverage)
    paras = profile_paragraphs(ctx)
    counts = add(count(p.text) for p in paras)
    cc = _char_counts(labels)
    assert counts == EXPECTED_PROFILE[name]
    assert counts.chars_no_spaces == cc["profile_no_whitespace"]
    assert counts.cjk == cc["profile_cjk_ideographs"]
    assert abs(counts.word_style - cc["profile_word_style"]) <= WORD_STYLE_TOLERANCE * cc["profile_word_style"]
    assert _readme_word_style("\n".join(p.text for p in paras)) == cc["profile_word_style"]


@pytest.mark.parametrize("name", DEV)
@pytest.mark.parametrize("convention", ["word_count", "chars_no_spaces"])
def test_dev_report_profile_over_limit_label(name: str, convention: str, dev_analyses: dict) -> None:  # type: ignore[type-arg]
    analysis, labels = dev_analyses[name]
    config = CheckConfig(length_convention=convention)  # type: ignore[arg-type]
    ctx = CheckContext(analysis.document, analysis.standard, analysis.mapping, analysis.coverage, config)
    found = _found(ctx, "profile-length-limit")
    assert bool([f for f in found if f.severity == "error"]) is labels["profile_over_limit"]
    assert len(found) == int(bool(labels["profile_over_limit"]))  # no near-limit warnings either
    assert _found(ctx, "length-limit") == []  # every dev report is well under its overall limit
    if found:
        expected = {"word_count": "3,302字，限额3,000字，超出302字", "chars_no_spaces": "3,505个字符，限额3,000个字符"}
        assert expected[convention] in found[0].message_zh
        assert [d.subject for d in found[0].details[:2]] == ["0.1 组织描述", "0.2 组织面临的挑战"]


def test_dev_report_findings_in_the_default_pipeline(dev_analyses: dict) -> None:  # type: ignore[type-arg]
    flagged = {name for name, (a, _) in dev_analyses.items() for f in a.findings if f.check == "profile-length-limit"}
    assert flagged == {"bj-meddevice"}
    assert not [f for a, _ in dev_analyses.values() for f in a.findings if f.check == "length-limit"]


def test_dev_report_with_an_overridden_limit(dev_analyses: dict) -> None:  # type: ignore[type-arg]
    analysis, _ = dev_analyses["szx-econ-smartmfg"]
    assert analysis.standard.profile_limit is None  # Shenzhen states no profile limit
    std = with_limits(analysis.standard, report_max=17000, profile_max=1600)
    ctx = CheckContext(analysis.document, std, analysis.mapping, analysis.coverage)
    assert "1,642字，限额1,600字，超出42字" in _one(ctx, "profile-length-limit").message_zh
    f = _one(ctx, "length-limit")
    assert "17,495字，限额17,000字，超出495字（2.9%）" in f.message_zh
    assert len(f.details) == 3 and all("比按分值应占的篇幅多约" in d.message_zh for d in f.details)
