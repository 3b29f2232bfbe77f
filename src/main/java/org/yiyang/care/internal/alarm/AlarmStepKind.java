package org.yiyang.care.internal.alarm;

/** One kind of step in an alarm's timeline. */
public enum AlarmStepKind {
    RAISED,        // 报警产生
    NOTIFIED,      // 已通知家属
    ACKNOWLEDGED,  // 话务员接警
    CALLED,        // 电话联系（老人、家属、邻居、村社区）
    DISPATCHED,    // 派出救助（护理员紧急工单、家属、120）
    ESCALATED,     // 超时未接警，升级
    NOTE,          // 备注
    CLOSED;        // 办结

    public String messageKey() {
        return "alarm.step." + name();
    }
}
