#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-pharmacy-questions from source.txt.

Layout: a fictional Beijing retail pharmacy chain (北京榀苓大药房连锁有限公司; 连锁药店, 执业药师, 慢病管理,
医保定点, 药品追溯, 冷链) written by its general manager, a pharmacist turned manager, in an explanatory voice that
structures the text with questions. Plain text: two title lines and a cover block (front matter), a `目　录`
heading with a block listing the chapters only, and a short `写在前面：……` foreword paragraph (front matter,
`@P -`). The profile is `组织概述` (= 0) with `一、我们是谁` (0.1) and `二、我们面对什么` (0.2); chapters
`第一章　领导` … `第七章　结果`. EVERY ITEM HEADING IS A QUESTION in the company's own words, numbered `1.1`…
by position (`1.1　高层领导怎样为企业定方向、带队伍？`, `4.2　钱从哪里来、花在哪里、风险怎么防？`); four have no
trailing ？ (`1.2　谁来管我们这些管事的人`, 2.2, 4.4, 6.2) and two have no number at all (1.3 `我们对病人、对社会还该
担起哪些责任？`, 4.5 `门店、仓库和冷链设备怎样始终处在好状态？`). Shorter sub-questions are level-3 headings
labelled with their item (`怎样听到顾客的声音？` = 3.1, `顾客不满意了怎么办？` = 3.2 …), under 1.1, 1.2, 3.1,
3.2, 4.1 and 5.2. A short intro paragraph under `第七章　结果` (labelled 7).
Results: tables with years as columns (表7-1, 7-2, 7-4, 7-5, 7-6) and one with years as rows (表7-3, with
`行业平均（2023年）` and `澍芩药房（2023年）` rows), prose series with 同比/较上年, rankings, named competitor chains
(泓杞大药房, 澍芩药房), 行业平均 and the benchmark 杭州琛苡医药连锁集团; lower-is-better 药品近效期损耗率 (表7-5).
Planted defects: 5.1 过程的识别与设计 missing, so `5.1　药从进门到出门，每一步怎样做稳、做好？` answers 5.2
(ordinal trap with decimals); 7.1 has 2022–2023 only; 7.4 has 2021–2023 with only 2023年目标值 / 2025年规划目标;
7.5 药品近效期损耗率 rises in 2023 above 行业平均 and 澍芩药房, only in 表7-5 (unexplained); one 1.3 paragraph
(leaders' example in 公益, volunteer hours) sits under the 3.2 sub-question `顾客从哪些地方找到我们？`.
"""
META = {
    'standard': 'beijing-2020',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0.1', '0.2'],
    'profile_limit': 3000,  # 组织概述 <= 3,000 字 (label convention: characters without whitespace)
    'all_clauses': ['0', '0.1', '0.2', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '3', '3.1', '3.2',
                    '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '5', '5.1', '5.2', '6', '6.1', '6.2',
                    '7', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6'],
    'leaf_clauses': ['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2', '4.3', '4.4', '4.5',
                     '4.6', '5.1', '5.2', '6.1', '6.2', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6'],
    'expected_missing': ['5.1'],
    'results_lacking_three_years': ['7.1'],
    'results_lacking_comparison': ['7.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.4'],
    # 5.1 过程的识别与设计 must be absent everywhere: no identification of the whole chain of work or of the key
    # processes and their stakeholders' requirements, no process design from such requirements, no design of
    # process KPIs, no emergency-response system / business continuity. (5.2 only says that operating rules
    # exist and how they are followed, monitored and improved.)
    'forbidden_words': ['过程识别', '关键过程', '过程设计', '流程设计', '全过程', '全流程', '应急', '突发',
                        '连续性', '价值链', '流程图', '关键要求', '过程清单', '业务连续'],
    'unfavourable_results': [
        {'clause': '7.2', 'indicator': '年来客数（2022年由2,140万人次降到1,960万人次，下降8.4%）', 'explained': True},
        {'clause': '7.3', 'indicator': '净利润、净利润率（2022年由5,820万元降到4,980万元、由4.1%降到3.3%）',
         'explained': True},
        {'clause': '7.3', 'indicator': '毛利率（31.6%、29.8%、28.9%，2022年和2023年连续下降）', 'explained': True},
        {'clause': '7.5', 'indicator': '药品近效期损耗率（越低越好；2023年由0.38%升到0.51%，高于行业平均0.45%和澍芩药房0.40%）',
         'explained': False},
    ],
    'notes': (
        '北京2020，虚构北京连锁药店（北京榀苓大药房连锁有限公司，不存在；竞争对手泓杞大药房、澍芩药房，标杆杭州琛苡医药连锁集团，'
        '调查机构岍澜调研公司，人名邝一苇、温砚秋、乔栖桐，奖项“京城药事服务创新案例”均为虚构）。'
        '执笔人是药师出身的总经理，口吻平实、爱解释，用提问来组织行文。'
        '版式：纯文本。两行标题（level 0，clause为null）；封面信息块（@P -）；“目　录”标题（level 1，clause为null）及只列章名的目录块（@P -）；'
        '一段“写在前面：……”前言（@P -）。“组织概述”（level 1，标0），其下“一、我们是谁”=0.1、“二、我们面对什么”=0.2（level 2）。'
        '章为“第一章　领导”…“第七章　结果”（level 1）；条目标题全部是企业自己说的问题（level 2），按章内位置编号“1.1　…”：'
        '1.1 高层领导怎样为企业定方向、带队伍？；1.2 谁来管我们这些管事的人（无问号）；1.3 无编号“我们对病人、对社会还该担起哪些责任？”；'
        '2.1 未来五年往哪里走，是怎么想出来的？；2.2 规划怎样落到每一家门店（无问号）；3.1 我们的顾客是谁、他们要什么？；'
        '3.2 怎样让顾客愿意一直来？；4.1 人从哪里来、怎样留得住、长得快？；4.2 钱从哪里来、花在哪里、风险怎么防？；'
        '4.3 数据和经验怎样变成大家的本事？；4.4 我们靠什么技术和服务标准吃饭（无问号）；4.5 无编号“门店、仓库和冷链设备怎样始终处在好状态？”；'
        '4.6 怎样和供应商、医院、医保部门一起把事办好？；“5.1　药从进门到出门，每一步怎样做稳、做好？”=5.2；'
        '6.1 我们怎样知道自己做得怎么样？；6.2 新点子从哪里来，又怎样落地（无问号）；7.1—7.6 也都是问题。'
        '1.1、1.2、3.1、3.2、4.1、5.2下有更短的小问题作标题（level 3，标所属条目），如“怎样听到顾客的声音？”=3.1、'
        '“顾客不满意了怎么办？”=3.2、“风险从哪里来、怎么防？”=1.2。“第七章　结果”下有一段引言，标7。'
        '刻意缺陷：5.1 过程的识别与设计整条缺失，第五章只有一个条目“5.1　…”，它回答的是5.2（序号陷阱，小数编号错位）；'
        '全文没有全业务链或关键过程的识别、关键过程相关方要求、依据要求的过程设计、过程绩效指标设计、应急响应和运营连续性的内容'
        '（5.2只写按操作规程实施、用指标监控和改进；4.5写冷库双机组和发电机，属设施失效处置）。'
        '7.1 只有2022年和2023年（药事通平台2022年上线，2021年只出现在说明不列原因的句子里），有行业平均和泓杞大药房对比。'
        '7.4 有2021—2023三年数据，只有“2023年目标值”“2025年规划目标”列和“本市配备要求”“完成年度目标”，没有比较对象、平均值或排名。'
        '不利结果：7.2 年来客数2022年下降8.4%（已解释：门店临时停业、购药登记）；7.3 净利润和净利润率2022年下降（已解释：停业期间固定成本、防护和配送支出）；'
        '7.3 毛利率2022、2023年连续下降（已解释：集采和谈判药品降价、按医保支付标准定价）；'
        '7.5 药品近效期损耗率（越低越好）0.42%、0.38%、0.51%，2023年高于行业平均0.45%和澍芩药房0.40%，只在表7-5中，未解释。'
        '与标杆琛苡医药的差距逐年缩小（表7-5其余指标），按约定不列为不利结果；市场排名第4位等名次不列为不利结果。'
        '越低越好的指标：有效投诉、处方调配差错率、药品近效期损耗率、存货周转天数、资产负债率、员工年流失率、结算时长。'
        '错位段落：一段1.3公益内容（高层在公益上带头、员工志愿服务时长）位于3.2的小问题“顾客从哪些地方找到我们？”之下（misplaced）。'
        '结果形式：年份为列的表7-1、7-2、7-4、7-5、7-6（行业平均、泓杞大药房、澍芩药房、标杆列或“比较（2023年）”列），'
        '年份为行的表7-3（末两行“行业平均（2023年）”“澍芩药房（2023年）”），叙述序列“三年分别为…”“同比增长…”“较上年提高…”，'
        '排名“由第6位升到第5位、第4位”。组织概述（0.1+0.2）低于3,000字上限。'
    ),
}

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    """The planted defects of this report, checked on the source blocks."""
    problems = []
    texts = {}
    for b in blocks:
        if b['type'] != 'heading' and b['clause']:
            texts.setdefault(b['clause'], []).append(b['line'])
    # 7.1: two years only; 2021 only in the sentence saying why it is not given
    for line in texts.get('7.1', []):
        if '2021' in line and '不列' not in line:
            problems.append('7.1 gives a 2021 value: ' + line[:20])
        if '三年' in line:
            problems.append('7.1 speaks of three years: ' + line[:20])
    # 7.5: the rise of 药品近效期损耗率 is visible only in the table (never explained in the text)
    for b in blocks:
        if b['type'] == 'text' and '损耗' in b['line']:
            problems.append('损耗 mentioned in a text paragraph: ' + b['line'][:20])
    # the item headings are questions; two have no number
    items = [b['line'] for b in blocks if b['type'] == 'heading' and b['level'] == 2
             and b['clause'] and b['clause'] not in ('0.1', '0.2')]
    unnumbered = [h for h in items if not h[:1].isdigit()]
    if len(unnumbered) != 2:
        problems.append('want 2 unnumbered item headings, got %d' % len(unnumbered))
    # ordinal trap: the only item of chapter 5 is numbered 5.1 but answers 5.2
    if not any(b['type'] == 'heading' and b['clause'] == '5.2' and b['line'].startswith('5.1')
               for b in blocks):
        problems.append('no heading numbered 5.1 labelled 5.2')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
