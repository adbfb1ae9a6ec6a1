#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-results-by-indicator from source.txt.

A Shenzhen private maker of smart electricity meters, data-collection terminals and energy-IoT terminals,
深圳市瓅溦智能电气股份有限公司 (made up, 1,326 staff; its founder 戚砚舟, its competitors 杭州璆岍计量科技股份有限公司
and 青岛瑺淯电子股份有限公司, its benchmark 江苏瓈潆智慧能源集团, the survey firm 深圳市珛汧市场研究有限公司 and the
platform brand 溦能云 are made up too), written by its 质量与运营部 in a data-driven voice (numbers in nearly every
process paragraph, run-in lead-ins such as ``文化建立。`` / ``风险防控。``; IR46, AMI, MES, SPC, 8D, DFMEA).

Layout: RESULT ITEMS WHOSE SUB-HEADINGS ARE THE INDICATORS THEMSELVES.
- Plain text, no ``#``. Two title lines (level 0), a cover block and an 编写说明 paragraph (front matter, ``@P -``).
- ``企业简介`` (= 0, level 1) with two sub-heads ``（一）公司概况`` / ``（二）竞争环境与核心竞争力`` (level 2, = 0).
- Categories ``一、领导`` ``二、战略规划`` ``三、聚焦顾客`` ``四、以人为本`` ``五、持续创新`` ``六、运营`` (level 1),
  an intro paragraph under ``六、`` (= 6); items ``（一）…`` numbered by position inside the category (level 2), 11 of
  the 17 item titles in the company's words (``（一）以“准”为本的企业文化`` = 1.1, ``（三）领导绩效`` = 1.3,
  ``（二）规划目标完成情况`` = 2.3, ``（三）创新成效`` = 5.3, ``（二）质量管控`` = 6.2 …).
- Process items are plain paragraphs with run-in lead-ins. Every result item (1.3 … 6.3) is a run of level-3
  sub-headings named after its indicators, numbered ``1.`` ``2.`` … inside the item (``1.营业收入`` /
  ``2.净利润率`` / ``3.纳税总额`` …), each followed by one or two sentences, ``· `` bullets and/or a small table
  (labelled with the result item). Some indicator sub-heads repeat words of other items' titles:
  ``3.战略目标达成率`` (2.3), ``3.顾客服务及时率`` (3.3; 顾客服务 = 3.1), ``1.员工满意度`` (4.3),
  ``4.创新生态合作成果`` (5.3; 创新生态 = 5.2), ``1.营运质量水平`` (6.3; 营运质量 = 6.2).
- Results: per-indicator tables with years as columns and competitor / ``行业平均（2023年）`` /
  ``瓈潆集团（标杆，2023年）`` columns (表1-1, 表3-1, 表4-1, 表6-1), one table with years as rows and competitor /
  行业平均 rows (表2-1), prose series (``依次为…``, ``由…增至…、…``), rankings (纳税排名, 中标金额排名, 满意度排名).

Planted defects:
- 2.2 战略实施 missing everywhere (no breaking targets down, action plans, allocation of money or people to the
  strategy, tracking of its progress or revising it). ``二、战略规划`` has ``（一）战略制定`` (2.1) and
  ``（二）规划目标完成情况``, which is 2.3 (ordinal trap: its ``（二）`` is the missing item's ordinal).
- 6.3 has 2022-2023 only; 2021 appears only in the opening ``说明：`` sentence (new MES and the grid companies'
  new quality-evaluation basis since 2022, older data ``不再列示``). It has 璆岍计量 / 行业平均 / 瓈潆集团 (标杆) columns
  and competitor figures in the bullets.
- 5.3 has 2021-2023 but only ``2023年目标值`` and ``2025年规划目标`` columns and a ``超过目标值`` sentence (no comparison).
- 2.3 海外市场: 境外营业收入 2.86 -> 3.52 -> 3.18 亿元 and 境外收入占比 20.1 -> 21.0 -> 15.5%, below 瑺淯电子
  (3.95 / 25.8%), only in 表2-1 (unexplained). Explained: 1.3 净利润率 (2022, 9.8 -> 7.6 -> 9.4%) and 3.3 国家电网
  电能表中标份额 (2022, 3.9 -> 3.2 -> 4.6%).
- One 3.1 paragraph (客户关系管理系统, 投诉分级处理和回访) sits at the end of 6.2 ``（二）质量管控`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-econ-results-by-indicator/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3',
       '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3']

META = {
    'standard': 'shenzhen-economic-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if '.' in c],
    'expected_missing': ['2.2'],
    'results_lacking_three_years': ['6.3'],
    'results_lacking_comparison': ['5.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['5.3'],
    # 2.2 战略实施 must be absent everywhere: no breaking the plan down into plans and tasks, no allocation of money,
    # people or other resources to it, no tracking, reviewing or revising of the strategy.
    'forbidden_words': ['分解', '战略实施', '实施计划', '行动计划', '行动方案', '经营计划', '资源调配', '资源配置',
                        '调配', '预算', '战略监测', '复盘', '回顾会', '经营分析会', '战略调整', '调整战略', '修正',
                        '滚动', '平衡计分卡', 'BSC', '战略地图', '里程碑', '督办', '纠偏', '融资', '并购', '战略评审',
                        '责任书', '重点工作', '任务清单', '年度计划', '落地', '执行情况', '推进会', 'OKR', '作战'],
    'unfavourable_results': [
        {'clause': '2.3',
         'indicator': '境外营业收入和境外收入占比（2.86亿元→3.52亿元→3.18亿元、20.1%→21.0%→15.5%，2023年下降，'
                      '低于瑺淯电子3.95亿元和25.8%；只在表2-1中）',
         'explained': False},
        {'clause': '1.3', 'indicator': '净利润率（2022年由9.8%降至7.6%，2023年回升到9.4%）', 'explained': True},
        {'clause': '3.3', 'indicator': '国家电网智能电能表集中招标中标份额（2022年由3.9%降至3.2%，中标包数由21个降至17个）',
         'explained': True},
    ],
    'notes': (
        '深圳经济类，虚构的深圳民营智能电能表、用电信息采集终端和能源物联网终端制造企业（深圳市瓅溦智能电气股份有限公司不存在；'
        '竞争对手杭州璆岍计量科技股份有限公司、青岛瑺淯电子股份有限公司，对标企业江苏瓈潆智慧能源集团，调研机构深圳市珛汧市场研究'
        '有限公司，平台品牌“溦能云”，人名戚砚舟，数字和奖项都是编的），员工1,326人，质量与运营部执笔，数据导向的口吻'
        '（过程段落也处处有数字，段首“文化建立。”“风险防控。”等引语；IR46、AMI、MES、SPC、8D、DFMEA）。'
        '版式是本样本的重点：结果条目下的小标题就是指标名称。纯文本，没有#；两行标题（level 0，clause为null），封面信息块和'
        '“编写说明”（@P -）；“企业简介”（level 1，标0）下“（一）公司概况”“（二）竞争环境与核心竞争力”（level 2，标0）；'
        '类目“一、领导”“二、战略规划”“三、聚焦顾客”“四、以人为本”“五、持续创新”“六、运营”（level 1），“六、运营”下有一段引言（标6）；'
        '条目“（一）…”按在本类目中的位置编号（level 2），17个条目标题中11个为公司自拟（如“（一）以“准”为本的企业文化”=1.1、'
        '“（三）领导绩效”=1.3、“（二）规划目标完成情况”=2.3、“（三）创新成效”=5.3、“（二）质量管控”=6.2）。'
        '过程条目只有段落；每个结果条目（1.3…6.3）由一串以指标命名的三级小标题组成，在条目内编号“1.”“2.”…'
        '（“1.营业收入”“2.净利润率”“3.纳税总额”…，level 3，标所属结果条目），每个小标题下一两句话、“· ”要点或一张小表。'
        '部分指标小标题重复其他条目标题中的词：“3.战略目标达成率”（2.3）、“3.顾客服务及时率”（3.3；顾客服务为3.1标题）、'
        '“1.员工满意度”（4.3）、“4.创新生态合作成果”（5.3；创新生态为5.2标题）、“1.营运质量水平”（6.3；营运质量为6.2标题）。'
        '结果的列法：按指标的小表，年份为列并带对手、“行业平均（2023年）”“瓈潆集团（标杆，2023年）”列（表1-1、表3-1、表4-1、'
        '表6-1）；表2-1年份为行，另有“瑺淯电子（2023年）”“行业平均（2023年）”行；文字序列（“依次为…”“由…增至…、…”）；'
        '排名（南山区纳税排名、两网中标金额排名、满意度排名、广东省终端市场排名）。'
        '刻意缺陷：2.2 战略实施整条缺失（全文没有把规划转成计划和任务逐级下达、为战略调配资金人员等资源、跟踪检查战略进展或'
        '修订战略的内容）；“二、战略规划”下只有“（一）战略制定”（2.1）和“（二）规划目标完成情况”，后者是结果条目2.3'
        '（序号陷阱：它占用了缺失条目的序号“（二）”）。2.1中“规划把总目标转化为12项关键指标、确定阶段目标值”是2.1的战略部署。'
        '6.3 只有2022年和2023年两年，2021年只出现在开头说明2022年起新MES上线并改按两网新版质量评价口径统计、此前数据'
        '“不再列示”的句子里；有璆岍计量、行业平均和瓈潆集团（标杆）对比。5.3 有2021—2023年三年数据，但只有“2023年目标值”'
        '“2025年规划目标”列和“超过目标值”的说法，没有对手、行业、标杆或排名对比。'
        '不利结果：2.3 境外营业收入2.86亿元、3.52亿元、3.18亿元，境外收入占比20.1%、21.0%、15.5%，2023年下降，低于瑺淯电子'
        '（3.95亿元、25.8%），只出现在表2-1中，正文没有提及或解释；1.3 净利润率2022年下降（已解释：计量芯片和MCU涨价、'
        '两网合同固定单价）；3.3 国家电网电能表中标份额和中标包数2022年下降（已解释：新一代物联网表技术规范下首批送检样表'
        '一项试验未通过，错过两个批次）。以下不列为不利结果：两网中标金额排名第5、与第一名瓈潆集团的差距逐年缩小；表3-1、'
        '表6-1中与标杆瓈潆集团的差距（正文说明原因，6.3说明差距比上年收窄）；主动离职率、千人工伤率、万元产值能耗、挂网故障率、'
        '质量损失率、资产负债率、制造费用越低越好，下降是有利结果。一段回答3.1的段落（客户关系管理系统档案、投诉“首问负责、'
        '分级处理”和回访）放在6.2“（二）质量管控”末尾（misplaced）。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, misplaced_problems

STANDARD_TITLES = {'文化引领', '组织治理', '领导的结果', '战略制定', '战略实施', '战略规划的结果', '顾客服务',
                   '顾客增值', '聚焦顾客的结果', '人力资源管理', '人力资源开发', '以人为本的结果', '创新系统',
                   '创新生态', '持续创新的结果', '运营系统', '营运质量', '高质量运营的结果'}
CATEGORIES = ['一、领导', '二、战略规划', '三、聚焦顾客', '四、以人为本', '五、持续创新', '六、运营']
ORDINALS = '一二三四五'
RESULTS = ['1.3', '2.3', '3.3', '4.3', '5.3', '6.3']
NAMES = ('璆岍', '瑺淯', '瓈潆', '珛汧')
TRAPS = {'2.3': '3.战略目标达成率', '3.3': '3.顾客服务及时率', '4.3': '1.员工满意度', '5.3': '4.创新生态合作成果',
         '6.3': '1.营运质量水平'}


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = list(misplaced_problems(blocks))
    heads = [b for b in blocks if b['type'] == 'heading']
    body = [b for b in blocks if b['type'] != 'heading']
    if any(b['line'].startswith('#') for b in blocks):
        problems.append('a block starts with # (the layout is plain text)')
    cats = [h['line'] for h in heads if h['level'] == 1 and h['clause'] != '0']
    if cats != CATEGORIES:
        problems.append('category headings %s' % cats)
    # items （一）（二）… by position inside each category; indicator sub-heads 1. 2. … only under result items
    chap, seen, item, sub = None, 0, None, 0
    subs = {}
    for h in heads:
        if h['level'] == 1:
            chap, seen, item = h['clause'], 0, None
        elif h['level'] == 2 and chap != '0':
            seen += 1
            item, sub = h['clause'], 0
            if not h['line'].startswith('（%s）' % ORDINALS[seen - 1]):
                problems.append('item not numbered by position: ' + h['line'])
        elif h['level'] == 3:
            sub += 1
            subs.setdefault(item, []).append(h['line'])
            if h['clause'] != item or item not in RESULTS:
                problems.append('indicator sub-head not under its result item: ' + h['line'])
            if not re.match(r'%d\.\S' % sub, h['line']):
                problems.append('indicator sub-head not numbered consecutively: ' + h['line'])
    for r in RESULTS:
        if len(subs.get(r, [])) < 4:
            problems.append('result item %s has fewer than 4 indicator sub-heads' % r)
    for r, line in TRAPS.items():
        if line not in subs.get(r, []):
            problems.append('trap sub-head %s missing under %s' % (line, r))
    # ordinal trap: 二、 holds （一） = 2.1 and （二） = 2.3, then its sub-heads, then 三、
    i = next(k for k, h in enumerate(heads) if h['line'] == '二、战略规划')
    rest = heads[i + 1:]
    items = []
    for h in rest:
        if h['level'] == 1:
            break
        if h['level'] == 2:
            items.append((h['line'][:3], h['clause']))
    if items != [('（一）', '2.1'), ('（二）', '2.3')]:
        problems.append('ordinal trap under 二、 not as planned: %s' % items)
    own = [h for h in heads if h['level'] == 2 and h['clause'] != '0'
           and h['line'][3:] not in STANDARD_TITLES]
    if len(own) < 5:
        problems.append('only %d own item titles' % len(own))
    # table forms
    tables = [b for b in body if b['type'] == 'table']
    if not any(b['line'].split('\n')[1].startswith('年份\t') for b in tables):
        problems.append('no table with years as rows')
    text = '\n'.join(b['line'] for b in body)
    for form in ('行业平均（2023年）', '（标杆，2023年）', '排名', '\t2021年\t2022年\t2023年\t'):
        if form not in text:
            problems.append('form missing: ' + form)
    # 6.3: no year before 2022 except in the sentence that says why it is not given; no three-year wording
    for b in body:
        if b['clause'] != '6.3':
            continue
        for sent in re.split(r'(?<=。)', b['line']):
            if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                problems.append('6.3 mentions an earlier year: ' + sent[:40])
        if '三年' in b['line'] or '连续' in b['line'] or '逐年' in b['line']:
            problems.append('6.3 has a three-year statement')
    # 5.3: no competitor, benchmark or survey-firm names
    for b in body:
        if b['clause'] == '5.3' and any(n in b['line'] for n in NAMES):
            problems.append('5.3 names a peer, the benchmark or the survey firm')
    # 2.3: the drop of 境外收入 appears only in 表2-1; nobody explains it (2.1 only states the 2025 target)
    for b in body:
        if b['type'] != 'text':
            continue
        if b['clause'] == '2.3' and '境外' in b['line']:
            problems.append('2.3 text mentions 境外')
        if '境外收入' in b['line'] and b['clause'] != '2.1':
            problems.append('境外收入 mentioned in %s text' % b['clause'])
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
