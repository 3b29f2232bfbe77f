package org.yiyang.benefit;

/** The kinds of programme the policies name; each has a usual way of paying out, which a programme may change. */
public enum ProgrammeKind {
    HIGH_AGE_ALLOWANCE(Payout.BANK),        // 高龄津贴
    SERVICE_SUBSIDY(Payout.SUBSIDY_WALLET), // 养老服务补贴（经济困难老年人）
    CARE_SUBSIDY(Payout.BANK),              // 护理补贴（中度及以上失能且经济困难）
    RESIDENCE_SUBSIDY(Payout.SUBSIDY_WALLET), // 入住补贴（抵顶床位费）
    MEAL_SUBSIDY(Payout.PER_ORDER),         // 助餐补贴（按餐）
    VOUCHER(Payout.VOUCHER_WALLET),         // 消费券
    HAPPINESS_POINTS(Payout.POINTS);        // 幸福积分

    private final Payout usualPayout;

    ProgrammeKind(Payout usualPayout) {
        this.usualPayout = usualPayout;
    }

    public Payout usualPayout() {
        return usualPayout;
    }

    public String messageKey() {
        return "benefit.kind." + name();
    }
}
