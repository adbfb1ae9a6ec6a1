"""共识: the panel, independent mode, and every item where the reviewers' bands differ by more than
one band (optionally every difference), with a form to record the consensus band and its rationale."""

from __future__ import annotations

import streamlit as st

from analyzer.errors import SaraError
from analyzer.review import workspace as ws
from analyzer.review.workspace import AnalysisRecord
from app_pages import common


def _panel(sid: int, reviewer: str) -> ws.ReviewState:
    store = common.get_store()
    state = ws.review_state(store, sid, reviewer)
    st.subheader("评审组 / panel")
    done = set(state.submitted)
    if state.panel:
        st.markdown(
            "　".join(
                f":green[:material/task_alt: {n}（已提交）]"
                if n in done
                else f":gray[:material/schedule: {n}（未提交）]"
                for n in state.panel
            )
        )
    else:
        st.caption("还没有评审员加入本报告的评审组（给任一评分项评分即加入）。")

    if state.independent:
        st.markdown("**独立评审模式：开启**（提交前只能看到自己的评分和机器建议） / independent review: on")
        refusal = ws.switch_off_refusal(state)
        with st.expander("关闭独立评审模式 / switch off"):
            if refusal is not None:
                st.caption(f"{refusal.message_zh} / {refusal.message_en}")
            else:
                st.warning("关闭后，评审组所有成员（包括尚未提交的）都能看到每位评审员的评分和评语。此操作记入审计日志。")
                with st.form(f"independent_off_{sid}"):
                    reason = st.text_input("理由（必填） / reason", key=f"independent_reason_{sid}")
                    sure = st.checkbox("我确认关闭独立评审模式 / I confirm", key=f"independent_sure_{sid}")
                    if st.form_submit_button("关闭 / switch off", disabled=False):
                        if not sure:
                            st.error("请勾选确认 / please confirm")
                        else:
                            try:
                                ws.set_independent(store, sid, False, reviewer, reason=reason)
                            except SaraError as exc:
                                st.error(f"{exc.message_zh} / {exc.message_en}")
                            else:
                                st.rerun()
    else:
        st.markdown("**独立评审模式：关闭**（评审员互相可见） / independent review: off")
        if st.button("重新开启独立评审模式 / switch on", key=f"independent_on_{sid}"):
            ws.set_independent(store, sid, True, reviewer or "sara")
            st.rerun()
    if not state.viewer_submitted:
        common.submit_button(sid, reviewer, key=f"consensus_submit_{sid}")
    return ws.review_state(store, sid, reviewer)


def _item(sid: int, record: AnalysisRecord, item: ws.ItemReview, reviewer: str) -> None:
    unit = item.clause
    std = record.standard.id
    flag = ":red[:material/error: 相差超过一档]" if item.major else ":orange[:material/warning: 相差一档]"
    done = f" · {common.BADGE['consensus']} 已形成" if item.consensus else ""
    with st.container(border=True):
        st.markdown(f"#### {unit.label}（{unit.points} 分） {flag}{done}")
        rows = [
            {
                "来源": ws.provenance(d),
                "分数段": common.band_text(std, d.band_id),
                "评语 / 理由": d.comment,
                "时间": d.created_at[:19].replace("T", " "),
            }
            for d in item.decisions
        ]
        if item.machine is not None:
            rows.append(
                {
                    "来源": ws.MACHINE,
                    "分数段": common.band_text(std, item.machine.band_id),
                    "评语 / 理由": "；".join(item.machine.reasons[:2]),
                    "时间": "",
                }
            )
        if item.consensus is not None:
            c = item.consensus
            rows.append(
                {
                    "来源": f"{ws.CONSENSUS}（{c.reviewer} 记录）",
                    "分数段": common.band_text(std, c.band_id),
                    "评语 / 理由": c.rationale or "",
                    "时间": c.created_at[:19].replace("T", " "),
                }
            )
        st.dataframe(rows, hide_index=True)
        if st.button("打开条款", key=f"open_{unit.id}"):
            common.go_to_clause(unit.id)
        options = ws.band_options(std, unit.kind)
        ids = [o.id for o in options]
        default = ws.proposed_consensus(item, options)
        # once recorded, the form to revise it folds away, so the open disagreements stand out
        holder = st.expander("修改共识 / revise the consensus") if item.consensus is not None else st.container()
        with holder, st.form(f"consensus_{sid}_{unit.id}"):
            band = st.selectbox(
                "共识分数段 / consensus band",
                ids,
                index=default,
                format_func=lambda i: common.band_text(std, i),
                key=f"cband_{sid}_{unit.id}",
            )
            rationale = st.text_area(
                "共识理由（必填） / rationale (required)",
                value="",
                key=f"crat_{sid}_{unit.id}",
                placeholder="评审组讨论的依据与结论",
            )
            ok = st.form_submit_button("记录共识 / record consensus", type="primary")
        if ok:
            if not (rationale or "").strip():
                st.error("请填写共识理由。 / The rationale is required.", icon=common.ICON["warning"])
                return
            try:
                ws.record_consensus(common.get_store(), sid, unit.id, band, rationale, reviewer)
            except SaraError as exc:
                common.show_error(exc)
                return
            common.flash(f"已记录 {unit.label} 的共识：{common.band_text(std, band)}")
            st.rerun()


def _bulk(sid: int, record: AnalysisRecord, reviewer: str) -> None:
    """Adopt the reviewers' band, as a consensus with a stated rationale, on every item where they
    agree within one band — each recorded and audited like a consensus typed in by hand."""
    agreed = ws.agreed_bands(common.get_store(), sid)
    std = record.standard.id
    st.subheader("一致的评分项 / items the reviewers agree on")
    if not agreed:
        st.caption(
            "没有待处理的一致评分项（需至少两位评审员评分、相差不超过一档、尚无共识）。"
            " / No item where two or more reviewers agree within one band is waiting for a consensus."
        )
        return
    same = sum(1 for a in agreed if a.item.spread == 0)
    st.caption(
        f"{len(agreed)} 个评分项尚无共识，评审员的评分相差不超过一档（完全一致 {same} 项，相差一档 "
        f"{len(agreed) - same} 项）。相差一档时取多数评审员的档；票数相同时取更接近机器建议的档，仍相同则取较低的档。"
    )
    st.dataframe(
        [
            {
                "评分项": a.item.clause.label,
                "分值": a.item.clause.points,
                "评审员的评分": "、".join(f"{d.reviewer} {common.band_text(std, d.band_id)}" for d in a.item.decisions),
                "将记录的共识": common.band_text(std, a.band_id),
            }
            for a in agreed
        ],
        hide_index=True,
    )
    with st.form(f"bulk_{sid}"):
        rationale = st.text_area(
            "共识理由（必填，记入每个评分项） / rationale (required, recorded on every item)",
            key=f"bulk_rationale_{sid}",
            placeholder="例如：评审组讨论确认，评审员评分相差不超过一档的评分项采用评审员一致的档",
        )
        ok = st.form_submit_button(
            f"对一致的条目采用评审员一致的档（需填理由）· {len(agreed)} 项", type="primary", width="stretch"
        )
    if ok:
        if not (rationale or "").strip():
            st.error("请填写共识理由。 / The rationale is required.", icon=common.ICON["warning"])
            return
        try:
            done = ws.accept_agreed(
                common.get_store(), sid, rationale, reviewer, clauses=[a.item.clause.id for a in agreed]
            )
        except SaraError as exc:
            common.show_error(exc)
            return
        common.flash(f"已为 {len(done)} 个评分项记录共识（采用评审员一致的档），理由：{rationale.strip()}")
        st.rerun()


def render() -> None:
    opened = common.begin("共识")
    if opened is None:
        return
    record = opened.record
    reviewer = common.need_reviewer()
    if reviewer is None:
        return
    sid = opened.submission.id
    state = _panel(sid, reviewer)
    if not state.sees_others:
        st.info(
            "独立评审模式：提交你自己的评审后，才能查看分歧和形成共识。 / "
            "Independent review: submit your own review to see the disagreements.",
            icon=common.ICON["hidden"],
        )
        return
    found = ws.disagreements(common.get_store(), sid)
    k, n = found.progress
    st.subheader("分歧 / disagreements")
    st.metric("已形成共识", f"{k} / {n}", help="相差超过一档的评分项中，已记录共识的数目")
    if n:  # 0 of 0 is nothing to do, not a full bar
        common.limit_bar(k, n, "ok" if k == n else "none")
        st.caption(f"已形成共识 {k} / {n}")
    else:
        st.caption("目前没有相差超过一档、需要形成共识的评分项。")
    agreed = ws.agreed_bands(common.get_store(), sid)
    if agreed:
        st.caption(
            f"另有 {len(agreed)} 个评分项评审员相差不超过一档、尚无共识：可在页面下方“一致的评分项”中一次记录共识。"
        )
    show_all = st.checkbox(f"同时显示相差一档的评分项（{len(found.minor)}）", key="show_minor")
    items = [*found.major, *(found.minor if show_all else ())]
    if not items:
        st.success("没有需要讨论的评分项：评审员的评分相差不超过一档。", icon=common.ICON["ok"])
    for item in items:
        _item(sid, record, item, reviewer)

    _bulk(sid, record, reviewer)

    with st.expander("全部评分项 / every scored item"):
        reviews = ws.item_reviews(common.get_store(), sid)
        names = list(state.panel)
        table = []
        for item in reviews:
            row: dict[str, str] = {
                "评分项": item.clause.label,
                "机器建议": common.band_text(record.standard.id, item.machine.band_id if item.machine else None),
            }
            by = {d.reviewer: d for d in item.decisions}
            for name in names:
                row[f"评审员 {name}"] = common.band_text(record.standard.id, by[name].band_id) if name in by else "—"
            row["共识"] = common.band_text(record.standard.id, item.consensus.band_id if item.consensus else None)
            table.append(row)
        st.dataframe(table, hide_index=True)


render()
