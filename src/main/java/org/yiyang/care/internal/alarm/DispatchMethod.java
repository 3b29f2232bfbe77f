package org.yiyang.care.internal.alarm;

/** The help sent to the elder. */
public enum DispatchMethod {
    CAREGIVER,  // 护理员（紧急服务工单）
    FAMILY,     // 家属前往
    AMBULANCE;  // 120 急救

    public String messageKey() {
        return "alarm.dispatch." + name();
    }
}
