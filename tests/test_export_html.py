"""The applicants' HTML page from a stored record: self-contained, escaped, findings with locations,
coverage, decisions with provenance — parsed back with html.parser."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from analyzer.cli import main
from analyzer.export.analysis_json import analysis_to_dict
from analyzer.export.html import html_report
from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.record import AnalysisRecord, read_record
from analyzer.review.store import Store
from analyzer.standards import load_standard
from tests.shared_data import dev_report

ROOT = Path(__file__).resolve().parents[1]
PLANTED = "<script>alert('岑衡')</script>"


@dataclass(eq=False)
class Element:
    tag: str
    attrs: dict[str, str]
    text: list[str] = field(default_factory=list)

    @property
    def content(self) -> str:
        return "".join(self.text)


class Page(HTMLParser):
    """Every element with its attributes and all the text inside it (nested text included)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.open: list[Element] = []
        self.feed(html)
        self.close()

    VOID = frozenset({"meta", "br", "link", "img", "hr", "input"})

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = Element(tag, {k: v or "" for k, v in attrs})
        self.elements.append(el)
        if tag not in self.VOID:
            self.open.append(el)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i].tag == tag:
                del self.open[i:]
                return
        raise AssertionError(f"unbalanced </{tag}>")

    def handle_data(self, data: str) -> None:
        for el in self.open:
            el.text.append(data)

    def find(self, tag: str, **attrs: str) -> list[Element]:
        return [
            e
            for e in self.elements
            if e.tag == tag and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def by_class(self, cls: str) -> list[Element]:
        return [e for e in self.elements if cls in e.attrs.get("class", "").split()]


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> AnalysisRecord:
    """bj-meddevice with a script planted in the first profile paragraph (cited by profile-length-limit)."""
    text = (dev_report("bj-meddevice") / "report.md").read_text(encoding="utf-8")
    assert "1）组织环境。" in text
    path = tmp_path_factory.mktemp("planted") / "R&D<报告>.md"
    # written with entities, so that a Markdown reader shows the tag as text (a raw tag it would drop)
    shown = PLANTED.replace("<", "&lt;").replace(">", "&gt;")
    path.write_text(text.replace("1）组织环境。", "1）组织环境。" + shown, 1), encoding="utf-8")
    a = analyze_document(read_document(path), load_standard("beijing-2020"), AnalyzeOptions(backend="lexical"))
    return read_record(json.dumps(analysis_to_dict(a), ensure_ascii=False))


def test_page_is_self_contained_and_escaped(planted: AnalysisRecord) -> None:
    html = html_report(planted)
    page = Page(html)
    assert html.startswith("<!DOCTYPE html>")
    assert page.find("html")[0].attrs == {"lang": "zh-CN"}
    assert page.find("meta", charset="utf-8")
    assert not page.find("script") and not page.find("link") and not page.find("img")
    assert "http://" not in html and "https://" not in html and "url(" not in html
    assert len(page.find("style")) == 1
    cited = [planted.paragraph(pid).text for f in planted.findings for pid in f.paragraphs]
    assert any(PLANTED in text for text in cited)  # the planted paragraph is cited by a finding
    assert PLANTED not in html and "&lt;script&gt;" in html  # shown as text, never run
    excerpts = [b.content for b in page.find("blockquote")]
    assert any(PLANTED in e for e in excerpts)
    assert page.find("title")[0].content == "SARA 自评报告检查结果 – R&D<报告>.md"


def test_findings_by_severity_with_locations(planted: AnalysisRecord) -> None:
    page = Page(html_report(planted))
    articles = page.by_class("finding")
    assert len(articles) == len(planted.findings)
    severities = [a.attrs["class"].split()[1] for a in articles]
    assert severities == sorted(severities, key=["sev-error", "sev-warning", "sev-info"].index)
    assert [h.attrs["id"] for h in page.find("h3")] == [
        f"sev-{s}" for s in ("error", "warning", "info") if planted.severity_counts()[s]
    ]
    missing = next(a for a in articles if a.attrs["data-check"] == "missing-clause")
    assert missing.attrs["data-clause"] == "4.5"
    assert "条款：4.5 基础设施" in missing.content
    (pid,) = next(f for f in planted.findings if f.check == "missing-clause").paragraphs
    p = planted.paragraph(pid)
    loc = next(e for e in page.find("div", data_paragraph=pid))
    assert f"第{p.index + 1}段" in loc.content
    assert p.text[:40] in loc.content
    section = next(s for s in planted.sections if s.id == p.section)
    assert f"章节：{section.number} {section.title}" in loc.content
    assert p.clause is not None and f"已归入条款：{planted.clause(p.clause).label}" in loc.content
    profile = next(a for a in articles if a.attrs["data-check"] == "profile-length-limit")
    assert "…… 另有" in profile.content  # 23 paragraphs, five shown


def test_summary_and_coverage(planted: AnalysisRecord) -> None:
    page = Page(html_report(planted))
    summary = {tr_th.content: td.content for tr_th, td in _pairs(page, "summary")}
    assert summary["评价标准"].startswith("北京市人民政府质量管理奖")
    assert "beijing-2020" in summary["评价标准"]
    limit = planted.length.limit
    assert limit is not None and planted.length.count is not None
    assert summary["报告篇幅"] == f"字数 {planted.length.count:,} / 限额 {limit:,}未超出"
    assert summary["组织概述篇幅"].endswith("/ 限额 3,000超出")
    counts = planted.severity_counts()
    assert summary["发现"] == f"错误 {counts['error']}，警告 {counts['warning']}，提示 {counts['info']}"
    assert page.by_class("draft") and "机器检查草稿" in page.by_class("draft")[0].content
    rows = [tr for tr in page.find("tr") if "data-clause" in tr.attrs]
    assert [r.attrs["data-clause"] for r in rows] == [c.id for c in planted.clauses]
    row = next(r for r in rows if r.attrs["data-clause"] == "4.5")
    cells = [e for e in _children(page, row) if e.tag == "td"]
    assert [c.content for c in cells][:6] == ["　4.5 基础设施", "10", "过程", "缺失", "0", "0"]
    assert not page.find("section", id="decisions")


def _children(page: Page, parent: Element) -> list[Element]:
    i = page.elements.index(parent)
    out = []
    for e in page.elements[i + 1 :]:
        if e.tag == parent.tag:
            break
        out.append(e)
    return out


def _pairs(page: Page, table_class: str) -> list[tuple[Element, Element]]:
    table = page.by_class(table_class)[0]
    inside = page.elements[page.elements.index(table) + 1 :]
    ths = [e for e in inside if e.tag == "th"]
    tds = [e for e in inside if e.tag == "td"]
    return list(zip(ths, tds[: len(ths)], strict=True))


def test_decisions_with_provenance(planted: AnalysisRecord, tmp_path: Path) -> None:
    unit = planted.scoring_units[2]
    machine = unit.band
    assert machine is not None
    with Store.open(tmp_path / "sara.db") as store:
        sub = store.add_submission("0" * 64, "report.md", "beijing-2020")
        store.record_decision(sub.id, unit.id, "王评审", "50-65", 50, 65, "<b>方法</b>系统", machine.band_id, ())
        store.record_consensus(sub.id, unit.id, "50-65", 50, 65, "采纳王评审意见", "组长")
        decisions = [*store.current_decisions(sub.id), *store.consensus(sub.id)]
    page = Page(html_report(planted, decisions))
    (section,) = page.find("section", id="decisions")
    row = next(tr for tr in page.find("tr") if tr.attrs.get("data-clause") == unit.id and "评审员" in tr.content)
    assert f"机器建议{machine.band_id}%" in row.content
    assert "评审员王评审：50-65%（<b>方法</b>系统）" in row.content  # the comment is text, not markup
    assert "共识50-65%：采纳王评审意见" in row.content and "记录人：组长" in row.content
    assert row.text[-1] == f"{(unit.points or 0) * 57.5 / 100:g}" == "17.25"
    assert not page.find("b")
    total = page.find("p", id="consensus-total")[0].content
    assert total.startswith(f"已形成共识 1/{len(planted.scoring_units)} 个评分单元")
    assert section.content


def test_cli_writes_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out" / "report.html"
    report = dev_report("bj-meddevice") / "report.md"
    code = main(["analyze", str(report), "--backend", "lexical", "--format", "html", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "已写入 / wrote" in err
    page = Page(out.read_text(encoding="utf-8"))
    assert page.find("html")[0].attrs["lang"] == "zh-CN"
    assert any(a.attrs.get("data-check") == "missing-clause" for a in page.by_class("finding"))
    assert not list(out.parent.glob(".*.tmp"))


def test_sample_page_escapes_and_lists_every_finding(tmp_path: Path) -> None:
    """On one of our own samples (runs without ../shared): escaping, one article per finding, the missing clause."""
    sample = Path(__file__).resolve().parents[1] / "samples" / "bj-logistics" / "report.md"
    text = sample.read_text(encoding="utf-8")
    path = tmp_path / "R&D<报告>.md"
    first = "北京霜屿冷链物流股份有限公司（以下简称"
    shown = PLANTED.replace("<", "&lt;").replace(">", "&gt;")  # the tag as text a Markdown reader shows
    path.write_text(text.replace(first, shown + first, 1), encoding="utf-8")
    a = analyze_document(read_document(path), load_standard("beijing-2020"), AnalyzeOptions(backend="lexical"))
    record = read_record(json.dumps(analysis_to_dict(a), ensure_ascii=False))
    assert any(PLANTED in p.text for p in record.paragraphs)
    html = html_report(record)
    page = Page(html)
    assert not page.find("script") and PLANTED not in html
    assert page.find("title")[0].content == "SARA 自评报告检查结果 – R&D<报告>.md"
    articles = page.by_class("finding")
    assert len(articles) == len(record.findings)
    missing = [x.attrs["data-clause"] for x in articles if x.attrs["data-check"] == "missing-clause"]
    assert missing == ["6.2"]  # the sample's planted missing clause


def _tag_colour(html: str, cls: str) -> tuple[int, int, int]:
    import re

    hex_ = re.search(rf"\.{cls}\{{background:#([0-9a-f]{{6}})\}}", html)
    assert hex_, f"no colour for .{cls}"
    return tuple(int(hex_.group(1)[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


@pytest.mark.parametrize("state", ["within", "near", "over"])
def test_length_tag_is_green_only_within_the_limit(planted: AnalysisRecord, state: str) -> None:
    from dataclasses import replace

    from analyzer.record import LengthInfo

    length = LengthInfo(count=100, limit=120, convention="word_count", over=state == "over", state=state)
    record = replace(planted, length=length)
    html = html_report(record)
    tags = [e for e in Page(html).elements if e.tag == "span" and "tag" in e.attrs.get("class", "").split()]
    length_tags = [t for t in tags if "len-" in t.attrs["class"]]
    assert length_tags, [t.attrs for t in tags]
    cls = next(c for c in length_tags[0].attrs["class"].split() if c.startswith("len-"))
    r, g, b = _tag_colour(html, cls)
    greenish = g > r + 16 and g > b + 16
    assert greenish == (state == "within"), (state, cls, (r, g, b))
