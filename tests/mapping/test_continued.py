"""A report converted from slides: a heading written again on the next slide (``（续）``, ``（续二）``)
continues its section, and a line that only names a clause under a heading in the organisation's
own words (``——1.1.2``) says which clause it answers. Real pipeline, lexical backend."""

from __future__ import annotations

from pathlib import Path

from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard

SLIDES = [
    ("## 1.1.1 确定方向", ["- 管理层每年走访长者家庭，盘点相关方需求", "- 方向写进年度方向书，发到各中心"]),
    ("## 把人带好、把心留住", ["——1.1.2", "- 老护理员带新人，带教三个月", "- 每年一次员工体检和技能比武"]),
    # 1.2.1 对标定位 has no slide; its number is used by mistake for 保障机制 (1.2.2), three slides long
    ("## 1.2.1 保障机制", ["- 预算按中心编制，每月看执行偏差", "- 内审每半年一次，外审每年一次"]),
    ("## 1.2.1 保障机制（续）", ["- 风险清单：跌倒、走失、食品安全", "- 每类风险有责任人和预案"]),
    ("## 1.2.1 保障机制（续二）", ["- 举报渠道直通董事会", "- 廉洁巡查每年两次"]),
]


def test_continued_slides_and_tag_lines(tmp_path: Path) -> None:
    lines = ["# 深圳某长者照护服务有限公司自评报告", "", "# 一、高标准定位", ""]
    for heading, bullets in SLIDES:
        lines += [heading, "", *[x for b in bullets for x in (b, "")]]
    path = tmp_path / "slides.md"
    path.write_text("\n".join(lines), "utf-8")
    doc = read_document(path)
    a = analyze_document(doc, load_standard("shenzhen-service-2019"), AnalyzeOptions(backend="lexical"))
    got = [(s.title, a.mapping.alignment.clause_of(s.id)) for s in doc.sections if s.level == 2]
    assert got == [
        ("确定方向", "1.1.1"),
        ("把人带好、把心留住", "1.1.2"),
        ("保障机制", "1.2.2"),
        ("保障机制", "1.2.2"),
        ("保障机制", "1.2.2"),
    ]
