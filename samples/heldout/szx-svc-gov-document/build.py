#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-gov-document from source.txt.

A Shenzhen district government-service centre, 深圳市琲溦区政务服务中心 (made up; a 公益一类事业单位 under the
equally made-up 深圳市琲溦区政务服务数据管理局, 505 staff: 66 在编, 398 综合窗口人员, 41 导办帮办人员), whose
self-assessment is sent up by its bureau as an official document. Peers 深圳市琇漷区政务服务中心 and
深圳市玶澯区政务服务中心, benchmark 厦门市璪湉区行政服务中心, survey firm 深圳市嵱翀社情民意调查有限公司 are made up
too, as are all people, numbers and awards. Written in a strict 公文 voice (坚持……、围绕……、一是……二是……,
“现将有关情况报告如下”, “特此报告”).

Layout: THE REPORT FRAMED AS AN OFFICIAL DOCUMENT (公文).
- Plain text, no ``#``. Front matter as a 公文 head: the issuing-authority line
  ``深圳市琲溦区政务服务数据管理局文件`` (level 0, null), the document number ``琲政数〔2024〕12号`` (``@P -``),
  the title ``……关于琲溦区政务服务中心申报2024年度深圳市市长质量奖（服务类）的自评报告`` (level 0, null), the 主送
  line ``市质量强市促进会：`` and a one-paragraph 引言 ending ``现将有关情况报告如下。`` (``@P -``).
- Body numbered as in 公文 on four levels: ``一、`` → ``（一）`` → ``1.`` → ``（1）``. The profile comes first as
  ``一、基本情况`` (= 0, level 1) with ``（一）单位概况`` / ``（二）面临的形势与挑战`` (level 2, labelled 0); the three
  categories follow as ``二、高标准定位`` (= 1), ``三、高质量运行`` (= 2), ``四、高绩效结果`` (= 3), so every category
  ordinal is shifted by one against the standard's own numbering. Items ``（一）领导力`` … (level 2) with the
  standard's titles; leaves ``1.确定方向`` / ``2.锻造过硬窗口队伍`` (level 3), numbering restarting under every
  item; 7 leaf titles in the centre's own words (``2.锻造过硬窗口队伍`` = 1.1.2, ``2.治理保障与风险防控`` = 1.2.2,
  ``1.构建标准化运行体系`` = 2.1.2, ``1.目标考核与数据监测`` = 2.2.1, ``2.创新举措落地推广`` = 2.3.2,
  ``2.企业群众满意情况`` = 3.2.2, ``2.经验复制推广`` = 3.3.2). Points inside a leaf as ``（1）`` either run-in at the
  start of a paragraph (``（1）找准功能定位。……``; 1.1.1, 1.2.1, 1.2.2, 2.2.1, 2.2.2, 2.3.2, one in 3.3.2) or as
  short heading lines of their own (level 4, labelled with the leaf; 1.1.2, 2.1.2, 2.3.1).
- Intro paragraphs under ``二、`` (= 1) and ``四、`` (= 3, two paragraphs: data sources and an overall summary).
- Results: 表2 (3.1.1) with 2022/2023 columns and ``琇漷区中心（2023年）`` / ``玶澯区中心（2023年）`` /
  ``全市各区平均（2023年）`` columns; 表3 (3.1.2) with 2021–2023 and ``2023年目标值`` / ``2025年规划目标``; 表4
  (3.2.1) years as columns with peer and ``全市平均（2023年）`` columns; 表5 (3.2.2) years as ROWS with peer and
  ``全市各区平均（2023年）`` rows; prose series and rankings (考评 第3名 → 第2名, 满意度 第4 → 第3 → 第2名,
  改革经验推广评价 全市第1名). Tables are numbered straight through (表1 … 表5), 表1 in the profile.
- Back matter as a 公文 tail (``@P -``): ``特此报告。``, the 落款 (issuer and date on two lines),
  ``（联系人：……，电话：……）``, ``抄送：……`` and the ``……办公室　　2024年3月18日印发`` line.

Planted defects:
- 2.1.1 服务设计 missing everywhere (no identification of service targets, no collection of what enterprises
  and the public want, no design of services or of the ways they are delivered, no hotline / mailbox /
  座谈 / 听证 / new-media channels, no tracking of design quality). ``三、高质量运行`` ``（一）运行体系`` has only
  ``1.构建标准化运行体系``, which is 2.1.2 (ordinal trap: the ``1.`` is the missing leaf's ordinal).
- 3.1.1 has 2022–2023 only (表2 and prose); 2021 appears only in the sentence saying that the appraisal rules
  and the survey changed in 2022 and older figures are not comparable (``不再列示``). It has peer / 全市各区平均
  columns and a ranking.
- 3.1.2 has 2021–2023 but only ``2023年目标值`` / ``2025年规划目标`` (and 年度目标) — no comparison.
- 3.2.1 自助终端业务一次成功率 96.2 → 96.8 → 95.7%, below 琇漷区中心 96.5% and 全市平均 96.1%, only in 表4
  (unexplained); 3.1.2 预算执行率 (2022) and 3.2.2 现场办事满意度 (2022) are explained.
- One 1.2.2 paragraph (业务连续性: 应急预案, 双路供电, 数据备份, 应急演练) sits at the end of 2.2.2 ``2.过程优化``
  (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-gov-document/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.1', '1.2.2',
       '2', '2.1', '2.1.1', '2.1.2', '2.2', '2.2.1', '2.2.2', '2.3', '2.3.1', '2.3.2',
       '3', '3.1', '3.1.1', '3.1.2', '3.2', '3.2.1', '3.2.2', '3.3', '3.3.1', '3.3.2']

STANDARD_TITLES = {
    '1.1.1': '确定方向', '1.1.2': '团队建设', '1.2.1': '对标定位', '1.2.2': '保障机制',
    '2.1.1': '服务设计', '2.1.2': '体系建设', '2.2.1': '量化管理', '2.2.2': '过程优化',
    '2.3.1': '创新策划', '2.3.2': '创新实施', '3.1.1': '领导力结果', '3.1.2': '规划达成结果',
    '3.2.1': '服务水平', '3.2.2': '顾客/公众满意', '3.3.1': '创新成果', '3.3.2': '示范效应',
}

META = {
    'standard': 'shenzhen-service-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['2.1.1'],
    'results_lacking_three_years': ['3.1.1'],
    'results_lacking_comparison': ['3.1.2'],
    'results_without_numbers': [],
    'no_comparison_words': ['3.1.2'],
    # 2.1.1 服务设计 must be absent everywhere: no service targets or needs collection, no design of services or
    # of their delivery, no communication channels with the public, no tracking of design quality.
    'forbidden_words': ['需求', '期望', '诉求', '征集', '座谈', '听证', '问卷', '舆情', '服务设计', '设计服务',
                        '画像', '意见建议', '群众意见', '企业意见', '体验官', '留言', '信箱', '问政', '政民互动',
                        '服务种类', '提供方式', '服务方式', '走访企业', '企业走访', '访谈', '听取企业',
                        '听取群众', '了解企业', '了解群众', '服务对象的', '目标对象', '新媒体', '热线'],
    'unfavourable_results': [
        {'clause': '3.2.1',
         'indicator': '自助终端业务一次成功率（96.2%→96.8%→95.7%，2023年下降，低于琇漷区中心96.5%和全市平均96.1%；'
                      '只在表4中）',
         'explained': False},
        {'clause': '3.1.2', 'indicator': '预算执行率（2022年由97.8%降至93.6%，低于当年目标）', 'explained': True},
        {'clause': '3.2.2', 'indicator': '现场办事满意度（2022年由92.4分降至90.1分）', 'explained': True},
    ],
    'notes': (
        '深圳服务类2019，虚构的深圳市琲溦区政务服务中心（公益一类事业单位，由同样虚构的深圳市琲溦区政务服务数据管理局管理；'
        '505人，其中在编66人、综合窗口人员398人、导办帮办人员41人），同级单位深圳市琇漷区政务服务中心、深圳市玶澯区政务服务中心，'
        '标杆厦门市璪湉区行政服务中心，调查机构深圳市嵱翀社情民意调查有限公司，人名、数字和奖项都是编的。严格的公文口吻。'
        '版式是本样本的重点：整份自评报告以公文形式报送。纯文本，没有#；文头“深圳市琲溦区政务服务数据管理局文件”（level 0，null）、'
        '发文字号“琲政数〔2024〕12号”（@P -）、标题（level 0，null）、主送“市质量强市促进会：”和一段以“现将有关情况报告如下。”'
        '结尾的引言（@P -）；正文按公文四级序号“一、”“（一）”“1.”“（1）”编排：“一、基本情况”（=0，下设“（一）单位概况”'
        '“（二）面临的形势与挑战”，标0），三个类目依次为“二、高标准定位”（=1）“三、高质量运行”（=2）“四、高绩效结果”（=3），'
        '类目序号比标准错后一位；条目“（一）领导力”等用标准原标题；叶子条款“1.”“2.”在每个条目下重新编号，7个标题用中心自己的话'
        '（2.锻造过硬窗口队伍=1.1.2、2.治理保障与风险防控=1.2.2、1.构建标准化运行体系=2.1.2、1.目标考核与数据监测=2.2.1、'
        '2.创新举措落地推广=2.3.2、2.企业群众满意情况=3.2.2、2.经验复制推广=3.3.2）；叶子内的要点“（1）”或在段首作引语，'
        '或单独成行作小标题（level 4，标所属叶子，见1.1.2、2.1.2、2.3.1）。“二、”下一段引言标1，“四、”下两段引言标3。'
        '结果：表2（3.1.1）只有2022、2023年列及琇漷区中心、玶澯区中心、全市各区平均（2023年）列；表3（3.1.2）2021—2023年'
        '及2023年目标值、2025年规划目标列；表4（3.2.1）年份为列，带同级单位和全市平均（2023年）列；表5（3.2.2）年份为行，'
        '带同级单位和全市各区平均（2023年）行；另有文字序列和排名。文末公文尾部：“特此报告。”、落款（发文机关和日期两行）、'
        '“（联系人：……，电话：……）”、“抄送：……”和“……办公室　　2024年3月18日印发”，均为back matter（@P -）。'
        '刻意缺陷：2.1.1 服务设计整条缺失（全文没有确定服务对象、收集企业群众的要求、设计服务及其提供方式、热线信箱座谈听证'
        '新媒体等沟通渠道或跟踪服务设计质量的内容），“三、高质量运行”“（一）运行体系”下只有“1.构建标准化运行体系”，它是2.1.2'
        '（序号陷阱）；基本情况仍按惯例写明企业和群众是直接服务对象。3.1.1 只有2022年和2023年两年（2021年只出现在说明2022年起'
        '考评办法和测评口径调整、此前数据不可比“不再列示”的句子里），有同级单位、全市各区平均对比列和考评排名。3.1.2 有2021—2023年'
        '三年数据，但只有年度目标、2023年目标值和2025年规划目标，没有同级单位、标杆、平均值或排名对比。不利结果：3.2.1 '
        '自助终端业务一次成功率96.2%、96.8%、95.7%，2023年下降，低于琇漷区中心96.5%和全市平均96.1%，只出现在表4中，'
        '正文没有提及或解释；3.1.2 预算执行率2022年下降（已解释：疫情导致大厅智能化改造二期招标推迟、资金结转）；3.2.2 '
        '现场办事满意度2022年下降（已解释：测温验码、限流预约、老年群众不适应线上办理）。一段回答1.2.2（业务连续性：应急预案、'
        '双路供电、数据备份、应急演练）的段落放在2.2.2“2.过程优化”末尾（misplaced）。其他：等候时长、差错率、投诉件数、'
        '流失率、办件运行成本越低越好，下降是有利结果；基本情况中区级大厅办件量2022年的下降是概况数据，不是结果条款。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # 公文 head: issuing authority, document number, title, 主送 line, 引言
    if not (heads[0]['line'].endswith('局文件') and blocks[0] is heads[0]):
        problems.append('first line is not the issuing-authority line')
    if blocks[1]['line'] != '琲政数〔2024〕12号':
        problems.append('document number line missing')
    if not (blocks[2]['type'] == 'heading' and blocks[2]['line'].endswith('自评报告')):
        problems.append('title not third')
    if blocks[3]['line'] != '市质量强市促进会：' or not blocks[4]['line'].endswith('现将有关情况报告如下。'):
        problems.append('主送 line / 引言 not as planned')
    # 公文 tail: 特此报告, 落款, 联系人, 抄送, 印发 (all null)
    tail = blocks[-5:]
    if any(b['clause'] is not None for b in tail) or tail[0]['line'] != '特此报告。' \
            or not tail[2]['line'].startswith('（联系人：') or not tail[3]['line'].startswith('抄送：') \
            or not tail[4]['line'].endswith('印发'):
        problems.append('公文 tail not as planned')
    # no markdown
    if any(b['line'].lstrip().startswith('#') for b in blocks):
        problems.append('markdown # found')
    # level-1 headings: 一、基本情况 (0), 二、 (1), 三、 (2), 四、 (3)
    l1 = [(h['line'][:2], h['clause']) for h in heads if h['level'] == 1]
    if l1 != [('一、', '0'), ('二、', '1'), ('三、', '2'), ('四、', '3')]:
        problems.append('category headings not shifted as planned: %s' % l1)
    # level-3 headings are 1./2. leaves; at least 5 titles in the centre's own words
    own = 0
    for h in heads:
        if h['level'] == 3:
            m = re.match(r'([12])\.(\S+)$', h['line'])
            if not m:
                problems.append('leaf heading not N.title: ' + h['line'])
                continue
            if m.group(2) != STANDARD_TITLES[h['clause']]:
                own += 1
        if h['level'] == 4 and not re.match(r'（\d）', h['line']):
            problems.append('level-4 heading not （n）: ' + h['line'])
    if own < 5:
        problems.append('fewer than 5 leaf titles in own words: %d' % own)
    # ordinal trap: 三、 → （一）运行体系 → 1. = 2.1.2
    idx = next(i for i, h in enumerate(heads) if h['line'].startswith('三、'))
    if not (heads[idx + 1]['clause'] == '2.1' and heads[idx + 2]['line'].startswith('1.')
            and heads[idx + 2]['clause'] == '2.1.2'):
        problems.append('ordinal trap under 三、（一） not as planned')
    # 3.1.1: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '3.1.1':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('3.1.1 mentions an earlier year: ' + sent[:40])
    # 3.2.1: 自助终端 appears only in 表4, nowhere in running text
    for b in body:
        if b['type'] == 'text' and '自助终端' in b['line']:
            problems.append('自助终端 mentioned in text (%s)' % b['clause'])
    # 3.1.2: no peer, benchmark or survey-firm names
    for b in body:
        if b['clause'] == '3.1.2' and re.search('琇漷|玶澯|璪湉|全市|排名|第\\d名', b['line']):
            problems.append('3.1.2 names a comparison: ' + b['line'][:30])
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
