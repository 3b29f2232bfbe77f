package org.yiyang.care.internal.device;

/** What a device in an elder's home is. */
public enum DeviceKind {
    SOS_BUTTON,         // 一键呼叫按钮
    WATCH,              // 智能手表/手环（跌倒、心率、定位）
    SMOKE_DETECTOR,     // 烟感
    GAS_DETECTOR,       // 燃气探测器
    DOOR_SENSOR,        // 门磁
    BED_SENSOR,         // 床垫/离床感应
    MOTION_SENSOR,      // 人体移动感应（红外）
    WATER_LEAK_SENSOR;  // 水浸

    /** Sensors whose silence for hours means nobody moved (长时间无活动). */
    public boolean sensesActivity() {
        return this == BED_SENSOR || this == MOTION_SENSOR;
    }

    public boolean locates() {
        return this == WATCH;
    }

    public String messageKey() {
        return "device.kind." + name();
    }
}
