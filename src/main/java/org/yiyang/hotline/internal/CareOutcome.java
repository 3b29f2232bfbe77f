package org.yiyang.hotline.internal;

/** How a care call went. */
public enum CareOutcome {
    WELL,        // 接通，一切安好
    NEEDS_HELP,  // 接通，需要帮助（下单或报警）
    NO_ANSWER;   // 无人接听

    public String messageKey() {
        return "hotline.care.outcome." + name();
    }
}
