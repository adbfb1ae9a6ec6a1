"""Word's 字数 includes text boxes, footnotes and endnotes unless the document says otherwise: the
dialog's checkbox is saved as ``w:doNotIncludeSubdocsInStats`` in word/settings.xml. The text-box
and note diagnostics say which of the two this document's Word count does (issue 13)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from analyzer.ingest.docx import read_docx
from tests.fixtures import make_docx

_FLAG = re.compile(rb"<w:doNotIncludeSubdocsInStats[^>]*/>")


def _with_setting(data: bytes, flag: bytes | None) -> bytes:
    """``data`` (a DOCX) with its settings part carrying ``flag`` (or no flag at all)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/settings.xml":
                body = _FLAG.sub(b"", body)
                if flag is not None:
                    body = re.sub(rb"(<w:settings[^>]*>)", rb"\1" + flag, body, count=1)
            dst.writestr(item, body)
    return out.getvalue()


def _messages(tmp_path: Path, flag: bytes | None) -> dict[str, str]:
    path = tmp_path / "rich.docx"
    data = make_docx.rich_docx()
    assert b"word/settings.xml" in data  # the fixture has a settings part to edit
    path.write_bytes(_with_setting(data, flag))
    raw = read_docx(path)
    messages = {d.code: d.message_en for d in raw.diagnostics}
    assert raw.word_counts_subdocs == ("Word shows a larger count" in messages["docx-footnotes"])
    return messages


def test_default_word_setting_counts_text_boxes_and_notes(tmp_path: Path) -> None:
    messages = _messages(tmp_path, None)
    for code in ("docx-textboxes", "docx-footnotes"):
        assert "Word shows a larger count" in messages[code]


def test_saved_setting_that_excludes_them(tmp_path: Path) -> None:
    for flag in (b"<w:doNotIncludeSubdocsInStats/>", b'<w:doNotIncludeSubdocsInStats w:val="true"/>'):
        messages = _messages(tmp_path, flag)
        for code in ("docx-textboxes", "docx-footnotes"):
            assert "as this document's Word setting does" in messages[code]


def test_setting_turned_off_explicitly_counts_them(tmp_path: Path) -> None:
    messages = _messages(tmp_path, b'<w:doNotIncludeSubdocsInStats w:val="0"/>')
    assert "Word shows a larger count" in messages["docx-footnotes"]
