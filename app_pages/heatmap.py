"""覆盖热力图: clauses × report sections, coloured by the share of each clause's text found in each
section; clicking a cell opens the clause."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from analyzer.heatmap import chart_layout
from analyzer.review import workspace as ws
from app_pages import common

CJK_FONT = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif"
# Vega draws a label given as a list of strings as lines: the layout wraps long chapter titles.
MULTILINE = "split(datum.label, '\\n')"
SCROLL_CSS = """<style>
.st-key-heatmap_scroll { overflow-x: auto; }
.st-key-heatmap_scroll [data-testid="stVegaLiteChart"] { width: max-content; }
</style>"""


def _chart(cells: tuple[ws.HeatCell, ...]) -> alt.LayerChart:
    rows = [c.clause_label for c in sorted({c.row: c for c in cells}.values(), key=lambda c: c.row)]
    by_column = sorted({c.column: c.section_label for c in cells}.items())
    layout = chart_layout(rows, [label for _, label in by_column])
    drawn = dict(zip((col for col, _ in by_column), layout.x_labels, strict=True))
    df = pd.DataFrame(
        [
            {
                "clause": c.clause,
                "条款": c.clause_label,
                "row": c.row,
                "章节": c.section_label,
                "列": drawn[c.column],
                "字数": c.chars,
                "占比": c.share,
                "状态": common.status_text(c.status),
            }
            for c in cells
        ]
    )
    pick = alt.selection_point(name="cell", fields=["clause"], on="click", empty=False)
    base = alt.Chart(df).encode(
        x=alt.X(
            "列:N",
            sort=list(layout.x_labels),
            title="报告章节",
            axis=alt.Axis(
                labelAngle=layout.x_label_angle,
                labelAlign="center" if layout.x_label_angle == 0 else "right",
                labelBaseline="top" if layout.x_label_angle == 0 else "middle",
                labelLimit=layout.x_label_limit,
                labelOverlap=False,
                labelExpr=MULTILINE,
                labelLineHeight=15,
            ),
        ),
        y=alt.Y(
            "条款:N",
            sort=rows,
            title="评定标准条款",
            axis=alt.Axis(labelLimit=layout.y_label_limit, labelOverlap=False),
        ),
    )
    heat = (
        base.mark_rect(stroke="#dde3ea", strokeWidth=0.5)
        .encode(
            color=alt.condition(
                "datum['字数'] > 0",
                alt.Color(
                    "占比:Q",
                    scale=alt.Scale(scheme="blues", domain=[0, 1]),
                    legend=alt.Legend(title="占该条款字数", format=".0%", orient="right"),
                ),
                alt.value("#ffffff"),
            ),
            tooltip=[
                alt.Tooltip("条款:N"),
                alt.Tooltip("章节:N"),
                alt.Tooltip("字数:Q", format=","),
                alt.Tooltip("占比:Q", format=".0%"),
                alt.Tooltip("状态:N", title="覆盖状态"),
            ],
            opacity=alt.condition(pick, alt.value(1.0), alt.value(0.9)),
        )
        .add_params(pick)
    )
    text = base.mark_text(fontSize=9, font=CJK_FONT).encode(
        text=alt.Text("字数:Q", format=","),
        color=alt.condition("datum['占比'] > 0.5", alt.value("white"), alt.value("#333")),
    )
    return (
        alt.layer(heat, text.transform_filter("datum['字数'] > 0"))
        .properties(width=alt.Step(layout.cell_width), height=alt.Step(layout.cell_height))
        .configure(font=CJK_FONT)
        .configure_axis(labelFont=CJK_FONT, titleFont=CJK_FONT, labelFontSize=12, titleFontSize=13, labelPadding=6)
        .configure_legend(labelFont=CJK_FONT, titleFont=CJK_FONT)
    )


def render() -> None:
    opened = common.begin("覆盖热力图")
    if opened is None:
        return
    record = opened.record
    st.caption(
        "每行是标准的一个条款，每列是报告的一个章节；颜色越深，该条款的内容越集中在该章节（按 Word 字数）。"
        "一行分散在几列，说明内容放错了章节或章节合并。点击单元格打开该条款。"
    )
    cells = ws.heatmap_cells(record)
    if not cells:
        st.info("没有可显示的条款或章节。")
        return
    st.html(SCROLL_CSS)
    with st.container(key="heatmap_scroll"):  # a report with many chapters scrolls sideways
        event = st.altair_chart(_chart(cells), on_select="rerun", selection_mode="cell", key="heatmap", width="content")
    picked = (getattr(event, "selection", None) or {}).get("cell") or []
    if picked and isinstance(picked[0], dict) and picked[0].get("clause"):
        common.go_to_clause(str(picked[0]["clause"]))

    missing = [c for c in record.clauses if c.status == "missing"]
    if missing:
        st.markdown(f"{common.STATUS_MD['missing']}条款：" + "、".join(c.label for c in missing))
    choices = {c.id: common.choice_label(c) for c in ws.clause_choices(record)}
    c1, c2 = st.columns([4, 1], vertical_alignment="bottom")
    target = c1.selectbox("打开条款 / open a clause", list(choices), format_func=choices.get, key="heatmap_open")
    if c2.button("打开", key="heatmap_go"):
        common.go_to_clause(target)


render()
