package org.yiyang.benefit;

/** Filters of the payment file list; null means any. */
public record PaymentFileQuery(Long programmeId, PaymentFileStatus status) {

    public static final PaymentFileQuery ALL = new PaymentFileQuery(null, null);
}
