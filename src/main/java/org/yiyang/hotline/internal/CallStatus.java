package org.yiyang.hotline.internal;

/** Where a call stands. Only moves forward: an event that would move it back is recorded but changes nothing. */
public enum CallStatus {
    RINGING, ANSWERED, ENDED;

    public String messageKey() {
        return "hotline.status." + name();
    }
}
