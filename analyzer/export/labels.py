"""Chinese labels shared by the renderings (Markdown report, Excel scoresheet)."""

from __future__ import annotations

SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
STATUS_ZH = {"covered": "已覆盖", "weak": "薄弱", "missing": "缺失", "not-applicable": "不适用"}
KIND_ZH = {"process": "过程", "result": "结果", "mixed": "过程+结果", "profile": "概述"}
LENGTH_STATE_ZH = {"over": "超出", "near": "接近", "within": "未超出"}
