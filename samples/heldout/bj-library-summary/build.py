#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample bj-library-summary from source.txt.

Layout: a fictional Beijing district public library and cultural centre (北京市苡樾区图书馆文化中心, a 公益一类
事业单位) in a modest public-institution voice. Plain-text headings: two title lines and a cover block (front matter);
`第一部分　单位概述` (= 0) with `一、单位描述` (0.1) and `二、面临的挑战` (0.2); a wrapper line `第二部分　自评报告`
(clause null); chapters `1　领导` … `7　结果` (a bare digit and an ideographic space, no dot); items `1.1　…`
numbered by position, 8 of 22 in the library's own words. Every chapter ENDS with a short `本章小结：……` paragraph
(labelled with the chapter id). Back matter: `附表　自评得分汇总`, a table of every clause of the standard (条款 | 标题 |
满分 | 自评分, including the clause the report leaves out, scored `—`), then a `结束语` paragraph.
Planted defects: 6.1 测量、分析和评价 missing, so `6.1　改进与创新` answers 6.2 (ordinal trap with decimals);
7.3 has 2022–2023 only; 7.4 has 2021–2023 with only 目标值 / 评估定级一级馆要求 columns; 7.5 图书采编周期 rises in
2023 and is worse than the comparisons, only in 表7-5 (unexplained); one 4.3 paragraph sits under `4.1　人力资源`.
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
    'expected_missing': ['6.1'],
    'results_lacking_three_years': ['7.3'],
    'results_lacking_comparison': ['7.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['7.4'],
    # 6.1 测量、分析和评价 must be absent everywhere: no measurement system, no selection or adjustment of
    # performance indicators as a system, no internal/external comparison of measured data, no analysis or
    # overall evaluation of performance, no setting of improvement priorities from such analysis.
    # (The back-matter score table lists the clause title 测量、分析和评价 itself, so the bare word 测量 is not used.)
    'forbidden_words': ['绩效测量', '测量系统', '测量体系', '测量结果', '数据分析', '绩效分析', '对标', '综合评价',
                        '优先次序', '分析会', '指标库', '驾驶舱', '运行分析'],
    'unfavourable_results': [
        {'clause': '7.1', 'indicator': '到馆读者人次、文献外借册次（2022年由112.6万人次降到74.3万人次、由84.7万册次降到71.5万册次）',
         'explained': True},
        {'clause': '7.3', 'indicator': '财政拨款总额（2023年由5,846万元降到5,712万元）', 'explained': True},
        {'clause': '7.5', 'indicator': '图书采编周期（2023年由14天升到19天，长于全市区级馆平均15天和岫棠区图书馆12天）',
         'explained': False},
    ],
    'notes': (
        '北京2020，虚构北京市区级公共图书馆文化中心（北京市苡樾区图书馆文化中心，公益一类事业单位，不存在；'
        '比较对象岫棠区图书馆、瀛椿区图书馆，标杆宁波市珞樨区图书馆，调查机构珺泓调研公司，人名柯望舒、蔺青禾、许南枝均为虚构）。'
        '公益事业单位口吻，谦和、谨慎，少量政务用语。'
        '版式：两行标题（level 0，clause为null）；封面信息块（一个多行块，@P -）；“第一部分　单位概述”（level 1，标0），其下'
        '“一、单位描述”=0.1、“二、面临的挑战”=0.2（level 2）；“第二部分　自评报告”为包装行（level 1，clause为null）；'
        '章为“1　领导”…“7　结果”（数字加全角空格、无点号，level 2），条目为“1.1　…”（level 3），按在章内的位置编号；'
        '八个条目标题用中心自己的说法：1.3 履行公共文化服务责任、2.2 把规划落到年度任务、3.1 读者和服务需求的了解、'
        '3.2 读者关系和读者满意、4.3 数字资源与知识管理、4.5 馆舍与设施、7.1 公共文化服务结果、7.2 读者与服务覆盖结果。'
        '每章末尾有一段“本章小结：……”，标该章编号（1…7）。第七章后为后置内容：“附表　自评得分汇总”（level 1，clause为null）'
        '及一张列出准则全部条款的得分表（条款|标题|满分|自评分，@T -，含缺失的6.1，自评分为“—”），再是“结束语”标题及一段（@P -）。'
        '刻意缺陷：6.1 测量、分析和评价整条缺失，第六章只有“6.1　改进与创新”，它回答的是6.2（序号陷阱，小数编号错位）；'
        '全文没有绩效测量系统、指标选择与动态调整、内外部数据对比、绩效分析与综合评价、改进优先次序的内容'
        '（1.1有高层每季度听取主要指标完成情况，2.2有规划进展与兄弟馆同期水平相比，4.2有区财政局的预算绩效评价，'
        '均属所在条款；附表中“6.1 测量、分析和评价”只是条款名称）。'
        '7.3 只有2022年和2023年两年（2022年两馆合并后统一核算，2021年只出现在说明不列原因的句子里），有全市区级馆平均和岫棠区图书馆对比。'
        '7.4 有2021—2023三年数据，只有“2023年目标值”和“评估定级一级馆要求”列及“达到年度目标”，没有比较对象、平均值或排名。'
        '不利结果：7.1 到馆读者人次和文献外借册次2022年下降（已解释：闭馆76天、限流）；7.3 财政拨款2023年下降2.3%（已解释：压减一般性支出）；'
        '7.5 图书采编周期（越低越好）16、14、19天，2023年长于全市区级馆平均15天和岫棠区图书馆12天，只在表7-5中，未解释。'
        '7.2 读者满意度低于标杆珞樨区图书馆但差距逐年缩小（2.6、1.9、0.9分），按约定不列为不利结果。'
        '越低越好的指标：读者投诉率、图书采编周期、文献加工差错率、单位到馆人次服务成本、通借通还平均送达时长。'
        '错位段落：一段4.3知识管理内容（业务知识库、馆员讲堂）位于“4.1　人力资源”标题下（misplaced）。'
        '结果形式：年份为列的表7-1、7-3、7-4、7-5（带“全市区级馆平均（2023年）”“岫棠区图书馆（2023年）”列），年份为行的表7-2'
        '（全市区级馆平均、瀛椿区图书馆、标杆列），叙述序列“三年分别为…”“由2021年的…增加到2022年的…、2023年的…”，'
        '排名“全市19家区级公共图书馆中居第3位”。组织概述（0.1+0.2）低于3,000字上限。'
    ),
}

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main

if __name__ == '__main__':
    main(META, HERE)
