"""The DOCX reader against generated fixtures (``tests/fixtures/make_docx.py``), the four dev
reports converted with ``md_to_docx``, and bad or hostile inputs."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.errors import (
    ArchiveBomb,
    ContentMismatch,
    CorruptFile,
    EmptyFile,
    EncryptedDocument,
    IngestError,
    LegacyWordFormat,
    UnsupportedFormat,
)
from analyzer.ingest._ooxml import (
    Abstract,
    Level,
    Num,
    Numbering,
    NumberingState,
    format_number,
    heading_level_from_name,
)
from analyzer.ingest.blocks import Block, RawDocument
from analyzer.ingest.docx import read_docx
from tests.fixtures import make_docx
from tests.shared_data import dev_report

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DEV_REPORT_NAMES = ("szx-econ-smartmfg", "szx-service-govcenter", "bj-meddevice", "wh-mfg-notitles")


@pytest.fixture(scope="module")
def docx_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("docx")
    for name, make in make_docx.ALL_FIXTURES.items():
        (folder / name).write_bytes(make())
    return folder


def _read(folder: Path, name: str) -> RawDocument:
    return read_docx(folder / name)


def _summary(blocks: tuple[Block, ...]) -> list[tuple[str, int | None, str | None, str, str]]:
    return [(b.kind, b.style_level, b.numbering, b.text[:12], b.source) for b in blocks]


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- generators


def test_generators_are_deterministic() -> None:
    for make in make_docx.ALL_FIXTURES.values():
        assert make() == make()
    md = "# 标题\n\n## 1 领导\n\n正文。\n\n表1 指标\n项目\t2023年\n收入\t1"
    assert make_docx.md_to_docx(md, auto_numbering=True) == make_docx.md_to_docx(md, auto_numbering=True)


def test_generated_fixtures_are_small() -> None:
    for make in make_docx.ALL_FIXTURES.values():
        assert len(make()) < 50_000


# --------------------------------------------------------------------------- (a) heading styles


HEADINGS_GOLDEN = [
    ("heading", 0, None, "深圳市栎川智造装备股份有", "body"),  # Title → level 0
    ("paragraph", None, None, "目录", "body"),
    ("table", None, None, "1 领导\t3", "body"),  # the "toc 1" line: counted (as Word does), never a heading
    ("heading", 1, None, "组织简介", "body"),
    ("paragraph", None, None, "公司成立于2009年，主", "body"),
    ("heading", 1, None, "领导", "body"),  # custom style based on Heading 1
    ("heading", 2, None, "文化引领", "body"),
    ("heading", 2, None, "组织治理", "body"),  # style with outline level 1 only
    ("heading", 3, None, "治理结构", "body"),  # style named "标题 3"
    ("heading", 3, None, "直接大纲级别", "body"),  # outline level on the paragraph
    ("paragraph", None, None, "看似标题的正文", "body"),  # based on Heading 2, outline level 9 = body
    ("paragraph", None, None, "公司坚持质量第一的方针。", "body"),  # insertion kept, deletion dropped
    ("paragraph", None, None, "前半段与后半段合为一段。", "body"),  # deleted paragraph mark joins
    ("paragraph", None, None, "可见", "body"),  # hidden run dropped; the empty paragraph too
    ("paragraph", None, None, "结尾段落。", "body"),
]


def test_heading_styles_golden(docx_dir: Path) -> None:
    raw = _read(docx_dir, "headings.docx")
    assert raw.format == "docx"
    assert _summary(raw.blocks) == HEADINGS_GOLDEN
    assert raw.blocks[2].rows == (("1 领导", "3"),)
    assert raw.blocks[11].text == "公司坚持质量第一的方针。"
    assert raw.blocks[12].text == "前半段与后半段合为一段。"
    # Header and footer are not body text; they are only counted.
    assert raw.furniture_removed == 2
    assert all("页" not in b.text for b in raw.blocks)
    codes = {d.code: d for d in raw.diagnostics}
    assert set(codes) == {"docx-tracked-changes", "docx-toc-counted"}
    tracked = codes["docx-tracked-changes"]
    assert tracked.severity == "warning"
    assert tracked.count == 3
    assert "accepted" in tracked.message_en and "接受所有修订" in tracked.message_zh
    assert codes["docx-toc-counted"].count == 1


def test_heading_blocks_carry_bold_and_size(docx_dir: Path) -> None:
    raw = _read(docx_dir, "headings.docx")
    title, _, _, h1, body = raw.blocks[:5]
    assert title.font_size == 26.0
    assert h1.bold and h1.font_size == 14.0
    assert not body.bold and body.font_size == 11.0


# --------------------------------------------------------------------------- (b) numbering


NUMBERING_GOLDEN = [
    ("heading", 0, None, "自评报告"),
    ("heading", 1, None, "前言"),  # numId 0 on a numbered heading style
    ("paragraph", None, None, "正文一。"),
    ("heading", 1, "1", "领导"),
    ("heading", 2, "1.1", "文化引领"),
    ("heading", 3, "1.1.1", "使命愿景"),
    ("heading", 3, "1.1.2", "价值观"),
    ("heading", 2, "1.2", "组织治理"),
    ("heading", 3, "1.2.1", "治理结构"),
    ("heading", 1, "2", "战略"),
    ("heading", 2, "2.1", "战略制定"),
    ("heading", 1, None, "附录"),  # a "none" level, as LibreOffice writes it
    ("heading", 2, None, "未定义编号"),  # a numId that does not exist
    ("heading", 1, "3", "顾客"),
    ("heading", 1, "一、", "高标准定位"),
    ("heading", 2, "（一）", "领导力"),
    ("heading", 3, "1.", "确定方向"),
    ("paragraph", None, "①", "要点甲"),
    ("paragraph", None, "②", "要点乙"),
    ("heading", 3, "2.", "团队建设"),
    ("heading", 2, "（二）", "规划定位"),
    ("heading", 3, "1.", "对标定位"),  # restarts under （二）
    ("heading", 1, "二、", "高质量运行"),
    ("heading", 2, "（一）", "运行体系"),
    ("heading", 1, "第一章", "总则"),
    ("heading", 2, "1.1", "适用范围"),  # w:isLgl: 1.1, not 一.1
    ("heading", 2, "1.2", "术语"),
    ("heading", 1, "第二章", "要求"),
    ("heading", 2, "2.1", "一般要求"),
    ("paragraph", None, "1)", "第一项"),
    ("paragraph", None, "2)", "第二项"),
    ("paragraph", None, "5)", "第五项"),  # w:startOverride
    ("paragraph", None, "6)", "第六项"),
    ("paragraph", None, "I.", "第一部分"),
    ("paragraph", None, "图1", "流程图"),
    ("paragraph", None, "图2", "组织图"),
    ("paragraph", None, "II.", "第二部分"),
    ("paragraph", None, "图3", "趋势图"),  # w:lvlRestart 0: never restarts
    ("paragraph", None, "a)", "字母"),
    ("paragraph", None, "甲、", "天干"),
    ("paragraph", None, "９．", "全角"),
    ("paragraph", None, "十一", "日文"),
    ("paragraph", None, "•", "圆点"),  # Symbol-font bullet shown as a plain bullet
]


def test_numbering_golden(docx_dir: Path) -> None:
    raw = _read(docx_dir, "numbering.docx")
    assert [(b.kind, b.style_level, b.numbering, b.text) for b in raw.blocks] == NUMBERING_GOLDEN
    # The label is never part of the text.
    assert all(not b.text.startswith(b.numbering) for b in raw.blocks if b.numbering)
    assert raw.diagnostics == ()


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (3, "decimal", "3"),
        (7, "decimalZero", "07"),
        (12, "decimalFullWidth", "１２"),
        (1, "decimalEnclosedCircle", "①"),
        (20, "decimalEnclosedCircle", "⑳"),
        (21, "decimalEnclosedCircle", "21"),
        (3, "decimalEnclosedParen", "⑶"),
        (1, "lowerLetter", "a"),
        (26, "upperLetter", "Z"),
        (28, "lowerLetter", "bb"),
        (4, "lowerRoman", "iv"),
        (1999, "upperRoman", "MCMXCIX"),
        (1, "chineseCounting", "一"),
        (10, "chineseCounting", "十"),
        (11, "chineseCounting", "十一"),
        (21, "chineseCounting", "二十一"),
        (105, "chineseCounting", "一〇五"),
        (10, "chineseCountingThousand", "十"),
        (105, "chineseCountingThousand", "一百零五"),
        (1010, "chineseCountingThousand", "一千零一十"),
        (10012, "chineseCountingThousand", "一万零一十二"),
        (12, "chineseLegalSimplified", "壹拾贰"),
        (3, "ideographTraditional", "丙"),
        (11, "ideographTraditional", "11"),
        (2, "ideographZodiac", "丑"),
        (14, "japaneseCounting", "十四"),
        (2, "ideographEnclosedCircle", "㊁"),
        (1, "ordinal", "1st"),
        (12, "ordinal", "12th"),
        (5, "none", ""),
        (5, "someFutureFormat", "5"),
    ],
)
def test_format_number(n: int, fmt: str, expected: str) -> None:
    assert format_number(n, fmt) == expected


@pytest.mark.parametrize(
    ("name", "level"),
    [("Heading 1", 1), ("heading 9", 9), ("标题 2", 2), ("标题3", 3), ("Title", 0), ("标题", 0),
     ("Heading 10", None), ("Heading", None), ("Normal", None), ("标题文字", None)],
)  # fmt: skip
def test_heading_level_from_name(name: str, level: int | None) -> None:
    assert heading_level_from_name(name) == level


def _decimal_list() -> Numbering:
    levels = {0: Level(0, 1, "decimal", "%1"), 1: Level(1, 1, "decimal", "%1.%2")}
    return Numbering(
        {0: Abstract(0, levels, None, None)},
        {
            1: Num(1, 0, {}, {}),
            2: Num(2, 0, {0: 4, 1: 6}, {}),
            3: Num(3, 0, {}, {1: Level(1, 1, "lowerLetter", "%2)")}),
        },
    )


def test_start_override_restarts_once() -> None:
    """4.4 followed by 4.6 (a skipped clause): the override applies once, 5.1 restarts normally."""
    state = NumberingState(_decimal_list())
    labels = [state.label(1, 0), state.label(1, 1), state.label(1, 1), state.label(1, 0), state.label(1, 1)]
    assert labels == ["1", "1.1", "1.2", "2", "2.1"]
    assert [state.label(2, 1), state.label(2, 0), state.label(2, 1)] == ["4.6", "5", "5.1"]
    # Another instance of the same abstract list continues its counters.
    assert state.label(1, 1) == "5.2"


def test_level_override_replaces_the_level_definition() -> None:
    state = NumberingState(_decimal_list())
    assert [state.label(3, 0), state.label(3, 1), state.label(3, 1)] == ["1", "a)", "b)"]


def test_no_numbering_references() -> None:
    state = NumberingState(_decimal_list())
    assert state.label(0, 0) is None
    assert state.label(None, 0) is None
    assert state.label(42, 0) is None
    assert state.label(1, 5) is None  # a level the list does not define
    assert state.label(1, 0) == "1"  # and none of the above advanced the list


# --------------------------------------------------------------------------- (c) tables, boxes, notes


RICH_GOLDEN = [
    ("heading", 1, None, "结果", "body"),
    ("paragraph", None, None, "表1 主要指标", "body"),
    ("table", None, None, "指标\t2021年\t202", "body"),
    ("paragraph", None, None, "下图所示的文本框说明了创", "body"),
    ("paragraph", None, None, "文本框第一段：创新流程", "textbox"),  # DrawingML read once, not its VML twin
    ("paragraph", None, None, "文本框第二段", "textbox"),
    ("paragraph", None, None, "公司近三年研发投入持续增", "body"),
    ("paragraph", None, None, "旧式文本框锚定段落", "body"),
    ("paragraph", None, None, "VML文本框内容", "textbox"),
    ("paragraph", None, None, "数据口径见尾注", "body"),
    ("paragraph", None, None, "最后一段正文。", "body"),
    ("paragraph", None, None, "数据来源：公司年度审计报", "footnote"),
    ("paragraph", None, None, "口径说明：按合并报表计。", "footnote"),
]


def test_rich_golden(docx_dir: Path) -> None:
    raw = _read(docx_dir, "rich.docx")
    assert _summary(raw.blocks) == RICH_GOLDEN
    assert raw.pictures == 1
    assert raw.furniture_removed == 2
    assert raw.blocks[6].text == "公司近三年研发投入持续增长。"  # the footnote mark adds nothing


def test_rich_table_rows(docx_dir: Path) -> None:
    table = _read(docx_dir, "rich.docx").blocks[2]
    assert table.rows == (
        ("指标", "2021年", "2022年", "2023年"),
        ("财务", "12.1", "13.5", "15.2\n目标 15\n实际 15.2"),  # nested table flattened into its cell
        ("", "1.1", "1.3", "1.6"),  # vertically merged: not repeated
        ("备注", "数据来源：年报", "", ""),  # gridSpan 3: the text once, then empty grid cells
    )
    assert table.text.split("\n") == [
        "指标\t2021年\t2022年\t2023年",
        "财务\t12.1\t13.5\t15.2 目标 15 实际 15.2",
        "\t1.1\t1.3\t1.6",
        "备注\t数据来源：年报\t\t",
    ]


def test_rich_diagnostics(docx_dir: Path) -> None:
    raw = _read(docx_dir, "rich.docx")
    codes = {d.code: d for d in raw.diagnostics}
    assert set(codes) == {"docx-textboxes", "docx-footnotes", "pictures-not-counted"}
    assert codes["docx-textboxes"].count == 2
    assert "2 个文本框" in codes["docx-textboxes"].message_zh
    assert "2 text box(es)" in codes["docx-textboxes"].message_en
    assert codes["docx-footnotes"].count == 2
    assert codes["pictures-not-counted"].count == 1
    pictures = codes["pictures-not-counted"]
    assert "cannot be read" in pictures.message_en and "图片中的文字" in pictures.message_zh


def test_picture_only_document_says_no_text(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph().add_run().add_picture(io.BytesIO(make_docx.tiny_png()))
    buf = io.BytesIO()
    doc.save(buf)
    raw = read_docx(_write(tmp_path, "scan.docx", buf.getvalue()))
    assert raw.blocks == ()
    assert raw.pictures == 1
    no_text = [d for d in raw.diagnostics if d.code == "docx-no-text"]
    assert len(no_text) == 1
    assert no_text[0].severity == "error"
    assert "no readable text" in no_text[0].message_en and "扫描件" in no_text[0].message_zh


def test_read_raw_dispatches_to_the_docx_reader(docx_dir: Path) -> None:
    from analyzer.ingest import read_raw

    raw = read_raw(docx_dir / "rich.docx")
    assert raw.format == "docx"
    assert raw.sha256 is not None and len(raw.sha256) == 64
    assert _summary(raw.blocks) == RICH_GOLDEN


# --------------------------------------------------------------------------- dev reports


def _dev(name: str) -> tuple[str, dict[str, object]]:
    folder = dev_report(name)  # skips without ../shared
    return (folder / "report.md").read_text("utf-8"), json.loads((folder / "labels.json").read_text("utf-8"))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _check_paragraphs(blocks: tuple[Block, ...], labels: list[dict[str, str]]) -> int:
    """Every labelled paragraph and table, in order, and nothing else besides headings.

    A table caption is its own ``Caption`` paragraph in the DOCX, right before the table; the
    labels count caption and rows as one block.
    """
    items = [b for b in blocks if b.kind != "heading"]
    k = 0
    for label in labels:
        start = label["text_start"]
        assert k < len(items), f"ran out of blocks at {start!r}"
        if label["kind"] == "text":
            block = items[k]
            assert block.kind == "paragraph", (start, block)
            assert block.text.startswith(start), (start, block.text[:40])
            k += 1
        else:
            if items[k].kind == "paragraph":
                assert items[k + 1].kind == "table", (start, items[k + 1])
                joined = items[k].text + "\n" + items[k + 1].text
                k += 2
            else:
                joined = items[k].text
                k += 1
            assert joined.startswith(start), (start, joined[:40])
    assert k == len(items), [b.text[:20] for b in items[k:]]
    return k


@pytest.mark.parametrize("auto_numbering", [False, True], ids=["numbers-in-text", "auto-numbering"])
@pytest.mark.parametrize("name", DEV_REPORT_NAMES)
def test_dev_report_round_trip(name: str, auto_numbering: bool, tmp_path: Path) -> None:
    md, labels = _dev(name)
    heading_labels: list[dict[str, object]] = labels["headings"]  # type: ignore[assignment]
    levels = {str(h["text"]): int(h["level"]) for h in heading_labels}  # type: ignore[call-overload]
    path = _write(tmp_path, f"{name}.docx", make_docx.md_to_docx(md, headings=levels, auto_numbering=auto_numbering))
    raw = read_docx(path)
    assert all(b.source == "body" for b in raw.blocks)
    headings = [b for b in raw.blocks if b.kind == "heading"]
    assert [b.style_level for b in headings] == [h["level"] for h in heading_labels]
    numbered = 0
    for block, label in zip(headings, heading_labels, strict=True):
        text = str(label["text"])
        number = re.match(r"^(\d+(?:\.\d+)*(?=\s)|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)", text)
        if auto_numbering and number:
            numbered += 1
            assert block.numbering == number[1], (block, text)
            assert block.text == text[len(number[1]) :].strip()
        else:
            assert block.numbering is None
            assert block.text == text
        assert _squash((block.numbering or "") + block.text) == _squash(text)
    if auto_numbering and name != "wh-mfg-notitles":
        assert numbered == len(heading_labels) - (1 if name.startswith("szx-e") or name.startswith("bj") else 2)
    paragraphs: list[dict[str, str]] = labels["paragraphs"]  # type: ignore[assignment]
    assert _check_paragraphs(raw.blocks, paragraphs) >= len(paragraphs)


def test_dev_report_skipped_clause_keeps_its_number(tmp_path: Path) -> None:
    """bj 4.5 and szx-econ 5.2 are missing: automatic numbering must still say 4.6 / 5.3."""
    for name, before, after, then in (("bj-meddevice", "4.4", "4.6", "5"), ("szx-econ-smartmfg", "5.1", "5.3", "6")):
        md, labels = _dev(name)
        levels = {str(h["text"]): int(h["level"]) for h in labels["headings"]}  # type: ignore[attr-defined]
        raw = read_docx(
            _write(tmp_path, f"{name}.docx", make_docx.md_to_docx(md, headings=levels, auto_numbering=True))
        )
        numbers = [b.numbering for b in raw.blocks if b.kind == "heading"]
        i = numbers.index(before)
        assert numbers[i + 1 : i + 4] == [after, then, f"{then}.1"]


# --------------------------------------------------------------------------- bad inputs


def _expect(exc_type: type[IngestError], path: Path, en: str, zh: str, **kwargs: int) -> IngestError:
    with pytest.raises(exc_type) as info:
        read_docx(path, **kwargs)
    err = info.value
    assert type(err) is exc_type
    assert en in err.message_en, err.message_en
    assert zh in err.message_zh, err.message_zh
    assert str(path) in err.message_en and str(path) in err.message_zh
    return err


def test_zero_byte_file(tmp_path: Path) -> None:
    _expect(EmptyFile, _write(tmp_path, "empty.docx", b""), "the file is empty", "文件为空")


def test_random_bytes(tmp_path: Path) -> None:
    data = bytes((i * 37 + 11) % 256 for i in range(4096))
    _expect(CorruptFile, _write(tmp_path, "noise.docx", data), "not a ZIP archive", "DOCX 文件已损坏")


def test_truncated_zip(tmp_path: Path) -> None:
    data = make_docx.rich_docx()[:5000]
    _expect(CorruptFile, _write(tmp_path, "cut.docx", data), "not a valid ZIP archive", "DOCX 文件已损坏")


def test_zip_without_document(tmp_path: Path) -> None:
    path = _write(tmp_path, "nodoc.docx", make_docx.zip_without_document())
    _expect(CorruptFile, path, "no word/document.xml", "DOCX 文件已损坏或无法解析")


def test_invalid_document_xml(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", b"<w:document><w:body><w:p>")
    _expect(CorruptFile, _write(tmp_path, "badxml.docx", buf.getvalue()), "invalid XML in word/document.xml", "损坏")


def test_entities_are_not_expanded(tmp_path: Path) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        b"<w:p><w:r><w:t>x&b;y</w:t></w:r></w:p></w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", bomb)
    raw = read_docx(_write(tmp_path, "entities.docx", buf.getvalue()))
    assert "A" not in "".join(b.text for b in raw.blocks)


def test_zip_bomb_over_the_default_limit(tmp_path: Path) -> None:
    data = make_docx.zip_bomb(201 * 2**20)
    assert len(data) < 1_000_000  # small on disk
    _expect(ArchiveBomb, _write(tmp_path, "bomb.docx", data), "refused for safety", "出于安全考虑拒绝读取")


def test_abusive_compression_ratio(tmp_path: Path) -> None:
    path = _write(tmp_path, "ratio.docx", make_docx.zip_bomb(11 * 2**20))
    _expect(ArchiveBomb, path, "part word/media/padding.bin expands", "压缩包结构异常")


def test_total_uncompressed_limit(tmp_path: Path, docx_dir: Path) -> None:
    path = docx_dir / "rich.docx"
    _expect(ArchiveBomb, path, "uncompressed size over 0.5 MB", "压缩包结构异常", max_uncompressed=2**19)
    assert read_docx(path).blocks  # the default limit reads it


def test_too_many_parts(tmp_path: Path) -> None:
    path = _write(tmp_path, "parts.docx", make_docx.many_parts_zip(2000))
    _expect(ArchiveBomb, path, "2001 parts, limit 2000", "压缩包结构异常")
    _expect(ArchiveBomb, path, "2001 parts, limit 100", "拒绝读取", max_parts=100)


@pytest.mark.parametrize("name", ["../evil.xml", "/abs/document.xml", "word\\document.xml", "C:/x.xml"])
def test_unsafe_part_names(tmp_path: Path, name: str) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", make_docx._MIN_DOC)
        zf.writestr(name, b"<x/>")
    _expect(ArchiveBomb, _write(tmp_path, "names.docx", buf.getvalue()), "unsafe part name", "压缩包结构异常")


def test_xlsx_renamed_docx(tmp_path: Path) -> None:
    path = _write(tmp_path, "sheet.docx", make_docx.xlsx_bytes())
    _expect(UnsupportedFormat, path, "unsupported file format (XLSX)", "不支持的文件格式（XLSX）")


def test_encrypted_office_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "secret.docx", make_docx.encrypted_office_bytes())
    _expect(EncryptedDocument, path, "encrypted or password-protected", "文档已加密")


def test_legacy_doc_renamed(tmp_path: Path) -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "WordDocument".encode("utf-16-le")
    _expect(LegacyWordFormat, _write(tmp_path, "old.docx", data), "legacy .doc format", "旧版 .doc")


def test_pdf_renamed_docx(tmp_path: Path) -> None:
    _expect(ContentMismatch, _write(tmp_path, "r.docx", b"%PDF-1.7\n..."), "content is PDF", "内容是 PDF")


def _small_docx() -> bytes:
    return make_docx.md_to_docx("# 标题\n\n## 1 领导\n\n正文。\n\n项目\t2023年\n收入\t1", auto_numbering=True)


_SMALL = _small_docx()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, len(_SMALL) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_damaged_archives_raise_ingest_errors_only(tmp_path: Path, edits: list[tuple[int, int]]) -> None:
    data = bytearray(_SMALL)
    for pos, value in edits:
        data[pos] = value
    path = _write(tmp_path, "fuzz.docx", bytes(data))
    try:
        raw = read_docx(path)
    except IngestError as err:
        assert err.message_en and err.message_zh
    else:
        assert isinstance(raw, RawDocument)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(1, len(_SMALL) - 1))
def test_truncated_archives_raise_ingest_errors_only(tmp_path: Path, cut: int) -> None:
    path = _write(tmp_path, "cut.docx", _SMALL[:cut])
    with pytest.raises(IngestError):
        read_docx(path)


# --------------------------------------------------------------------------- LibreOffice output


LO_FIXTURES = FIXTURES / "docx"


def test_libreoffice_round_trip_of_the_numbering_fixture() -> None:
    """LibreOffice 7.4 drops w:isLgl and w:lvlRestart: the numbers it shows are the expected ones."""
    raw = read_docx(LO_FIXTURES / "lo-numbering.docx")
    lo_shows = {"适用范围": "一.1", "术语": "一.2", "一般要求": "二.1", "趋势图": "图1"}
    expected = [(k, lvl, lo_shows.get(text, num), text) for k, lvl, num, text in NUMBERING_GOLDEN]
    assert [(b.kind, b.style_level, b.numbering, b.text) for b in raw.blocks] == expected


def test_libreoffice_round_trip_of_a_dev_report() -> None:
    _, labels = _dev("szx-service-govcenter")
    raw = read_docx(LO_FIXTURES / "lo-szx-service-govcenter.docx")
    headings = [b for b in raw.blocks if b.kind == "heading"]
    heading_labels: list[dict[str, object]] = labels["headings"]  # type: ignore[assignment]
    assert [(b.style_level, _squash((b.numbering or "") + b.text)) for b in headings] == [
        (h["level"], _squash(str(h["text"]))) for h in heading_labels
    ]
    assert headings[1].text == "组织简介" and headings[1].numbering is None  # numId 0 from LibreOffice
    assert [b.numbering for b in headings[2:5]] == ["一、", "（一）", "1."]
    paragraphs: list[dict[str, str]] = labels["paragraphs"]  # type: ignore[assignment]
    _check_paragraphs(raw.blocks, paragraphs)
