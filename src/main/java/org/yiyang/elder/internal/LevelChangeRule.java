package org.yiyang.elder.internal;

/** The level-change rules (等级变更条款) of a standard, in the order they are applied. */
enum LevelChangeRule {
    COMA,               // 昏迷 → 能力完全丧失
    DEMENTIA,           // 确诊痴呆 (ICD-10 F00–F03) → 提高一个等级
    MENTAL_DISORDER,    // 精神科诊断的其他精神和行为障碍 (F04–F99) → 提高一个等级
    RISK_EVENTS;        // 近 30 天内 2 次及以上照护风险事件 → 提高一个等级

    /** Message key explaining the rule to the assessor. */
    String messageKey() {
        return "elder.rule." + name();
    }
}
