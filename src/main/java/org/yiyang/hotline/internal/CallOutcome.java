package org.yiyang.hotline.internal;

/** How the operator closed a call (结果). */
public enum CallOutcome {
    RESOLVED,   // 已解决
    FOLLOW_UP,  // 需跟进
    REFERRED,   // 已转办
    NO_ACTION;  // 无需处理（误拨、骚扰）

    public String messageKey() {
        return "hotline.outcome." + name();
    }
}
