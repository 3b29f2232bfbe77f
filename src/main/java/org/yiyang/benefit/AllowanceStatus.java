package org.yiyang.benefit;

/**
 * Where one month's allowance (按月津贴) stands. DUE: credited to the elder's wallet; for a bank programme it waits
 * for a payment file. FILED: in an open bank payment file. PAID / FAILED: the bank's answer. CANCELLED: not owed
 * after all (the elder died or moved out before the month), its wallet credit reversed. RECOVERY: paid after the
 * elder's death or move-out and owed back (追回); RECOVERED: the money came back.
 */
public enum AllowanceStatus {
    DUE, FILED, PAID, FAILED, CANCELLED, RECOVERY, RECOVERED;

    public String messageKey() {
        return "ledger.allowance.status." + name();
    }
}
