package org.yiyang.care;

/** What an alarm is about; the priority it gets by default. */
public enum AlarmKind {
    SOS(AlarmPriority.CRITICAL),         // 一键呼叫
    FALL(AlarmPriority.CRITICAL),        // 跌倒
    HEART_RATE(AlarmPriority.HIGH),      // 心率异常
    SMOKE(AlarmPriority.CRITICAL),       // 烟雾
    GAS(AlarmPriority.CRITICAL),         // 燃气泄漏
    WATER_LEAK(AlarmPriority.NORMAL),    // 漏水
    DOOR(AlarmPriority.NORMAL),          // 门磁异常（如夜间开门）
    WANDERING(AlarmPriority.HIGH),       // 走失（离开电子围栏）
    INACTIVITY(AlarmPriority.HIGH),      // 长时间无活动
    OFFLINE(AlarmPriority.NORMAL),       // 设备离线
    CALL(AlarmPriority.HIGH);            // 热线来电报警

    private final AlarmPriority priority;

    AlarmKind(AlarmPriority priority) {
        this.priority = priority;
    }

    public AlarmPriority defaultPriority() {
        return priority;
    }

    public String messageKey() {
        return "alarm.kind." + name();
    }
}
