"""Results that can be observed without naming a staff action.

Why: the rubric's settled cases say "a result the customer experiences (waiting time, queue
length) is observable: S passes" and "a level of a result ('average hold time ≤ 60 s') is
observable". Satisfaction and ratings are not (see qualities.RATING_*).
"""

# what is timed: X时间, X时长 after one of these, or any of WAITING_* alone
TIMED_ZH = (
    "等候", "等待", "排队", "候诊", "候车", "候机", "通话", "响应", "应答", "接听", "接通", "办理",
    "处理", "受理", "办结", "结案", "答复", "回复", "回电", "回访", "到达", "到场", "上门", "出库",
    "配送", "送达", "审批", "交易", "业务办理", "平均处理", "平均等候", "平均通话", "取餐", "上菜",
    "出餐", "入住", "退房", "登机", "值机", "安检", "开户", "挂号", "就诊", "取药", "缴费", "维修",
    "修复", "抢修", "派单", "转派", "反馈", "整改", "退款", "理赔", "放款", "审核", "核保", "叫号",
    "问题解决", "投诉处理", "单笔业务",
)
TIME_NOUNS_ZH = ("时间", "时长", "耗时", "用时", "时限", "周期", "间隔")
# any two characters before 时间 name a timed result (等餐时间, 出餐时间) except these, which
# name a period or a vague time, not something experienced
NOT_TIMED_ZH = (
    "营业", "工作", "办公", "服务", "上班", "下班", "休息", "合理", "规定", "约定", "预约", "指定",
    "第一", "最短", "一定", "相应", "同一", "任何", "节假", "午休", "开放", "适当", "有效", "承诺",
    "限定", "要求", "空闲", "业余", "所有", "全部", "任意", "其他", "这段", "那段", "一段", "很长",
)
RESULT_NOUNS_ZH = (
    "排队", "等候", "等待", "候诊", "队列", "队伍", "排队人数", "等候人数", "排队长度", "人数",
)
# rates that are levels of a result; satisfaction rates are ratings, not results
RATE_SUFFIX_ZH = "率"
NOT_RESULT_RATES_ZH = ("满意率", "好评率", "效率", "频率", "概率", "汇率", "利率", "税率", "比率")

TIMED_EN = (
    "waiting", "wait", "hold", "handle", "handling", "response", "resolution", "processing",
    "turnaround", "lead", "delivery", "queue", "queuing", "queueing", "call", "talk", "answer",
    "check-in", "check-out", "checkout", "transaction", "travel", "repair", "dispatch", "arrival",
    "service", "average", "ticket", "callback", "call-back", "reply", "boarding", "security", "fix",
    "refund", "approval", "cycle", "throughput",
)
TIME_NOUNS_EN = ("time", "times", "duration", "durations", "speed")
RESULT_WORDS_EN = (
    "queue", "queues", "queue length", "waits", "waiting", "wait", "line length", "on hold",
    "abandoned calls",
)
RATE_WORDS_EN = (
    "error", "abandonment", "abandon", "answer", "resolution", "first-call resolution",
    "first call resolution", "first-contact resolution", "complaint", "return", "defect",
    "accuracy", "pass", "compliance", "callback", "call-back", "on-time", "completion", "fill",
    "service level", "connection", "success", "conversion", "repeat", "recontact", "escalation",
)
RATE_NOUNS_EN = ("rate", "rates", "level", "ratio")
