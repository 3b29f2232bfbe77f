package org.yiyang.benefit;

/** Whether an allowance came from a month's generation (按月发放) or from a re-issue of a missed month (补发). */
public enum AllowanceOrigin {
    MONTHLY, REISSUE;

    public String messageKey() {
        return "ledger.allowance.origin." + name();
    }
}
