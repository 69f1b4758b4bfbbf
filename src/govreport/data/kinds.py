"""Words that say what a section or a paragraph is: review, plan, targets, problems, closing.

Collected from the headings and paragraphs of the corpus (township reports 2022–2024 and the
national reports 1954–2025).  The words apply to normalised text; :mod:`govreport._kinds`
builds the patterns that read them.
"""

from __future__ import annotations

SECTION_WORDS: dict[str, tuple[str, ...]] = {
    # 2023年政府工作回顾 / 工作开展情况 / 过去五年的政府工作 / “六五”计划执行情况的回顾
    "review": (
        "回顾",
        "开展情况",
        "工作情况",
        "执行情况",
        "基本总结",
        "工作总结",
        "主要成绩",
        "取得的成绩",
        "取得的成就",
        "取得的成效",
        "发展成就",
        # the usual first part of a 工作总结: 主要工作及成效 / 2023年工作成效 / 亮点工作 /
        # 工作亮点
        "工作成效",
        "主要成效",
        "及成效",
        "工作成绩",
        "工作成果",
        "亮点工作",
        "工作亮点",
        "过去一年",
        "过去五年",
        "过去的一年",
        "一年来",
        "今年以来",
        "国家决算",
    ),
    # 2024年政府工作安排 / 主要任务 / 下半年工作重点 / 明年工作计划 / 总体部署 / 政策取向
    "plan": (
        "工作安排",
        "主要任务",
        "工作任务",
        "重点任务",
        "目标任务",
        "重点工作",
        "工作重点",
        "工作计划",
        "工作思路",
        "工作打算",
        "工作要点",
        "工作部署",
        "总体部署",
        "总体要求",
        "政策取向",
        "工作的建议",
        "工作建议",
        "下一步",
        "下半年",
        "明年",
        "今后",
        "国家预算",
        "计划的任务",
        "主要指标",
        "战线上的任务",
        "预算草案",
        "计划草案",
    ),
    # 主要预期目标 / 发展目标
    "targets": ("预期目标", "主要目标", "奋斗目标"),
    # 存在的问题 / 困难和挑战
    "problems": (
        "存在问题",
        "存在的问题",
        "存在主要问题",
        "存在的主要问题",
        "困难和问题",
        "困难和挑战",
        "问题和不足",
        "不足和差距",
        "存在的不足",
        "存在不足",
        "不足之处",
        "问题和短板",
        "短板和不足",
        "短板弱项",
        "存在的困难",
        "面临的困难",
    ),
    "closing": ("结束语", "结语"),
}
"""Words that name a section's kind, kind by kind: the word found earliest in a heading decides
(at one place, the kind listed first)."""

RESULT_ADVERBS = (
    "不断",
    "持续",
    "有效",
    "稳步",
    "显著",
    "明显",
    "日益",
    "日趋",
    "加速",
    "加快",
    "进一步",
    "大幅",
    "全面",
)
"""A heading ending in one of these and a one- or two-character verb states a result
(``乡村振兴产业不断壮大``, ``新旧动能转换加速推进``)."""

RESULT_VERBS = ("取得", "见到")
RESULT_QUALITIES = ("积极", "明显", "显著", "重大", "新的")
RESULT_NOUNS = ("成效", "进展", "突破", "实效", "成果")
"""A heading ending in verb, quality (optional) and noun states a result (``基层党建取得实效``,
``改革开放取得新的突破``)."""

PRAISED_RESULTS = ("成效", "成果")
RESULT_PRAISE = ("明显", "显著", "丰硕")
"""A heading ending in a praised result states one (``脱贫攻坚成效明显``)."""

RESULT_ENDINGS = ("蹄疾步稳", "常抓不懈", "稳中有进", "稳中向好", "运行平稳")
"""Set phrases that end a heading stating a result."""

AGAIN = "再"
"""A heading ending in this and a one- or two-character verb urges (``推动经济增长再提速``)."""

MEANS_WORDS = ("保障", "抓手", "路径", "目标", "根本", "导向", "重点", "核心", "引领")
"""``以…为`` and one of these urges (``以项目建设为抓手``)."""

FIELD_OPENER = ("在", "上")
"""A heading ``在…上`` urges (``在推动高质量发展上求突破``)."""

URGING_STARTS = (
    "全力",
    "加快",
    "加速",
    "推动",
    "推进",
    "深化",
    "聚焦",
    "突出",
    "强化",
    "着力",
    "大力",
    "切实",
    "狠抓",
    "抓好",
    "做好",
    "奋力",
    "全面",
    "持续",
    "坚定",
    "打造",
    "构建",
    "建设",
    "提升",
    "激活",
    "筑牢",
)
"""A heading starting with one of these urges (``全力建设人民满意政府``), unless it also states a
result."""

AWARE_ADVERBS = ("清醒", "冷静")
AWARE_VERBS = ("认识", "看到", "意识")
"""``清醒地认识到``: how the problems paragraph opens."""

STILL_WORDS = ("还", "仍", "仍然", "依然")
SHORTCOMINGS = ("困难", "问题", "矛盾", "不足", "短板", "差距")
"""``仍然存在一些困难和问题``: how the problems paragraph opens."""

TROUBLES = ("困难", "问题", "矛盾")
CHALLENGES = ("挑战", "不足")
PAIRING = ("和", "与")
PERSISTS = ("依然", "仍然", "还")
"""``困难和挑战依然…``: how the problems paragraph opens (trouble, pairing, challenge, persists)."""

PROBLEM_WORDS = (
    "不足",
    "问题",
    "困难",
    "短板",
    "差距",
    "风险",
    "压力",
    "薄弱",
    "不强",
    "不够",
    "不高",
    "较多",
    "较大",
    "有待",
    "亟待",
    "不充分",
    "不平衡",
)
"""Words that keep the paragraphs after a short problems opening in the problems."""

TARGETS_OPENINGS = ("预期目标", "主要目标是", "主要目标为", "计划实现", "力争实现")
"""Cues of a targets statement (2024年经济社会发展的主要预期目标是:…)."""

APPEALS = (
    "让我们",
    "奋力谱写",
    "努力奋斗",
    "不懈奋斗",
    "团结奋斗",
    "作出新的贡献",
    "作出新的更大贡献",
    "贡献力量",
    "贡献全部力量",
    "贡献智慧和力量",
    "贡献全部智慧和力量",
    "砥砺奋进",
    "勇毅前行",
    "踔厉奋发",
    "再创新辉煌",
    "而奋斗",
)
"""Cues of the final appeal, which ends with an exclamation (让我们…奋斗！)."""

WRITE_CHAPTER = ("谱写", ("篇章", "华章"))
"""``谱写…新篇章`` (a few words between): also a cue of the final appeal."""

THANKS = (
    "表示感谢",
    "表示衷心的感谢",
    "表示诚挚的感谢",
    "表示崇高的感谢",
    "表示谢意",
    "表示衷心的谢意",
    "表示诚挚的谢意",
    "表示崇高的谢意",
    "致以敬意",
    "致以崇高的敬意",
)
"""Cues of the paragraph of thanks (我代表…向…表示衷心的感谢)."""

ADDRESS_OPENERS = ("各位", "尊敬的")
ADDRESSEES = ("代表", "领导", "委员", "同志")
COMRADES = ("同志们", "朋友们")
"""A salutation (``各位代表:``, ``尊敬的各位领导``, ``同志们!``): an opener and the people
addressed, or ``同志们``."""
