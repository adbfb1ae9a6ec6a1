#!/usr/bin/env python3
"""Build report.md and labels.json for the fictional held-out sample szx-econ-slogan-headings from source.txt.

A Shenzhen private cold-chain food-supply-chain company, 深圳市瀜琈冷链供应链股份有限公司 (made up; its
competitors 东莞湙岜冷链物流有限公司 (storage-heavy) and 广州滍璚食品供应链有限公司 (city distribution), its
benchmark 上海瑝瀊冷链物流集团, the survey firm 珴岻市场研究有限公司, the 南岭冷链产业创新联盟 and the
深圳涘岭理工学院 are made up too; 1,018 staff), written by its 企业文化部 in a voice fond of slogans and parallel
phrases (“冷、准、稳、暖”, “三个一”, “四条耳朵”, 立魂/传魂/固魂/养魂).

Layout: SLOGAN HEADINGS, NO NUMBERS ANYWHERE.
- Markdown. ``#`` title (level 0, clause null), a bold cover block and a ``卷首语`` paragraph (front matter,
  ``@P -``) that says the headings are the company's slogans (it maps none of them to the standard).
- Profile ``## 写在前面的企业画像`` (= 0) with two ``###`` sub-heads (``### 我们是谁　我们做什么``,
  ``### 我们的赛道与底气``, both = 0).
- Six chapters ``## …`` and their items ``### …`` are all slogans in the company's words: no number, no ordinal,
  none of the standard's titles or key words (``## 锚定方向　行稳致远`` = 1, ``### 头雁领航　上下同欲`` = 1.1,
  ``### 立柱架梁　规矩先行`` = 1.2, ``### 数说成效　步步向上`` = 1.3 …). Most are eight-character couplets (two
  four-character phrases separated by an ideographic space); a few are longer (``## 谋定后动　一张蓝图绘到底``,
  ``### 多走一步　多想一层　多增一分``, ``### 一链贯通　环环相扣　处处可控``).
- Intro paragraphs under the chapters of categories 1 and 5 (labelled 1 / 5).
- Bold run-in lead-ins (``**一是立魂，……。**``, ``**看政策、看客户、看对手、看自己。**``) start the paragraphs of
  the process items; they are not headings.
- Table captions carry no numbers either (``近三年经营发展与社会贡献主要指标``).
- Results: each chapter ends with its result item, also a slogan. 2.3 and 6.3 tables have years as columns with
  ``湙岜冷链（2023年）`` / ``滍璚供应链（2023年）`` / ``行业平均（2023年）`` columns; 4.3's table has years as
  rows with comparison rows ``湙岜冷链（2023年）`` / ``行业平均（2023年）``; 5.3 is prose series (行业平均,
  competitors, a narrowing gap to 标杆瑝瀊集团, a ranking); 6.3 also has three ``- `` bullet paragraphs; rankings
  in 2.3, 3.3, 5.3 and 6.3.

Planted defects:
- 4.1 人力资源管理 missing everywhere (no workforce planning or forecasting, no hiring/retention rules or post
  system, no pay, welfare, working-condition or satisfaction-survey content, no performance appraisal).
  ``## 聚才兴业　同心同行`` holds only ``### 搭台铺路　人尽其才``, which is 4.2 (ordinal trap: the first item
  of the chapter sits in 4.1's place), and the result item ``### 人才兴旺　活力迸发`` (4.3).
- 3.3 has 2022-2023 only; 2021 appears only in the sentence saying the third-party survey and the alliance's
  market-share statistics started in 2022 and older figures are not comparable (``不再列示``). It has
  湙岜冷链 / 滍璚供应链 / 行业平均 columns and a ranking.
- 1.3 has 2021-2023 but only ``2023年目标值`` and ``2025年规划目标`` columns (no competitor, industry, benchmark
  or ranking).
- 6.3 全程温控达标率 99.6 -> 99.7 -> 99.2, falls in 2023 and is below 湙岜冷链 99.5, 滍璚供应链 99.4 and
  行业平均 99.3, only in the 6.3 table (unexplained; the text even says 服务品质稳步提升). 2.3 营业收入增速 /
  综合毛利率 (2022: diesel prices, lockdown detours, price freeze while supplying the city) and 4.3
  人均营业收入 (2022: Dongguan team joined ahead of the opening, temporary sorting staff) are explained.
- One 6.2 paragraph (ISO 22000 / HACCP certification, integrated management manual, internal audits and
  management review) sits at the end of 3.2's ``### 多走一步　多想一层　多增一分`` (misplaced).

Run: /work/main/.venv/bin/python samples/heldout/szx-econ-slogan-headings/build.py
"""

import os
import re
import sys

ALL = ['0', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3',
       '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '6', '6.1', '6.2', '6.3']

# the standard's titles and the key words of its chapter/item titles; no slogan heading may use them
STANDARD_WORDS = ['领导', '文化', '治理', '战略', '规划', '顾客', '服务', '增值', '人力资源', '以人为本', '创新',
                  '生态', '运营', '营运', '质量', '结果', '系统', '引领', '实施', '制定', '开发', '管理', '简介']

META = {
    'standard': 'shenzhen-economic-2019',
    'seed_glob': '/work/shared/seeds/*.txt',
    'size_range': (10000, 14000),
    'profile_clauses': ['0'],
    'profile_limit': None,  # the Shenzhen economic standard sets no profile limit
    'all_clauses': ALL,
    'leaf_clauses': [c for c in ALL if '.' in c],
    'expected_missing': ['4.1'],
    'results_lacking_three_years': ['3.3'],
    'results_lacking_comparison': ['1.3'],
    'results_without_numbers': [],
    'no_comparison_words': ['1.3'],
    # 4.1 人力资源管理 must be absent everywhere: no workforce planning, hiring or retention rules, post or grade
    # system, pay and welfare, working conditions and rights, staff-satisfaction surveys, performance appraisal.
    'forbidden_words': ['招聘', '招录', '校招', '社招', '薪酬', '工资', '福利', '奖金', '社保', '五险', '公积金',
                        '绩效考核', '绩效管理', '绩效面谈', '绩效辅导', '考核', '人力资源规划', '人员编制', '定编',
                        '定岗', '人岗匹配', '用工', '人员需求', '人才需求', '员工满意', '满意度调查', '敬业度',
                        '职业健康', '劳动保护', '劳动合同', '员工权益', '合法权益', '职级', '职族', '任职资格',
                        '岗位体系', '留人', '民主评议'],
    'unfavourable_results': [
        {'clause': '6.3',
         'indicator': '全程温控达标率（99.6%→99.7%→99.2%，2023年下降，低于湙岜冷链99.5%、滍璚供应链99.4%和'
                      '行业平均99.3%；只在6.3的表中）',
         'explained': False},
        {'clause': '2.3', 'indicator': '营业收入增速、综合毛利率（2022年由14.3%、14.8%降至12.4%、12.9%）',
         'explained': True},
        {'clause': '4.3', 'indicator': '人均营业收入（2022年由195.4万元降至191.2万元）', 'explained': True},
    ],
    'notes': (
        '深圳经济类2019，虚构的深圳民营冷链食品供应链企业（深圳市瀜琈冷链供应链股份有限公司不存在；竞争对手'
        '东莞湙岜冷链物流有限公司和广州滍璚食品供应链有限公司、标杆上海瑝瀊冷链物流集团、调研机构珴岻市场研究有限公司、'
        '南岭冷链产业创新联盟、深圳涘岭理工学院均为虚构，人名、数字和奖项都是编的），员工1,018人。企业文化部执笔，'
        '爱用口号和排比的口吻（“冷、准、稳、暖”“三个一”“四条耳朵”“立魂/传魂/固魂/养魂”）。'
        '版式是本样本的重点：标题全是口号，没有任何编号。Markdown；“#”标题（level 0，clause为null）、加粗的封面信息块和'
        '一段“卷首语”（@P -，只说标题取自公司口号，不做任何对照）；“## 写在前面的企业画像”（标0）下两个“###”小标题（标0）；'
        '六个“## …”篇标题和各“### …”条目标题都是公司自己的口号，不带数字或序号，也不用准则的标题和关键词'
        '（“## 锚定方向　行稳致远”=1，“### 头雁领航　上下同欲”=1.1，“### 立柱架梁　规矩先行”=1.2，“### 数说成效　步步向上”=1.3…），'
        '多数是两个四字短语组成的八字对句，少数更长（“## 谋定后动　一张蓝图绘到底”“### 多走一步　多想一层　多增一分”'
        '“### 一链贯通　环环相扣　处处可控”）。类目1和5的篇标题下有引言段（标1、5）。过程条目的段落以加粗句首引语开头'
        '（“**一是立魂，……。**”“**看政策、看客户、看对手、看自己。**”），不是标题。表题也不带编号。'
        '结果：每篇以其结果条目收尾，标题同样是口号；2.3和6.3的表年份为列，带“湙岜冷链（2023年）”“滍璚供应链（2023年）”'
        '“行业平均（2023年）”列；4.3的表年份为行，带“湙岜冷链（2023年）”“行业平均（2023年）”对比行；5.3为文字序列'
        '（行业平均、对手、与标杆瑝瀊集团逐年缩小的差距、排名）；6.3另有三段“- ”列表；2.3、3.3、5.3、6.3有排名。'
        '刻意缺陷：4.1 人力资源管理整条缺失（全文没有人力资源预测与配置、选育用留制度、岗位体系、薪酬福利与工作环境、'
        '员工满意度调查、绩效管理），“## 聚才兴业　同心同行”下只有“### 搭台铺路　人尽其才”（4.2，序号陷阱：它占着本篇'
        '第一个条目即4.1的位置）和结果条目“### 人才兴旺　活力迸发”（4.3）。3.3 只有2022年和2023年两年（2021年只出现在'
        '说明2022年起改由第三方测评、市场占有率改用联盟口径、此前数据不可比“不再列示”的句子里），有湙岜冷链、滍璚供应链和'
        '行业平均对比列及排名。1.3 有2021—2023年三年数据，但只有“2023年目标值”和“2025年规划目标”列，没有对手、行业、'
        '标杆或排名对比。不利结果：6.3 全程温控达标率99.6%、99.7%、99.2%，2023年下降，低于湙岜冷链99.5%、'
        '滍璚供应链99.4%和行业平均99.3%，只出现在6.3的表中，正文没有提及或解释（正文反说“服务品质稳步提升”）；'
        '2.3 营业收入增速和综合毛利率2022年下降（已解释：柴油价格高位、封控期间空驶绕行、保供期间承诺不提价）；'
        '4.3 人均营业收入2022年下降（已解释：东莞基地提前储备的团队入职尚未产出、保供期间临时增加分拣人员）。'
        '一段回答6.2（ISO 22000/HACCP认证、四体系整合手册、内审与管理评审）的段落放在3.2“### 多走一步　多想一层　多增一分”'
        '的末尾（misplaced）。其他：5.3研发投入占比与标杆瑝瀊集团的差距0.66→0.56→0.39个百分点、6.3单位库容年耗电量与'
        '标杆的差距逐年缩小（不列为不利结果）；员工主动离职率、货损率、单位配送成本、存货周转天数、资产负债率越低越好，'
        '下降是有利结果；排名（城配收入规模第5→第4→第3、市场占有率第4→第3、创新榜第9→第6→第4、服务质量评价第6→第2）'
        '均为上升。组织简介（标0的段落）无字数上限。'
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
    # no heading carries a digit or an ordinal; no chapter/item slogan uses the standard's words
    for h in heads:
        text = h['line'].lstrip('#').strip()
        if re.search(r'[0-9０-９一二三四五六七八九十]、|[0-9０-９]|^第|^（', text) and h['level'] > 0:
            problems.append('heading with a number: ' + text)
        if h['level'] > 0 and h['clause'] != '0' and any(w in text for w in STANDARD_WORDS):
            problems.append('slogan heading uses a standard word: ' + text)
    # table captions carry no numbers
    for b in body:
        if b['type'] == 'table' and re.search(r'[0-9]', b['line'].split('\n')[0]):
            problems.append('table caption with a number: ' + b['line'].split('\n')[0])
    # profile: ## 写在前面的企业画像 with exactly two ### sub-heads, all = 0
    p = next(i for i, b in enumerate(blocks) if b['type'] == 'heading' and b['line'] == '## 写在前面的企业画像')
    chapters = [i for i, b in enumerate(blocks) if b['type'] == 'heading' and b['line'].startswith('## ') and i != p]
    sub0 = [b for b in blocks[p:chapters[0]] if b['type'] == 'heading' and b['line'].startswith('### ')]
    if len(sub0) != 2 or any(b['clause'] != '0' for b in blocks[p:chapters[0]]):
        problems.append('profile not as planned')
    # six chapters, labelled 1..6, each ending with its result item
    if [blocks[i]['clause'] for i in chapters] != ['1', '2', '3', '4', '5', '6']:
        problems.append('chapters not 1..6')
    for n, i in enumerate(chapters):
        end = chapters[n + 1] if n + 1 < len(chapters) else len(blocks)
        items = [b for b in blocks[i + 1:end] if b['type'] == 'heading']
        if any(not b['line'].startswith('### ') for b in items):
            problems.append('item heading not ###: ' + blocks[i]['line'])
        if not items or items[-1]['clause'] != '%d.3' % (n + 1):
            problems.append('chapter does not end with its result item: ' + blocks[i]['line'])
    # ordinal trap: chapter 4 holds only 4.2 and 4.3
    i4 = chapters[3]
    items4 = [b['clause'] for b in blocks[i4 + 1:chapters[4]] if b['type'] == 'heading']
    if items4 != ['4.2', '4.3']:
        problems.append('ordinal trap in chapter 4 not as planned: %s' % items4)
    # bold run-in lead-ins in several process items
    runin = {b['clause'] for b in body if b['line'].startswith('**') and b['clause'] and b['clause'] != '0'}
    if len(runin) < 8:
        problems.append('too few items with bold run-ins: %s' % sorted(runin))
    # 3.3: no year before 2022 except in the sentence that says why it is not given
    for b in body:
        if b['clause'] == '3.3':
            for sent in re.split(r'(?<=。)', b['line']):
                if re.search(r'20(1\d|20|21)', sent) and '不再列示' not in sent:
                    problems.append('3.3 mentions an earlier year: ' + sent[:40])
    # 6.3: the 2023 drop of 全程温控达标率 appears only in the table
    for b in body:
        if b['clause'] == '6.3' and b['type'] == 'text' and '温控' in b['line']:
            problems.append('6.3 text mentions 温控')
    # 1.3: no competitor or benchmark names
    for b in body:
        if b['clause'] == '1.3' and re.search('湙岜|滍璚|瑝瀊|联盟', b['line']):
            problems.append('1.3 names a competitor, benchmark or the alliance')
    return problems


if __name__ == '__main__':
    main_with_checks(META, HERE, extra_checks)
