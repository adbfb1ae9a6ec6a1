#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-svc-wechat-lines from source.txt.

A Shenzhen private chain of community pharmacies and health-management stores, 深圳市琀芗健康药房连锁有限公司
(made up; brand 琀芗, 212 stores: 186 社区药房, 24 “琀芗健康小站”, 2 DTP 药房; 1,412 staff; founder and chair
邝颂屏), its competitors 深圳市珴漳大药房连锁有限公司 (珴漳大药房) and 东莞市琙杺医药连锁有限公司 (琙杺医药), its
benchmark 杭州瑿棠医药连锁集团, the survey firm 深圳市璑言消费者研究有限公司 (璑言调研) and the 鹏城社区药房服务联盟 are
made up too. Written by its 品牌与运营部 in a lively voice, first published as a WeChat official-account (公众号)
long article.

Layout: TEXT COPIED OUT OF A WECHAT ARTICLE.
- Plain text, no ``#``. Body paragraphs are broken into lines of one or two sentences each (web style, every
  line a "paragraph" on the phone); the lines of one labelled block follow each other without a blank line,
  blocks are separated by blank lines. Multi-line blocks are written with ``@P clause`` followed by several
  lines (this builder's own reader keeps them).
- Emoji bullets (✅ 📌 👉 🔹) as lines inside blocks; ``[图片]`` placeholders with a ``▲``/``△`` caption line
  below (one block, labelled with its clause); in-body separators ``— · — · —`` (labelled with the clause of
  the block before them).
- Front matter (``@P -``): the WeChat header line (原创 / account / date), ``点击上方蓝字…关注我们``, an 编者按 and a
  cover picture. Back matter after the last labelled block: heading ``写在最后`` (null) with a closing paragraph,
  ``—— END ——``, credits, ``往期推荐`` and ``阅读原文 / 分享　点赞　在看``.
- Headings: title (level 0); categories ``00 | 先认识一下琀芗`` (= 0), ``01 | 高标准定位`` … ``03 | 高绩效结果``
  (level 1, the two-digit number is the category); items ``▍1.1 领导力`` (level 2); leaves ``▍1.1.1 方向：…``
  (level 3). Profile sub-heads ``▍我们是谁`` / ``▍我们在什么样的赛道上`` / ``▍摆在面前的几道坎`` (level 2, = 0).
  Leaf headings in the company's words: ``▍1.1.1 方向：先想清楚“为谁开店”``, ``▍1.2.1 对标：向最会做服务的药房学``,
  ``▍ 规矩和底线，怎么守住？`` (1.2.2, no number), ``▍ 顾客需求怎么听？`` (2.1.1, no number),
  ``▍2.1.2 体系建设：一店一样，店店一样``, ``▍2.2.1 流程，一遍一遍地改顺`` (= 2.2.2), ``▍2.3.2 新点子怎么落地？``,
  ``▍3.1.2 规划达成：账本上的三年``, ``▍ 顾客怎么评价我们？`` (3.2.2, no number), ``▍3.3.2 示范效应：把做法分享出去``.
- Results: tables "copied from images" as text rows: 表3-1/3-2/3-3/3-5/3-6 with full-width ``｜`` separators and years
  as columns plus ``珴漳大药房（2023年）`` / ``琙杺医药（2023年）`` / ``行业平均（2023年）`` / ``联盟成员平均（2023年）``
  columns; 表3-4 years as rows separated by runs of spaces with competitor / 行业平均 / 标杆 rows; prose series,
  emoji-bullet series (``2021年78% → 2022年81% → 2023年86%``), a ranking (华南连锁药房服务力指数 第9、第6、第4位),
  narrowing benchmark gaps (库存周转天数, 慢病随访完成率).

Planted defects:
- 2.2.1 量化管理 missing everywhere (no target-responsibility system, no cascading of targets, no KPI measurement,
  no evaluation of measured results, no review of a measurement system). ``▍2.2 运行管理`` has only one leaf
  heading, ``▍2.2.1 流程，一遍一遍地改顺``, which answers 2.2.2 过程优化 (number trap: it carries the missing
  leaf's number).
- 3.2.2 has 2022-2023 only (表3-4, prose); 2021 appears only in the sentence saying the earlier in-store survey is
  not comparable and is ``不再列示``. It has 珴漳 / 琙杺 / 行业平均 / 瑿棠 comparisons and a ranking.
- 3.3.1 has 2021-2023 but only ``2023年目标值`` and ``2025年规划目标`` columns (no comparison).
- Unfavourable: 3.2.1 外送订单30分钟送达率 96.2 -> 96.8 -> 94.1%, below 珴漳 95.6, 琙杺 95.3 and 行业平均 95.0, only
  in 表3-3 (unexplained); 3.1.1 员工满意度 (2022 dip) and 3.1.2 净利润率 (2022 dip) explained.
- One 1.2.2 paragraph (业务连续性预案, 应急储备金, 断供) sits at the end of ``▍2.1.2 体系建设…`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-svc-wechat-lines/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.1', '1.2.2',
       '2', '2.1', '2.1.1', '2.1.2', '2.2', '2.2.1', '2.2.2', '2.3', '2.3.1', '2.3.2',
       '3', '3.1', '3.1.1', '3.1.2', '3.2', '3.2.1', '3.2.2', '3.3', '3.3.1', '3.3.2']

META = {
    'standard': 'shenzhen-service-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (11000, 15000),
    'profile_clauses': ['0'],
    'profile_limit': None,
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if c.count('.') == 2],
    'expected_missing': ['2.2.1'],
    'results_lacking_three_years': ['3.2.2'],
    'results_lacking_comparison': ['3.3.1'],
    'results_without_numbers': [],
    'no_comparison_words': ['3.3.1'],
    # 2.2.1 量化管理 must be absent everywhere: no target-responsibility system or cascading of targets,
    # no KPI measurement and evaluation of the results, no review of the measurement system.
    'forbidden_words': ['目标责任', '责任书', '责任制', '考核', 'KPI', '指标分解', '层层分解', '逐级分解', '分解到',
                        '看板', '经营分析', '绩效测量', '测量体系', '绩效评价', '绩效指标', '计分卡', '星级门店',
                        '门店评级', '排名通报', '红黑榜', '对标分析', '改进机会', '关键指标', '达标率通报'],
    'unfavourable_results': [
        {'clause': '3.2.1',
         'indicator': '外送订单30分钟送达率（96.2%→96.8%→94.1%，2023年下降，低于珴漳大药房95.6%、琙杺医药95.3%和'
                      '行业平均95.0%；只在表3-3中）',
         'explained': False},
        {'clause': '3.1.1', 'indicator': '员工满意度（2022年由82.4分降至80.9分）', 'explained': True},
        {'clause': '3.1.2', 'indicator': '净利润率（2022年由4.6%降至3.2%）', 'explained': True},
    ],
    'notes': (
        '深圳服务类2019，虚构的深圳民营社区药房与健康管理连锁（深圳市琀芗健康药房连锁有限公司不存在；品牌琀芗，212家门店：'
        '社区药房186家、“琀芗健康小站”24家、DTP药房2家；员工1,412人；竞争对手深圳市珴漳大药房连锁有限公司、'
        '东莞市琙杺医药连锁有限公司，标杆杭州瑿棠医药连锁集团，调研机构深圳市璑言消费者研究有限公司（璑言调研），'
        '鹏城社区药房服务联盟均为虚构，人名、数字和奖项都是编的）。品牌与运营部执笔，活泼的公众号长文口吻。'
        '版式是本样本的重点：从微信公众号文章复制出来的纯文本，没有#。正文段落按网页习惯断成每行一两句，'
        '同一标注块内的行之间没有空行，块与块之间有空行；✅📌👉🔹等emoji作项目符号；“[图片]”占位行下接“▲/△”图注'
        '（同一块，标所属条款）；正文中两处“— · — · —”分隔线（标前一块的条款）。前置内容（@P -）：原创/公众号/日期行、'
        '“点击上方蓝字……关注我们”、编者按和封面图；末尾“写在最后”标题（null）及结语、“—— END ——”、署名、往期推荐、'
        '“阅读原文/分享 点赞 在看”均为back matter。标题：总标题（level 0）；类目“00 | 先认识一下琀芗”（=0）、'
        '“01 | 高标准定位”…“03 | 高绩效结果”（level 1，两位数字即类目号）；条目“▍1.1 领导力”（level 2）；'
        '评分条款“▍1.1.1 方向：……”（level 3）；简介下三个“▍”小标题（level 2，标0）。10个条款标题用公司自己的话，'
        '其中三个不带编号（“▍ 规矩和底线，怎么守住？”=1.2.2、“▍ 顾客需求怎么听？”=2.1.1、“▍ 顾客怎么评价我们？”=3.2.2）。'
        '结果：表格像从图片里抄出的文字行，表3-1/3-2/3-3/3-5/3-6用全角“｜”分隔、年份为列，带“珴漳大药房（2023年）”'
        '“琙杺医药（2023年）”“行业平均（2023年）”“联盟成员平均（2023年）”列；表3-4用空格分隔、年份为行，带对手、行业平均'
        '和标杆行；另有散文序列、emoji项目序列（“2021年78% → 2022年81% → 2023年86%”）、排名（华南连锁药房服务力指数'
        '第9、第6、第4位）和逐年缩小的标杆差距（库存周转天数、慢病随访完成率）。'
        '刻意缺陷：2.2.1 量化管理整条缺失（全文没有目标责任制、目标逐级落实、关键指标测量与评价、测量体系评估），'
        '“▍2.2 运行管理”下只有“▍2.2.1 流程，一遍一遍地改顺”，它回答的是2.2.2 过程优化（编号陷阱）。'
        '3.2.2 只有2022和2023两年（2021年只出现在说明此前门店自发问卷口径不同、“不再列示”的句子里），'
        '有珴漳、琙杺、行业平均和瑿棠对比。3.3.1 有2021—2023年数据，但只有“2023年目标值”和“2025年规划目标”列，'
        '没有对手、行业、标杆或排名对比。不利结果：3.2.1 外送订单30分钟送达率96.2%、96.8%、94.1%，2023年下降，'
        '低于珴漳95.6%、琙杺95.3%和行业平均95.0%，只出现在表3-3中，正文没有提及或解释；3.1.1 员工满意度2022年回落'
        '（已解释：疫情高峰连续加班）；3.1.2 净利润率2022年下降（已解释：新店培育期、保供平价、临时运力与补贴）。'
        '一段回答1.2.2（业务连续性预案、应急储备金、断供）的段落放在“▍2.1.2 体系建设：一店一样，店店一样”末尾（misplaced）。'
        '飞行检查缺陷项、医保违规金额占比、调配差错率、员工流失率、库存周转天数、有效投诉的下降都是有利结果。'
    ),
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # samples/ (build_common)

from build_common import main_with_checks, parse_source


def _read_p(head, body, chunk):
    """``@P clause [misplaced=X]`` followed by one or more lines: one block, lines kept (web-style line breaks)."""
    parts = head.split()
    misplaced = None
    for p in parts[2:]:
        if p.startswith('misplaced='):
            misplaced = p.split('=', 1)[1]
    assert body, chunk[:60]
    return {'type': 'text', 'clause': None if parts[1] == '-' else parts[1],
            'line': '\n'.join(ln.rstrip() for ln in body).strip(), 'misplaced_under': misplaced}


def _read_t(head, body, chunk):
    """``@T clause``: a table copied out of an image, rows kept verbatim (｜ or runs of spaces)."""
    clause = head.split()[1]
    return {'type': 'table', 'clause': None if clause == '-' else clause,
            'line': '\n'.join(ln.rstrip() for ln in body).strip()}


def parse(path):
    return parse_source(path, extra={'@P ': _read_p, '@T ': _read_t})


def extra_checks(blocks):
    """Checks of this folder's layout and planted defects."""
    problems = []
    body = [b for b in blocks if b['type'] != 'heading']
    heads = [b for b in blocks if b['type'] == 'heading']
    # web-style lines: no body line holds more than two sentences
    for b in body:
        if b['type'] != 'text' or b['clause'] is None:
            continue
        for ln in b['line'].split('\n'):
            if len(re.findall(r'[。！？]', ln)) > 2:
                problems.append('line with more than two sentences: ' + ln[:30])
    multi = sum(1 for b in body if b['type'] == 'text' and b['clause'] and '\n' in b['line'])
    if multi < 60:
        problems.append('only %d multi-line blocks' % multi)
    # pictures: [图片] followed by a ▲/△ caption in the same block
    for b in body:
        if b['line'].startswith('[图片]'):
            lines = b['line'].split('\n')
            if len(lines) != 2 or lines[1][0] not in '▲△':
                problems.append('picture without caption: ' + b['line'][:20])
    # emoji bullets in use
    for e in '✅📌👉🔹':
        if not any(ln.startswith(e) for b in body if b['clause'] for ln in b['line'].split('\n')):
            problems.append('no %s bullet' % e)
    # headings: categories NN | …, items and leaves with ▍, at least 3 leaves without a number
    for h in heads:
        if h['level'] == 1 and h['clause'] is not None and not re.match(r'0\d \| ', h['line']):
            problems.append('category heading style: ' + h['line'])
        if h['level'] in (2, 3) and h['clause'] is not None and not h['line'].startswith('▍'):
            problems.append('item heading style: ' + h['line'])
    unnumbered = [h for h in heads if h['level'] == 3 and not re.match(r'▍\d', h['line'])]
    if len(unnumbered) < 3:
        problems.append('expected 3 unnumbered leaf headings')
    # number trap: the only leaf heading under 2.2 carries 2.2.1 and answers 2.2.2
    i = next(k for k, h in enumerate(heads) if h['line'].startswith('▍2.2 '))
    if not (heads[i + 1]['line'].startswith('▍2.2.1 ') and heads[i + 1]['clause'] == '2.2.2'
            and heads[i + 2]['line'].startswith('▍2.3 ')):
        problems.append('number trap under 2.2 not as planned')
    # 3.2.2: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '3.2.2':
            for sent in re.split(r'(?<=[。；\n])', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('3.2.2 mentions an earlier year: ' + sent[:40])
    # 3.2.1: the 2023 drop of 30分钟送达率 appears only in the table
    for b in body:
        if b['clause'] == '3.2.1' and b['type'] == 'text' and re.search('送达|30分钟|准时', b['line']):
            problems.append('3.2.1 text mentions the delivery rate')
    # 3.3.1: no competitor or benchmark names
    for b in body:
        if b['clause'] == '3.3.1' and re.search('珴漳|琙杺|瑿棠', b['line']):
            problems.append('3.3.1 names a competitor or benchmark')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks, parse=parse)
