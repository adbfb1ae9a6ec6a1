#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-water-bullets from source.txt.

A Shenzhen district water-supply & drainage state-owned group (深圳市沄湄水务集团有限公司, made up; peers
泷屿水务集团 and 澋川水务有限公司 and the benchmark 杭州汐岑水务集团 are made up too) in a terse SOE briefing
voice (以……为抓手, 围绕……, numbers everywhere). Category headings ``一、领导`` … ``六、高质量运营``; item
headings carry a BULLET SYMBOL instead of a number, varied by chapter (``★`` ``■`` ``◆`` ``●`` ``▶`` ``□``),
so item order must be inferred without ordinals. Inside items most paragraphs are one-line points starting
with ``●`` ``•`` ``—`` ``▲`` (body text, not headings). 2.2 战略实施 is missing everywhere. One 6.2 paragraph
(water-quality testing) sits under ``◆ 顾客增值`` (3.2)."""
META = {
    'standard': 'shenzhen-economic-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['0'],
    'profile_limit': None,  # the Shenzhen economic standard sets no profile limit
    'size_range': (11000, 15000),
    'all_clauses': ['0', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3',
                    '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3'],
    'leaf_clauses': ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3',
                     '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3'],
    'expected_missing': ['2.2'],
    'results_lacking_three_years': ['5.3'],
    'results_lacking_comparison': ['2.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['2.3'],
    # 2.2 战略实施 must be absent everywhere: no breaking goals down into annual plans or unit targets,
    # no resource allocation for the strategy, no strategy monitoring/review, no strategy adjustment
    'forbidden_words': ['分解', '督办', '资源调配', '资源配置', '战略监测', '战略评估', '中期评估', '纠偏',
                        '滚动', '年度经营计划', '经营计划', '目标责任书', '责任状', '里程碑', '战略解码',
                        '战略执行', '战略实施', '执行偏差', '战略调整', '规划调整', '预算'],
    'unfavourable_results': [
        {'clause': '1.3', 'indicator': '利润总额、净资产收益率（2022年由2.84亿元、3.1%降至2.31亿元、2.4%）',
         'explained': True},
        {'clause': '6.3', 'indicator': '产销差率（13.2%、12.6%、13.5%，2023年回升，高于杭州汐岑水务集团9.8%和行业先进值10.0%）',
         'explained': False},
    ],
    'notes': (
        '深圳经济类，虚构深圳区属供排水国有企业（深圳市沄湄水务集团有限公司，不存在；服务虚构的澄湾区；同类比较对象'
        '泷屿水务集团、澋川水务有限公司和标杆杭州汐岑水务集团也不存在）。国企要点式简报口吻：短句、“以……为抓手”“围绕……”、'
        '处处有数字。纯文本标题：两行标题（level 0，clause为null），封面信息块（front matter，clause为null），无目录；'
        '“企业概况”不编号（level 1，标0），下设（一）基本情况、（二）竞争环境、（三）核心优势（level 2，标0）；类目标题'
        '“一、领导”“二、战略规划”“三、聚焦顾客”“四、以人为本”“五、持续创新”“六、高质量运营”（level 1）；条目标题不用编号，'
        '而用项目符号，按章变化：第一章“★”、第二章“■”、第三章“◆”、第四章“●”、第五章“▶”、第六章“□”（level 2），'
        '标题一半用标准名称（文化引领、战略制定、顾客增值、人力资源管理、人力资源开发、创新生态、运营系统、高质量运营的结果），'
        '一半用自己的话（“★ 党建引领下的公司治理”=1.2，“★ 领导成效”=1.3，“■ 规划目标完成情况”=2.3，“◆ 顾客关系”=3.1，'
        '“◆ 用户满意与市场表现”=3.3，“● 队伍建设成效”=4.3，“▶ 创新体系建设”=5.1，“▶ 创新成果”=5.3，'
        '“□ 水质与服务质量保障”=6.2），条目次序只能靠标题内容推断。条目内大量以“●”“•”“—”“▲”开头的一行要点，'
        '各自成段，是完整句子（以。或；结尾），属正文不是标题，标所在条目；注意第四章条目标题也用“●”。概况中的要点标0。'
        '“一、领导”下有一段引言，标1。结尾“结束语”（level 1，clause为null）及一段正文（back matter，clause为null）。'
        '结果写法：表格表头单元格带单位（“供水量（万m³）”），年份为行（2021年度/2022年度/2023年度），对比为'
        '“泷屿水务集团（2023年）”“行业先进值（2023年）”“杭州汐岑水务集团（2023年）”行，或以同类企业命名的列（表6-1）；'
        '另有“三年分别为……”叙述序列和排名。'
        '刻意缺陷：2.2 战略实施整条缺失（第二章只有“■ 战略制定”和“■ 规划目标完成情况”；全文没有目标分解、'
        '年度计划、资源调配、战略监测评估或战略调整的内容）。5.3 只有2022年度和2023年度（说明句称2022年起按新口径统计，'
        '此前年度口径不一不列示），有澋川水务（2023年）和行业先进值对比行。2.3 有2021—2023年三年数据，但只有'
        '“2023年考核目标”“2025年规划目标”列，没有任何对比。不利结果：1.3 利润总额和净资产收益率2022年下降（已解释：'
        '水费减免政策、原水价格上调）；6.3 产销差率2023年回升至13.5%，高于标杆和行业先进值（未解释；2.3 的管网漏损率'
        '逐年下降，不是不利结果）。一段回答6.2 的水质四级检测段落放在“◆ 顾客增值”（3.2）下（misplaced）。'
    ),
}

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main

if __name__ == '__main__':
    main(META, HERE)
