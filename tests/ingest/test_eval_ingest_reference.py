"""pipelines/eval_ingest_real.py's DOCX reference counts what Word counts where python-docx's own
API does not reach (issue 13): a TOC in a body-level content control, and a merged table cell once."""

from __future__ import annotations

import copy
import importlib.util
import sys
from pathlib import Path

import docx
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parents[2]


def _module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_ingest_real_ref", ROOT / "pipelines" / "eval_ingest_real.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def _wrap_in_sdt(paragraphs: list) -> None:  # type: ignore[type-arg]
    """Move ``paragraphs`` into one block-level content control, as Word stores its TOC."""
    first = paragraphs[0]._p
    sdt = first.makeelement(qn("w:sdt"), {})
    sdt.append(sdt.makeelement(qn("w:sdtPr"), {}))
    content = sdt.makeelement(qn("w:sdtContent"), {})
    sdt.append(content)
    first.addprevious(sdt)
    for p in paragraphs:
        content.append(p._p)


def test_toc_in_a_content_control_is_counted(tmp_path: Path) -> None:
    d = docx.Document()
    toc = [d.add_paragraph("目录"), d.add_paragraph("第一章 绪论 1")]  # 2 + (3 + 2 + 1)
    d.add_paragraph("正文内容")  # 4
    _wrap_in_sdt(toc)
    path = tmp_path / "toc.docx"
    d.save(str(path))
    ev = _module()
    assert ev.docx_reference(path) == 12
    row = ev.run_one(path, speed=False)
    assert (row.outcome, row.words, row.disagreement) == ("ok", 12, 0.0)


def test_vertically_merged_cell_is_counted_once(tmp_path: Path) -> None:
    d = docx.Document()
    table = d.add_table(rows=3, cols=2)
    merged = table.cell(0, 0).merge(table.cell(2, 0))
    merged.text = "合并单元格说明"  # 7, once
    for r, text in enumerate(("甲方", "乙方", "丙方")):  # 2 each
        table.cell(r, 1).text = text
    path = tmp_path / "merged.docx"
    d.save(str(path))
    ev = _module()
    assert ev.docx_reference(path) == 13
    row = ev.run_one(path, speed=False)
    assert (row.outcome, row.words, row.disagreement) == ("ok", 13, 0.0)


def test_inline_content_control_runs_are_counted(tmp_path: Path) -> None:
    d = docx.Document()
    p = d.add_paragraph("自评报告正文内容")  # 8
    run = p.add_run("填写日期")._r  # 4, moved into an inline content control
    sdt = run.makeelement(qn("w:sdt"), {})
    content = sdt.makeelement(qn("w:sdtContent"), {})
    sdt.append(content)
    run.addprevious(sdt)
    content.append(copy.deepcopy(run))
    run.getparent().remove(run)
    path = tmp_path / "inline.docx"
    d.save(str(path))
    ev = _module()
    assert ev.docx_reference(path) == 12
    assert ev.run_one(path, speed=False).words == 12


_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def _math(p, text: str) -> None:  # type: ignore[no-untyped-def]
    """Append an inline OMML equation with ``text`` to paragraph ``p``."""
    from lxml import etree

    omath = etree.SubElement(p._p, f"{{{_M}}}oMath")
    etree.SubElement(etree.SubElement(omath, f"{{{_M}}}r"), f"{{{_M}}}t").text = text


def test_equations_are_counted_in_their_place(tmp_path: Path) -> None:
    """Equation text read where it stands: appended at the paragraph's end, ``ρ=a`` ran into the
    words around it and the reference counted a physics exam 3% low."""
    d = docx.Document()
    p = d.add_paragraph("已知质点在极坐标内运动")  # 11
    _math(p, "ρ=a")  # 1
    p.add_run(" , ")  # 1 (the comma stands alone between spaces)
    _math(p, "φ=ω0")  # 1
    p.add_run("，其中两个量都是常量")  # 10
    path = tmp_path / "maths.docx"
    d.save(str(path))
    ev = _module()
    assert ev.docx_reference(path) == 24
    assert ev.run_one(path, speed=False).words == 24


def test_equations_in_text_boxes_are_counted(tmp_path: Path) -> None:
    """A figure's labels are often equations inside VML text boxes (``v0``, ``ω0``)."""
    from lxml import etree

    d = docx.Document()
    d.add_paragraph("如图所示，质点沿圆周运动，速度大小保持不变，方向随时间改变。")  # 30
    host = d.add_paragraph()
    v = "urn:schemas-microsoft-com:vml"
    pict = etree.SubElement(host.add_run()._r, qn("w:pict"))
    shape = etree.SubElement(pict, f"{{{v}}}shape")
    box = etree.SubElement(etree.SubElement(shape, f"{{{v}}}textbox"), qn("w:txbxContent"))
    inner = etree.SubElement(box, qn("w:p"))
    omath = etree.SubElement(inner, f"{{{_M}}}oMath")
    etree.SubElement(etree.SubElement(omath, f"{{{_M}}}r"), f"{{{_M}}}t").text = "v0"  # 1
    path = tmp_path / "box.docx"
    d.save(str(path))
    ev = _module()
    assert ev.docx_reference(path) == 31
    assert ev.run_one(path, speed=False).words == 31
