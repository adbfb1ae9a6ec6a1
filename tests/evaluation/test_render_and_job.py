"""DOCX/PDF rendering of a variant reads back through SARA's readers; the eval job runs end-to-end."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from analyzer.evaluate import LabelledParagraph, load_labelled, pair_paragraphs
from analyzer.evaluation import perturb as P
from analyzer.evaluation.render import rendered
from analyzer.ingest import read_document

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "bj-logistics"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_rendered_formats_keep_every_paragraph(tmp_path: Path, fmt: str) -> None:
    if fmt == "pdf":
        pytest.importorskip("reportlab", reason="PDF rendering needs reportlab (the test extra)")
    doc = P.perturb(P.load(SAMPLE), "standard-numbers")
    folder, path = rendered(doc, fmt, tmp_path)
    assert path.suffix == f".{fmt}" and path.stat().st_size > 1000
    report = load_labelled(folder)
    read = read_document(path)
    pairs = pair_paragraphs(read, report.paragraphs)
    found = sum(p is not None for _, p in pairs)
    assert found >= 0.95 * len(pairs)
    heads = [p.text for p in read.paragraphs if p.kind == "heading"]
    assert any("高层领导的作用" in h for h in heads)
    # cached: the same call returns the same file without rewriting it
    mtime = path.stat().st_mtime_ns
    assert rendered(doc, fmt, tmp_path)[1] == path and path.stat().st_mtime_ns == mtime


def test_pdf_has_running_header_and_page_numbers(tmp_path: Path) -> None:
    pytest.importorskip("reportlab", reason="PDF rendering needs reportlab (the test extra)")
    from pdfminer.high_level import extract_text

    _, path = rendered(P.load(SAMPLE), "pdf", tmp_path)
    text = extract_text(str(path))
    assert text.count("- 2 -") == 1 and text.count("- 3 -") == 1
    assert text.count("北京霜屿冷链物流股份有限公司") > 3  # the header on every page


def _job():
    spec = importlib.util.spec_from_file_location("eval_generalize", ROOT / "pipelines" / "eval_generalize.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file executes
    spec.loader.exec_module(module)
    return module


def test_eval_job_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    job = _job()
    out = tmp_path / "run.json"
    code = job.main(
        ["--reports", "bj-logistics", "--variants", "as-written,no-numbers", "--formats", "md", "--jobs", "1",
         "--cache", str(tmp_path / "cache"), "--json", str(out)]
    )  # fmt: skip
    printed = capsys.readouterr().out
    assert code in (0, 1)
    payload = json.loads(out.read_text("utf-8"))
    cells = payload["cells"]
    assert {(c["report"], c["variant"], c["format"]) for c in cells} == {
        ("bj-logistics", "as-written", "md"),
        ("bj-logistics", "no-numbers", "md"),
    }
    assert all(not c["error"] and c["paragraphs"] == 63 for c in cells)
    assert all(0.0 <= c["accuracy"] <= 1.0 for c in cells)
    expected = {("6.2",)}  # the sample's missing clause
    assert all({(m,) for m in c["missing_true"]} == expected for c in cells)
    assert ["7.5", "results-three-years"] in cells[0]["flags_true"]
    assert "goals (issue 12)" in printed and "took" in printed
    assert (code == 0) == all(g["met"] for g in payload["goals"])
    # a second run diffed against the first: deterministic, so nothing changed
    job.main(["--reports", "bj-logistics", "--variants", "as-written", "--formats", "md", "--jobs", "1",
              "--cache", str(tmp_path / "cache"), "--diff", str(out)])  # fmt: skip
    assert "(no cell changed)" in capsys.readouterr().out


def test_eval_job_refuses_unknown_variant(capsys: pytest.CaptureFixture[str]) -> None:
    assert _job().main(["--variants", "nope", "--formats", "md"]) == 2
    assert "unknown variant" in capsys.readouterr().err


def test_a_label_with_a_bullet_pairs_with_the_same_line_read_without_it(tmp_path: Path) -> None:
    md = tmp_path / "r.md"
    md.write_text("# 1 结果\n\n营业收入：2021年度21.9亿元\n\n-3.2%的降幅来自停产\n\n· \n", encoding="utf-8")
    read = read_document(md)
    labels = [
        LabelledParagraph("· 营业收入：2021年度", "1", "text"),
        LabelledParagraph("-3.2%的降幅", "1", "text"),
        LabelledParagraph("· 净利润：2021年度", "1", "text"),
    ]
    got = [p.text[:8] if p else None for _, p in pair_paragraphs(read, labels)]
    assert got == ["营业收入：202", "-3.2%的降幅", None]


def test_a_label_of_several_lines_pairs_with_the_paragraph_of_its_first_line(tmp_path: Path) -> None:
    # text copied from a web page: one sentence a line, a block a paragraph; the reader makes each
    # line a paragraph, and the label pairs with its first line's — only when they are equal
    md = tmp_path / "r.md"
    md.write_text("# 1 领导\n\n先说治理。\n董事会每季度开会。\n\n再说合规\n", encoding="utf-8")
    read = read_document(md)
    labels = [
        LabelledParagraph("先说治理。\n董事会每季度", "1", "text"),
        LabelledParagraph("再说合规。\n药品质量", "1", "text"),
    ]
    got = [p.text if p else None for _, p in pair_paragraphs(read, labels)]
    assert got == ["先说治理。", None]


def test_bullet_lines_pair_in_pdf_although_the_pdf_text_has_no_bullet(tmp_path: Path) -> None:
    pytest.importorskip("reportlab", reason="PDF rendering needs reportlab (the test extra)")
    doc = P.perturb(P.load(ROOT / "samples" / "wh-mfg-battery"), "table-bullets")
    folder, path = rendered(doc, "pdf", tmp_path)
    report = load_labelled(folder)
    bullets = [lab for lab in report.paragraphs if lab.text_start.lstrip().startswith(("·", "•", "●", "-"))]
    read = read_document(path)
    assert bullets, "the variant writes bullet lines"
    unpaired = [lab.text_start for lab, p in pair_paragraphs(read, report.paragraphs) if p is None]
    assert unpaired == []


def test_a_traditional_label_pairs_with_a_paragraph_read_in_simplified_or_mixed_characters(tmp_path: Path) -> None:
    # OCR of a traditional report may give some characters in simplified form: pairing compares both
    # sides in simplified characters
    md = tmp_path / "r.md"
    md.write_text("# 1 結果\n\n員工滿意度逐年提高，2023年達到88分。\n\n顾客满意度連續三年提升。\n", encoding="utf-8")
    read = read_document(md)
    labels = [
        LabelledParagraph("員工滿意度逐年提高", "1", "text"),
        LabelledParagraph("顧客滿意度連續三年", "1", "text"),
    ]
    assert [p is not None for _, p in pair_paragraphs(read, labels)] == [True, True]


def test_docx_sets_markdown_inline_markup_as_word_does(tmp_path: Path) -> None:
    """``**…**`` becomes a bold run (no asterisks in the text), and each further line of a
    paragraph follows a line break: ``第 3 页 共 12 页`` and the running header stay two lines."""
    import docx

    from analyzer.evaluation.perturb.labelled import Block, LabelledDoc

    blocks = (
        Block("heading", "自评报告", None, level=1),
        Block("heading", "**【主要做法】**", "1.1", level=2),
        Block("text", "**写在前面** 本报告由质量部编写。", "1.1"),
        Block("text", "第 3 页 共 12 页\n北京某热力有限公司 质量管理奖自评报告", None),
    )
    doc = LabelledDoc("inline", "beijing-2020", blocks, (), (), (), (), False, (), ())
    _, path = rendered(doc, "docx", tmp_path)
    paras = docx.Document(str(path)).paragraphs
    texts = [p.text for p in paras]
    assert "【主要做法】" in texts and not any("**" in t for t in texts)
    lead = next(p for p in paras if p.text.startswith("写在前面"))
    assert [(r.text, bool(r.bold)) for r in lead.runs] == [("写在前面", True), (" 本报告由质量部编写。", False)]
    assert "第 3 页 共 12 页\n北京某热力有限公司 质量管理奖自评报告" in texts


ONLINE_REPORT = (
    "# 🚀 某某电子自评报告\n\n"
    "## 📌 1.1 文化引领\n\n"
    "文化靠几个固定动作传下去：每月一次新人第一课，由总经理亲自讲公司创业时那次下架退款的经过；每周一次部门复盘，"
    "把用户差评逐条过一遍，找到责任人和改进办法；每年一次价值观共创会，请一线员工讲身边的故事，再由管理层修订行为准则。\n\n"
    "> 💡 小贴士：价值观考核不是凭印象打分，每条评价都要附一个具体事例。\n\n"
    "👉 周五开放麦：管理层每周五下午轮流答疑，问答全部存档。\n"
)
ONLINE_LABELS = {
    "standard": "shenzhen-economic-2019",
    "headings": [
        {"text": "🚀 某某电子自评报告", "level": 1, "clause": None},
        {"text": "📌 1.1 文化引领", "level": 2, "clause": "1.1"},
    ],
    "paragraphs": [
        {"text_start": "文化靠几个固定动作传下去：每月一次新人第", "clause": "1.1", "kind": "text"},
        {"text_start": "> 💡 小贴士：价值观考核不是凭印象打分", "clause": "1.1", "kind": "text"},
        {"text_start": "👉 周五开放麦：管理层每周五下午轮流答疑", "clause": "1.1", "kind": "text"},
    ],
    "missing_clauses": [],
}


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
def test_an_online_document_s_quotes_and_emoji_render_as_shown_and_pair(tmp_path: Path, fmt: str) -> None:
    # a quote shows its text (no ">"), and the PDF's font has no emoji: an exporter draws them as
    # pictures, so the PDF holds the text without them; every label still finds its paragraph
    if fmt == "pdf":
        pytest.importorskip("reportlab", reason="PDF rendering needs reportlab (the test extra)")
    src = tmp_path / "src"
    src.mkdir()
    (src / "report.md").write_text(ONLINE_REPORT, "utf-8")
    (src / "labels.json").write_text(json.dumps(ONLINE_LABELS, ensure_ascii=False), "utf-8")
    folder, path = rendered(P.load(src), fmt, tmp_path / "cache")
    read = read_document(path)
    texts = [p.text for p in read.paragraphs if p.kind == "text"]
    assert not any(t.startswith(">") for t in texts)
    if fmt == "pdf":
        assert not any("💡" in t or "👉" in t for t in texts)
        assert any(t.startswith("小贴士：价值观考核") for t in texts)
    pairs = pair_paragraphs(read, load_labelled(folder).paragraphs)
    assert all(p is not None for _, p in pairs)
