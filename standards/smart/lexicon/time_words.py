"""Words about time: calendar periods, deadlines without numbers, immediacy, event triggers.

Why: the rubric's T passes on a time limit, a deadline or clock time, or a calendar frequency;
it fails on immediacy words (立即, instantly, at all times) and on event triggers (每次, 每笔,
客户到达时, before departure), which say when to start, not by when.
"""

# Calendar and work periods. 每 + one of these (each day, each shift) is a frequency; per-occasion
# units (每笔, 每次, per flight) are not (rubric: settled borderline cases).
PERIODS_ZH = (
    "工作日", "营业日", "工作周", "日", "天", "周", "星期", "礼拜", "月", "季度", "季", "年度",
    "年", "半年", "班次", "班", "小时", "钟头", "分钟", "早", "晚", "晨", "夜", "旬", "交班",
    "轮班", "早班", "晚班", "夜班", "营业班", "上午", "下午", "周一", "周二", "周三", "周四",
    "周五", "周六", "周日", "周末", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六",
    "星期日", "星期天", "月末", "月底", "月初", "季末", "年末", "年底", "早上", "晚上", "早晨",
)
# 按日, 逐月: "by the day" is a frequency too
PERIOD_ADVERB_PREFIXES_ZH = ("按", "逐")
PERIOD_ADVERB_UNITS_ZH = ("日", "天", "周", "月", "季", "季度", "年", "班", "小时")
# standalone frequency words
FREQUENCY_WORDS_ZH = (
    "天天", "日日", "周周", "月月", "年年", "月度", "季度", "年度", "每天", "每日", "日报", "周报",
    "月报", "年报", "周例会", "月例会", "日终", "日结", "月结",
)

PERIODS_EN = (
    "day", "week", "month", "year", "quarter", "shift", "hour", "morning", "afternoon", "evening",
    "night", "weekday", "working day", "business day", "workday", "work day", "fortnight",
    "semester", "half-year", "half year", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "weekend", "season", "term", "minute", "other day", "other week",
)
FREQUENCY_WORDS_EN = (
    "daily", "weekly", "monthly", "quarterly", "yearly", "annually", "hourly", "nightly",
    "fortnightly", "biweekly", "bi-weekly", "bimonthly", "bi-monthly", "semi-annually",
    "semiannually", "biannually", "twice-daily", "everyday", "every day",
)

# Deadlines that carry no number: 当天, 次日, by end of shift
DEADLINE_WORDS_ZH = (
    "当天", "当日", "次日", "翌日", "隔日", "隔天", "第二天", "第二日", "第二个工作日", "当班",
    "本班", "当周", "本周", "当月", "本月", "本季度", "本年度", "今日", "今天", "明天", "明日",
    "日终", "日结", "月底", "月末", "年底", "年末", "季末", "季度末", "次月", "下月", "当晚",
    "下个工作日", "下一个工作日", "下一工作日", "次一工作日", "次一营业日", "下一营业日",
)
# period boundaries that make "…前" a deadline: 下班前, 营业结束前, 月底前
# (the opening of business is not one: "营业前完成清洁" is a trigger, like 进门前)
BOUNDARY_BEFORE_ZH = (
    "下班", "交班", "收班", "收市", "闭店", "打烊", "关门", "营业结束", "营业终了", "闭馆", "日终",
    "月底", "月末", "年底", "年末", "季末", "周末", "中午", "午休", "当天", "次日", "当日",
    "结束营业", "停止营业", "本周结束", "本月结束", "本季结束", "本季度结束", "本年结束",
    "年度结束", "学期结束", "月度结束", "季度结束", "当月结束", "当周结束", "本学期结束", "本周五",
    "周五", "月中",
)
DEADLINE_PHRASES_EN = (
    "same day", "same-day", "next day", "next-day", "next working day", "next business day",
    "following day", "following working day", "following business day", "end of day",
    "end of the day", "end of business", "close of business", "end of shift", "end of the shift",
    "end of each shift", "end of every shift", "end of the week", "end of the month",
    "end of the quarter", "end of the year", "end of each day", "end of each month",
    "end of each week", "end of every day", "end of the working day", "end of the business day",
    "eod", "cob", "today", "tonight", "tomorrow", "overnight", "within the day", "within the shift",
    "within the same shift", "within the week", "within the month", "before closing",
    "before close", "before the branch closes", "before the store closes", "before the shift ends",
    "before the day ends", "year end", "year-end", "month end", "month-end", "quarter end",
    "quarter-end", "end of year", "end of month", "end of quarter", "end of week", "end of term",
    "end of the term", "by noon", "by midday", "by midnight", "before noon", "before midnight",
    "this week", "this month", "on the same day", "the same day",
)
CLOCK_WORDS_EN = ("noon", "midday", "midnight")
CLOCK_PREFIXES_ZH = (
    "上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚", "早晨", "夜间", "每天", "每日", "当天",
    "次日", "当日", "于", "在",
)
CLOCK_SUFFIXES_ZH = (
    "前", "之前", "以前", "钟", "整", "半", "以后", "之后", "后", "至", "开始", "准时", "起", "止",
)

# Immediacy and continuity words: not a stated limit (rubric: 立即, instantly, at all times)
IMMEDIACY_ZH = (
    "立即", "立刻", "马上", "即时", "随时", "第一时间", "尽快", "尽早", "及时", "迅速", "当场",
    "当即", "即刻", "实时", "准时", "按时", "随即", "始终", "时刻", "全天候", "全程", "快速",
    "限时", "定期", "经常", "不定期", "适时",
)
IMMEDIACY_EN = (
    "immediately", "instantly", "instant", "promptly", "right away", "at once",
    "as soon as possible", "asap", "in a timely manner", "timely", "without delay", "on time",
    "on the spot", "in real time", "real-time", "at all times", "always", "quickly", "swiftly",
    "straight away", "of the time", "regularly", "periodically", "routinely", "in time",
    "as needed", "when needed", "whenever needed", "fast", "soon",
)

# Event triggers (reasons only: they never satisfy T)
PER_OCCASION_ZH = (
    "次", "笔", "位", "名", "个", "件", "单", "宗", "户", "通", "批", "趟", "份", "项", "张", "间",
    "桌", "辆", "当",
)
PER_OCCASION_ADVERBS_ZH = (
    "逐笔", "逐个", "逐一", "逐项", "逐件", "逐单", "逐户", "逐张", "每当", "凡是", "凡",
)
TRIGGER_SUFFIXES_ZH = ("的时候", "之时", "之后", "以后", "之前", "以前", "时", "后", "前")
# characters around 时/后/前 that make them part of another word (及时, 小时, 前台, 最后)
NOT_TRIGGER_TIME_BEFORE = "及准按同随实小临暂定适届限工平即一有当此工按计超用耗历"
NOT_TRIGGER_TIME_AFTER = "间长限段刻效常"
NOT_TRIGGER_AFTER_BEFORE = "然最随今日往先善售背落前午此其"
NOT_TRIGGER_AFTER_AFTER = "台续期面方勤端果来边场"
NOT_TRIGGER_BEFORE_BEFORE = "提目当从面跟眼向事"
NOT_TRIGGER_BEFORE_AFTER = "台厅往来面方沿线端置述列提"
TRIGGER_WORDS_EN = (
    "when", "whenever", "each time", "every time", "upon", "once", "after", "before", "as soon as",
    "on arrival", "on receipt", "on entry", "on completion", "on the first call", "at each visit",
    "at every visit", "while",
)
PER_OCCASION_EN = ("per", "each", "every")
