package org.yiyang.benefit;

/** The balances of an elder's wallet, kept apart: cash allowance, service subsidy, vouchers and points (积分). */
public enum Purse {
    ALLOWANCE, SUBSIDY, VOUCHER, POINTS;

    public String messageKey() {
        return "benefit.purse." + name();
    }
}
