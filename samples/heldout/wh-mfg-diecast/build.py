#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample wh-mfg-diecast from source.txt."""
META = {
    'standard': 'wuhan-manufacturing-2022',
    'seed_glob': '/work/shared/seeds/*.txt',
    'profile_clauses': ['5.1'],
    'profile_limit': None,  # the Wuhan standard states no profile limit
    'size_range': (12000, 25000),
    'all_clauses': ['5.1', '5.2', '5.2.2', '5.2.3', '5.2.4', '5.3', '5.3.2', '5.3.3', '5.3.4',
                    '5.4', '5.4.2', '5.4.3', '5.4.4', '5.5', '5.5.2', '5.5.3', '5.5.4',
                    '5.6', '5.6.2', '5.6.3', '5.6.4', '5.7', '5.7.2', '5.7.3', '5.7.4'],
    'leaf_clauses': ['5.2.2', '5.2.3', '5.2.4', '5.3.2', '5.3.3', '5.3.4', '5.4.2', '5.4.3', '5.4.4',
                     '5.5.2', '5.5.3', '5.5.4', '5.6.2', '5.6.3', '5.6.4', '5.7.2', '5.7.3', '5.7.4'],
    'expected_missing': ['5.4.3'],
    'results_lacking_three_years': ['5.3.4'],
    'results_lacking_comparison': ['5.6.4'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.6.4'],
    # 5.4.3 品牌管理 must be absent everywhere: no brand planning, communication, protection or evaluation
    'forbidden_words': ['品牌', '商标', '知名度', '美誉度', '广告', '企业形象', '宣传'],
    'unfavourable_results': [
        {'clause': '5.2.4', 'indicator': '利润总额、销售利润率（2022年下降）', 'explained': True},
        {'clause': '5.5.4', 'indicator': '一线员工年流失率（2022年由16.8%升至19.5%）', 'explained': True},
        {'clause': '5.7.4', 'indicator': '客户端退货率（2023年95PPM，高于前两年和峪川精密72PPM）',
         'explained': False},
    ],
    'notes': (
        '武汉制造类，虚构汽车铝合金压铸件中型民企（武汉岑峪精密压铸有限公司，不存在；竞争对手沃衡压铸、峪川精密也不存在）。'
        '工程师口吻的纯文本报告，标题为纯文本行：一行报告标题（level 0，clause为null），“一、”=条目（level 1），'
        '“1.”=条款（level 2），“（1）”=条款下的小标题（level 3，标所属条款），标题全部是企业自己的话（一、公司概况=5.1，'
        '二、领导班子的作用=5.2，1.定方向、建文化=5.2.2，2.管理体系和风险=5.2.3，3.这三年的经营成果=5.2.4，'
        '三、战略规划与落地=5.3，四、客户=5.4，五、员工队伍=5.5，六、技术创新=5.6，七、质量与运营=5.7）。'
        '组织概况下有自己的“1.2.3.”小标题（都标5.1）。“二、”下有一段引言，标5.2。'
        '刻意缺陷：5.4.3 品牌管理整条缺失（全文没有品牌策划、传播、保护或评价的内容），所以“四、客户”下的“2.客户和市场数据”是5.4.4'
        '（序号陷阱）。5.3.4 只有2022年和2023年两年（说明口径调整，之前年份不列），有竞争对手和行业平均对比。'
        '5.6.4 有2021—2023三年数据但没有任何对比。不利结果：5.2.4 利润总额、销售利润率2022年下降（已解释：铝价联动滞后）；'
        '5.5.4 一线员工流失率2022年上升（已解释：扩产新员工多）；5.7.4 客户端退货率2023年升至95PPM，高于前两年和峪川精密（未解释）。'
        '结果多为叙述，表格有年份为列（表1-1、4-1、6-1、7-1，部分带“比较对象（2023年）”“峪川精密（2023年）”列）'
        '和年份为行（表2-1末行“行业平均（2023年）”，表5-1末行“联盟平均（2023年）”）两种；5.7.4 有一段用文字描述的折线图（图7-1）。'
    ),
}

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main

if __name__ == '__main__':
    main(META, HERE)
