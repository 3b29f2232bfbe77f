package org.yiyang.benefit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.benefit.EnrolmentStatus;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.Purse;
import org.yiyang.benefit.WalletView;
import org.yiyang.benefit.WalletView.Entry;
import org.yiyang.benefit.WalletView.EntryKind;
import org.yiyang.benefit.internal.BenefitElders.Holder;

/**
 * Reads one elder's wallet: the balance of every programme wallet (its purse kept apart), the purse totals, one
 * page of wallet entries newest first with what each was, and the elder's open enrolments. Access is the
 * caller's to check.
 */
@Component
class WalletReader {

    private static final String ENTRIES = """
             FROM benefit_entry e
             JOIN benefit_account a ON a.id = e.account_id
             JOIN benefit_transaction t ON t.id = e.transaction_id
             LEFT JOIN benefit_transaction o ON o.id = t.reverses_id
             JOIN benefit_programme p ON p.id = a.programme_id
            WHERE a.kind = 'WALLET' AND a.owner_id = :elder""";

    private final JdbcClient jdbc;

    WalletReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    WalletView read(Holder elder, int page, int size) {
        List<WalletView.ProgrammeBalance> balances = jdbc.sql("""
                        SELECT a.programme_id, p.name, p.kind, a.purse, a.balance FROM benefit_account a
                        JOIN benefit_programme p ON p.id = a.programme_id
                        WHERE a.kind = 'WALLET' AND a.owner_id = :elder ORDER BY a.purse, p.id""")
                .param("elder", elder.elderId())
                .query((rs, n) -> new WalletView.ProgrammeBalance(rs.getLong(1), rs.getString(2),
                        ProgrammeKind.valueOf(rs.getString(3)), Purse.valueOf(rs.getString(4)), rs.getLong(5)))
                .list();
        long count = jdbc.sql("SELECT COUNT(*)" + ENTRIES).param("elder", elder.elderId()).query(Long.class).single();
        List<Entry> entries = jdbc.sql("""
                        SELECT t.id, t.kind, o.kind AS original_kind, t.posted_at, t.order_id, t.memo, p.name, a.purse,
                            e.amount""" + ENTRIES
                        + " ORDER BY t.posted_at DESC, e.id DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("elder", elder.elderId()).param("offset", (long) page * size).param("size", size)
                .query(WalletReader::entry).list();
        List<WalletView.Enrolment> enrolments = jdbc.sql("""
                        SELECT p.id, p.name, p.kind, p.payout, en.status, en.start_date FROM benefit_enrolment en
                        JOIN benefit_programme p ON p.id = en.programme_id
                        WHERE en.elder_id = :elder AND en.status IN ('ACTIVE', 'PROPOSED')
                        ORDER BY en.status, en.start_date DESC, p.id""")
                .param("elder", elder.elderId())
                .query((rs, n) -> new WalletView.Enrolment(rs.getLong(1), rs.getString(2),
                        ProgrammeKind.valueOf(rs.getString(3)), Payout.valueOf(rs.getString(4)),
                        EnrolmentStatus.valueOf(rs.getString(5)), rs.getObject(6, java.time.LocalDate.class)))
                .list();
        return new WalletView(elder.elderId(), elder.name(), totals(balances), balances, entries, page, size, count,
                enrolments);
    }

    /** Every purse, zero included, so that the elder always sees the same four lines. */
    private static List<WalletView.PurseTotal> totals(List<WalletView.ProgrammeBalance> balances) {
        Map<Purse, Long> sums = new EnumMap<>(Purse.class);
        Arrays.stream(Purse.values()).forEach(purse -> sums.put(purse, 0L));
        balances.forEach(b -> sums.merge(b.purse(), b.amount(), Long::sum));
        return sums.entrySet().stream().map(e -> new WalletView.PurseTotal(e.getKey(), e.getValue())).toList();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        String memo = rs.getString("memo");
        EntryKind kind = kind(rs.getString("kind"), rs.getString("original_kind"));
        return new Entry(rs.getLong("id"), rs.getTimestamp("posted_at").toInstant(), kind, rs.getString("name"),
                Purse.valueOf(rs.getString("purse")), rs.getLong("amount"), rs.getObject("order_id", Long.class),
                kind == EntryKind.POINTS_AWARD ? WalletMemo.reason(memo) : null,
                kind == EntryKind.POINTS_AWARD ? WalletMemo.note(memo) : null);
    }

    /** A reversal of an order's reservation is the order's money coming back; any other reversal a correction. */
    static EntryKind kind(String transactionKind, String reversedKind) {
        return switch (TransactionKind.valueOf(transactionKind)) {
            case ENTITLEMENT -> EntryKind.MONTHLY;
            case REISSUE -> EntryKind.REISSUE;
            case BANK_PAYOUT -> EntryKind.PAID_TO_BANK;
            case ORDER_RESERVE, ORDER_SETTLE -> EntryKind.ORDER_PAYMENT;
            case ORDER_RELEASE -> EntryKind.ORDER_RETURNED;
            case POINTS_AWARD -> EntryKind.POINTS_AWARD;
            case VOUCHER_ISSUE -> EntryKind.VOUCHER_ISSUE;
            case RECOVERY -> EntryKind.RECOVERY;
            case REVERSAL -> "ORDER_RESERVE".equals(reversedKind) ? EntryKind.ORDER_RETURNED : EntryKind.CORRECTION;
            default -> EntryKind.CORRECTION;
        };
    }
}
