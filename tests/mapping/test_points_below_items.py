"""Points below an item stay its points (analyzer.mapping.align).

Inside an item a report may organise its answer by the standard's guidance points (``a. 治理系统``,
``b. 员工绩效`` …). Such points never wrap chapters, even when several of them echo one clause's
title (治理系统 / 治理规范 / 治理提升 and 有效治理), and one of them never leaves the item for a later
clause whose title it echoes (员工绩效 and 员工契合的结果) while the points after it stay: only a tail of
the group can be the next item nested too deep. Real pipeline, lexical backend, a report written here.
"""

from __future__ import annotations

from pathlib import Path

from analyzer.ingest import read_document
from analyzer.pipeline import AnalyzeOptions, analyze_document
from analyzer.standards import load_standard

REPORT = """武汉某云维科技有限公司自评报告

5.2 领导作用

5.2.2 引领发展

a）发展方向

公司每年修订三年规划，明确做中部领先的数据中心服务商，班子成员每季度到机房值守一次。

b）组织文化

公司把“守时、守信、守底线”写进员工手册，新员工入职第一周学习企业文化。

5.2.3 有效治理

a. 治理系统

公司设董事会、监事会和经理层，董事会下设审计与风险委员会，重大事项集体决策。

b. 治理规范

公司建立授权审批清单和合规审查制度，每年开展一次合规培训和内部审计。

c. 风险与韧性

公司识别停电、网络攻击和供应中断等风险，制定应急预案，每半年演练一次。

d. 治理提升

公司每年评价治理运行情况，2023年修订了董事会议事规则。

5.5 员工契合

5.5.2 员工管理

a. 工作组织

值守班组按四班三运转排班，每班设班长和技术骨干，岗位职责写入作业指导书。

b. 员工绩效

薪酬由岗位工资、绩效奖金和值班津贴构成，绩效考核按月评价工单完成质量和客户评价。

c. 员工保护

公司为机房作业人员配发防护用品，每年组织一次职业健康体检。

5.5.4 员工契合的结果

员工满意度三年分别为82.1、83.5和85.0分，高于行业平均81.0分；值守工程师年流失率三年分别为11.8%、15.6%和10.2%。
"""


def test_points_of_an_item_stay_with_it(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, "utf-8")
    doc = read_document(path)
    a = analyze_document(doc, load_standard("wuhan-service-2022"), AnalyzeOptions(backend="lexical"))
    got = {s.title: a.mapping.alignment.clause_of(s.id) for s in doc.sections}
    assert got["有效治理"] == "5.2.3"
    assert {got[t] for t in ("治理系统", "治理规范", "风险与韧性", "治理提升")} == {"5.2.3"}
    assert {got[t] for t in ("工作组织", "员工绩效", "员工保护")} == {"5.5.2"}
    assert got["员工契合的结果"] == "5.5.4"
