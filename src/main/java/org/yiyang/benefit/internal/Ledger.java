package org.yiyang.benefit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts balanced transactions to the double-entry ledger. Entries are never updated or deleted; a correction is
 * a {@link #reverse reversing} transaction. Account balances change in the same transaction as their entries,
 * in account-id order so that concurrent postings never deadlock.
 */
@Component
class Ledger {

    private final JdbcClient jdbc;
    private final Clock clock;

    Ledger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Posts {@code posting} once; a key already posted returns that transaction's id and changes nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    long post(Posting posting) {
        Optional<Long> earlier = transactionByKey(posting.key());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        requireBalanced(posting);
        long id = insertTransaction(posting, null);
        writeEntries(id, posting.legs());
        return id;
    }

    /** Posts the exact opposite of transaction {@code transactionId}, once. */
    @Transactional(propagation = Propagation.MANDATORY)
    long reverse(long transactionId, String memo, String by) {
        List<Leg> legs = jdbc.sql("SELECT account_id, amount FROM benefit_entry WHERE transaction_id = :tx ORDER BY id")
                .param("tx", transactionId)
                .query((rs, n) -> new Leg(rs.getLong(1), -rs.getLong(2))).list();
        var original = jdbc.sql("SELECT programme_id, elder_id, order_id FROM benefit_transaction WHERE id = :id")
                .param("id", transactionId)
                .query((rs, n) -> new Long[] {(Long) rs.getObject(1, Long.class), rs.getObject(2, Long.class),
                        rs.getObject(3, Long.class)})
                .single();
        String key = "REVERSAL:" + transactionId;
        Optional<Long> earlier = transactionByKey(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Posting reversal = new Posting(TransactionKind.REVERSAL, key, original[0], original[1], original[2], memo, by, legs);
        long id = insertTransaction(reversal, transactionId);
        writeEntries(id, legs);
        return id;
    }

    Optional<Long> transactionByKey(String key) {
        return jdbc.sql("SELECT id FROM benefit_transaction WHERE idempotency_key = :key").param("key", key)
                .query(Long.class).optional();
    }

    /** Locks the account row until the end of the transaction and returns its balance. */
    @Transactional(propagation = Propagation.MANDATORY)
    long lockBalance(long accountId) {
        return jdbc.sql("SELECT balance FROM benefit_account WHERE id = :id FOR UPDATE").param("id", accountId)
                .query(Long.class).single();
    }

    long balance(long accountId) {
        return jdbc.sql("SELECT balance FROM benefit_account WHERE id = :id").param("id", accountId)
                .query(Long.class).single();
    }

    /** The entries of transaction {@code id}, and the balances they change, account by account in id order. */
    private void writeEntries(long id, List<Leg> legs) {
        for (Leg leg : legs) {
            jdbc.sql("INSERT INTO benefit_entry (transaction_id, account_id, amount) VALUES (:tx, :account, :amount)")
                    .param("tx", id).param("account", leg.accountId()).param("amount", leg.amount()).update();
        }
        legs.stream().collect(Collectors.groupingBy(Leg::accountId, TreeMap::new, Collectors.summingLong(Leg::amount)))
                .forEach((account, amount) -> jdbc.sql("UPDATE benefit_account SET balance = balance + :amount WHERE id = :id")
                        .param("amount", amount).param("id", account).update());
    }

    private void requireBalanced(Posting posting) {
        List<Long> ids = posting.legs().stream().map(Leg::accountId).distinct().toList();
        Map<Long, String> units = jdbc.sql("SELECT id, unit FROM benefit_account WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (units.size() != ids.size()) {
            throw new IllegalStateException("Transaction " + posting.key() + " names an account that does not exist");
        }
        Map<String, Long> sums = new TreeMap<>();
        posting.legs().forEach(leg -> sums.merge(units.get(leg.accountId()), leg.amount(), Long::sum));
        sums.forEach((unit, sum) -> {
            if (sum != 0) {
                throw new UnbalancedPosting(posting.key(), unit, sum);
            }
        });
    }

    private long insertTransaction(Posting p, Long reverses) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO benefit_transaction (kind, idempotency_key, programme_id, elder_id, order_id, reverses_id,
                            memo, posted_at, posted_by)
                        VALUES (:kind, :key, :programme, :elder, :order, :reverses, :memo, :at, :by)""")
                .param("kind", p.kind().name()).param("key", p.key()).param("programme", p.programmeId())
                .param("elder", p.elderId()).param("order", p.orderId()).param("reverses", reverses)
                .param("memo", p.memo()).param("at", Timestamp.from(clock.instant())).param("by", p.by())
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
