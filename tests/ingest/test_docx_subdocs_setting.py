"""Word's 字数 includes text boxes, footnotes and endnotes unless the document says otherwise: the
dialog's checkbox is saved as ``w:doNotIncludeSubdocsInStats`` in word/settings.xml. The text-box
and note diagnostics say which of the two this document's Word count does, and SARA's 字数 follows it
(issue 13; the counts themselves: tests/text/test_subdocs_counts.py)."""

from __future__ import annotations

from pathlib import Path

from analyzer.ingest.docx import read_docx
from tests.fixtures import make_docx


def _messages(tmp_path: Path, flag: bytes | None) -> dict[str, str]:
    path = tmp_path / "rich.docx"
    path.write_bytes(make_docx.with_subdocs_setting(make_docx.rich_docx(), flag))
    raw = read_docx(path)
    messages = {d.code: d.message_en for d in raw.diagnostics}
    assert raw.word_counts_subdocs == ("SARA's 字数 counts them as Word does" in messages["docx-footnotes"])
    return messages


def test_default_word_setting_counts_text_boxes_and_notes(tmp_path: Path) -> None:
    messages = _messages(tmp_path, None)
    for code in ("docx-textboxes", "docx-footnotes"):
        assert "SARA's 字数 counts them as Word does" in messages[code]


def test_saved_setting_that_excludes_them(tmp_path: Path) -> None:
    for flag in (b"<w:doNotIncludeSubdocsInStats/>", b'<w:doNotIncludeSubdocsInStats w:val="true"/>'):
        messages = _messages(tmp_path, flag)
        for code in ("docx-textboxes", "docx-footnotes"):
            assert "SARA's 字数 leaves them out as Word does" in messages[code]


def test_setting_turned_off_explicitly_counts_them(tmp_path: Path) -> None:
    messages = _messages(tmp_path, b'<w:doNotIncludeSubdocsInStats w:val="0"/>')
    assert "SARA's 字数 counts them as Word does" in messages["docx-footnotes"]
