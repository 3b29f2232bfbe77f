package org.yiyang.care.internal.alarm;

/** How a call about an alarm went. */
public enum CallResult {
    ANSWERED, NO_ANSWER;

    public String messageKey() {
        return "alarm.callResult." + name();
    }
}
