"""Chinese labels shared by the renderings (Markdown and HTML reports, Excel scoresheet)."""

from __future__ import annotations

from ..ingest.formats import READABLE

SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
STATUS_ZH = {"covered": "已覆盖", "weak": "薄弱", "missing": "缺失", "not-applicable": "不适用"}
KIND_ZH = {"process": "过程", "result": "结果", "mixed": "过程+结果", "profile": "概述"}
LENGTH_STATE_ZH = {"over": "超出", "near": "接近", "within": "未超出"}
CONVENTION_ZH = {
    "word_count": "字数",
    "chars_no_spaces": "字符数（不计空格）",
    "chars_with_spaces": "字符数（计空格）",
}
THRESHOLD_STATE_ZH = {"reached": "已达到", "possible": "取决于评审", "not-reached": "未达到"}
PROVENANCE_ZH = {"machine": "机器建议", "reviewer": "评审员", "consensus": "共识"}
AGREES_ZH = {True: "一致", False: "不一致", None: "（未显示机器建议）"}
MACHINE_DRAFT_ZH = "机器检查草稿，供申报组织自查参考，不代表评审结论"
MACHINE_DRAFT_EN = "Machine-generated draft for self-checking; not a review decision"


def _readable_formats_zh() -> str:
    names = [f.label for f in READABLE]
    return names[0] if len(names) == 1 else f"{'、'.join(names[:-1])} 或 {names[-1]}"


UPLOAD_FORMATS_ZH: str = _readable_formats_zh()
"""The formats SARA reads, for upload labels, named and ordered as the format registry
(:data:`analyzer.ingest.formats.FORMATS`) has them: ``PDF、DOCX、TXT 或 Markdown``."""
