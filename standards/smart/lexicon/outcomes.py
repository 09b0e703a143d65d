"""Outcomes, universal words and absence words: the vocabulary of A (achievable).

Why: the rubric fails A on "absolute or perfect outcomes that staff do not fully control"
(100% 客户满意, 零投诉, 杜绝一切差错, 所有客户都不排队, no customer ever complains) but passes an
absolute on staff's own behaviour (100% 员工佩戴工牌, every teller greets every customer).
So an absolute needs two parts in one clause: a universal or absence word, and an outcome word
of a class that the marker makes perfect. Which markers fit which class:

- FEELINGS (满意, delighted) and RESOLUTION (解决, resolve): all/every/100%.
- WAITING (等候, queue) and result times (等候时间, hold time): all/every/100% and no/zero/never.
- NEGATIVE_EVENTS (投诉, 差错, errors): no/zero/never/杜绝 ("log every complaint" is an action).
- PERFECT_RATES (准确率, 合格率, accuracy): 100% only.
"""

FEELINGS_ZH = (
    "满意", "满意度", "满意率", "好评", "好评率", "满意而归", "称赞", "表扬", "惊喜", "认可",
    "点赞", "舒心", "开心", "愉快", "宾至如归", "放心", "赞誉",
)
FEELINGS_EN = (
    "satisfied", "satisfaction", "delighted", "delight", "happy", "pleased", "satisfy", "impressed",
    "love", "praise", "thrilled", "enjoy", "happiness", "promoters", "excellent", "five-star",
    "5-star", "positive",
)
RESOLUTION_ZH = (
    "解决", "解决率", "一次解决", "一次性解决", "问题解决", "办结", "办结率", "结案", "化解",
    "修复", "修复率", "恢复", "赔付", "排除故障",
)
RESOLUTION_EN = (
    "resolve", "resolves", "resolved", "resolving", "resolution", "fix", "fixed", "fixes", "solve",
    "solved", "solves", "repair", "repairs", "repaired", "restore", "restores", "restored",
    "settle", "settles", "settled",
)
WAITING_ZH = ("排队", "等候", "等待", "候诊", "候车", "候机", "久等", "滞留", "排长队", "等位")
WAITING_EN = (
    "wait", "waits", "waited", "waiting", "queue", "queues", "queued", "queuing", "queueing",
    "hold time", "on hold", "line up",
)
NEGATIVE_EVENTS_ZH = (
    "投诉", "客诉", "差错", "错误", "失误", "出错", "错账", "错款", "事故", "延误", "缺陷", "纠纷",
    "流失", "遗漏", "差评", "不满", "抱怨", "投诉率", "差错率", "错误率", "短款", "长款", "损失",
    "争吵", "冲突", "返工", "退货", "安全事故", "有效投诉", "投诉件", "意见", "质疑", "超时",
    "送错", "发错", "拿错", "做错", "算错", "填错", "录错", "错发", "错送", "错漏", "遗失", "丢失",
    "丢件", "破损", "损坏", "疏失", "疏漏", "漏单", "错单", "停水", "停电", "断电", "断网", "晚点",
    "迟到", "缺货", "误点", "延迟", "积压", "漏检", "漏报", "差池", "瑕疵", "失败", "返修",
    "重复投诉", "泄露", "泄密", "外泄", "被盗", "盗刷", "违规", "违章", "伤害", "受伤", "事件",
    "风险",
)
NEGATIVE_EVENTS_EN = (
    "complaint", "complaints", "complain", "complains", "complained", "error", "errors", "mistake",
    "mistakes", "defect", "defects", "incident", "incidents", "accident", "accidents", "delay",
    "delays", "delayed", "dispute", "disputes", "escalation", "escalations", "failure", "failures",
    "loss", "losses", "dissatisfied", "unhappy", "upset", "negative feedback", "bad review",
    "bad reviews", "discrepancy", "discrepancies", "churn", "missed", "lost", "damage", "damaged",
    "injury", "injuries", "breach", "breaches", "late", "issue", "issues", "problem", "problems",
    "wrong", "wrongly", "incorrect", "incorrectly", "repeat bookings", "repeat visits",
    "repeat calls", "repeat complaints", "callbacks", "outage", "outages", "interruption",
    "interruptions", "lost items", "leaves without being seen", "left without being seen",
    "no-shows", "cancellations", "leak", "leaks", "fraud", "theft", "violations",
)
PERFECT_RATES_ZH = (
    "达标", "合格", "准确率", "正确率", "合格率", "达标率", "及格率", "通过率", "准点率", "准时率",
    "成功率", "完好率", "一次通过率", "接通率",
)
PERFECT_RATES_EN = (
    "accuracy", "accurate", "pass rate", "on-time rate", "success rate", "compliance rate",
    "answer rate", "error-free",
)

UNIVERSAL_ZH = (
    "所有", "全部", "一切", "每一位", "每位", "每一个", "每个", "每名", "每一名", "全体",
    "任何一位", "各位", "全数",
)
UNIVERSAL_EN = (
    "every", "all", "each", "everyone", "everybody", "any customer", "every single",
    "without exception",
)
PERFECT_PERCENT_ZH = ("百分之百", "百分百", "100%", "十成")
PERFECT_PERCENT_EN = (
    "100%", "100 percent", "100 per cent", "a hundred percent", "one hundred percent",
    "hundred percent",
)

ABSENCE_ZH = (
    "杜绝", "消除", "根除", "避免一切", "不发生", "不出现", "不产生", "未发生", "未出现", "无一",
    "从不", "永不", "永远不", "绝不", "决不", "万无一失", "没有", "无需", "无须", "不用", "免于",
    "零", "无", "不会", "不",
)
# absence words that may stand a few characters before their outcome (杜绝一切差错); the
# single characters 零/无/不 only count directly before it (零投诉, 无差错, 不排队)
ABSENCE_DIRECT_ONLY_ZH = ("零", "无", "不", "没有", "无需", "无须", "不用")
ABSENCE_EN = (
    "no", "zero", "never", "none", "not a single", "not one", "eliminate", "eliminates", "free of",
    "free from", "error-free", "defect-free", "complaint-free", "without any", "nobody", "no one",
    "without", "not",
)
# English "no"/"not" that begin a comparison, not an absence: no more than, no later than
NOT_ABSENCE_EN = (
    "no more than", "no less than", "no fewer than", "no later than", "no longer than",
    "not more than", "not less than", "not later than", "not exceed", "not exceeding",
    "no sooner than", "not longer than", "not fewer than", "not only", "no matter", "at all times",
    "all day", "all year",
)
# Immediacy words that make a resolution impossible: "instantly resolve every complaint"
IMMEDIATE_ZH = ("立即", "立刻", "马上", "即时", "当场", "当即", "即刻", "瞬间", "秒级")
IMMEDIATE_EN = (
    "instantly", "instant", "immediately", "at once", "on the spot", "right away", "straight away",
    "in real time",
)

# People a universal word or an absence word is about when the outcome is theirs: 所有客户,
# every patient, no customer. Cases are what staff work on: 所有投诉, every complaint.
PEOPLE_ZH = (
    "客户", "客人", "顾客", "宾客", "来宾", "旅客", "乘客", "游客", "患者", "病人", "病患", "用户",
    "住户", "业主", "会员", "储户", "房客", "住客", "食客", "来访者", "访客", "市民", "群众",
    "学生", "家长", "消费者", "持卡人", "投保人", "申请人", "报修人", "来电客户", "收件人",
    "寄件人", "车主", "考生", "读者", "观众", "听众", "办事群众", "纳税人", "参保人", "就诊者",
    "居民", "孩子", "儿童",
)
CASES_ZH = (
    "投诉", "客诉", "案件", "工单", "订单", "诉求", "问题", "故障", "申请", "理赔", "来电", "报修",
    "咨询", "请求", "需求", "差错", "包裹", "快件", "邮件", "件", "单", "业务申请", "案", "事项",
)
PEOPLE_EN = (
    "customer", "customers", "client", "clients", "guest", "guests", "patient", "patients",
    "passenger", "passengers", "caller", "callers", "user", "users", "member", "members", "visitor",
    "visitors", "diner", "diners", "shopper", "shoppers", "resident", "residents", "tenant",
    "tenants", "student", "students", "parent", "parents", "traveller", "travellers", "traveler",
    "travelers", "subscriber", "subscribers", "applicant", "applicants", "consumer", "consumers",
    "people", "person", "household", "households", "policyholder", "policyholders",
    "account holder", "account holders", "citizen", "citizens", "child", "children", "buyer",
    "buyers",
)
CASES_EN = (
    "complaint", "complaints", "case", "cases", "call", "calls", "order", "orders", "request",
    "requests", "ticket", "tickets", "fault", "faults", "outage", "outages", "claim", "claims",
    "enquiry", "enquiries", "inquiry", "inquiries", "query", "queries", "issue", "issues",
    "problem", "problems", "application", "applications", "booking", "bookings", "parcel",
    "parcels", "package", "packages", "delivery", "deliveries", "incident", "incidents", "job",
    "jobs", "repair", "repairs", "defect", "defects", "error", "errors",
)
# words after which a universal phrase is the subject of an outcome: 确保所有客户…, so that every…
SUBJECT_OPENERS_ZH = (
    "确保", "保证", "保障", "承诺", "做到", "实现", "务必使", "力保", "让", "使", "令", "达到",
)
SUBJECT_OPENERS_EN = (
    "ensure", "ensures", "guarantee", "guarantees", "make sure", "makes sure", "promise",
    "promises", "achieve", "achieves", "that", "so that",
)
# verbs that end a customer's wait when customers are their subject or object: "all patients are
# seen within 20 minutes" is every patient's wait; "all customers are greeted" is staff behaviour.
# (Chinese marks no passive: a verb after 所有客户 is read as the customers' own.)
WAIT_ENDS_EN = (
    "serve", "served", "seen", "see", "attended", "helped", "treated", "called", "processed",
    "admitted", "seated", "checked in", "connected",
)
# completing a piece of work cannot take a second or two (rubric: impossible times)
COMPLETION_ZH = (
    "完成", "处理", "办结", "办理", "解决", "审批", "核发", "赔付", "派发", "看诊", "领药", "结案",
    "维修", "修复",
)
COMPLETION_EN = (
    "complete", "completes", "completed", "process", "processes", "processed", "resolve",
    "resolves", "resolved", "handle", "handles", "handled", "finish", "finishes", "finished",
    "approve", "approves", "approved", "repair", "repairs", "repaired",
)
IMPOSSIBLE_COMPLETION_SECONDS = 5

# A guarantee of an outcome (确保零差错, ensure no customer ever waits, so that no order is ever
# wrong) names a result rather than an action: with an absolute word after it in the clause, the
# promise is an absolute outcome. The absolute words such a promise uses beyond the markers above:
GUARANTEE_ZH = ("确保", "保证", "务必使", "力保", "确使")
GUARANTEE_EN = ("ensure", "ensures", "ensuring", "make sure", "makes sure", "guarantee", "guarantees", "so that")
GUARANTEED_ABSOLUTES_ZH = (
    "任何", "每一件", "每件", "每一趟", "每一班", "每一单", "每一笔", "万无一失", "无一例外", "一律不",
)
GUARANTEED_ABSOLUTES_EN = (
    "ever", "always", "flawless", "flawlessly", "perfect", "perfectly", "without exception",
    "each and every", "any",
)
# staff after a universal word: the absolute is on staff's own behaviour (all tellers, 每位员工)
STAFF_ZH = ("员工", "职员", "柜员", "营业员", "服务员", "工作人员", "人员", "同仁", "同事", "店员", "司机", "护士", "医生", "客服")
STAFF_EN = (
    "staff", "employee", "employees", "agent", "agents", "teller", "tellers", "clerk", "clerks",
    "colleague", "colleagues", "driver", "drivers", "nurse", "nurses", "officer", "officers",
    "representative", "representatives", "team member", "team members", "associate", "associates",
)
