"""Text pasted out of a PDF: running headers and page numbers are not paragraphs of the report."""

from __future__ import annotations

from pathlib import Path

from analyzer.ingest import read_document
from analyzer.ingest.text import strip_page_furniture

HEADER = "武汉沣澜燃气有限公司 2024年武汉市市长质量奖自评报告"

PASTED = (
    f"{HEADER}\n\n申报单位：武汉沣澜燃气有限公司\n\n第一部分 组织环境\n\n"
    "公司成立于2003年，负责主城区的管道天然气供应。\n- 2 -\n"
    f"{HEADER}\n\n"
    "公司设党委、董事会和经理层，实行安全生产责任制。\n第 3 页 共 45 页\n"
    f"{HEADER}\n\n"
    "第二部分 领导作用\n\n一、引领发展\n\n班子每年修订一次安全供气承诺，向用户公开。\n9\n"
    f"{HEADER}\n\n"
    "管网长度（公里）\n12\n"
)


def test_running_headers_and_page_numbers_are_removed_and_the_title_kept() -> None:
    text, removed = strip_page_furniture(PASTED)
    assert removed == 6
    assert text.startswith(HEADER)  # the title line opening the document stays
    assert text.count(HEADER) == 1
    assert "- 2 -" not in text and "第 3 页" not in text
    assert "\n9\n" not in text
    # a bare figure that no header or page number stands beside may be data: it stays
    assert text.rstrip().endswith("管网长度（公里）\n12")


def test_a_report_without_furniture_is_left_as_it_is() -> None:
    text = (
        "深圳某公司自评报告\n\n一、领导\n\n方法\n\n班子每年研究一次方向。\n\n"
        "方法\n\n董事会下设三个委员会。\n\n方法\n\n略。\n"
    )
    assert strip_page_furniture(text) == (text, 0)


def test_the_reader_says_how_many_lines_it_removed(tmp_path: Path) -> None:
    path = tmp_path / "pasted.txt"
    path.write_text(PASTED, encoding="utf-8")
    doc = read_document(path)
    assert not any(p.text.strip() in {"- 2 -", "9"} or p.text.startswith("第 3 页") for p in doc.paragraphs)
    (diag,) = [d for d in doc.diagnostics if d.code == "page-furniture"]
    assert "6" in diag.message_zh and "6" in diag.message_en
