package org.yiyang.benefit;

/**
 * How a programme's money reaches the elder: cash to a bank account (电子津贴), a wallet balance spent on
 * services, vouchers, points, or a share of each qualifying order (助餐).
 */
public enum Payout {
    BANK(Purse.ALLOWANCE),
    SUBSIDY_WALLET(Purse.SUBSIDY),
    VOUCHER_WALLET(Purse.VOUCHER),
    POINTS(Purse.POINTS),
    PER_ORDER(null);

    private final Purse purse;

    Payout(Purse purse) {
        this.purse = purse;
    }

    /** The wallet balance the programme credits; {@code null} for {@link #PER_ORDER}. */
    public Purse purse() {
        return purse;
    }

    /** Whether the programme credits a monthly amount to enrolled elders. */
    public boolean isMonthly() {
        return this == BANK || this == SUBSIDY_WALLET || this == VOUCHER_WALLET;
    }

    public String messageKey() {
        return "benefit.payout." + name();
    }
}
