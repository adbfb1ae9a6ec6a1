"""Named exceptions. The CLI turns each into one bilingual line and exit code 2."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .names import printable

if TYPE_CHECKING:
    from pydantic import ValidationError


def validation_problems(exc: ValidationError) -> list[str]:
    """One line per problem pydantic found in a hand-edited config: the key path (``ingest → max_mb``,
    ``(top)`` for the file as a whole) and pydantic's message."""
    return [f"{' → '.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}" for err in exc.errors()]


class SaraError(Exception):
    """Base class: every error a user can cause carries a Chinese and an English message."""

    def __init__(self, message_zh: str, message_en: str) -> None:
        # One printable line each, whatever file name went into them (a newline, undecodable bytes).
        message_zh, message_en = printable(message_zh), printable(message_en)
        super().__init__(message_en)
        self.message_zh = message_zh
        self.message_en = message_en

    def bilingual(self) -> str:
        return f"{self.message_zh} / {self.message_en}"


class DataFileError(SaraError, ValueError):
    """A data file SARA reads (scoring signals, polarity lexicon, genre cues…) is malformed.

    Also a ``ValueError``, as these errors were before they joined the family."""

    def __init__(self, what_zh: str, what_en: str, detail: str) -> None:
        self.detail = detail
        super().__init__(f"{what_zh}数据文件有误：{detail}", f"{what_en}: {detail}")


class StandardError(SaraError):
    """A standard could not be found or loaded."""


class UnknownStandard(StandardError):
    def __init__(self, standard_id: str, known: list[str]) -> None:
        self.standard_id = standard_id
        listing = ", ".join(known)
        super().__init__(
            f"未知的评定标准“{standard_id}”，可用：{listing}",
            f"unknown standard '{standard_id}'; available: {listing}",
        )


class InvalidStandard(StandardError):
    """A standard file failed validation; ``problems`` holds every located problem."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(
            f"评定标准文件 {path} 有 {len(problems)} 处错误",
            f"standard file {path} has {len(problems)} problem(s)",
        )


# --------------------------------------------------------------------------- ingest


class IngestError(SaraError):
    """A report file could not be read. Subclasses name the reason."""


class FileNotFound(IngestError):
    def __init__(self, path: str) -> None:
        super().__init__(f"文件不存在：{path}", f"no such file: {path}")


class EmptyFile(IngestError):
    def __init__(self, path: str) -> None:
        super().__init__(f"文件为空：{path}", f"the file is empty: {path}")


class FileTooLarge(IngestError):
    def __init__(self, path: str, size: int, limit: int) -> None:
        mb, lim = size / 1_048_576, limit / 1_048_576
        super().__init__(
            f"文件过大（{mb:.1f} MB，上限 {lim:.0f} MB）：{path}",
            f"the file is too large ({mb:.1f} MB; the limit is {lim:.0f} MB): {path}",
        )


class OutsideFolder(IngestError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"该文件是指向筛查文件夹之外的链接，未读取：{path}",
            f"the file is a link to a place outside the screened folder; it was not read: {path}",
        )


class UnsupportedFormat(IngestError):
    def __init__(self, path: str, what: str = "") -> None:
        extra_zh = f"（{what}）" if what else ""
        extra_en = f" ({what})" if what else ""
        super().__init__(
            f"不支持的文件格式{extra_zh}：{path}；请提供 PDF、DOCX、TXT 或 Markdown 文件",
            f"unsupported file format{extra_en}: {path}; please provide a PDF, DOCX, TXT or Markdown file",
        )


class LegacyWordFormat(IngestError):
    def __init__(self, path: str, ext: str) -> None:
        super().__init__(
            f"不支持旧版 {ext} 格式：{path}；请在 Word 或 WPS 中另存为 .docx 后再上传",
            f"the legacy {ext} format is not supported: {path}; please save it as .docx in Word or WPS",
        )


class CorruptFile(IngestError):
    def __init__(self, path: str, fmt: str, detail: str = "") -> None:
        tail = f" ({detail})" if detail else ""
        super().__init__(
            f"{fmt} 文件已损坏或无法解析：{path}",
            f"the {fmt} file is corrupt or cannot be parsed: {path}{tail}",
        )


class EncryptedPdf(IngestError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"PDF 已加密或设有打开密码，无法读取：{path}；请提供未加密的文件",
            f"the PDF is encrypted or password-protected: {path}; please provide an unencrypted file",
        )


class NoTextLayer(IngestError):
    def __init__(self, path: str, pages: int) -> None:
        super().__init__(
            f"PDF 没有文字层（共 {pages} 页，疑为扫描件），需要先进行 OCR 文字识别：{path}",
            f"the PDF has no text layer ({pages} page(s); probably scanned) and needs OCR first: {path}",
        )


class ArchiveBomb(IngestError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            f"DOCX 压缩包结构异常（{detail}），出于安全考虑拒绝读取：{path}",
            f"the DOCX archive is abusive ({detail}) and was refused for safety: {path}",
        )


class UndecodableText(IngestError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"无法识别文本文件的编码：{path}；请另存为 UTF-8",
            f"cannot detect the text encoding of {path}; please save it as UTF-8",
        )


class EncryptedDocument(IngestError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"文档已加密或设有打开密码，无法读取：{path}；请取消密码后另存为 .docx",
            f"the document is encrypted or password-protected: {path}; please remove the password and save as .docx",
        )


class ContentMismatch(IngestError):
    def __init__(self, path: str, ext: str, actual: str) -> None:
        super().__init__(
            f"文件扩展名为 {ext}，但内容是 {actual}：{path}；请检查文件",
            f"the file is named {ext} but its content is {actual}: {path}; please check the file",
        )


_LIMIT_WHAT: dict[str, tuple[str, str]] = {
    "pages": ("页数", "the number of pages"),
    "glyphs-per-page": ("单页字符数", "the number of characters on one page"),
    "drawings-per-page": ("单页图形数", "the number of drawn shapes on one page"),
    "glyphs": ("字符数", "the number of characters"),
    "decompressed": ("解压后的数据量", "the decompressed data"),
    "xml": ("解压后的 XML 数据量", "the decompressed XML"),
    "paragraphs": ("段落数", "the number of paragraphs"),
    "time": ("读取时间", "the reading time"),
}


def _amount(kind: str, value: float) -> tuple[str, str]:
    if kind in ("decompressed", "xml"):
        return f"{value / 1_048_576:,.0f} MB", f"{value / 1_048_576:,.0f} MB"
    if kind == "time":
        return f"{value:g} 秒", f"{value:g} s"
    return f"{int(value):,}", f"{int(value):,}"


class LimitExceeded(IngestError):
    """Reading stopped at a hard limit (``analyzer.ingest.limits.Limits``): ``kind`` is one of
    pages, glyphs-per-page, drawings-per-page, glyphs, decompressed, xml, paragraphs, time."""

    def __init__(self, path: str, kind: str, limit: float, seen: float) -> None:
        self.kind, self.limit, self.seen = kind, limit, seen
        what_zh, what_en = _LIMIT_WHAT.get(kind, (kind, kind))
        lim_zh, lim_en = _amount(kind, limit)
        seen_zh, seen_en = _amount(kind, seen)
        super().__init__(
            f"文件超出处理上限：{what_zh}已达 {seen_zh}，上限 {lim_zh}；为保护系统已停止读取：{path}",
            f"the file exceeds a processing limit: {what_en} reached {seen_en} (the limit is {lim_en}); "
            f"reading was stopped to protect the system: {path}",
        )


class TooLittleText(IngestError):
    """The file holds almost no visible text (a one-byte file, zero-width characters): not a report."""

    def __init__(self, path: str, visible: int) -> None:
        super().__init__(
            f"文件几乎没有可见文字（{visible} 个字符），不是一份报告：{path}",
            f"the file holds almost no visible text ({visible} character(s)); it is not a report: {path}",
        )


# --------------------------------------------------------------------------- OCR (analyzer/ingest/ocr.py)


class OcrUnavailable(IngestError):
    """The PDF needs OCR but the OCR engine cannot run (not installed, or OCR switched off)."""

    def __init__(self, path: str, pages: int, reason_zh: str, reason_en: str) -> None:
        super().__init__(
            f"PDF 没有文字层（共 {pages} 页，疑为扫描件），{reason_zh}：{path}",
            f"the PDF has no text layer ({pages} page(s); probably scanned), {reason_en}: {path}",
        )


class OcrPageLimit(IngestError):
    def __init__(self, path: str, pages: int, limit: int) -> None:
        super().__init__(
            f"需要 OCR 的页数（{pages} 页）超过上限 {limit} 页，未进行识别：{path}；"
            "请拆分文件或提供带文字层的 PDF/DOCX",
            f"{pages} page(s) need OCR, more than the limit of {limit}; nothing was recognised: {path}; "
            "split the file or provide a PDF with a text layer or the DOCX",
        )


class OcrFoundNoText(IngestError):
    def __init__(self, path: str, pages: int, chars: int) -> None:
        super().__init__(
            f"PDF 没有文字层，OCR 在 {pages} 页中只识别出 {chars} 个字符（空白页或照片？），无法分析：{path}",
            f"the PDF has no text layer and OCR found only {chars} character(s) on {pages} page(s) "
            f"(blank pages or photos?); it cannot be analysed: {path}",
        )
