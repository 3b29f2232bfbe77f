package org.yiyang.benefit.internal;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.Purse;
import org.yiyang.shared.DivisionCode;

/**
 * Finds or opens ledger accounts by their key. An account is opened in its own short transaction so that two
 * payments opening the same wallet at once do not fail each other: the loser of the race reads the winner's.
 */
@Component
class Accounts {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    Accounts(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long fundingSource(Programme p) {
        return open("SOURCE:" + p.id(), AccountKind.FUNDING_SOURCE, p.id(), null, null, "FEN", p.division());
    }

    long fund(Programme p) {
        return open("FUND:" + p.id(), AccountKind.FUND, p.id(), null, null, "FEN", p.division());
    }

    long bankClearing(Programme p) {
        return open("BANK:" + p.id(), AccountKind.BANK_CLEARING, p.id(), null, null, "FEN", p.division());
    }

    long donors(Programme p) {
        return open("DONORS:" + p.id(), AccountKind.DONORS, p.id(), null, null, "FEN", p.division());
    }

    long pointsIssued(Programme p) {
        return open("POINTS:" + p.id(), AccountKind.POINTS_ISSUED, p.id(), null, null, "POINT", p.division());
    }

    long orderHold(Programme p) {
        return open("HOLD:" + p.id(), AccountKind.ORDER_HOLD, p.id(), null, null, "FEN", p.division());
    }

    /** The elder's balance from one programme, in the programme's purse. */
    long wallet(Programme p, long elderId, DivisionCode elderDivision) {
        Purse purse = p.payout().purse() == null ? Purse.SUBSIDY : p.payout().purse();
        return open(walletKey(p.id(), elderId), AccountKind.WALLET, p.id(), elderId, purse,
                purse == Purse.POINTS ? "POINT" : "FEN", elderDivision);
    }

    long provider(long providerId, DivisionCode providerDivision) {
        return open("PROVIDER:" + providerId, AccountKind.PROVIDER, null, providerId, null, "FEN", providerDivision);
    }

    /** A village collective's account for its share of meals. */
    long collective(DivisionCode village) {
        return open("COLLECTIVE:" + village.value(), AccountKind.COLLECTIVE, null, null, null, "FEN", village);
    }

    static String walletKey(long programmeId, long elderId) {
        return "WALLET:" + programmeId + ":" + elderId;
    }

    Optional<Long> find(String key) {
        return jdbc.sql("SELECT id FROM benefit_account WHERE account_key = :key").param("key", key)
                .query(Long.class).optional();
    }

    private long open(String key, AccountKind kind, Long programmeId, Long ownerId, Purse purse, String unit,
                      DivisionCode division) {
        return find(key).orElseGet(() -> {
            try {
                separately.executeWithoutResult(status -> jdbc.sql("""
                                INSERT INTO benefit_account (account_key, kind, programme_id, owner_id, purse, unit, division_code, balance)
                                VALUES (:key, :kind, :programme, :owner, :purse, :unit, :division, 0)""")
                        .param("key", key).param("kind", kind.name()).param("programme", programmeId)
                        .param("owner", ownerId).param("purse", purse == null ? null : purse.name())
                        .param("unit", unit).param("division", division.value())
                        .update());
            } catch (DuplicateKeyException raced) {
                // opened by a concurrent payment in the meantime: use that one
            }
            return find(key).orElseThrow();
        });
    }
}
