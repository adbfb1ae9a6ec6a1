"""Benchmark: the hostile inputs of issue 14 (items 14, 15, 21) at full size, and the largest
legitimate reports, each analysed by ``sara analyze`` in its own process.

    python pipelines/bench_hostile.py [--only NAME ...] [--json out.json] [--keep DIR]

Builds every input in a temporary folder (nothing is shipped), runs
``python -m analyzer analyze FILE --standard beijing-2020 --backend lexical --format json`` on it,
and reports the exit code, the wall time, the peak RSS of the process (``ru_maxrss`` from
``wait4``) and the first line of the refusal. Targets (issue 14): a hostile input ends in < 60 s
and < 2 GB with a bilingual refusal; an accepted input stays < 1 GB.

Hostile inputs: a 3 MB flate bomb PDF; a 4.8 MB PDF of 20,000 pages; one 5 MB page of 200,000
glyphs; a PDF under every count limit that only the reading deadline stops; a DOCX that
passes the archive checks with 190 MiB of XML at a low compression ratio; a
48 MiB text under the 50 MB size limit; a one-byte file; zero-width characters; a fill-in form of
long space and dot runs; Big5 text; short
UTF-16 without a byte-order mark. Legitimate inputs: the largest dev report doubled to ~64,000 字
as Markdown, DOCX and PDF (two rendered copies joined with PDFium), and a text just under the
character limit. "boundary": under every count limit, so it is either accepted (< 1 GB) or
stopped by the reading deadline (< 60 s), depending on the machine's speed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CACHE = Path("/tmp/sara-eval-cache")
TARGET_HOSTILE_S, TARGET_HOSTILE_MB, TARGET_ACCEPTED_MB = 60.0, 2048.0, 1024.0


# --------------------------------------------------------------------------- builders


def _pdf(page_contents: list[bytes], *, share: bool = False) -> bytes:
    """A PDF with Helvetica as /F1; ``share``: every page uses the first content stream."""
    objs: list[bytes] = [b"", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    streams: list[int] = []
    for content in page_contents[:1] if share else page_contents:
        body = zlib.compress(content, 9)
        objs.append(f"<< /Length {len(body)} /Filter /FlateDecode >>\nstream\n".encode() + body + b"\nendstream")
        streams.append(len(objs))
    kids = []
    for i in range(len(page_contents)):
        ref = streams[0] if share else streams[i]
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {ref} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        kids.append(f"{len(objs)} 0 R")
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
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


def flate_bomb(d: Path) -> Path:
    # ~3 GB of spaces compress to ~3 MB (zlib's maximum ratio is about 1,030:1).
    comp = zlib.compressobj(9)
    chunk = b" " * (64 << 20)
    body = b"".join(comp.compress(chunk) for _ in range(48)) + comp.flush()
    pdf = _pdf([b"BT ET"])
    marker = zlib.compress(b"BT ET", 9)
    pdf = pdf.replace(f"/Length {len(marker)} ".encode(), f"/Length {len(body)} ".encode()).replace(marker, body)
    p = d / "flate-bomb.pdf"
    p.write_bytes(_fix_xref(pdf))
    return p


def _fix_xref(pdf: bytes) -> bytes:
    """Rewrite the xref offsets after a stream was swapped (the objects moved)."""
    import re

    head = pdf[: pdf.index(b"xref\n")]
    offsets = [m.start() for m in re.finditer(rb"(?m)^\d+ 0 obj\n", head)]
    out = bytearray(head)
    xref = len(out)
    out += f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def many_pages(d: Path) -> Path:
    p = d / "20000-pages.pdf"
    p.write_bytes(_pdf([b"BT /F1 12 Tf 72 720 Td (Quality page) Tj ET"] * 20_000, share=True))
    return p


def dense_page(d: Path) -> Path:
    rnd = random.Random(3)
    ops = [b"BT /F1 2 Tf 10 830 Td 2.2 TL"]
    letters = b"abcdefghijklmnopqrstuvwxyz"
    for _ in range(2_000):  # 2,000 lines × 100 glyphs
        ops.append(b"(" + bytes(rnd.choice(letters) for _ in range(100)) + b") '")
    ops.append(b"ET")
    p = d / "200k-glyph-page.pdf"
    p.write_bytes(_pdf([b"\n".join(ops)]))
    return p


def slow_within_limits(d: Path) -> Path:
    """Under every count limit (900 pages × 440 glyphs = 396,000 glyphs), so only the reading
    deadline can stop it."""
    rnd = random.Random(4)
    letters = b"abcdefghijklmnopqrstuvwxyz "
    pages = []
    for _ in range(900):
        ops = [b"BT /F1 10 Tf 40 800 Td 12 TL"]
        ops += [b"(" + bytes(rnd.choice(letters) for _ in range(88)) + b") '" for _ in range(5)]
        pages.append(b"\n".join([*ops, b"ET"]))
    p = d / "slow-within-limits.pdf"
    p.write_bytes(_pdf(pages))
    return p


def big_xml_docx(d: Path) -> Path:
    """190 MiB of document.xml that compresses only ~8:1 (random CJK text), within the archive checks."""
    rnd = random.Random(5)
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    p = d / "190MiB-xml.docx"
    target = 190 << 20
    with (
        zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf,
        zf.open("word/document.xml", "w", force_zip64=True) as fh,
    ):
        fh.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{ns}"><w:body>'.encode())
        written = 0
        while written < target:
            text = "".join(chr(rnd.randrange(0x4E00, 0x9FA5)) for _ in range(200))
            para = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()
            block = para * 50
            fh.write(block)
            written += len(block)
        fh.write(b"</w:body></w:document>")
    return p


def near_limit_docx(d: Path) -> Path:
    """Just under the XML, paragraph and character limits: 45,000 paragraphs of heavily formatted
    runs (~700 bytes of XML each, 8 characters of text)."""
    from analyzer.ingest import Limits

    limits = Limits()
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    rpr = (
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman" '
        'w:cs="Times New Roman"/>'
        '<w:color w:val="000000"/><w:kern w:val="0"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" '
        'w:eastAsia="zh-CN"/></w:rPr>'
    )
    words = _report_text(1).replace("\n", "")
    paras = []
    n = min(limits.max_paragraphs - 5000, limits.max_glyphs // 9)
    for i in range(n):
        text = words[(i * 8) % (len(words) - 8) :][:8].replace("<", "").replace("&", "")
        paras.append(
            f'<w:p><w:pPr><w:spacing w:line="360" w:lineRule="auto"/><w:ind w:firstLineChars="200"/></w:pPr>'
            f'<w:r>{rpr}<w:t>{text[:4]}</w:t></w:r><w:r>{rpr}<w:t>{text[4:]}</w:t></w:r></w:p>'
        )
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{ns}"><w:body>'
    xml = head + "".join(paras) + "</w:body></w:document>"
    assert len(xml.encode()) < limits.max_xml_bytes, len(xml.encode())
    p = d / "near-limits.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", xml)
    return p


def big_text(d: Path) -> Path:
    src = (SHARED / "dev-reports-2" / "d3-bj-chinese-numbering" / "report.md").read_bytes()
    p = d / "48MiB.txt"
    with p.open("wb") as fh:
        for _ in range((48 << 20) // len(src)):
            fh.write(src)
    return p


def one_byte(d: Path) -> Path:
    p = d / "one-byte.txt"
    p.write_bytes(b"a")
    return p


def zero_width(d: Path) -> Path:
    p = d / "zero-width.txt"
    p.write_text("\u200b\u200c\u200d\u2060\ufeff" * 20_000, encoding="utf-8")
    return p


def blank_form(d: Path) -> Path:
    """A fill-in form: labels followed by long runs of spaces and of leader dots, as exam papers
    and application forms leave them (the 目录 entry pattern once backtracked for minutes on one)."""
    p = d / "blank-form.txt"
    lines = []
    for k in range(200):
        lines.append("姓名" + " " * (200 + k) + "学号" + "\u3000" * 150 + "成绩")
        lines.append(f"第{k + 1}题" + ". " * 300 + "（" + " " * 80 + "）")
    p.write_text("某单位自评报告\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    return p


def _report_text(times: int = 2) -> str:
    return (SHARED / "dev-reports-2" / "d3-bj-chinese-numbering" / "report.md").read_text(encoding="utf-8") * times


def big5_text(d: Path) -> Path:
    p = d / "big5.txt"
    trad = "第一章 領導\n\n1.1 組織的高層領導確定方向，2023年營業收入38.6億元，同比增長12%。\n\n" * 200
    p.write_bytes(trad.encode("cp950"))
    return p


def utf16_short(d: Path) -> Path:
    p = d / "utf16-no-bom.txt"
    p.write_bytes("一、领导\n\n高层领导确定组织的使命、愿景和价值观。".encode("utf-16-le"))
    return p


def report_md(d: Path) -> Path:
    p = d / "report-64k.md"
    p.write_text(_report_text(2), encoding="utf-8")
    return p


def report_docx(d: Path) -> Path | None:
    src = next(CACHE.glob("d3-bj-chinese-numbering/as-written/*/report.docx"), None)
    if src is None:
        return None
    from docx import Document
    from docx.enum.text import WD_BREAK

    doc = Document(str(src))
    body = doc.element.body
    copies = [el for el in body if not el.tag.endswith("sectPr")]
    import copy

    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    sect = body[-1] if body[-1].tag.endswith("sectPr") else None
    for el in copies:
        if sect is not None:
            sect.addprevious(copy.deepcopy(el))
        else:
            body.append(copy.deepcopy(el))
    p = d / "report-64k.docx"
    doc.save(str(p))
    return p


def report_pdf(d: Path) -> Path | None:
    src = next(CACHE.glob("d3-bj-chinese-numbering/as-written/*/report.pdf"), None)
    if src is None:
        return None
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    for _ in range(2):
        part = pdfium.PdfDocument(str(src))
        out.import_pages(part)
    p = d / "report-64k.pdf"
    out.save(str(p))
    return p


def near_limit_text(d: Path) -> Path:
    from analyzer.ingest import Limits

    text = _report_text(20)[: Limits().max_glyphs - 1000]
    p = d / "near-char-limit.md"
    p.write_text(text, encoding="utf-8")
    return p


CASES: list[tuple[str, str, Callable[[Path], Path | None]]] = [
    ("flate-bomb", "hostile", flate_bomb),
    ("20000-pages", "hostile", many_pages),
    ("200k-glyph-page", "hostile", dense_page),
    ("190MiB-xml-docx", "hostile", big_xml_docx),
    ("slow-within-limits", "boundary", slow_within_limits),
    ("48MiB-text", "hostile", big_text),
    ("one-byte", "hostile", one_byte),
    ("zero-width", "hostile", zero_width),
    ("blank-form", "accepted", blank_form),
    ("big5", "accepted", big5_text),
    ("utf16-no-bom", "accepted", utf16_short),
    ("report-64k-md", "accepted", report_md),
    ("report-64k-docx", "accepted", report_docx),
    ("report-64k-pdf", "accepted", report_pdf),
    ("near-char-limit-md", "accepted", near_limit_text),
    ("near-limits-docx", "accepted", near_limit_docx),
]


# --------------------------------------------------------------------------- running


def run(path: Path) -> dict[str, object]:
    cmd = [sys.executable, "-m", "analyzer", "analyze", str(path), "--standard", "beijing-2020"]
    cmd += ["--backend", "lexical", "--format", "json"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    out, err = proc.communicate()
    seconds = time.perf_counter() - t
    rusage = _peak_of(proc)
    line = err.decode("utf-8", "replace").strip().splitlines()
    words = None
    if proc.returncode == 0:
        try:
            words = json.loads(out)["length"]["count"]
        except (ValueError, KeyError):
            words = None
    return {
        "exit": proc.returncode,
        "seconds": round(seconds, 1),
        "peak_mb": rusage,
        "message": line[-1][:220] if line else "",
        "count": words,
    }


def _peak_of(proc: subprocess.Popen[bytes]) -> float:
    import resource

    # communicate() reaped the child; RUSAGE_CHILDREN holds the largest finished child so far,
    # so each case is run after the previous ones: report the max seen (documented as such).
    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--keep", type=Path, help="build the inputs here and keep them")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for name, kind, build in CASES:
            if args.only and name not in args.only:
                continue
            path = build(folder)
            if path is None:
                print(f"{name:20s} skipped (no rendered source in {CACHE})")
                continue
            # Each case in a fresh interpreter measured alone: run it through a tiny wrapper so
            # RUSAGE_CHILDREN of the wrapper is this case's peak only.
            res = _isolated(path)
            ok = _verdict(kind, res)
            res.update(name=name, kind=kind, size_mb=round(path.stat().st_size / 2**20, 2), ok=ok)
            results.append(res)
            print(
                f"{name:20s} {kind:8s} {res['size_mb']:>8} MB  exit={res['exit']}  {res['seconds']:>6} s  "
                f"{res['peak_mb']:>6.0f} MB  {'OK ' if ok else 'BAD'}  {res['message'] or res['count']}",
                flush=True,
            )
            if args.keep is None:
                path.unlink(missing_ok=True)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


def _isolated(path: Path) -> dict[str, object]:
    code = (
        "import json,sys; sys.path.insert(0, sys.argv[1]);"
        "from pipelines.bench_hostile import run; from pathlib import Path;"
        "print(json.dumps(run(Path(sys.argv[2]))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(ROOT), str(path)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _verdict(kind: str, res: dict[str, object]) -> bool:
    seconds, peak = float(res["seconds"]), float(res["peak_mb"])  # type: ignore[arg-type]
    if kind == "accepted":
        return res["exit"] == 0 and peak < TARGET_ACCEPTED_MB
    if kind == "boundary":  # within every count limit: either the deadline refuses it, or it is accepted
        return (res["exit"] == 0 and peak < TARGET_ACCEPTED_MB) or (
            res["exit"] == 2 and seconds < TARGET_HOSTILE_S and peak < TARGET_HOSTILE_MB
        )
    refused_clearly = res["exit"] == 2 and " / " in str(res["message"])
    accepted_fine = res["exit"] == 0 and peak < TARGET_ACCEPTED_MB
    return (refused_clearly or accepted_fine) and seconds < TARGET_HOSTILE_S and peak < TARGET_HOSTILE_MB


if __name__ == "__main__":
    main()
