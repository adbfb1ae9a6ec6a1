"""Process evidence of one answered clause: A-D-L-I (or PDCA for Shenzhen service), specificity and length."""

from __future__ import annotations

from ..mapping.types import ClauseCoverage
from ..model import (
    Clause,
)
from ..results.numbers import fold
from .evidence import (
    Dimension,
    LeafEvidence,
    _found_en,
    _found_zh,
    _Inputs,
    _listed,
    _listed_en,
    _missing_leaf,
    _text_of,
)
from .signals import Signals


def _coverage_dimension(cov: ClauseCoverage, weight: float) -> Dimension:
    if cov.points:
        done = sum(1 for p in cov.points if p.addressed)
        left = [p.label for p in cov.points if not p.addressed]
        zh = f"要点覆盖：回答了{done}/{len(cov.points)}项要点" + (f"（未涉及：{_listed(left)}）" if left else "")
        en = f"guidance points: {done} of {len(cov.points)} addressed" + (
            f" (not addressed: {_listed_en(left)})" if left else ""
        )
        return Dimension("coverage", "要点覆盖", "guidance points", done / len(cov.points), weight, zh, en)
    value = 1.0 if cov.status == "covered" else 0.5
    zh = "要点覆盖：该条款没有单列要点，按覆盖状态计"
    en = "guidance points: the clause lists none; judged by its coverage status"
    return Dimension("coverage", "要点覆盖", "guidance points", value, weight, zh, en)


_APPROACH_ZH = {"mechanism": "机制", "cadence": "周期", "owner": "责任", "measure": "测量"}
_APPROACH_EN = {"mechanism": "mechanisms", "cadence": "cadences", "owner": "owners", "measure": "measures"}


def _approach_dimension(sig: Signals, text: str, letter: str) -> Dimension:
    """A (or P of PDCA): the mean of four term sets — mechanisms, cadences, owners, measures."""
    parts = [(part, ts, ts.found(text)) for part, ts in sig.approach]
    value = sum(ts.value(found) for _, ts, found in parts) / len(parts)
    zh = f"系统方法（{letter}）：" + "，".join(
        f"{_APPROACH_ZH[part]}{len(found)}个{_found_zh(found)}" for part, _, found in parts
    )
    en = f"systematic approach ({letter}): " + "; ".join(
        f"{_APPROACH_EN[part]} {len(found)}{_found_en(found)}" for part, _, found in parts
    )
    return Dimension(
        "approach", f"方法（{letter}）", f"approach ({letter})", value, sig.process_weight("approach"), zh, en
    )


def _learning_dimensions(sig: Signals, text: str, pdca: bool) -> tuple[Dimension, ...]:
    """L of ADLI (evaluation and improvement together), or C and A of PDCA (apart)."""
    ev_found = sig.evaluation.found(text)
    im_found = sig.improvement.found(text)
    ev_w, im_w = sig.process_weight("evaluation"), sig.process_weight("improvement")
    ev_zh = f"评价类{len(ev_found)}个{_found_zh(ev_found)}"
    ev_en = f"evaluation terms {len(ev_found)}{_found_en(ev_found)}"
    im_zh = f"改进类{len(im_found)}个{_found_zh(im_found)}"
    im_en = f"improvement terms {len(im_found)}{_found_en(im_found)}"
    ev_value, im_value = sig.evaluation.value(ev_found), sig.improvement.value(im_found)
    if pdca:
        return (
            Dimension(
                "evaluation", "检查（C）", "check (C)", ev_value, ev_w, f"检查（C）：{ev_zh}", f"check (C): {ev_en}"
            ),
            Dimension(
                "improvement", "处置（A）", "act (A)", im_value, im_w, f"处置（A）：{im_zh}", f"act (A): {im_en}"
            ),
        )
    w = ev_w + im_w
    value = (ev_w * ev_value + im_w * im_value) / w if w else 0.0
    zh, en = f"学习（L）：{ev_zh}，{im_zh}", f"learning (L): {ev_en}; {im_en}"
    return (Dimension("learning", "学习（L）", "learning (L)", value, w, zh, en),)


def _specificity_dimension(sig: Signals, text: str) -> Dimension:
    """Figures (counted each time) and named practices (distinct), each half of the dimension."""
    figures = len(sig.figure_pattern.findall(text))
    named = list(dict.fromkeys(m.group(0) for m in sig.named_pattern.finditer(text)))
    value = 0.5 * min(1.0, figures / max(sig.figures_saturate, 1))
    value += 0.5 * min(1.0, len(named) / max(sig.named_saturate, 1))
    zh = f"具体性：数据{figures}处，具名做法{len(named)}个{_found_zh(named, 4)}"
    en = f"specificity: {figures} figures, {len(named)} named practices{_found_en(named, 4)}"
    return Dimension("specificity", "具体性", "specificity", value, sig.process_weight("specificity"), zh, en)


def _process_leaf(inp: _Inputs, leaf: Clause, cov: ClauseCoverage, weight: float) -> LeafEvidence:
    sig = inp.signals
    paras = [inp.paragraphs[pid] for pid in cov.paragraphs if pid in inp.paragraphs]
    if cov.status == "missing" or not paras:
        return _missing_leaf(leaf, "process", weight)
    text = fold("\n".join(_text_of(p) for p in paras))
    pdca = inp.standard.maturity_model == "PDCA"
    deployed = sig.deployment.found(text)
    tied = sig.integration.found(text)
    expected = cov.expected_chars or sig.default_expected_chars
    full = sig.full_length * expected
    dims = (
        _coverage_dimension(cov, sig.process_weight("coverage")),
        _approach_dimension(sig, text, "P" if pdca else "A"),
        Dimension(
            "deployment",
            "展开（D）",
            "deployment (D)",
            sig.deployment.value(deployed),
            sig.process_weight("deployment"),
            f"展开（D）：覆盖范围词{len(deployed)}个{_found_zh(deployed)}",
            f"deployment (D): {len(deployed)} breadth terms{_found_en(deployed)}",
        ),
        *_learning_dimensions(sig, text, pdca),
        Dimension(
            "integration",
            "整合（I）",
            "integration (I)",
            sig.integration.value(tied),
            sig.process_weight("integration"),
            f"整合（I）：与战略、目标等的关联词{len(tied)}个{_found_zh(tied)}",
            f"integration (I): {len(tied)} terms tying it to strategy and goals{_found_en(tied)}",
        ),
        _specificity_dimension(sig, text),
        Dimension(
            "length",
            "篇幅",
            "length",
            min(1.0, cov.chars / full) if full else 1.0,
            sig.process_weight("length"),
            f"篇幅：{cov.chars}字（按分值薄弱线约{expected}字，完整约{round(full)}字）",
            f"length: {cov.chars} 字 (thin below about {expected}, complete at about {round(full)})",
        ),
    )
    raw = sum(d.value * d.weight for d in dims)
    gate = min(1.0, cov.chars / expected) if expected else 1.0
    notes_zh: tuple[str, ...] = ()
    notes_en: tuple[str, ...] = ()
    if gate < 1.0:
        notes_zh = (f"{leaf.label}：篇幅不足薄弱线（{cov.chars}/{expected}字），证据得分按比例折减",)
        notes_en = (f"{leaf.label}: shorter than the thin threshold ({cov.chars}/{expected} 字); score scaled down",)
    return LeafEvidence(
        leaf.id,
        "process",
        cov.status,
        gate * sig.score(raw),
        weight,
        dims,
        tuple(p.id for p in paras),
        notes_zh=notes_zh,
        notes_en=notes_en,
    )
