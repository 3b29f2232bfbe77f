package org.yiyang.care;

/** Most urgent first. */
public enum AlarmPriority {
    CRITICAL, HIGH, NORMAL;

    public String messageKey() {
        return "alarm.priority." + name();
    }
}
