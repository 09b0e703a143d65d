"""Attitude and quality words, and satisfaction or rating words.

Why: the rubric's S fails when "the only requirement is an attitude or quality word with
nothing observable next to it" (热情, 耐心, friendly, professional …), and a satisfaction or
rating level alone ("满意度测评得分 90 分以上", "NPS ≥ 40") names no action.
"""

VAGUE_ZH = (
    "热情", "耐心", "认真", "及时", "尽快", "尽早", "良好", "优质", "规范", "到位", "满意", "周到",
    "主动", "亲切", "礼貌", "有礼", "友好", "友善", "细致", "细心", "用心", "贴心", "专业", "高效",
    "热心", "诚恳", "真诚", "诚信", "温馨", "舒适", "整洁", "干净", "得体", "文明", "快捷", "迅速",
    "快速", "高质量", "优良", "优秀", "一流", "完善", "严格", "妥善", "合理", "适当", "恰当",
    "准确无误", "大方", "端庄", "和蔼", "谦和", "温和", "友爱", "尊重", "体贴", "关怀", "关爱",
    "用心服务", "优质服务", "满意服务", "热情服务", "一丝不苟", "一视同仁", "全心全意", "一心一意",
    "尽心尽力", "尽职尽责", "尽责", "负责任", "积极", "稳妥", "顺畅", "流畅", "便捷", "方便",
    "舒心", "放心", "安心", "愉快", "开心", "高兴", "满意而归", "宾至如归", "和谐", "有序",
    "井然有序", "清晰", "美观", "明亮", "整齐", "清爽", "卫生", "精神饱满", "态度好", "态度端正",
    "服务好", "质量好", "热忱", "耐心细致", "谦虚", "恭敬", "庄重", "优雅", "精准", "精致", "精细",
    "用语规范", "亲和", "和善", "温暖", "悉心", "精心", "耐烦", "细腻", "诚挚", "衷心", "负责",
    "勤勉", "高标准", "严要求", "人性化", "个性化", "最佳", "卓越", "极致", "完美", "标准化",
    "专业化", "规范化", "精细化", "透明", "公正", "公平", "客气", "尽速", "速速", "从速", "火速",
    "亲和力", "耐性", "态度", "服务意识", "服务态度", "诚意", "合理时间", "适当时间", "关心",
    "爱护", "关注", "理解", "体谅", "包容", "善待", "重视", "珍惜", "体察", "疏失", "质量", "品质",
    "水准", "水平", "服务水准", "服务水平", "服务质量", "服务品质", "周全", "尽心", "尽力", "敬业",
    "熟练", "娴熟", "业务熟练", "可靠", "诚实", "守信", "称职", "灵活", "自信", "干练", "精干",
    "好客", "善解人意", "有责任心", "责任心", "同理心", "热诚", "安静", "准确", "无误", "完整",
    "严谨", "妥当", "妥帖", "称心", "如意", "礼让", "谦让", "和气", "不厌其烦", "任劳任怨",
    "精益求精", "彬彬有礼", "落落大方", "仪表", "仪容", "形象", "举止", "素质", "素养", "风貌",
    "面貌", "氛围", "体验", "感受", "效率", "效能", "有力", "扎实", "规范有序",
)
VAGUE_EN = (
    "friendly", "polite", "politely", "promptly", "prompt", "as soon as possible", "asap", "good",
    "excellent", "professional", "professionally", "appropriate", "appropriately", "high-quality",
    "high quality", "quality", "courteous", "courteously", "helpful", "warm", "warmly", "kind",
    "kindly", "patient", "patiently", "attentive", "attentively", "caring", "respectful",
    "respectfully", "efficient", "efficiently", "quick", "quickly", "timely", "in a timely manner",
    "proper", "properly", "satisfactory", "satisfied", "delighted", "happy", "pleasant",
    "pleasantly", "nice", "neat", "neatly", "tidy", "clean", "great", "outstanding", "superior",
    "smooth", "smoothly", "seamless", "seamlessly", "best", "world-class", "world class",
    "first-class", "first class", "five-star", "exceptional", "exceptionally", "superb",
    "welcoming", "positive", "positively", "enthusiastic", "enthusiastically", "sincere",
    "sincerely", "genuine", "genuinely", "empathetic", "empathetically", "considerate",
    "thoughtful", "thoughtfully", "diligent", "diligently", "careful", "carefully", "thorough",
    "thoroughly", "reasonable", "reasonably", "suitable", "suitably", "adequate", "adequately",
    "correct", "correctly", "accurate", "accurately", "fast", "speedy", "swift", "swiftly",
    "efficiency", "responsive", "proactive", "proactively", "cheerful", "cheerfully", "gracious",
    "graciously", "pleasing", "comfortable", "orderly", "presentable", "well-groomed",
    "well groomed", "perfect", "perfectly", "flawless", "flawlessly", "high standard",
    "high standards", "nicely", "gently", "gentle", "calm", "calmly", "courtesy", "professionalism",
    "hospitable", "personalised", "personalized", "convenient", "conveniently", "user-friendly",
    "pleased", "satisfying", "knowledgeable", "competent", "capable", "skilled", "reliable",
    "dependable", "honest", "trustworthy", "approachable", "cordial", "amiable", "personable",
    "well-informed", "confident", "motivated", "committed", "dedicated", "engaged", "energetic",
    "flexible", "accommodating", "supportive", "understanding", "compassionate", "composed",
    "relaxed", "passionate", "willing", "eager", "humble", "modest", "graceful", "elegant",
    "polished", "well-presented", "groomed", "punctual", "tactful", "diplomatic", "discreet",
    "transparent", "fair", "fairly", "effective", "effectively", "successful", "successfully",
    "sufficient", "sufficiently", "rapid", "rapidly", "spotless", "immaculate", "hygienic", "cosy",
    "cozy", "inviting", "attractive", "organised", "organized", "responsibly", "ethically",
    "impartially", "equally", "memorable", "premium", "top-notch", "first-rate", "best-in-class",
    "better", "wonderful", "amazing", "fantastic", "outstanding service", "alert",
    "courteous manner", "upbeat", "lively", "valued", "welcome", "appreciated", "respected",
    "special", "at home", "cared for", "at ease", "reassured", "listened to", "patience", "respect",
    "kindness", "empathy", "warmth", "enthusiasm", "politeness", "friendliness", "sincerity",
    "consideration", "courteousness", "helpfulness", "attentiveness", "dignity", "grace", "a smile",
    "goodwill", "good manners", "good attitude", "positive attitude", "a positive attitude",
    "good service", "quality service", "excellent service",
)
# satisfaction and rating words: a level of these names no action (S), though it is a measure (M)
RATING_ZH = (
    "满意度", "满意率", "好评率", "好评", "差评", "评分", "得分", "测评", "评价", "口碑", "美誉度",
    "推荐度", "净推荐值", "忠诚度", "星级", "满意",
)
RATING_EN = (
    "satisfaction", "satisfaction score", "satisfaction rate", "csat", "nps", "net promoter score",
    "rating", "ratings", "score", "scores", "review score", "feedback score", "loyalty",
    "customer effort score", "ces", "reputation", "star rating",
)
