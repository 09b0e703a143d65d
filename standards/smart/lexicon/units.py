"""Units that turn a number into a quantity, by category.

Why categories: a time unit makes a quantity count for T as well as M (rubric, T: "a duration
that is itself the target counts for both M and T"); the other categories count for M only.
"""

# --- Chinese (after a numeral, optionally with 个 between: 三个工作日) ---------------------

TIME_ZH = (
    "秒钟", "秒", "分钟", "刻钟", "小时", "钟头", "个钟", "工作日", "工作天", "个工作日", "营业日",
    "日历日", "自然日", "天", "日", "周", "星期", "礼拜", "个月", "月", "季度", "年",
)
# 分 alone is a score (90 分) unless a clock or 秒 shows it is minutes; handled in quantity.py
SCORE_ZH = ("分", "颗星", "星")
PERCENT_ZH = ("%", "个百分点", "百分点")
DISTANCE_ZH = ("公里", "千米", "公尺", "厘米", "公分", "毫米", "米")
MONEY_ZH = ("万元", "美元", "港元", "港币", "新台币", "台币", "块钱", "元", "块", "角")
COUNT_ZH = (
    "人次", "次", "遍", "回", "个", "位", "名", "人", "件", "笔", "张", "份", "项", "条", "句",
    "声", "下", "轮", "家", "台", "把", "杯", "瓶", "本", "套", "种", "类", "步", "排", "列", "页",
    "字", "行", "单", "宗", "例", "户", "间", "处", "批", "组", "道", "圈", "趟", "辆", "架", "箱",
    "包", "袋", "盒", "粒", "片", "支", "桌", "座", "通", "封", "晚", "夜", "班", "倍",
)
# a lone 一 before these counts a thing (一瓶矿泉水); before 位, 个, 次 it is mostly "a"
OBJECT_COUNT_ZH = (
    "瓶", "杯", "份", "张", "把", "支", "块", "盒", "袋", "包", "套", "本", "台", "辆", "箱", "粒",
    "片", "双", "副", "盏", "枚", "束", "瓶装",
)
OTHER_ZH = (
    "摄氏度", "℃", "度", "分贝", "公斤", "千克", "克", "斤", "毫升", "升", "平方米", "平米", "英寸",
    "寸",
)

# --- English (the word after a number) -----------------------------------------------------

TIME_EN = (
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr",
    "hrs", "day", "days", "working day", "working days", "business day", "business days", "workday",
    "workdays", "work day", "work days", "calendar day", "calendar days", "week", "weeks", "month",
    "months", "year", "years", "quarter", "quarters", "ring", "rings", "night", "nights",
)
PERCENT_EN = ("percent", "per cent", "pct", "percentage points")
SCORE_EN = ("point", "points", "star", "stars")
DISTANCE_EN = (
    "metre", "metres", "meter", "meters", "kilometre", "kilometres", "kilometer", "kilometers",
    "centimetre", "centimetres", "centimeter", "centimeters", "foot", "feet", "yard", "yards",
    "mile", "miles", "step", "steps", "pace", "paces",
)
MONEY_EN = (
    "dollar", "dollars", "yuan", "rmb", "usd", "hkd", "twd", "euro", "euros", "pound", "pounds",
    "cents",
)

# Short unit symbols written straight after an Arabic number (15s, 2wd, 3 min). Single letters
# are matched in lower case only: "6S" and "5G" are names, "15s" is a duration.
TIME_SYMBOLS = ("ms", "s", "sec", "min", "mins", "h", "hr", "hrs", "d", "wd", "w")
OTHER_SYMBOLS = ("km", "m", "cm", "mm", "kg", "g", "ml", "db", "°c", "℃")

# --- comparisons that make a bare number a target: NPS ≥ 40, 不低于 4.5 ------------------------

COMPARATORS_ZH = (
    "不低于", "不少于", "不超过", "不高于", "不大于", "不小于", "不多于", "不足", "至少", "最少",
    "最多", "至多", "最低", "最高", "低于", "高于", "超过", "大于", "小于", "少于", "多于", "达到",
    "控制在", "保持在", "维持在", "达",
)
# words that introduce a level but also many other things: a bare number after them is a
# target ("提升至 90", "increase the score to 4.6"), a lone 一 is not (为一位客户)
LEVEL_WORDS = ("至", "到", "为", "是", "to")
COMPARATORS_SYMBOLS = ("≥", "≤", ">=", "<=", "=<", "=>", "<", ">", "=", "≦", "≧")
COMPARATORS_EN = (
    "at least", "at most", "no more than", "no less than", "no fewer than", "not more than",
    "not less than", "not fewer than", "fewer than", "less than", "more than", "greater than",
    "higher than", "lower than", "under", "over", "above", "below", "up to", "maximum of",
    "minimum of", "a maximum of", "a minimum of", "max", "min", "exceed", "exceeds", "reach",
    "reaches", "score of", "rating of", "of at least",
)
# after a bare number: 90 以上, 4.5 or above
POSTFIX_ZH = ("及以上", "或以上", "以上", "以下", "以内", "之内", "左右", "及以下", "或以下")
POSTFIX_EN = ("or above", "or higher", "or more", "or better", "or less", "or lower", "or below",
              "or fewer", "and above", "and over", "or over", "out of", "+")

# metric acronyms that a bare number may follow: NPS 40, CSAT ≥ 85
SCORE_ACRONYMS = ("nps", "csat", "ces", "fcr", "aht", "sla", "kpi")
