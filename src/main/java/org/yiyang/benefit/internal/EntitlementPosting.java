package org.yiyang.benefit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.benefit.Programme;
import org.yiyang.shared.Money;

/**
 * The ledger side of a month's allowances: ONE compound transaction per batch (a month's generation, or a later
 * batch of the same month: late enrolments, a re-issue) that credits every new allowance to its elder's wallet and
 * debits the programme's fund by the sum, written set-based so that a million wallets cost a few statements, not a
 * million postings. The fund leg is minus the sum of the wallet entries, so the transaction balances to the fen.
 *
 * <p>The caller holds the fund's row lock (one batch per programme at a time) and inserts the allowance rows with
 * the transaction's id between {@link #open} and {@link #credit}.
 */
@Component
class EntitlementPosting {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Ledger ledger;
    private final Clock clock;

    EntitlementPosting(JdbcClient jdbc, Accounts accounts, Ledger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Writes the transaction's header under the month's key, {@code ENTITLEMENT:7:2026-05} for the first batch,
     * {@code …:2}, {@code …:3} for later ones; returns its id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long open(TransactionKind kind, Programme p, YearMonth month, String memo, String by) {
        String base = kind.name() + ":" + p.id() + ":" + month;
        String key = base;
        for (int batch = 2; ledger.transactionByKey(key).isPresent(); batch++) {
            key = base + ":" + batch;
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO benefit_transaction (kind, idempotency_key, programme_id, memo, posted_at, posted_by)
                        VALUES (:kind, :key, :programme, :memo, :at, :by)""")
                .param("kind", kind.name()).param("key", key).param("programme", p.id()).param("memo", memo)
                .param("at", Timestamp.from(clock.instant())).param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Opens the wallets that do not exist yet, writes one entry per allowance of transaction {@code tx} and the
     * fund's leg, and moves the balances; returns the total credited.
     *
     * <p>Rows go in elder order, so that the wallets' keys, the new entries' account index and the key look-ups
     * advance through their B-trees instead of jumping about them. A batch has exactly one entry per account (one
     * allowance per elder and month, one fund leg), so the balances are moved by a plain MERGE with no grouping;
     * on PostgreSQL the accounts' pages are kept half empty (V22) so that each new balance is a HOT update.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Money credit(long tx, Programme p, YearMonth month, long rows) {
        String walletPrefix = "WALLET:" + p.id() + ":"; // Accounts.walletKey without the elder
        String walletOf = "CONCAT(CAST(:prefix AS VARCHAR(40)), CAST(a.elder_id AS VARCHAR(20)))";
        jdbc.sql("INSERT INTO benefit_account (account_key, kind, programme_id, owner_id, purse, unit, division_code, balance)"
                        + " SELECT " + walletOf + ", 'WALLET', a.programme_id, a.elder_id, :purse, 'FEN', a.division_code, 0"
                        + " FROM benefit_allowance a WHERE a.programme_id = :programme AND a.pay_month = :month"
                        + " AND a.transaction_id = :tx"
                        + " AND NOT EXISTS (SELECT 1 FROM benefit_account w WHERE w.account_key = " + walletOf + ")"
                        + " ORDER BY a.elder_id")
                .param("prefix", walletPrefix).param("purse", p.payout().purse().name()).param("programme", p.id())
                .param("month", month.atDay(1)).param("tx", tx)
                .update();
        int entries = jdbc.sql("INSERT INTO benefit_entry (transaction_id, account_id, amount)"
                        + " SELECT a.transaction_id, w.id, a.amount_fen FROM benefit_allowance a"
                        + " JOIN benefit_account w ON w.account_key = " + walletOf
                        + " WHERE a.programme_id = :programme AND a.pay_month = :month AND a.transaction_id = :tx"
                        + " ORDER BY a.elder_id")
                .param("prefix", walletPrefix).param("programme", p.id()).param("month", month.atDay(1)).param("tx", tx)
                .update();
        if (entries != rows) {
            throw new IllegalStateException("Transaction " + tx + ": " + rows + " allowances but " + entries + " wallet entries");
        }
        long total = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM benefit_entry WHERE transaction_id = :tx")
                .param("tx", tx).query(Long.class).single();
        jdbc.sql("INSERT INTO benefit_entry (transaction_id, account_id, amount) VALUES (:tx, :fund, :amount)")
                .param("tx", tx).param("fund", accounts.fund(p)).param("amount", -total).update();
        jdbc.sql("""
                        MERGE INTO benefit_account w
                        USING (SELECT account_id, amount AS moved FROM benefit_entry WHERE transaction_id = :tx) e
                        ON (w.id = e.account_id)
                        WHEN MATCHED THEN UPDATE SET balance = w.balance + e.moved""")
                .param("tx", tx).update();
        return Money.ofFen(total);
    }
}
