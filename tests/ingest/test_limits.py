"""Hard limits on hostile input (issue 14 items 14, 15, 21): each limit refuses with a bilingual
:class:`LimitExceeded`, tested on a small input against a limit lowered for the test, next to an
input just within it. The full-size hostile inputs are measured by ``pipelines/bench_hostile.py``."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import pytest

from analyzer.errors import EmptyFile, LimitExceeded, TooLittleText, UndecodableText
from analyzer.ingest import IngestConfig, Limits, read_raw
from analyzer.ingest._pdf_limits import check_streams, inflate
from analyzer.ingest.limits import Budget, reading
from analyzer.ingest.text import decode_text, plausibility
from analyzer.text.headings import ordinal_value

BODY = "组织的高层领导确定组织的使命、愿景和价值观，并通过以身作则推动质量文化建设。"


# --------------------------------------------------------------------------- small PDFs by hand


def make_pdf(pages: list[bytes], *, compress: bool = True, extra: list[bytes] = ()) -> bytes:  # type: ignore[assignment]
    """A valid PDF whose pages have the given content streams (Helvetica as /F1)."""
    n = len(pages)
    objs: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(f"{4 + 2 * i} 0 R".encode() for i in range(n))
        + f"] /Count {n} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for content in pages:
        body = zlib.compress(content, 9) if compress else content
        filt = b" /Filter /FlateDecode" if compress else b""
        page_no = len(objs) + 1
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents "
            + f"{page_no + 1} 0 R".encode()
            + b" /Resources << /Font << /F1 3 0 R >> >> >>"
        )
        objs.append(f"<< /Length {len(body)}".encode() + filt + b" >>\nstream\n" + body + b"\nendstream")
    objs.extend(extra)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def text_page(lines: int, per_line: int = 60, page: int = 0) -> bytes:
    ops = [b"BT /F1 9 Tf 40 800 Td 11 TL"]
    for i in range(lines):
        words = b"%s leadership %s strategy " % (b"abcdefghij"[page : page + 1] * (page + 1), b"%d" % i)
        ops.append(b"(" + words.ljust(per_line, b"x") + b") '")
    ops.append(b"ET")
    return b"\n".join(ops)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def limited(**kw: float) -> IngestConfig:
    return IngestConfig(limits=Limits(**kw))  # type: ignore[arg-type]


def refused(path: Path, config: IngestConfig, kind: str) -> LimitExceeded:
    with pytest.raises(LimitExceeded) as info:
        read_raw(path, config)
    err = info.value
    assert err.kind == kind
    assert "文件超出处理上限" in err.message_zh and "exceeds a processing limit" in err.message_en
    assert str(path) in err.message_zh and str(path) in err.message_en
    return err


# --------------------------------------------------------------------------- PDF


def test_flate_bomb_is_stopped_while_inflating(tmp_path: Path) -> None:
    # 64 MB of spaces compress to ~64 KB; the budget of 8 MB stops the inflation at 8 MB.
    bomb = write(tmp_path, "bomb.pdf", make_pdf([b" " * (64 << 20)]))
    assert bomb.stat().st_size < 200_000
    err = refused(bomb, limited(max_decompressed_bytes=8 << 20), "decompressed")
    assert err.seen <= (8 << 20) + (1 << 20) + 1  # never more than one chunk over the limit
    assert "解压后的数据量" in err.message_zh and "8 MB" in err.message_en


def test_a_pdf_within_the_decompression_budget_reads(tmp_path: Path) -> None:
    ok = write(tmp_path, "ok.pdf", make_pdf([text_page(30)]))
    raw = read_raw(ok, limited(max_decompressed_bytes=8 << 20))
    assert raw.pages == 1 and "strategy" in " ".join(b.text for b in raw.blocks)


def test_inflate_and_the_pdfium_precheck_charge_the_same_budget() -> None:
    data = zlib.compress(b"a" * 5_000_000)
    with reading("x.pdf", Limits(max_decompressed_bytes=1_000_000)), pytest.raises(LimitExceeded):
        inflate(data)
    with reading("x.pdf", Limits(max_decompressed_bytes=10_000_000)) as budget:
        assert inflate(data) == b"a" * 5_000_000 and budget.decompressed == 5_000_000
    pdf = make_pdf([b" " * 3_000_000])
    with reading("x.pdf", Limits(max_decompressed_bytes=1_000_000)), pytest.raises(LimitExceeded) as info:
        check_streams(pdf)  # what runs before PDFium is handed a file
    assert info.value.kind == "decompressed"
    with reading("x.pdf", Limits(max_decompressed_bytes=4_000_000)):
        check_streams(pdf)


def test_image_streams_are_not_inflated_for_pdfium() -> None:
    image = b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /Filter /FlateDecode >>\nstream\n"
    pdf = make_pdf([b"BT ET"], extra=[image + zlib.compress(b"\0" * 3_000_000) + b"\nendstream"])
    with reading("x.pdf", Limits(max_decompressed_bytes=1_000_000)):
        check_streams(pdf)


def test_page_count_is_checked_before_reading_pages(tmp_path: Path) -> None:
    many = write(tmp_path, "many.pdf", make_pdf([text_page(2, page=i) for i in range(6)]))
    err = refused(many, limited(max_pages=5), "pages")
    assert err.seen == 6 and "页数" in err.message_zh
    assert read_raw(many, limited(max_pages=6)).pages == 6


def test_glyphs_per_page(tmp_path: Path) -> None:
    dense = write(tmp_path, "dense.pdf", make_pdf([text_page(40)]))  # 40 lines × 60 characters
    refused(dense, limited(max_glyphs_per_page=2000), "glyphs-per-page")
    assert read_raw(dense, limited(max_glyphs_per_page=2500)).pages == 1


def test_glyphs_per_document(tmp_path: Path) -> None:
    doc = write(tmp_path, "doc.pdf", make_pdf([text_page(20, page=i) for i in range(4)]))  # 4 × 1,200 glyphs
    refused(doc, limited(max_glyphs=4000), "glyphs")
    assert read_raw(doc, limited(max_glyphs=5000)).pages == 4


def test_paths_per_page(tmp_path: Path) -> None:
    drawn = b"\n".join(b"%d 100 m %d 200 l S" % (i % 500, i % 500) for i in range(300))
    pdf = write(tmp_path, "paths.pdf", make_pdf([drawn + b"\n" + text_page(3)]))
    refused(pdf, limited(max_drawings_per_page=200), "drawings-per-page")
    assert read_raw(pdf, limited(max_drawings_per_page=400)).pages == 1


def test_reading_deadline(tmp_path: Path) -> None:
    pdf = write(tmp_path, "slow.pdf", make_pdf([text_page(5, page=i) for i in range(3)]))
    err = refused(pdf, limited(max_seconds=1e-9), "time")  # any real read takes longer
    assert "读取时间" in err.message_zh and "reading time" in err.message_en


def test_budget_ticks_look_at_the_clock() -> None:
    budget = Budget(Limits(max_seconds=1e-9), "x")
    with pytest.raises(LimitExceeded):
        for _ in range(Budget._CLOCK_EVERY + 1):
            budget.tick()


# --------------------------------------------------------------------------- DOCX

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(tmp_path: Path, paragraphs: list[str], name: str = "r.docx") -> Path:
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in paragraphs)
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    p = tmp_path / name
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", xml)
    return p


def test_docx_xml_bytes_are_limited_before_parsing(tmp_path: Path) -> None:
    p = make_docx(tmp_path, [BODY] * 400)  # ~65 KB of XML
    err = refused(p, limited(max_xml_bytes=32_000), "xml")
    assert "XML" in err.message_zh
    assert len(read_raw(p, limited(max_xml_bytes=200_000)).blocks) == 400


def test_docx_paragraphs(tmp_path: Path) -> None:
    p = make_docx(tmp_path, [BODY] * 120)
    refused(p, limited(max_paragraphs=100), "paragraphs")
    assert len(read_raw(p, limited(max_paragraphs=120)).blocks) == 120


def test_docx_characters(tmp_path: Path) -> None:
    p = make_docx(tmp_path, [BODY] * 20)  # 20 × 38 characters
    refused(p, limited(max_glyphs=700), "glyphs")
    assert read_raw(p, limited(max_glyphs=800)).format == "docx"


# --------------------------------------------------------------------------- TXT and Markdown


def test_text_over_the_character_limit_is_refused_by_its_size(tmp_path: Path) -> None:
    p = write(tmp_path, "big.txt", (BODY * 300).encode())  # 11,400 characters, 34 KB
    err = refused(p, limited(max_glyphs=8000), "glyphs")
    assert err.seen == p.stat().st_size // 4  # decided from the size alone, before decoding
    assert read_raw(p, limited(max_glyphs=12_000)).format == "txt"


def test_text_characters_after_decoding(tmp_path: Path) -> None:
    p = write(tmp_path, "r.md", (BODY * 300).encode())  # 34 KB: under 4 × 9,000 bytes
    refused(p, limited(max_glyphs=9000), "glyphs")


def test_text_paragraphs(tmp_path: Path) -> None:
    p = write(tmp_path, "r.txt", "\n\n".join([BODY] * 60).encode())
    refused(p, limited(max_paragraphs=50), "paragraphs")
    assert len(read_raw(p, limited(max_paragraphs=60)).blocks) == 60


def test_limits_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_pages"):
        Limits(max_pages=0)


# --------------------------------------------------------------------------- item 21: accept or refuse


def test_one_byte_file_is_not_a_report(tmp_path: Path) -> None:
    with pytest.raises(TooLittleText) as info:
        read_raw(write(tmp_path, "a.txt", b"a"))
    assert "不是一份报告" in info.value.message_zh and "not a report" in info.value.message_en


def test_zero_width_characters_are_empty(tmp_path: Path) -> None:
    p = write(tmp_path, "zw.txt", ("\u200b\u200c\u200d\ufeff\u2060" * 2000).encode())
    with pytest.raises(EmptyFile):
        read_raw(p)
    few = write(tmp_path, "few.md", ("\u200b质\u200b量" * 3).encode())  # 6 visible characters
    with pytest.raises(TooLittleText) as info:
        read_raw(few)
    assert "6 个字符" in info.value.message_zh


def test_a_short_report_is_still_read(tmp_path: Path) -> None:
    raw = read_raw(write(tmp_path, "short.txt", "一、领导\n\n高层领导确定方向。".encode()))
    assert [b.text for b in raw.blocks] == ["一、领导", "高层领导确定方向。"]


TRAD = "第一章 領導\n1.1 組織的高層領導確定方向，2023年營業收入38.6億元，同比增長12%。\n"
SIMP = "第一章 领导\n1.1 组织的高层领导确定方向，2023年营业收入38.6亿元，同比增长12%。\n"


def test_big5_is_decoded_as_big5_not_gb18030() -> None:
    data = TRAD.encode("big5")
    data.decode("gb18030")  # valid GB18030 too: only the decoded text tells them apart
    assert decode_text(data, "x") == (TRAD, "big5")
    assert decode_text(SIMP.encode("gb18030"), "x") == (SIMP, "gb18030")
    assert decode_text(SIMP.encode("gbk"), "x") == (SIMP, "gb18030")


def test_big5_read_as_a_report_says_its_encoding(tmp_path: Path) -> None:
    raw = read_raw(write(tmp_path, "trad.txt", (TRAD * 3).encode("cp950")))
    assert raw.blocks[0].text == "第一章 領導"
    assert any(d.code == "text-encoding" and "big5" in d.message_en for d in raw.diagnostics)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_short_utf16_without_bom(codec: str) -> None:
    for text in ("自评报告质量", SIMP, "质量\n领导"):
        assert decode_text(text.encode(codec), "x") == (text, "utf-16")


def test_garbage_is_refused_not_guessed() -> None:
    import random

    rnd = random.Random(5)
    junk = bytes(rnd.randrange(0x80, 0x100) for _ in range(3000))
    with pytest.raises(UndecodableText):
        decode_text(junk, "x")
    assert plausibility(TRAD.encode("big5").decode("gb18030")) < 0.9 <= plausibility(TRAD)


@pytest.mark.parametrize(
    ("number", "value"),
    [("⑴", 1), ("⒉", 2), ("㈢", 3), ("㊃", 4), ("Ⅳ", 4), ("（⑵）", 2), ("１２", 12), ("十二", 12), ("①", 1)],
)
def test_ordinal_value_reads_enclosed_numbers(number: str, value: int) -> None:
    assert ordinal_value(number) == value


@pytest.mark.parametrize("number", ["1.1", "½", "", None, "²³x", "⑴⑵"])
def test_ordinal_value_never_raises(number: str | None) -> None:
    assert ordinal_value(number) is None
