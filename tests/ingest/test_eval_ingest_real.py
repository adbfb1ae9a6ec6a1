"""pipelines/eval_ingest_real.py: its independent references agree with SARA on our fixtures."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.fixtures import make_docx

ROOT = Path(__file__).resolve().parents[2]


def _module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_ingest_real", ROOT / "pipelines" / "eval_ingest_real.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_docx_reference_uses_words_rules(tmp_path: Path) -> None:
    path = tmp_path / "word_rules.docx"
    path.write_bytes(make_docx.word_rules_docx())
    ev = _module()
    assert ev.docx_reference(path) == make_docx.WORD_RULES_COUNT
    row = ev.run_one(path, speed=False)
    assert (row.outcome, row.reader, row.words, row.disagreement) == ("ok", "docx", make_docx.WORD_RULES_COUNT, 0.0)


def test_docx_reference_follows_the_text_box_and_note_setting(tmp_path: Path) -> None:
    """Word counts text boxes, footnotes and endnotes unless w:doNotIncludeSubdocsInStats says not to."""
    from analyzer.text.counts import count

    ev = _module()
    subdocs = sum(count(t).word_style for t in make_docx.RICH_TEXTBOXES + make_docx.RICH_NOTES)
    rows = []
    for name, flag in (("default.docx", None), ("flagged.docx", b"<w:doNotIncludeSubdocsInStats/>")):
        path = tmp_path / name
        path.write_bytes(make_docx.with_subdocs_setting(make_docx.rich_docx(), flag))
        rows.append(ev.run_one(path, speed=False))
    assert [r.disagreement for r in rows] == [0.0, 0.0]
    assert rows[0].reference - rows[1].reference == subdocs > 0


def test_pdf_reference_and_summary(tmp_path: Path) -> None:
    pytest.importorskip("reportlab", reason="the PDF fixtures are drawn with reportlab (test extra)")
    from tests.fixtures import make_pdf_real as real

    ev = _module()
    rows = []
    for name, data in (("toc.pdf", real.toc_leader_pdf()), ("damaged.pdf", real.damaged_xref_pdf())):
        (tmp_path / name).write_bytes(data)
        rows.append(ev.run_one(tmp_path / name, speed=False))
    assert [r.disagreement for r in rows] == [0.0, 0.0]
    assert [r.reader for r in rows] == ["pdfminer", "pdfium-repair"]
    summary = "\n".join(ev.summarise(rows))
    assert "within tolerance 2/2" in summary and "crashes 0" in summary


def test_a_rejection_is_false_only_when_the_reference_finds_text(tmp_path: Path) -> None:
    pytest.importorskip("reportlab", reason="the PDF fixtures are drawn with reportlab (test extra)")
    from tests.fixtures import make_pdf_real as real

    ev = _module()
    (tmp_path / "outline.pdf").write_bytes(real.outline_pdf(2))
    outline = ev.run_one(tmp_path / "outline.pdf", speed=False)  # OCR off: rejected, and rightly
    assert (outline.outcome, outline.reference) == ("NoTextLayer", 0)
    readable = ev.Row("readable.pdf", "pdf", "CorruptFile", None, 0.1, 0.1, None, 5000, None)
    summary = "\n".join(ev.summarise([outline, readable]))
    assert "rejected 2 (false: 1)" in summary
    assert "false rejection: readable.pdf (CorruptFile, reference 5000)" in summary


def test_files_without_a_readable_reference_are_counted_apart() -> None:
    # a font PDFium cannot decode either gives control codes and private-use characters: such a
    # reference counts noise, and the summary says how many files have none
    ev = _module()
    assert ev.undecodable_share("\x1b\x87ê\x13 ab") == pytest.approx(3 / 6)
    assert ev.undecodable_share("质量管理 ISO 9001") == 0.0
    assert ev.undecodable_share("ε\uf03e0 and \uf0a5") == pytest.approx(2 / 7)

    def row(name: str, words: int, undecodable: float) -> object:
        off = (words - 100) / 100
        return ev.Row(name, "pdf", "ok", words, 0.1, 0.1, "pdfminer", 100, off, None, "", "", 0.1, undecodable)

    rows = [row("a.pdf", 100, 0.0), row("b.pdf", 130, 0.0), row("noise.pdf", 160, 0.8)]
    summary = "\n".join(ev.summarise(rows))  # type: ignore[arg-type]
    assert "within tolerance 1/3" in summary
    assert "reference itself is text (under 10% of its characters undecodable): 1/2 (50%); 1 file(s)" in summary


def test_speed_ratio_is_over_files_pdfminer_reads() -> None:
    # fixed numbers, no clock: the PDF path (read_raw) and read_raw + segmentation against
    # extract_text; a file only PDFium's repair opens is left out (extract_text gives up on it)
    ev = _module()

    def row(name: str, reader: str, total: float, read: float, miner: float) -> object:
        return ev.Row(name, "pdf", "ok", 100, total, total, reader, 100, 0.0, miner, "", "", read)

    rows = [
        row("a.pdf", "pdfminer", 1.5, 1.2, 1.0),
        row("b.pdf", "pdfminer", 2.8, 2.4, 2.0),
        row("repaired.pdf", "pdfium-repair", 0.5, 0.4, 0.005),
    ]
    summary = "\n".join(ev.summarise(rows))  # type: ignore[arg-type]
    assert "PDF path (read_raw) CPU / pdfminer extract_text: median 1.20x, max 1.20x" in summary
    assert "over 1.3x: 0 of 2" in summary
    assert "segmentation CPU / pdfminer extract_text: median 1.45x, max 1.50x (a.pdf); over 1.3x: 2 of 2" in summary
