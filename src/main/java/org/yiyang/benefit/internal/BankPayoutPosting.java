package org.yiyang.benefit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.benefit.Programme;

/**
 * The ledger side of a settled payment file: ONE compound BANK_PAYOUT transaction per file, written set-based —
 * each paid elder's allowance wallet gives what the bank paid, the programme's bank clearing account (代发在途)
 * takes the sum. Entries and balances are written by a few statements whatever the size of the file; the touched
 * accounts are locked in id order first, like every other posting, so that postings never deadlock.
 */
@Component
class BankPayoutPosting {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Ledger ledger;
    private final Clock clock;

    BankPayoutPosting(JdbcClient jdbc, Accounts accounts, Ledger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.ledger = ledger;
        this.clock = clock;
    }

    static String key(long fileId) {
        return "BANK_PAYOUT:" + fileId;
    }

    /** Posts the paid lines of the file once; empty when nothing was paid. A second call returns the first transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Long> post(Programme programme, long fileId, String by) {
        // the fund first, as monthly generation does: bulk postings on one programme then never deadlock
        ledger.lockBalance(accounts.fund(programme));
        Optional<Long> earlier = ledger.transactionByKey(key(fileId));
        if (earlier.isPresent()) {
            return earlier;
        }
        long paid = jdbc.sql("SELECT COALESCE(SUM(amount_fen), 0) FROM benefit_payment_line WHERE file_id = :file AND status = 'PAID'")
                .param("file", fileId).query(Long.class).single();
        if (paid == 0) {
            return Optional.empty();
        }
        requireWallets(programme, fileId);
        long clearing = accounts.bankClearing(programme);
        long tx = insertTransaction(programme, fileId, by);
        jdbc.sql("""
                        INSERT INTO benefit_entry (transaction_id, account_id, amount)
                        SELECT :tx, w.id, -SUM(l.amount_fen)
                        FROM benefit_payment_line l
                        JOIN benefit_account w ON w.kind = 'WALLET' AND w.programme_id = :programme AND w.owner_id = l.elder_id
                        WHERE l.file_id = :file AND l.status = 'PAID'
                        GROUP BY w.id""")
                .param("tx", tx).param("programme", programme.id()).param("file", fileId).update();
        jdbc.sql("INSERT INTO benefit_entry (transaction_id, account_id, amount) VALUES (:tx, :clearing, :paid)")
                .param("tx", tx).param("clearing", clearing).param("paid", paid).update();
        applyToBalances(tx, key(fileId));
        return Optional.of(tx);
    }

    /** Every paid elder's wallet was opened when the allowance was credited; a missing one would unbalance the posting. */
    private void requireWallets(Programme programme, long fileId) {
        long missing = jdbc.sql("""
                        SELECT COUNT(*) FROM benefit_payment_line l
                        WHERE l.file_id = :file AND l.status = 'PAID' AND NOT EXISTS (SELECT 1 FROM benefit_account w
                            WHERE w.kind = 'WALLET' AND w.programme_id = :programme AND w.owner_id = l.elder_id)""")
                .param("file", fileId).param("programme", programme.id()).query(Long.class).single();
        if (missing > 0) {
            throw new IllegalStateException("Payment file " + fileId + " pays " + missing
                    + " allowances that were never credited to a wallet");
        }
    }

    private long insertTransaction(Programme programme, long fileId, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO benefit_transaction (kind, idempotency_key, programme_id, memo, posted_at, posted_by)
                        VALUES (:kind, :key, :programme, :memo, :at, :by)""")
                .param("kind", TransactionKind.BANK_PAYOUT.name()).param("key", key(fileId))
                .param("programme", programme.id()).param("memo", "payment file " + fileId)
                .param("at", Timestamp.from(clock.instant())).param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private void applyToBalances(long tx, String key) {
        jdbc.sql("""
                        SELECT id FROM benefit_account
                        WHERE id IN (SELECT account_id FROM benefit_entry WHERE transaction_id = :tx) ORDER BY id FOR UPDATE""")
                .param("tx", tx).query(Long.class).list();
        jdbc.sql("""
                        UPDATE benefit_account SET balance = balance
                            + (SELECT SUM(e.amount) FROM benefit_entry e WHERE e.transaction_id = :tx AND e.account_id = benefit_account.id)
                        WHERE id IN (SELECT account_id FROM benefit_entry WHERE transaction_id = :tx)""")
                .param("tx", tx).update();
        long sum = jdbc.sql("SELECT SUM(amount) FROM benefit_entry WHERE transaction_id = :tx").param("tx", tx)
                .query(Long.class).single();
        if (sum != 0) {
            throw new UnbalancedPosting(key, "FEN", sum);
        }
    }
}
