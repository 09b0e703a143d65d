"""Verbs: observable actions, weak verbs, and change (goal) verbs.

Why: S passes on "a verb a person can be seen doing" (greet, answer, call back, 双手递送, 回访,
出具书面答复) and fails on goals ("提升客户满意度", "improve service quality"). Weak verbs
(provide, keep, 提供, 保持) name an action only when what follows is concrete: "provide excellent
service" is a quality, "provide a printed receipt" is observable.
"""

ACTIONS_ZH = (
    # greeting and body language
    "问候", "招呼", "打招呼", "迎接", "迎候", "迎送", "起身", "起立", "站立", "站起", "微笑",
    "点头", "鞠躬", "欠身", "致意", "握手", "挥手", "目视", "注视", "目送", "对视", "眼神交流",
    "目光接触", "道别", "送别", "告别", "送客", "致谢", "道谢", "感谢", "道歉", "致歉", "赔礼",
    "让座", "请坐", "示意", "拉门", "开门迎", "搀扶", "陪同", "陪伴", "护送", "引领", "带领",
    "引导", "指引", "指导", "分流", "指路", "带路", "送至", "送到", "带到", "领到", "让行", "避让",
    "蹲下", "俯身",
    # speaking and informing
    "询问", "问询", "了解", "倾听", "聆听", "复述", "重复", "确认", "告知", "告诉", "通知", "提醒",
    "提示", "说明", "解释", "讲解", "介绍", "推荐", "演示", "示范", "解答", "答疑", "答复", "回复",
    "回答", "应答", "报出", "报号", "叫号", "唱收", "唱付", "宣读", "朗读", "播报", "广播", "安抚",
    "劝导", "劝说", "说服", "致电", "回电", "回拨", "拨打", "来电告知", "电话告知", "电话联系",
    "电访", "回访", "跟进", "跟踪", "随访", "联系", "联络", "接听", "接起", "接通", "转接", "挂机",
    "挂断", "发送", "推送", "邀请", "征询", "征求", "反馈", "通报", "上报", "报告", "汇报", "报送",
    "提交", "呈报", "请示", "说出", "讲述", "称呼",
    # handling documents, money and goods
    "记录", "登记", "填写", "填报", "填单", "录入", "输入", "签字", "签名", "签收", "签署", "签到",
    "盖章", "复印", "扫描", "打印", "出具", "开具", "开票", "发放", "分发", "派发", "递送", "递交",
    "递给", "接递", "递上", "奉上", "交给", "交还", "归还", "退还", "送达", "送上", "呈上", "双手",
    "核对", "核实", "核查", "复核", "审核", "查验", "验证", "校验", "检验", "检查", "检测", "测量",
    "查看", "查阅", "调阅", "查询", "检索", "清点", "点钞", "清分", "轧账", "结账", "对账", "盘点",
    "收银", "找零", "收款", "付款", "退款", "赔付", "补偿", "赔偿", "兑现", "兑换", "办理", "受理",
    "解决", "办结", "结案", "销号", "处置", "整改", "纠正", "修复", "维修", "修理", "更换", "安装",
    "调试", "测试", "上门", "到场", "到达现场", "赶到", "抵达现场", "出发", "出车", "出诊", "配送",
    "送货", "派送", "投递", "揽收", "打包", "包装", "称重", "贴标", "张贴", "公示", "公布", "展示",
    "陈列", "摆放", "放置", "归位", "整理", "清洁", "清扫", "打扫", "擦拭", "消毒", "清洗", "补充",
    "补齐", "更新", "备份", "归档", "存档", "建档", "封存", "保存", "上传", "拍照", "录音", "录像",
    "标注", "标记", "编号", "派单", "分派", "转派", "指派", "调度", "转交", "移交", "交接", "授权",
    "审批", "批准", "签批", "冲正", "核销", "装订", "填制", "制作", "出示", "携带", "佩戴", "配戴",
    "穿着", "穿戴", "戴好", "挂牌", "亮证", "在岗", "到岗", "值守", "值班", "巡视", "巡查", "巡厅",
    "巡检", "巡回", "巡堂", "走动", "开启", "打开", "关闭", "开放", "启用", "配备", "设置", "准备",
    "备好", "预留", "开门", "上岗", "接待", "服务于", "送餐", "上菜", "点餐", "倒水", "递水",
    "奉茶", "倒茶", "铺床", "撤换", "补货", "上架", "下架", "清理", "疏导", "排查", "排除", "抢修",
    "处理完毕", "反馈结果", "书面答复", "报上", "回覆", "答覆", "送回", "熨烫", "搬运", "搬", "拎",
    "扛", "抬", "开关", "放入", "取出", "装入", "装车", "卸货", "接过", "扶", "协助", "帮助",
    "帮忙", "代为", "代办", "赶赴", "赶往", "前往", "奔赴", "巡逻", "打卡", "公告", "派员", "安检",
    "约定", "预约", "派件", "验货", "核发", "发证", "批改", "量测", "测温", "叫醒", "批复", "回收",
    "收集", "采集", "点验", "复查", "签发", "送检", "取件", "收件", "寄件", "发货", "出票", "改签",
    "退票", "值机", "登机", "广播通知", "核算", "结算", "缴费", "收费", "开单", "下单", "接单",
    "抢单", "出餐", "上餐", "撤盘", "收台", "翻台", "补位", "让位", "指认", "陪诊", "导诊", "分诊",
    "问诊", "看诊", "就诊", "诊治", "治疗", "护理", "换药", "输液", "抽血", "发药", "配药", "取药",
    "领药", "挂号", "复诊", "会诊", "查房", "交代", "嘱咐", "宣教", "告诫", "劝阻", "制止", "疏散",
    "救助", "救援", "急救", "报警", "拨打110", "到府", "上门服务", "入户", "抄表", "维护保养",
    "保养", "巡护", "清运", "收运", "投放", "分拣", "装卸", "配载", "装箱", "运送", "擦", "拖地",
    "叠", "粘贴", "悬挂", "开灯", "关灯", "调节", "调整", "检修", "抢险", "恢复", "送修", "返还",
    "退回", "兑付", "支付", "转账", "汇款", "存款", "取款", "开户", "销户", "挂失", "补办", "换发",
    "审查", "受理登记", "出示证件", "查验证件", "递交材料", "告知书", "面谈", "家访", "走访",
    "拜访", "慰问", "探访",
    # selling, arranging, caring
    "推介", "推广", "推销", "营销", "销售", "辅导", "教导", "应对", "接洽", "沟通", "协调", "安排",
    "配合", "响应", "回应", "回馈", "登录", "查证", "核准", "审阅", "点算", "称量", "检视", "核验",
    "复检", "提取", "领取", "转达", "传达", "通告", "播放", "布置", "清空", "补给", "配发", "发布",
    "让路", "引路", "带位", "领位", "点单", "斟茶", "添水", "加水", "换盘", "买单", "打单", "揽件",
    "收寄", "投送", "换货", "核赔", "查勘", "定损", "勘察", "约见", "登门", "接送", "陪护", "看护",
    "照护", "照顾", "采样", "消杀", "通风", "巡更", "值勤", "执勤", "站岗", "点名", "接班", "签退",
    "封装", "贴签", "问好", "问安", "迎宾", "致以",
    # meetings, training, review
    "召开", "主持", "组织", "开展", "参加", "参与", "培训", "考核", "抽查", "抽检", "总结", "检讨",
    "复盘", "分析", "评估", "统计", "汇总", "讲评", "点评", "演练", "学习", "宣导", "监控", "监测",
    "监听", "监督", "督导", "巡视检查", "记下", "写下", "观察",
)
# Characters after a Chinese action word that make it part of a noun: 接待员, 维修技师, 检查表
ACTION_NOUN_SUFFIXES_ZH = (
    "员", "师", "技", "者", "工人", "人员", "部", "处", "室", "厅", "区", "站", "单", "表", "卡",
    "证", "机", "中心", "热线", "系统", "窗口", "专员", "岗", "组", "科", "队", "点", "箱", "柜",
    "车", "费", "率", "量", "时间", "时长", "记录", "流程", "制度", "规范", "标准", "能力", "质量",
    "水平", "意识", "满意", "好评", "评价", "评分", "效率", "时效",
)
# Weak verbs: an action only when no quality word shares their clause and their object is not
# the bare word "service" (P044 "Provide excellent, professional service" fails S).
WEAK_ACTIONS_ZH = (
    "提供", "保持", "维护", "使用", "执行", "落实", "遵守", "遵循", "按照", "严格执行", "体现",
    "展现", "完成", "进行", "实施", "给予", "给", "关注", "注意", "处理",
)

ACTIONS_EN = (
    "redirect", "decline", "refuse", "advise", "alert", "warn", "waive", "credit", "exchange",
    "upgrade", "reserve", "release", "prioritise", "prioritize", "radio", "chat", "film", "tally",
    "reorder", "order", "purchase", "mentor", "swipe", "initial", "store", "shred", "dispose of",
    "recycle", "price", "top up", "charge", "adjust", "calibrate", "paraphrase", "clarify", "type",
    "upload", "attach", "forward", "connect", "hang up", "put on hold", "point out", "signpost",
    "stand up", "offer to", "wave goodbye", "say goodbye", "thank you",
    "greet", "welcome", "smile", "nod", "bow", "stand", "rise", "wave", "shake hands", "escort",
    "accompany", "direct", "guide", "lead", "point", "usher", "seat", "walk", "open the door",
    "hold the door", "ask", "listen", "text", "dispense", "clear", "see", "carry out", "load",
    "push", "lift", "bring", "fetch", "park", "drive", "board", "restore", "reconnect", "notify",
    "call out", "page", "book", "reschedule", "cancel", "change", "remove", "set", "place", "put",
    "hang", "refill", "serve", "pour", "plate", "cook", "bake", "deliver to", "knock", "announce",
    "translate", "interpret", "mark", "grade", "teach", "examine", "triage", "vaccinate",
    "administer", "prescribe", "diagnose", "register", "admit", "discharge", "visit", "inspect",
    "patrol", "lock", "secure", "evacuate", "rescue", "guard", "screen", "wash", "iron", "fold",
    "make up", "change the sheets", "replace", "collect", "pick", "drop", "unlock", "sign in",
    "check in", "check out", "clock in", "call in", "ring back", "reply to", "repeat", "confirm",
    "inform", "tell", "remind", "explain", "introduce", "recommend", "demonstrate", "answer",
    "respond", "reply", "state", "say", "read back", "read", "call", "call back", "phone", "ring",
    "dial", "return", "contact", "follow up", "email", "e-mail", "send", "invite", "thank",
    "apologise", "apologize", "acknowledge", "log", "record", "write", "fill in", "fill out",
    "complete", "sign", "stamp", "scan", "print", "issue", "hand", "hand over", "hand back", "pass",
    "check", "verify", "count", "recount", "balance", "reconcile", "weigh", "measure", "test",
    "audit", "sample", "review", "clean", "wipe", "tidy", "sanitise", "sanitize", "disinfect",
    "restock", "replenish", "repair", "fix", "resolve", "settle", "refund", "reimburse",
    "compensate", "process", "close", "open", "escalate", "refer", "transfer", "route", "assign",
    "dispatch", "allocate", "arrive", "attend", "monitor", "track", "update", "post", "display",
    "label", "tag", "file", "archive", "photograph", "report", "submit", "hold", "conduct", "run",
    "train", "brief", "debrief", "meet", "discuss", "offer", "present", "prepare", "set up",
    "arrange", "wear", "carry", "pick up", "drop off", "pack", "ship", "unload", "sort", "install",
    "approve", "authorise", "authorize", "reject", "decline", "sign off", "double-check", "recheck",
    "cross-check", "read out", "spell", "write down", "note", "document", "enter", "input",
    "key in", "look up", "search", "receive", "accept", "stock", "shelve", "wrap", "bag", "seal",
    "print out", "sweep", "mop", "vacuum", "empty", "switch on", "switch off", "turn on",
    "turn off", "answer the phone", "make eye contact", "use the customer's name",
    "introduce yourself", "identify", "mention", "offer help", "help", "assist", "summarise",
    "summarize", "evaluate", "assess", "survey", "interview", "observe", "watch", "supervise",
    "coach",
)
WEAK_ACTIONS_EN = (
    "redirect", "decline", "refuse", "advise", "alert", "warn", "waive", "credit", "exchange",
    "upgrade", "reserve", "release", "prioritise", "prioritize", "radio", "chat", "film", "tally",
    "reorder", "order", "purchase", "mentor", "swipe", "initial", "store", "shred", "dispose of",
    "recycle", "price", "top up", "charge", "adjust", "calibrate", "paraphrase", "clarify", "type",
    "upload", "attach", "forward", "connect", "hang up", "put on hold", "point out", "signpost",
    "stand up", "offer to", "wave goodbye", "say goodbye", "thank you",
    "provide", "deliver", "maintain", "keep", "give", "render", "use", "follow", "comply", "adhere",
    "handle", "perform", "remain", "stay", "show",
)
# Words before an English verb form that show it is a noun ("the call", "customer's issue")
NOUN_MARKERS_BEFORE_EN = (
    "the", "a", "an", "this", "that", "these", "those", "each", "every", "all", "any", "no", "some",
    "its", "their", "our", "your", "his", "her", "my", "first", "second", "third", "last", "next",
    "both", "per", "whose", "which", "what", "such", "another", "other", "same", "of", "one", "two",
    "three", "several", "many", "few", "verbal", "written", "phone", "telephone", "customer",
    "service", "quality", "average", "total", "daily", "weekly", "monthly",
)
# Words after an English verb form that show it heads a noun compound ("call centre", "answer rate")
NOUN_HEADS_AFTER_EN = (
    "time", "times", "rate", "rates", "centre", "center", "centres", "centers", "volume", "volumes",
    "quality", "handling", "duration", "durations", "length", "desk", "number", "list", "card",
    "area", "room", "point", "points", "level", "levels", "script", "box", "slip", "sheet", "book",
    "system", "team", "staff", "agent", "agents", "officer", "officers", "manager", "managers",
    "counter", "line", "lines", "window", "form", "forms", "record", "records", "log", "logs",
    "queue", "process", "procedure", "policy", "standard", "standards", "target", "targets",
    "metric", "metrics", "survey", "surveys", "score", "scores", "report", "reports", "site",
    "sites", "website", "websites", "app", "apps", "page", "pages", "platform", "platforms",
    "channel", "channels", "portal", "hall", "halls",
)
# Irregular past forms of the verbs above; the regular ones are generated.
IRREGULAR_EN = {
    "see": ("saw", "seen"), "bring": ("brought",), "drive": ("drove", "driven"), "teach": ("taught",),
    "hang": ("hung",), "set": ("set",), "lead": ("led",), "fall": ("fell", "fallen"),
    "rise": ("rose", "risen"), "cut": ("cut",), "go up": ("went up", "gone up"),
    "go down": ("went down", "gone down"), "hold": ("held",), "give": ("gave", "given"),
    "tell": ("told",), "say": ("said",), "send": ("sent",), "stand": ("stood",),
    "wear": ("wore", "worn"), "write": ("wrote", "written"), "meet": ("met",), "keep": ("kept",),
    "shake hands": ("shook hands", "shaken hands"), "show": ("shown",), "run": ("ran",),
    "read": ("read",), "ring": ("rang", "rung"), "sweep": ("swept",), "put": ("put",),
}

# Nouns that announce a goal: 服务目标：零客诉, "our goal is zero complaints"
GOAL_NOUNS_ZH = ("目标", "宗旨", "愿景", "理念", "追求", "使命", "方针")
GOAL_NOUNS_EN = (
    "goal", "goals", "aim", "aims", "objective", "objectives", "mission", "vision", "ambition",
    "aspiration",
)
# Change verbs make a goal: "reduce average hold time by 20%", "投诉量下降 10%" (rubric).
CHANGE_VERBS_ZH = (
    "提升", "提高", "降低", "下降", "减少", "增加", "增长", "改善", "改进", "优化", "加强", "强化",
    "缩短", "压缩", "上升", "增强", "减低", "扩大", "降至", "升至", "减至", "控降", "压降", "提速",
    "打造", "树立", "营造", "塑造", "争创", "创建", "创造", "创优", "争当", "建设", "促进", "推动",
    "推进", "深化", "巩固", "彰显", "弘扬", "力争", "争取", "赢得", "培养", "培育", "铸就",
)
CHANGE_VERBS_EN = (
    "improve", "increase", "reduce", "decrease", "enhance", "boost", "cut", "rise", "fall", "drop",
    "climb", "go up", "go down", "double", "halve", "grow", "minimise", "minimize", "maximise",
    "maximize", "shorten", "strengthen", "optimise", "optimize", "elevate", "drive up",
    "drive down", "bring down", "strive", "deepen", "win", "earn", "exceed expectations",
)

# words that stop a goal's object, so an action after them counts: "…, by answering calls"
GOAL_OBJECT_STOPS_ZH = ("通过", "并", "及时", "由")
GOAL_OBJECT_STOPS_EN = ("by", "through", "via", "and", "while")
# Aspiration verbs make a goal only with an abstract object: "build a service brand",
# "create a welcoming atmosphere" (but "create a ticket" is an action).
ASPIRATION_VERBS_EN = (
    "build", "create", "establish", "foster", "cultivate", "shape", "develop", "promote",
)
ASPIRATION_OBJECTS_EN = (
    "brand", "culture", "image", "atmosphere", "environment", "experience", "reputation",
    "relationship", "relationships", "trust", "loyalty", "rapport", "excellence", "benchmark",
    "mindset", "awareness",
)
