"""Words that say what a section or a paragraph is: review, plan, targets, problems, closing.

Collected from the headings and paragraphs of the corpus (township reports 2022–2024 and the
national reports 1954–2025).  Patterns apply to normalised text.
"""

from __future__ import annotations

SECTION_CUES: list[tuple[str, str]] = [
    # 2023年政府工作回顾 / 工作开展情况 / 过去五年的政府工作 / “六五”计划执行情况的回顾
    (
        "review",
        r"回顾|开展情况|工作情况|执行情况|基本总结|工作总结|主要成绩|取得的(?:成绩|成就|成效)"
        r"|发展成就|过去(?:一年|五年|的一年)|一年来|今年以来|国家决算",
    ),
    # 2024年政府工作安排 / 主要任务 / 下半年工作重点 / 明年工作计划 / 总体部署 / 政策取向
    (
        "plan",
        r"工作安排|主要任务|工作任务|重点工作|工作重点|工作计划|工作思路|工作打算|工作要点"
        r"|工作部署|总体部署|总体要求|政策取向|工作的建议|工作建议|下一步|下半年|明年|今后|国家预算"
        r"|计划的任务|主要指标|战线上的任务|预算草案|计划草案",
    ),
    # 主要预期目标 / 发展目标
    ("targets", r"预期目标|主要目标|奋斗目标"),
    # 存在的问题 / 困难和挑战
    ("problems", r"存在的?(?:主要)?问题|困难和(?:问题|挑战)|问题和不足|不足和差距"),
    # 结束语
    ("closing", r"结束语|结语"),
]
"""Section kind cues: the cue found earliest in a heading decides its kind."""

REVIEW_HEADING = (
    r"(?:不断|持续|有效|稳步|显著|明显|日益|日趋|加速|加快|进一步|大幅|全面)\p{Han}{1,2}$"
    r"|(?:取得|见到)(?:积极|明显|显著|重大|新的)?(?:成效|进展|突破|实效|成果)$"
    r"|(?:成效|成果)(?:明显|显著|丰硕)$|蹄疾步稳$|常抓不懈$|稳中(?:有进|向好)$|运行平稳$"
)
"""Headings that state a result (``乡村振兴产业不断壮大``, ``基层党建取得实效``): a review."""

PLAN_HEADING = (
    r"再\p{Han}{1,2}$|以\p{Han}{2,10}为(?:保障|抓手|路径|目标|根本|导向|重点|核心|引领)"
    r"|^在\p{Han}{2,10}上|^(?:全力|加快|加速|推动|推进|深化|聚焦|突出|强化|着力|大力|切实"
    r"|狠抓|抓好|做好|奋力|全面|持续|坚定|打造|构建|建设|提升|激活|筑牢)"
)
"""Headings that urge (``推动经济增长再提速``, ``全力建设人民满意政府``): a plan, unless
they also state a result."""

PROBLEMS_OPENING = (
    r"(?:清醒|冷静)地?(?:认识|看到|意识)"
    r"|(?:还|仍|仍然|依然)存在着?\p{Han}{0,6}?(?:困难|问题|矛盾|不足|短板|差距)"
    r"|(?:困难|问题|矛盾)(?:和|与)(?:挑战|不足)(?:依然|仍然|还)"
)
"""Cues of the paragraph that opens the problems (within its first sentences)."""

PROBLEM_WORDS = (
    r"不足|问题|困难|短板|差距|风险|压力|薄弱|不强|不够|不高|较多|较大|有待|亟待|不充分|不平衡"
)
"""Words that keep the paragraphs after a short problems opening in the problems."""

TARGETS_OPENING = r"预期目标|主要目标(?:是|为)|计划实现|力争实现"
"""Cues of a targets statement (2024年经济社会发展的主要预期目标是:…)."""

CLOSING_APPEAL = (
    r"让我们|奋力谱写|(?:努力|不懈|团结)奋斗|作出新的(?:更大)?贡献|贡献(?:全部)?(?:智慧和)?力量"
    r"|砥砺奋进|勇毅前行|踔厉奋发|再创新辉煌|谱写.{0,16}(?:篇章|华章)|而奋斗"
)
"""Cues of the final appeal, which ends with an exclamation (让我们…奋斗！)."""

THANKS = r"表示(?:衷心的|诚挚的|崇高的)?(?:感谢|谢意)|致以(?:崇高的)?敬意"
"""Cues of the paragraph of thanks (我代表…向…表示衷心的感谢)."""

SALUTATION = r"(?:各位|尊敬的)[^。,]{0,30}[:!]?|同志们[:!]?"
"""The salutation that opens a speech (``各位代表:``) or stands in it (``各位代表!``)."""
