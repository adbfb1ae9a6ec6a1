#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-retail-lowrank from source.txt.

Layout: a Beijing community supermarket / fresh-food chain (北京荇禾邻里商业连锁有限公司, brand 荇禾鲜邻,
about 120 stores, private) written by its operations director in a practical, colloquial voice (咱们, 门店伙伴,
store-level examples). Plain text, and the outline uses LOW-RANK numbering styles at the top:
  - a title line (level 0), a 3-line cover block and a `目　录` heading with a many-line 目录 block
    (dot leaders and page numbers) — front matter (`@P -`);
  - an unnumbered `组织概述` (= 0, level 1) with `（1）组织描述` = 0.1 / `（2）组织面临的挑战` = 0.2 (level 2);
  - categories numbered `1、领导` … `7、结果` (the style usually used for third-level points, level 1);
  - items numbered `（1）（2）…` by position inside each category (level 2; the scoring units);
  - below some items the writer's own short sub-headings `①②③` (level 3, labelled with the item);
  - inside paragraphs `1）…2）…` and `a.…b.…` run-in lists, which are not headings.
  No 第X部分, no `一、` anywhere. Results: tables with years as columns (`2021年度 | 2022年度 | 2023年度`)
  plus prose series; comparisons with named competitor chains (沅蔌生鲜, 楹町便民超市), 行业平均 and
  北京同业排名. Ends with `附：证明材料清单` (back matter, clause null).
Planted defects: 4.3 信息和知识资源 missing, so `（3）技术与服务标准` is 4.4, `（4）` is 4.5 and `（5）` is 4.6
(ordinal trap, in the 目录 too); 7.5 has 2022年度 and 2023年度 only; 7.3 has only 目标值/规划目标 columns;
7.2 会员年复购率 falls in 2023 and is below 沅蔌生鲜 (table only, unexplained); 7.3 净利润 (2022) and
7.4 门店伙伴年流失率 (2023) explained; one 4.1 paragraph (门店伙伴满意度调查) sits under `②满意度测量` of 3.2.
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
    'expected_missing': ['4.3'],
    'results_lacking_three_years': ['7.5'],
    'results_lacking_comparison': ['7.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.3'],
    # 4.3 信息和知识资源 must be absent everywhere: no information sources, information systems or IT plans,
    # no system security, no knowledge management or best-practice libraries, and no 信息结果 in 7.4
    'forbidden_words': ['信息系统', '信息化', '信息安全', '信息管理', '信息源', '知识', '数字化', '数据安全',
                        '网络安全', '数据平台', '中台', 'ERP', 'IT', '最佳实践', '系统上线', '系统可用'],
    'unfavourable_results': [
        {'clause': '7.2', 'indicator': '会员年复购率（2022年度70.5%降到2023年度66.9%，低于沅蔌生鲜69.3%）',
         'explained': False},
        {'clause': '7.3', 'indicator': '净利润、净利润率（2022年度由5,180万元降到4,260万元、由2.4%降到1.7%）',
         'explained': True},
        {'clause': '7.4', 'indicator': '门店伙伴年流失率（2023年度由26.9%升到31.2%）', 'explained': True},
    ],
    'notes': (
        '北京2020，虚构北京社区超市和生鲜连锁民企（北京荇禾邻里商业连锁有限公司，品牌荇禾鲜邻，约120家门店，不存在；'
        '竞争对手沅蔌生鲜、楹町便民超市，对比对象杭州珵穗社区生鲜集团，调查机构澂栎调研，均不存在）。'
        '运营总监口吻，务实、口语化（咱们、门店伙伴、门店里的例子）。'
        '版式要点：纯文本，大纲顶层用低层级编号样式。一行报告标题（level 0）；三行封面信息块、目录条目（多行块，点状前导符加页码）'
        '为前置内容（@P -，clause为null），“目　录”为level 1标题（clause为null）。'
        '无编号的“组织概述”（level 1，标0），其下“（1）组织描述”=0.1、“（2）组织面临的挑战”=0.2（level 2），'
        '再下“①②③”小标题（level 3，标0.1/0.2）。正文类目用“1、领导”…“7、结果”（level 1，标1…7），'
        '条目（评分单元）用“（1）（2）…”，在类目内按位置编号（level 2），部分条目下有作者自己的“①②③”小标题（level 3，标所属条目：'
        '1.1、3.2、4.1）。段内有“1）…2）…”和“a.…b.…”列举，不是标题。全文没有“第X部分”，也没有“一、”。'
        '三个条目标题是公司自己的说法：“（3）技术与服务标准”=4.4，“（4）门店与冷链设施”=4.5，“（5）供应商与合作伙伴”=4.6；'
        '“（2）顾客关系与满意”=3.2。类目“1、领导”“7、结果”下各有一段引言，标1、7。结尾“附：证明材料清单”为后置内容（标题level 1、'
        '清单为一个多行块，clause均为null）。'
        '刻意缺陷：4.3 信息和知识资源整条缺失，目录和正文“4、资源”从“（2）财务资源”直接到“（3）技术与服务标准”，'
        '编号连续不留空，所以（3）（4）（5）分别是4.4、4.5、4.6（序号陷阱）；全文没有信息来源、信息系统、信息化规划、系统安全、'
        '知识管理的内容，7.4也没有信息结果。7.5 只有2022年度和2023年度两年（2021年度只出现在说明口径不可比、不予列示的句子里），'
        '有沅蔌生鲜、行业平均对比和北京同业排名。7.3 有2021—2023年度三年数据，只有“2023年度目标值”“规划目标（2025年度）”两列，'
        '没有竞争对手、行业、标杆或排名对比。'
        '不利结果：7.2 会员年复购率2021—2023年度为68.2%、70.5%、66.9%，2023年度下降且低于沅蔌生鲜69.3%，只在表7-2中，'
        '正文未提也未解释；7.3 净利润2022年度由5,180万元降到4,260万元、净利润率由2.4%降到1.7%，已解释（保供支出、菜价倒挂）；'
        '7.4 门店伙伴年流失率2023年度由26.9%升到31.2%，已解释（新开14家店、新伙伴试用期流失），仍低于沅蔌生鲜和行业平均。'
        '错位段落：一段4.1内容（门店伙伴满意度调查及排班调整）放在3.2的“②满意度测量”小标题下（misplaced）。'
        '其余结果条目均为年份作列的表（2021年度|2022年度|2023年度，带“沅蔌生鲜（2023年度）”“楹町超市（2023年度）”'
        '“行业平均（2023年度）”列）加文字序列（“三年分别为…”“由2021年度的…增加到2022年度的…、2023年度的…”）和北京同业排名。'
        '组织概述（0.1+0.2段落与表0-1，不含标题）低于3,000字上限。'
    ),
}

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    """The planted defects hold: 7.5 names 2021 only in the sentence saying why it is left out;
    the 7.2 repurchase drop is not mentioned in text; no heading uses 第X部分 or 一、."""
    problems = []
    for b in blocks:
        if (b['type'] != 'heading' and b['clause'] == '7.5' and '2021' in b['line']
                and ('不可比' not in b['line'] or b['type'] == 'table')):
            problems.append('2021 appears in 7.5 outside the explanation: ' + b['line'][:30])
        if b['type'] == 'text' and b['clause'] == '7.2' and '复购' in b['line']:
            problems.append('7.2 text mentions 复购 (the drop must stay unexplained)')
        if b['type'] == 'heading' and re.match(r'^(第.+部分|[一二三四五六七八九十]+、)', b['line']):
            problems.append('high-rank heading style used: ' + b['line'])
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
