package org.yiyang.benefit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.yiyang.shared.Money;

/**
 * An elder's wallet as the elder and their family see it: the balance of each purse (allowance, subsidy, vouchers,
 * points — never added together), the balance from each programme, one page of wallet entries newest first, and
 * the programmes the elder is enrolled in or proposed for.
 */
public record WalletView(long elderId, String elderName, List<PurseTotal> purses, List<ProgrammeBalance> programmes,
                         List<Entry> entries, int page, int size, long entryCount, List<Enrolment> enrolments) {

    public WalletView {
        purses = List.copyOf(purses);
        programmes = List.copyOf(programmes);
        entries = List.copyOf(entries);
        enrolments = List.copyOf(enrolments);
    }

    public int pages() {
        return (int) ((entryCount + size - 1) / size);
    }

    /** One purse's balance: fen, or whole points for {@link Purse#POINTS}. */
    public record PurseTotal(Purse purse, long amount) {

        public boolean inPoints() {
            return purse == Purse.POINTS;
        }

        /** The balance as money; only for purses kept in fen. */
        public Money money() {
            return Money.ofFen(amount);
        }
    }

    /** What one programme's wallet holds (fen, or points). */
    public record ProgrammeBalance(long programmeId, String programme, ProgrammeKind kind, Purse purse, long amount) {

        public boolean inPoints() {
            return purse == Purse.POINTS;
        }

        public Money money() {
            return Money.ofFen(amount);
        }
    }

    /**
     * One wallet entry: when, what it was, from which programme, the signed amount (fen, or points) and, where it
     * applies, the order it paid for or the reason points were awarded.
     */
    public record Entry(long transactionId, Instant at, EntryKind kind, String programme, Purse purse, long amount,
                        Long orderId, PointsReason pointsReason, String note) {

        public boolean inPoints() {
            return purse == Purse.POINTS;
        }

        /** Money or points came in (rather than went out). */
        public boolean incoming() {
            return amount >= 0;
        }

        /** How much came in or went out, without the sign (read aloud as "in 50 yuan", not "minus 50"). */
        public long magnitude() {
            return Math.abs(amount);
        }

        public Money moneyMagnitude() {
            return Money.ofFen(magnitude());
        }
    }

    /** What a wallet entry was, in the words an elder uses. */
    public enum EntryKind {
        MONTHLY,        // 按月发放
        REISSUE,        // 补发
        PAID_TO_BANK,   // 已转入银行卡
        ORDER_PAYMENT,  // 支付服务订单
        ORDER_RETURNED, // 订单取消，退回
        POINTS_AWARD,   // 获得积分
        VOUCHER_ISSUE,  // 发放消费券
        RECOVERY,       // 追回
        CORRECTION;     // 更正

        public String messageKey() {
            return "wallet.entry." + name();
        }
    }

    /** A programme the elder is in (ACTIVE) or proposed for (PROPOSED), since when. */
    public record Enrolment(long programmeId, String programme, ProgrammeKind kind, Payout payout,
                            EnrolmentStatus status, LocalDate since) {
    }
}
