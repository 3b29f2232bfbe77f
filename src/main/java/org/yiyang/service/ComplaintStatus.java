package org.yiyang.service;

/**
 * Where a complaint stands: OPEN until the provider answers; ESCALATED when the response deadline passed without
 * an answer (it can still be answered, and stays marked as escalated); ANSWERED; CLOSED by the elder's side or a
 * regulator.
 */
public enum ComplaintStatus {
    OPEN,       // 待答复
    ESCALATED,  // 逾期未答复，已上报
    ANSWERED,   // 已答复
    CLOSED;     // 已办结

    public boolean closed() {
        return this == CLOSED;
    }

    /** The provider may still answer. */
    public boolean answerable() {
        return this == OPEN || this == ESCALATED;
    }

    public String messageKey() {
        return "review.complaint.status." + name();
    }
}
