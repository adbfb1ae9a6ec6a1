"""The PDF reader against committed fixtures (``tests/fixtures/pdf``, built by
``tests/fixtures/make_pdf.py``) and against hand-built layouts for the heuristics."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from analyzer.errors import CorruptFile, EncryptedPdf, NoTextLayer
from analyzer.ingest import read_raw
from analyzer.ingest._pdf_layout import (
    Line,
    PageLayout,
    Rule,
    build_blocks,
    find_furniture,
    font_is_bold,
    is_page_number,
    join_fragments,
    lead_width,
    merge_row_pieces,
    starts_list_item,
)
from analyzer.ingest.blocks import Block, RawDocument
from analyzer.ingest.pdf import read_pdf
from tests.fixtures import make_pdf

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PDFS = FIXTURES / "pdf"


@pytest.fixture(scope="module")
def rl() -> RawDocument:
    return read_pdf(PDFS / "rl_report.pdf")


@pytest.fixture(scope="module")
def lo() -> RawDocument:
    return read_pdf(PDFS / "lo_report.pdf")


def _golden(doc: RawDocument, width: int = 12) -> list[tuple[str, int | None, int | None, str]]:
    return [(b.kind, b.style_level, b.page, b.text[:width]) for b in doc.blocks]


# ----------------------------------------------------------------------------- reportlab fixture


def test_reportlab_blocks_golden(rl: RawDocument) -> None:
    assert rl.format == "pdf"
    assert rl.pages == 2
    assert _golden(rl) == [
        ("heading", 1, 1, "栎川智造 深圳市市长质量"),
        ("heading", 2, 1, "0 组织简介"),
        ("paragraph", None, 1, "深圳市栎川智造装备股份有"),
        ("paragraph", None, 1, "公司业务由三大板块构成："),
        ("heading", 2, 1, "1 领导"),
        ("heading", 3, 1, "1.1 文化引领"),
        ("paragraph", None, 1, "高层领导每年组织两次战略"),
        ("paragraph", None, 1, "领导班子每年组织两次战略"),
        ("paragraph", None, 1, "公司高层每年组织两次战略"),
        ("paragraph", None, 1, "此外，川智造装备股份有限"),
        ("paragraph", None, 1, "同时，公司业务由三大板块"),
        ("paragraph", None, 1, "文化建设方面，公司将“图"),
        ("heading", 3, 2, "1.2 组织治理"),
        ("paragraph", None, 2, "公司治理结构由股东大会、"),
        ("paragraph", None, 2, "关键经营结果见表1-1，"),
        ("paragraph", None, 2, "表1-1 关键经营结果"),
        ("table", None, 2, "指标\t2021年\t202"),
        ("paragraph", None, 2, "从表中可以看出，公司营业"),
        ("heading", 4, 2, "（一）质量文化"),
        ("paragraph", None, 2, "公司推行“第一次就把事情"),
    ]


def test_reportlab_paragraph_text_is_exact(rl: RawDocument) -> None:
    texts = [b.text for b in rl.blocks if b.kind == "paragraph"]
    assert make_pdf.P_PROFILE_1 in texts
    assert make_pdf.P_PROFILE_2 in texts
    # Its last line is a lone "。" on a line of its own.
    assert make_pdf.P_GOV in texts


def test_paragraph_broken_across_pages_is_rejoined(rl: RawDocument) -> None:
    (block,) = [b for b in rl.blocks if b.text.startswith("文化建设方面")]
    assert block.text == make_pdf.P_LEAD_2
    assert block.page == 1  # where it starts
    assert not any(b.text.startswith("和任职资格评价") for b in rl.blocks)


def test_headers_footers_and_page_numbers_removed_and_counted(rl: RawDocument) -> None:
    # Per page: header text, "第 N 页 共 2 页", "内部资料 注意保密", "- N -".
    assert rl.furniture_removed == 8
    (diag,) = [d for d in rl.diagnostics if d.code == "pdf-furniture-removed"]
    assert diag.count == 8
    assert diag.message_zh == "已去除 8 行页眉、页脚和页码"
    assert diag.message_en == "removed 8 line(s) of running headers, footers and page numbers"
    everything = "\n".join(b.text for b in rl.blocks)
    for furniture in (make_pdf.HEADER_LEFT, make_pdf.FOOTER_LEFT, "第 1 页", "第1页", "- 1 -", "- 2 -"):
        assert furniture not in everything


def test_ruled_table_rows(rl: RawDocument) -> None:
    (table,) = [b for b in rl.blocks if b.kind == "table"]
    assert table.rows == make_pdf.TABLE_ROWS
    assert table.text == "\n".join("\t".join(r) for r in make_pdf.TABLE_ROWS)


def test_heading_fonts(rl: RawDocument) -> None:
    heads = {b.text: b for b in rl.blocks if b.kind == "heading"}
    assert heads["1.1 文化引领"].font_size == pytest.approx(13.0)
    # Body size and bold: the lowest heading level, below every larger size.
    assert heads[make_pdf.BOLD_HEADING].bold
    assert heads[make_pdf.BOLD_HEADING].style_level == 4
    assert not any(b.bold for b in rl.blocks if b.kind == "paragraph")


def test_clean_pdf_has_no_warnings(rl: RawDocument) -> None:
    assert {d.code for d in rl.diagnostics} == {"pdf-furniture-removed"}
    assert rl.pictures == 0


# ----------------------------------------------------------------------------- LibreOffice fixture


def test_libreoffice_blocks_golden(lo: RawDocument) -> None:
    assert lo.pages == 2
    assert _golden(lo) == [
        ("heading", 1, 1, "深圳市滨澜区政务服务中心"),
        ("heading", 2, 1, "一、高标准定位"),
        ("heading", 3, 1, "（一）领导力"),
        ("paragraph", None, 1, "滨澜区政务服务中心成立于"),
        ("paragraph", None, 1, "中心的发展方向由主任办公"),
        ("paragraph", None, 1, "为了让每一位窗口人员理解"),
        ("paragraph", None, 1, "滨澜区政务服务中心成立于"),
        ("paragraph", None, 1, "中心的发展方向由主任办公"),
        ("paragraph", None, 1, "为了让每一位窗口人员理解"),
        ("heading", 3, 1, "（二）服务结果"),
        ("paragraph", None, 1, "表3-1 服务质量结果"),
        ("table", None, 1, "指标\t2021年\t202"),
        ("paragraph", None, 2, "以上结果表明，中心的群众"),
        ("paragraph", None, 2, "滨澜区政务服务本中心成立"),
        ("paragraph", None, 2, "本中心的发展方向由主任办"),
        ("paragraph", None, 2, "为了让每一位窗口人员理解"),
        ("paragraph", None, 2, "滨澜区政务服务本中心成立"),
        ("heading", 2, 2, "二、高效率运行"),
        ("paragraph", None, 2, "中心建立了覆盖全部进驻事"),
    ]


def test_libreoffice_lines_rejoined_without_autospacing(lo: RawDocument) -> None:
    texts = [b.text for b in lo.blocks]
    # LibreOffice's CJK–Latin autospacing (a gap, not a space character) does not become a space.
    assert make_pdf.LO_PARAS[0] in texts
    assert make_pdf.LO_PARAS[1] in texts
    assert make_pdf.LO_PARAS[2] in texts
    assert not any("2015 年" in t or "32 个" in t for t in texts)


def test_libreoffice_final_text_after_normalization(lo: RawDocument) -> None:
    normalize = pytest.importorskip("analyzer.text.normalize").normalize
    for b in lo.blocks:
        if b.kind == "paragraph":
            assert normalize(b.text).text == b.text


def test_libreoffice_table_continued_on_next_page_is_one_table(lo: RawDocument) -> None:
    (table,) = [b for b in lo.blocks if b.kind == "table"]
    assert table.page == 1
    assert table.rows == make_pdf.LO_TABLE  # two rows on page 1, two on page 2; wrapped cells joined


def test_libreoffice_header_and_page_number_footer_removed(lo: RawDocument) -> None:
    assert lo.furniture_removed == 4
    everything = "\n".join(b.text for b in lo.blocks)
    assert "- 1 -" not in everything
    # The 18-pt title reads like the 10.5-pt running header but sits elsewhere: it stays.
    assert lo.blocks[0].text == "深圳市滨澜区政务服务中心自评报告"
    assert lo.blocks[0].font_size == pytest.approx(18.0)


def test_read_raw_dispatches_to_pdf_reader() -> None:
    raw = read_raw(PDFS / "lo_report.pdf")
    assert raw.format == "pdf"
    assert raw.sha256 is not None and len(raw.sha256) == 64
    assert raw.blocks[1].text == "一、高标准定位"


# ----------------------------------------------------------------------------- bad input


def test_encrypted_pdf() -> None:
    path = PDFS / "encrypted.pdf"
    with pytest.raises(EncryptedPdf) as exc:
        read_pdf(path)
    assert exc.value.message_en == (
        f"the PDF is encrypted or password-protected: {path}; please provide an unencrypted file"
    )
    assert exc.value.message_zh == f"PDF 已加密或设有打开密码，无法读取：{path}；请提供未加密的文件"


def test_image_only_pdf_has_no_text_layer() -> None:
    path = PDFS / "image_only.pdf"
    with pytest.raises(NoTextLayer) as exc:
        read_pdf(path)
    assert exc.value.message_en == (
        f"the PDF has no text layer (2 page(s); probably scanned) and needs OCR first: {path}"
    )
    assert "共 2 页" in exc.value.message_zh


def test_mostly_images_is_read_with_diagnostics() -> None:
    doc = read_pdf(PDFS / "mostly_images.pdf")
    assert doc.pages == 4
    assert doc.pictures == 3
    diags = {d.code: d for d in doc.diagnostics}
    assert diags["pdf-pages-without-text"].severity == "error"
    assert diags["pdf-pages-without-text"].count == 3
    assert diags["pdf-pages-without-text"].message_en == (
        "3 of 4 page(s) have no text layer (scanned or images?); their content is not analysed"
    )
    assert diags["pictures-not-counted"].count == 3
    assert doc.blocks and doc.blocks[0].text.startswith("文化建设方面")


def test_truncated_pdf(tmp_path: Path) -> None:
    data = (PDFS / "rl_report.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFile) as exc:
        read_pdf(path)
    assert exc.value.message_en == (
        f"the PDF file is corrupt or cannot be parsed: {path} (the file is truncated: no %%EOF marker at the end)"
    )
    assert exc.value.message_zh == f"PDF 文件已损坏或无法解析：{path}"


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a pdf")
    with pytest.raises(CorruptFile) as exc:
        read_pdf(path)
    assert exc.value.message_en.endswith("(no %PDF header)")


@pytest.mark.parametrize(
    "payload",
    [
        b"%PDF-1.4\ngarbage that is no object\n%%EOF\n",
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
        b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF",
    ],
)
def test_corrupt_structure_never_escapes_as_a_parser_error(tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(payload)
    with pytest.raises(CorruptFile) as exc:
        read_pdf(path)
    assert exc.value.message_en.startswith(f"the PDF file is corrupt or cannot be parsed: {path} (")


def test_garbled_fonts_are_diagnosed(tmp_path: Path) -> None:
    # The same PDF with its ToUnicode maps disabled (same length, so the xref stays valid):
    # pdfminer can only return (cid:NN) for the CID fonts.
    data = (PDFS / "lo_report.pdf").read_bytes()
    assert data.count(b"/ToUnicode") >= 1
    path = tmp_path / "garbled.pdf"
    path.write_bytes(data.replace(b"/ToUnicode", b"/NoUnicode"))
    doc = read_pdf(path)
    (diag,) = [d for d in doc.diagnostics if d.code == "pdf-garbled-text"]
    assert diag.severity == "warning"
    assert diag.count is not None and diag.count > 1000
    assert "(cid:" in doc.blocks[0].text


# ----------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    "text",
    [
        *("9", "- 9 -", "— 12 —", "第 3 页 共 20 页", "第3页", "第3页/共20页", "第 3 頁 共 12 頁"),
        *("3/20", "Page 3 of 20", "page 7", "iv"),
    ],
)
def test_page_number_patterns(text: str) -> None:
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["2023年", "表1 主要指标", "第三章 领导", "1.1 文化引领", "3/20/2024", "12345"])
def test_not_page_numbers(text: str) -> None:
    assert not is_page_number(text)


@pytest.mark.parametrize(
    ("name", "bold"),
    [
        ("ABCDEF+NotoSansCJKjp-Bold-VKana", True),
        ("SimHei", True),
        ("黑体", True),
        ("Arial,Bold", True),
        ("STSongStd-Light", False),
        ("HeiseiMin-W3", False),
        ("BAAAAA+NotoSerifCJKjp-Regular-VKana", False),
    ],
)
def test_bold_font_names(name: str, bold: bool) -> None:
    assert font_is_bold(name) is bold


@pytest.mark.parametrize(
    ("a", "b", "joined"),
    [
        ("年度经营", "目标", "年度经营目标"),
        ("通过 ISO", "9001 认证", "通过 ISO 9001 认证"),
        ("达到", "99.2%。", "达到99.2%。"),
        ("个/", "cm²", "个/cm²"),
        ("well-", "known", "well-known"),
    ],
)
def test_join_fragments(a: str, b: str, joined: str) -> None:
    assert join_fragments(a, b) == joined


def test_lead_width_covers_unbreakable_starts() -> None:
    size = 10.0
    assert lead_width("项目", size) == pytest.approx(10.0)
    assert lead_width("项，2023年", size) > lead_width("项，", size) >= 20.0 - 1e-9
    assert lead_width("ERP、PLM、MES和", size) > 3 * 10.0
    assert lead_width("“数字化", size) == pytest.approx(20.0)


# ----------------------------------------------------------------------------- hand-built layouts

W, H = 595.0, 842.0
LEFT, RIGHT = 72.0, 523.0
S = 10.5
FULL = "这是一行排满的正文文字用于测试段落的拼接是否正确无误这是一行排满的正文文字用于测"


def _line(page: int, y: float, text: str, x0: float = LEFT, x1: float = RIGHT, size: float = S) -> Line:
    return Line(page, text, x0, x1, y, y + size, size, False)


def _page(number: int, *lines: Line, rules: tuple[Rule, ...] = ()) -> PageLayout:
    return PageLayout(number, W, H, lines, rules)


def _paragraph_page(number: int, top: float = 730.0) -> list[Line]:
    """Three indented two-line paragraphs with ordinary pitch."""
    out = []
    y = top
    for _ in range(3):
        out.append(_line(number, y, FULL, x0=LEFT + 2 * S))
        y -= 18
        out.append(_line(number, y, "短的末行。", x1=LEFT + 5 * S))
        y -= 18
    return out


def test_paragraph_breaks_by_indent_short_line_and_gap() -> None:
    lines = [
        _line(1, 760, FULL, x0=LEFT + 2 * S),
        _line(1, 742, FULL),
        _line(1, 724, "末行没有排满。", x1=LEFT + 7 * S),  # short: ends the paragraph
        _line(1, 706, FULL, x0=LEFT + 2 * S),  # indented: new paragraph
        _line(1, 688, FULL),
        _line(1, 640, FULL),  # big gap: new paragraph, though not indented
        _line(1, 622, "结尾。", x1=LEFT + 3 * S),
        *_paragraph_page(1, top=560),
    ]
    result = build_blocks([_page(1, *lines)])
    texts = [b.text for b in result.blocks]
    assert texts[:3] == [FULL * 2 + "末行没有排满。", FULL * 2, FULL + "结尾。"]
    assert all(b.kind == "paragraph" for b in result.blocks)


def _list_page(number: int, top: float = 780.0) -> list[Line]:
    """A page of result lists as reports write them: a lead line ending in '：' and one short
    line per year, each its own paragraph with the first-line indent (the bullet drawn as a
    graphic, so not in the text)."""
    out = []
    y = top
    for name in ("烧结周期（小时）：", "质量损失率（%）：", "一次交检合格率（%）："):
        out.append(_line(number, y, name, x0=LEFT + 2 * S, x1=LEFT + 2 * S + len(name) * S))
        y -= 18
        for year, value in (("FY2021", "24"), ("FY2022", "22"), ("FY2023", "18")):
            out.append(_line(number, y, f"{year} {value}", x0=LEFT + 2 * S, x1=LEFT + 2 * S + 5 * S))
            y -= 18
    return out


def test_a_page_of_short_list_lines_keeps_them_apart() -> None:
    # Page 2 holds nothing but short lines: its own longest lines are not its right margin.
    pages = [_page(1, *_paragraph_page(1)), _page(2, *_list_page(2))]
    texts = [b.text for b in build_blocks(pages).blocks]
    assert texts[3:7] == ["烧结周期（小时）：", "FY2021 24", "FY2022 22", "FY2023 18"]
    assert len(texts) == 3 + 12


def test_paragraph_after_many_one_line_items_starts_at_its_indent() -> None:
    # One-line items, each indented like a paragraph, outnumber the page's wrapped lines; the
    # left margin is where wrapped lines start, so the indented paragraph after a nearly full
    # last line is still a new paragraph.
    lines = [
        _line(1, 780, FULL, x0=LEFT + 2 * S),
        _line(1, 762, FULL[:-2] + "。", x1=RIGHT - 2 * S),  # nearly full: room alone does not end it
        _line(1, 744, FULL, x0=LEFT + 2 * S),
        _line(1, 726, FULL),
        _line(1, 708, "第二段的末行。", x1=LEFT + 7 * S),
        *_list_page(1, top=690),
        _line(1, 690 - 12 * 18, FULL, x0=LEFT + 2 * S),
        _line(1, 690 - 13 * 18, "第三段的末行。", x1=LEFT + 7 * S),
    ]
    texts = [b.text for b in build_blocks([_page(1, *lines)]).blocks]
    assert texts[:2] == [FULL + FULL[:-2] + "。", FULL * 2 + "第二段的末行。"]
    assert texts[-1] == FULL + "第三段的末行。"
    assert "FY2022 22" in texts


def test_page_with_shifted_margins_still_joins_its_lines() -> None:
    # Mirrored margins for binding: the even page sits 18 points to the right; its full lines
    # stay full lines.
    shift = 18.0
    even = [replace(ln, x0=ln.x0 + shift, x1=ln.x1 + shift) for ln in _paragraph_page(2)]
    pages = [_page(1, *_paragraph_page(1)), _page(2, *even), _page(3, *_paragraph_page(3))]
    texts = [b.text for b in build_blocks(pages).blocks]
    assert texts == [FULL + "短的末行。"] * 9


def _item(y: float, text: str, text_x: float, x1: float = RIGHT) -> Line:
    """A list item's first line with its glyphs: the bullet at the margin, its text at ``text_x``."""
    glyphs = [(LEFT, LEFT + S, text[0], S, False)]
    glyphs += [(text_x + k * S, text_x + (k + 1) * S, ch, S, False) for k, ch in enumerate(text[2:])]
    return Line(1, text, LEFT, x1, y, y + S, S, False, tuple(glyphs))


def test_a_bullet_opens_a_list_item_even_after_a_full_line() -> None:
    # A hanging-indent list: the bullet at the margin, wrapped text under the item's text. The
    # item before ends on a full line, so neither room nor indent says where the next one starts.
    hang = LEFT + 2 * S
    lines = [
        _item(780, "● " + FULL, hang),
        _line(1, 762, FULL[2:], x0=hang),
        _item(744, "● 第二项只有一行。", hang, x1=LEFT + 10 * S),
        _item(726, "\uf0b7 " + FULL, hang),
        _line(1, 708, "第三项的末行。", x0=hang, x1=hang + 7 * S),
        *_paragraph_page(1, top=660),
    ]
    texts = [b.text for b in build_blocks([_page(1, *lines)]).blocks]
    assert texts[:3] == ["● " + FULL + FULL[2:], "● 第二项只有一行。", "\uf0b7 " + FULL + "第三项的末行。"]
    assert texts[3:] == [FULL + "短的末行。"] * 3


def test_what_opens_a_list_item() -> None:
    assert starts_list_item("● FY2021：正极材料销量3.1万吨") and starts_list_item("\uf0b7 客户满意度")
    assert not starts_list_item("••••••••12")  # a leader run
    assert not starts_list_item("-3.2%的降幅") and not starts_list_item("·乔丹")  # minus sign, a name's dot
    assert not starts_list_item("●") and not starts_list_item("•需要几行代码")  # glued: maybe a mis-mapped glyph
    assert starts_list_item("●需要几行代码", gap_after_mark=True)


def test_continuation_across_pages_and_repeated_header_removed() -> None:
    header = "某某公司 2023年度自评报告"
    pages = []
    for n in (1, 2, 3):
        body = _paragraph_page(n)
        if n == 1:
            body.append(_line(1, 100, FULL, x0=LEFT + 2 * S))  # runs over to page 2
        if n == 2:
            body.insert(0, _line(2, 780, "续写的下一行。", x1=LEFT + 7 * S))
        pages.append(
            _page(
                n,
                _line(n, 805, header, x0=200, x1=400, size=9),
                *body,
                _line(n, 40, f"- {n} -", x0=290, x1=305, size=9),
            )
        )
    result = build_blocks(pages)
    assert result.furniture_removed == 6
    texts = [b.text for b in result.blocks]
    assert FULL + "续写的下一行。" in texts
    assert not any(header in t or t.startswith("-") for t in texts)


def test_title_reading_like_the_header_is_kept() -> None:
    header = "某某公司自评报告"
    pages = [
        _page(
            n,
            _line(n, 805, header, x0=200, x1=380, size=9),
            *([_line(1, 770, "某某公司 自评报告", x0=150, x1=420, size=18)] if n == 1 else []),
            *_paragraph_page(n, top=700),
        )
        for n in (1, 2, 3, 4)
    ]
    result = build_blocks(pages)
    assert result.furniture_removed == 4
    assert result.blocks[0] == Block(
        kind="heading", text="某某公司 自评报告", page=1, style_level=1, font_size=18, bold=False
    )


def test_body_line_that_is_a_number_is_not_furniture() -> None:
    page = _page(1, *_paragraph_page(1), _line(1, 400, "2023", x1=LEFT + 2 * S))
    assert find_furniture([page], set()) == set()


def test_table_from_ruling_lines() -> None:
    xs = (LEFT, 200.0, 300.0, 400.0)
    ys = (500.0, 480.0, 460.0)
    rules = tuple(Rule(True, y, LEFT, 400.0) for y in ys) + tuple(Rule(False, x, 460.0, 500.0) for x in xs)
    cells = [("指标", "2022年", "2023年"), ("满意率（%）", "98.1", "99.2")]
    lines = [
        _line(1, top - 15, text, x0=x + 3, x1=x + 3 + 7 * len(text))
        for top, row in zip(ys, cells, strict=False)
        for x, text in zip(xs, row, strict=False)
    ]
    result = build_blocks([_page(1, *_paragraph_page(1), *lines, rules=rules)])
    (table,) = [b for b in result.blocks if b.kind == "table"]
    assert table.rows == tuple(cells)
    assert table.text == "指标\t2022年\t2023年\n满意率（%）\t98.1\t99.2"


def test_a_lone_rule_is_not_a_table() -> None:
    result = build_blocks([_page(1, *_paragraph_page(1), rules=(Rule(True, 790, LEFT, RIGHT),))])
    assert not any(b.kind == "table" for b in result.blocks)


def test_pieces_of_one_visual_line_are_merged() -> None:
    # LibreOffice draws fallback-font quotes after the rest of the line: pdfminer returns pieces.
    def piece(x: float, text: str) -> Line:
        glyphs = tuple((x + i * S, x + (i + 1) * S, ch, S, False) for i, ch in enumerate(text))
        return Line(1, text, x, x + len(text) * S, 500, 500 + S, S, False, glyphs)

    main = piece(LEFT, "采用同步开发")
    quote_open = piece(LEFT + 6 * S + 1, "“")
    rest = piece(LEFT + 7 * S + 2, "JIT”配送")
    cell = piece(LEFT + 20 * S, "2023年")  # a table cell further right stays apart
    merged = merge_row_pieces([rest, cell, quote_open, main])
    assert [ln.text for ln in merged] == ["采用同步开发“JIT”配送", "2023年"]


def test_a_document_of_one_line_items_takes_its_right_margin_from_a_table() -> None:
    """A report written as slide bullets: every line a short item with the first-line indent, no
    line full. The lines show no right margin of their own (the longest item is not a full line),
    so the full-width ruled table does: an item ending 15 characters before it is a whole paragraph."""
    items = [
        "深圳市瑈桐长者照护服务有限公司，民营，2012年成立",
        "起步：街坊里一间长者饭堂，12名员工",
        "现在三块业务：社区日间照料、居家上门照护、长者助餐",
        "网点：26个长者日间照料中心，分布在6个区",
        "日托位1,040张，另有家庭照护床位380张",
        "居家签约长者九千八百余人，失能和半失能的占四成",
        "每天上门约两千三百人次",
        "助餐送餐每天约三千一百份",
        "自有车辆：送餐车34台、移动助浴车2台",
        "使命：让长者在熟悉的街坊里安心变老",
    ]
    lines = [
        _line(1, 780 - 18 * k, t, x0=LEFT + 2 * S, x1=LEFT + 2 * S + len(t) * S) for k, t in enumerate(items)
    ]
    xs = (LEFT, 250.0, RIGHT)
    ys = (600.0, 580.0, 560.0)
    rules = tuple(Rule(True, y, LEFT, RIGHT) for y in ys) + tuple(Rule(False, x, 560.0, 600.0) for x in xs)
    cells = [("项目", "2023年"), ("日间照料中心（个）", "26")]
    cell_lines = [
        _line(1, top - 15, text, x0=x + 3, x1=x + 3 + 7 * len(text))
        for top, row in zip(ys, cells, strict=False)
        for x, text in zip(xs, row, strict=False)
    ]
    result = build_blocks([_page(1, *lines, *cell_lines, rules=rules)])
    assert [b.text for b in result.blocks if b.kind == "paragraph"] == items


def test_a_numbered_list_after_its_lead_line_is_not_run_into_it() -> None:
    """``…具体怎么做：`` fills its line; the items below start at the margin (no indent, as a list
    set flush left): each item after the colon or semicolon is its own paragraph."""
    lead = FULL[:-3] + "怎么做："
    items = ["1. 内容先行：每位讲师都有自己的短视频和直播栏目；", "2. 学员故事：每月发布一期真实案例；"]
    lines = [
        _line(1, 780, FULL, x0=LEFT + 2 * S),
        _line(1, 762, lead),
        *[_line(1, 744 - 18 * k, t, x1=LEFT + len(t) * S) for k, t in enumerate(items)],
        *_paragraph_page(1, top=690),
    ]
    texts = [b.text for b in build_blocks([_page(1, *lines)]).blocks]
    assert texts[:3] == [FULL + lead, *items]
