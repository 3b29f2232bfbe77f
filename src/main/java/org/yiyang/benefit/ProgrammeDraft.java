package org.yiyang.benefit;

import java.util.List;

import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/**
 * A programme as a regulator defines it. Code, kind and division are fixed once the programme exists; a revision
 * changes the name, funding source, budget, enrolment mode and, while the programme is a draft, the payout.
 */
public record ProgrammeDraft(String code, ProgrammeKind kind, String name, DivisionCode division, String fundingSource,
                             Money budget, Payout payout, EnrolmentMode enrolmentMode) {

    /**
     * The payouts that make sense for a kind, its usual one first: cash allowances to a bank account or a wallet,
     * a share of each order only for subsidies spent on services as they are bought (助餐, 服务补贴), points only
     * for happiness points (幸福积分).
     */
    public static List<Payout> payoutsFor(ProgrammeKind kind) {
        return switch (kind) {
            case HIGH_AGE_ALLOWANCE, CARE_SUBSIDY -> List.of(Payout.BANK, Payout.SUBSIDY_WALLET);
            case SERVICE_SUBSIDY -> List.of(Payout.SUBSIDY_WALLET, Payout.VOUCHER_WALLET, Payout.PER_ORDER);
            case RESIDENCE_SUBSIDY -> List.of(Payout.SUBSIDY_WALLET, Payout.BANK);
            case MEAL_SUBSIDY -> List.of(Payout.PER_ORDER);
            case VOUCHER -> List.of(Payout.VOUCHER_WALLET);
            case HAPPINESS_POINTS -> List.of(Payout.POINTS);
        };
    }
}
