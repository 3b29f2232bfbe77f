package org.yiyang.benefit;

/** What a check (稽核) finds for a regulator's review. */
public enum FlagKind {
    DECEASED_PAID,         // 死亡后仍发放：an allowance paid for a month after the month of death
    EXCLUSIVE_PROGRAMMES,  // 重复享受：enrolled in two programmes of which one excludes the other
    BUDGET_OVERRUN,        // 超预算：a programme has committed more than its budget
    SHARED_BANK_ACCOUNT;   // 多人共用账户：one bank account on file for different elders

    public String messageKey() {
        return "ledger.check.kind." + name();
    }

    /** The message that explains one finding of this kind from its detail values. */
    public String detailKey() {
        return "ledger.check.detail." + name();
    }
}
