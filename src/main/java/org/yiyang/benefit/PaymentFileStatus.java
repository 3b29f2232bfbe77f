package org.yiyang.benefit;

/** A bank payment file is OPEN until the bank's answer is recorded, then SETTLED for good. */
public enum PaymentFileStatus {
    OPEN, SETTLED;

    public String messageKey() {
        return "ledger.file.status." + name();
    }
}
