"""Words that contain numerals but do not measure anything, and numbers that label.

Why: the rubric's settled cases say numerals inside idioms (一次性告知, 第一时间, 一流, 一站式)
and numbers that label (第3步, 2号窗口, counter 5) are not quantities.
"""

# Idioms and set phrases whose numerals count nothing. Matched before quantities are read and
# masked, so 一次性 never yields "一次". Entries in IDIOMS_ZH_UNLESS_FOLLOWED are idioms only
# when the next character is not one of the given ones (十分耐心 vs 十分钟).
IDIOMS_ZH = (
    "一次性", "第一时间", "一流", "一站式", "一对一", "一条龙", "一米线", "1米线", "一视同仁",
    "一丝不苟", "一心一意", "全心全意", "三心二意", "一如既往", "一目了然", "一五一十", "万无一失",
    "十全十美", "千方百计", "千万", "万一", "一旦", "一律", "一致", "一起", "一同", "一并", "一般",
    "一定", "一直", "一些", "一切", "统一", "唯一", "一线", "一体", "一样", "一贯", "一再", "一边",
    "一眼", "一番", "一手", "一口价", "一窗通办", "一网通办", "一门式", "一键", "一卡通", "一号通",
    "一体化", "一级", "二级", "三级", "一把手", "一年四季", "一天到晚", "三番五次", "一年一度",
    "两手", "两岸", "零钱", "零售", "零件", "零部件", "零食", "零星", "零散", "零用", "零碎",
    "零距离", "百忙", "百分百", "九成新", "一成不变", "五湖四海", "四面八方", "七嘴八舌",
    "独一无二", "五星级", "四星级", "三星级", "一蹴而就", "一劳永逸", "一问三不知", "一次办好",
    "一次办结", "一次解决", "一次到位", "一步到位", "一次告知", "一口清", "一张笑脸", "八荣八耻",
    "三包", "五险一金", "一条心",
)
IDIOMS_ZH_UNLESS_FOLLOWED = {
    "十分": "钟",          # 十分耐心 "very patient"; 十分钟 is ten minutes
    "一点": "前钟整半以之后到至",  # 慢一点 "a little"; 一点前 is one o'clock
    "一时": "前钟整半以之后到至",  # 一时疏忽 "for a moment"
    "一刻": "钟",          # 一刻不停; 一刻钟 is fifteen minutes
    "一下": "午",          # 确认一下 "briefly"
}
IDIOMS_EN = (
    "one-stop", "one stop", "one-on-one", "one on one", "one-to-one", "one to one", "one by one",
    "one another", "no one", "someone", "anyone", "everyone", "one of", "each one", "first-class",
    "first class", "second to none", "24/7", "24x7", "7x24", "7×24", "24 × 7", "360-degree",
    "360 degree", "five-star", "5-star", "zero tolerance", "zero-tolerance", "one-time", "one-off",
    "two-way", "number one", "at once", "one-click", "one click", "one-stop-shop",
)

# Method and system names with a numeral: 6S 管理, 七步洗手法, 5G. A number written straight
# before an upper-case letter is a name (lower-case letters are unit symbols: 15s, 2wd).
METHOD_SUFFIX_ZH = "法"          # 七步洗手法, 服务五步法: a named method

# Nouns that a number labels when it follows them: Counter 3, window 2, step 4, ISO 9001.
LABEL_NOUNS_EN = (
    "counter", "counters", "window", "windows", "desk", "desks", "booth", "gate", "gates", "room",
    "rooms", "step", "stage", "line", "lane", "platform", "floor", "level", "zone", "area", "bay",
    "door", "terminal", "station", "table", "seat", "extension", "ext", "ext.", "no", "no.",
    "number", "numbers", "#", "version", "phase", "tier", "section", "page", "form", "item", "rule",
    "clause", "article", "hotline", "channel", "option", "ward", "bed", "aisle", "dock", "unit",
    "building", "block", "route", "bus", "flight", "iso", "covid", "ticket", "case", "store",
    "branch", "outlet", "team", "shop", "chapter", "appendix", "figure", "grade", "class",
    "category", "type", "model", "part", "annex", "schedule", "code", "tel",
)
# Characters after a number that make it a label: 2号窗口, 3楼, 第3步 (第 is handled apart)
LABEL_SUFFIXES_ZH = (
    "号线", "号", "楼", "层", "栋", "幢", "室", "床", "区", "期", "版", "届", "路", "座", "排座",
    "级",
)
# A 号 followed by these is a date, not a label: 5号前 (by the 5th)
DATE_AFTER_HAO = ("前", "之前", "以前", "止", "当天", "当日")
