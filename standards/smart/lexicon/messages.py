"""Reason texts and fixes in zh-CN, zh-TW and en, keyed by "<criterion>.<cause>".

Every key exists in every language with the same placeholders (a test checks it). The only
placeholder is {quote}: the words of the statement at fault. English is the reference.
"""

MESSAGES: dict[str, dict[str, dict[str, str]]] = {
    "en": {
        "S.vague": {
            "text": "“{quote}” is an attitude or quality word; nothing observable is required beside it.",
            "fix": "Name the behaviour a supervisor can see, e.g. “greet the customer with ‘Good morning’ and eye contact”.",
        },
        "S.goal": {
            "text": "“{quote}” states a goal, not an action staff take.",
            "fix": "Say what staff do to reach it, e.g. “call back every complainant within 24 hours”; keep the goal as the target.",
        },
        "S.rating": {
            "text": "“{quote}” is a satisfaction or rating level; it names no action.",
            "fix": "Name the behaviour that earns the rating, e.g. “explain the fee and confirm the customer understood”.",
        },
        "S.too_short": {
            "text": "“{quote}” is too short to name an action.",
            "fix": "Write who does what, e.g. “the teller hands back the card with both hands”.",
        },
        "S.no_action": {
            "text": "“{quote}” names no action or result that can be observed.",
            "fix": "Add a verb a person can be seen doing (greet, answer, call back, record) or an observable result.",
        },
        "M.universal": {
            "text": "“{quote}” is a quantifier, not a number an audit can compare against.",
            "fix": "Give a number or rate, e.g. “at least 90% of customers” or “sampled compliance ≥ 95%”.",
        },
        "M.absence": {
            "text": "“{quote}” is a ban or an absence, not a count.",
            "fix": "State a countable target, e.g. “at most 1 error per 1,000 transactions”, or a compliance rate.",
        },
        "M.label": {
            "text": "“{quote}” labels something; it does not measure it.",
            "fix": "Add a measured target, e.g. “within 15 seconds” or “sampled compliance ≥ 95%”.",
        },
        "M.idiom": {
            "text": "The numeral in “{quote}” is part of a set phrase, not a quantity.",
            "fix": "Add a measured target, e.g. “within 2 working days” or “at least 2 options”.",
        },
        "M.none": {
            "text": "“{quote}” has no number, rate, score or clock time to audit against.",
            "fix": "Add a target or a compliance rate, e.g. “within 10 seconds” or “sampled compliance ≥ 95%”.",
        },
        "A.absolute": {
            "text": "“{quote}” promises a perfect outcome that staff do not fully control.",
            "fix": "Set a demanding but possible level, e.g. “at least 90% of customers …” or “no more than 2 complaints a month”.",
        },
        "A.impossible_time": {
            "text": "“{quote}” is a time that cannot be met.",
            "fix": "Use a time the steps can take at their fastest, e.g. “within 10 seconds”.",
        },
        "A.impossible_speed": {
            "text": "“{quote}” asks for a resolution faster than the work can be done.",
            "fix": "Give a realistic limit and a share, e.g. “resolve 80% of complaints within 2 working days”.",
        },
        "T.trigger": {
            "text": "“{quote}” says when to start, not by when.",
            "fix": "Add a time limit or a frequency, e.g. “within 30 seconds” or “every day”.",
        },
        "T.immediacy": {
            "text": "“{quote}” is not a stated limit: no number, deadline or frequency.",
            "fix": "Replace it with a limit, e.g. “within 1 hour” or “by 12:00 the next day”.",
        },
        "T.none": {
            "text": "“{quote}” has no time limit, deadline or frequency.",
            "fix": "Add when it must be done, e.g. “within 2 working days”, “by end of shift” or “daily”.",
        },
    },
    "zh-CN": {
        "S.vague": {
            "text": "“{quote}”是态度或质量用语，旁边没有可观察的行为。",
            "fix": "写明督导能看到的具体行为，例如“使用标准问候语‘您好’并目视客户问候”。",
        },
        "S.goal": {
            "text": "“{quote}”是目标，不是员工要做的动作。",
            "fix": "写明员工为达到目标做什么，例如“24 小时内回电每位投诉客户”；目标可作为指标保留。",
        },
        "S.rating": {
            "text": "“{quote}”是满意度或评分水平，没有说明具体行为。",
            "fix": "写明赢得评分的行为，例如“解释收费项目并确认客户已理解”。",
        },
        "S.too_short": {
            "text": "“{quote}”太短，说不出一个具体动作。",
            "fix": "写明谁做什么，例如“柜员双手递还银行卡”。",
        },
        "S.no_action": {
            "text": "“{quote}”没有可观察的行为或结果。",
            "fix": "加入能被看到的动作（问候、接听、回电、记录）或可观察的结果。",
        },
        "M.universal": {
            "text": "“{quote}”是范围词，不是可供检查比对的数字。",
            "fix": "给出数字或比例，例如“至少 90% 的客户”或“抽检合格率 ≥ 95%”。",
        },
        "M.absence": {
            "text": "“{quote}”是禁止或杜绝，不是可计数的目标。",
            "fix": "写明可计数的目标，例如“每千笔差错不超过 1 笔”，或给出合格率。",
        },
        "M.label": {
            "text": "“{quote}”是编号，不是度量。",
            "fix": "加入可度量的目标，例如“15 秒内”或“抽检合格率 ≥ 95%”。",
        },
        "M.idiom": {
            "text": "“{quote}”中的数字是固定说法，不是数量。",
            "fix": "加入可度量的目标，例如“2 个工作日内”或“至少提供 2 种方案”。",
        },
        "M.none": {
            "text": "“{quote}”没有可供检查的数字、比例、分值或时刻。",
            "fix": "加入指标或合格率，例如“10 秒内”或“抽检合格率 ≥ 95%”。",
        },
        "A.absolute": {
            "text": "“{quote}”承诺了员工无法完全控制的绝对结果。",
            "fix": "设定有挑战但可达到的水平，例如“至少 90% 的客户……”或“每月有效投诉不超过 2 件”。",
        },
        "A.impossible_time": {
            "text": "“{quote}”是无法做到的时间。",
            "fix": "采用流程最快也能做到的时间，例如“10 秒内”。",
        },
        "A.impossible_speed": {
            "text": "“{quote}”要求的解决速度快于工作本身所需的时间。",
            "fix": "给出现实的时限和比例，例如“80% 的投诉在 2 个工作日内解决”。",
        },
        "T.trigger": {
            "text": "“{quote}”只说明何时开始，没有说明何时完成。",
            "fix": "加入时限或频次，例如“30 秒内”或“每日”。",
        },
        "T.immediacy": {
            "text": "“{quote}”不是明确的时限：没有数字、截止时间或频次。",
            "fix": "改为明确时限，例如“1 小时内”或“次日 12:00 前”。",
        },
        "T.none": {
            "text": "“{quote}”没有时限、截止时间或频次。",
            "fix": "写明完成时间，例如“2 个工作日内”“下班前”或“每日”。",
        },
    },
    "zh-TW": {
        "S.vague": {
            "text": "「{quote}」是態度或品質用語，旁邊沒有可觀察的行為。",
            "fix": "寫明主管看得到的具體行為，例如「使用標準問候語『您好』並注視客戶問候」。",
        },
        "S.goal": {
            "text": "「{quote}」是目標，不是同仁要做的動作。",
            "fix": "寫明同仁為達成目標做什麼，例如「24 小時內回電每位客訴客戶」；目標可作為指標保留。",
        },
        "S.rating": {
            "text": "「{quote}」是滿意度或評分水準，沒有說明具體行為。",
            "fix": "寫明贏得評分的行為，例如「說明收費項目並確認客戶已理解」。",
        },
        "S.too_short": {
            "text": "「{quote}」太短，說不出一個具體動作。",
            "fix": "寫明誰做什麼，例如「櫃員雙手遞還金融卡」。",
        },
        "S.no_action": {
            "text": "「{quote}」沒有可觀察的行為或結果。",
            "fix": "加入看得到的動作（問候、接聽、回電、記錄）或可觀察的結果。",
        },
        "M.universal": {
            "text": "「{quote}」是範圍詞，不是可供查核比對的數字。",
            "fix": "給出數字或比例，例如「至少 90% 的客戶」或「抽檢合格率 ≥ 95%」。",
        },
        "M.absence": {
            "text": "「{quote}」是禁止或杜絕，不是可計數的目標。",
            "fix": "寫明可計數的目標，例如「每千筆差錯不超過 1 筆」，或給出合格率。",
        },
        "M.label": {
            "text": "「{quote}」是編號，不是衡量。",
            "fix": "加入可衡量的目標，例如「15 秒內」或「抽檢合格率 ≥ 95%」。",
        },
        "M.idiom": {
            "text": "「{quote}」中的數字是固定說法，不是數量。",
            "fix": "加入可衡量的目標，例如「2 個工作天內」或「至少提供 2 種方案」。",
        },
        "M.none": {
            "text": "「{quote}」沒有可供查核的數字、比例、分數或時刻。",
            "fix": "加入指標或合格率，例如「10 秒內」或「抽檢合格率 ≥ 95%」。",
        },
        "A.absolute": {
            "text": "「{quote}」承諾了同仁無法完全掌控的絕對結果。",
            "fix": "設定具挑戰但可達成的水準，例如「至少 90% 的客戶……」或「每月有效客訴不超過 2 件」。",
        },
        "A.impossible_time": {
            "text": "「{quote}」是無法做到的時間。",
            "fix": "採用流程最快也能做到的時間，例如「10 秒內」。",
        },
        "A.impossible_speed": {
            "text": "「{quote}」要求的解決速度快於工作本身所需的時間。",
            "fix": "給出實際的時限與比例，例如「80% 的客訴於 2 個工作天內解決」。",
        },
        "T.trigger": {
            "text": "「{quote}」只說明何時開始，沒有說明何時完成。",
            "fix": "加入時限或頻率，例如「30 秒內」或「每日」。",
        },
        "T.immediacy": {
            "text": "「{quote}」不是明確的時限：沒有數字、截止時間或頻率。",
            "fix": "改為明確時限，例如「1 小時內」或「次日 12:00 前」。",
        },
        "T.none": {
            "text": "「{quote}」沒有時限、截止時間或頻率。",
            "fix": "寫明完成時間，例如「2 個工作天內」、「下班前」或「每日」。",
        },
    },
}
