package org.yiyang.elder.internal;

/** Kinds of care-risk event (照护风险事件) that count towards the risk-event rule. */
enum RiskEventKind {
    FALL,       // 跌倒
    CHOKING,    // 噎食
    SUICIDE,    // 自杀
    SELF_HARM,  // 自伤
    WANDERING,  // 走失
    OTHER;      // 其他

    String messageKey() {
        return "elder.riskEvent." + name();
    }
}
