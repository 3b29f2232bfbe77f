package org.yiyang.hotline.internal;

/** Where a care call stands: due, waiting for its next try, done, or handed to the village. */
public enum CareCallStatus {
    DUE, RETRY, DONE, ESCALATED;

    public String messageKey() {
        return "hotline.care.status." + name();
    }
}
