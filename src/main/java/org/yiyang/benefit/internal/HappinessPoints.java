package org.yiyang.benefit.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.PointsAward;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeStatus;
import org.yiyang.benefit.Wallets.Awarded;
import org.yiyang.benefit.internal.BenefitElders.Holder;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.IdempotencyKey;

/**
 * Happiness points (幸福积分) earned by volunteering or taking part in activities: a POINTS_AWARD transaction
 * from the programme's points issued to the elder's points wallet. Only elders with an ACTIVE enrolment in the
 * points programme earn its points: who takes part is decided by the programme's rule (and its exclusions) in the
 * eligibility run, not by whoever awards, and the same elder cannot collect points of a programme they were
 * never found eligible for.
 */
@Component
class HappinessPoints {

    /** The most points one award may carry: a mistyped extra zero is refused rather than credited. */
    static final long MAX_POINTS = 1_000;
    static final int MAX_NOTE = 200;
    private static final Set<Role> AWARDERS = EnumSet.of(Role.OPERATOR, Role.REGULATOR, Role.ADMIN);

    private final ProgrammeStore programmes;
    private final BenefitElders holders;
    private final Accounts accounts;
    private final Ledger ledger;
    private final JdbcClient jdbc;

    HappinessPoints(ProgrammeStore programmes, BenefitElders holders, Accounts accounts, Ledger ledger, JdbcClient jdbc) {
        this.programmes = programmes;
        this.holders = holders;
        this.accounts = accounts;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Transactional
    Awarded award(Viewer viewer, PointsAward award, String idempotencyKey) {
        String key = ledgerKey(viewer, idempotencyKey);
        Optional<Awarded> earlier = earlier(key, award);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        check(award);
        Programme programme = pointsProgramme(viewer, award.programmeId());
        Holder elder = holders.find(award.elderId()).filter(h -> viewer.mayView(h.division()))
                .orElseThrow(() -> BenefitProblem.of("elderId", "wallet.error.elderNotFound"));
        if (!elder.active() || !enrolled(programme.id(), elder.elderId())) {
            throw BenefitProblem.of("elderId", "wallet.error.notEnrolled");
        }
        long wallet = accounts.wallet(programme, elder.elderId(), elder.division());
        long tx = ledger.post(new Posting(TransactionKind.POINTS_AWARD, key, programme.id(), elder.elderId(), null,
                WalletMemo.points(award.reason(), award.note()), viewer.username(),
                List.of(new Leg(accounts.pointsIssued(programme), -award.points()), new Leg(wallet, award.points()))));
        return new Awarded(tx, ledger.balance(wallet), true);
    }

    /** The award made earlier with the same key: the same award again is a retry, another one is refused. */
    @Transactional(readOnly = true)
    Optional<Awarded> earlier(String ledgerKey, PointsAward award) {
        return ledger.transactionByKey(ledgerKey).map(tx -> {
            var credited = jdbc.sql("""
                            SELECT t.programme_id, t.elder_id, e.amount, a.id FROM benefit_transaction t
                            JOIN benefit_entry e ON e.transaction_id = t.id
                            JOIN benefit_account a ON a.id = e.account_id AND a.kind = 'WALLET'
                            WHERE t.id = :tx""")
                    .param("tx", tx)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).single();
            if (credited[0] != award.programmeId() || credited[1] != award.elderId() || credited[2] != award.points()) {
                throw BenefitProblem.conflict("wallet.error.idempotencyReused");
            }
            return new Awarded(tx, ledger.balance(credited[3]), false);
        });
    }

    String ledgerKey(Viewer viewer, String idempotencyKey) {
        if (!AWARDERS.contains(viewer.role())) {
            throw new AccessDeniedException("Role " + viewer.role() + " does not award points");
        }
        if (!IdempotencyKey.isWellFormed(idempotencyKey)) {
            throw BenefitProblem.of(null, "wallet.error.idempotencyKey");
        }
        return "AWARD:" + viewer.accountId() + ":" + idempotencyKey;
    }

    private static void check(PointsAward award) {
        if (award.points() < 1 || award.points() > MAX_POINTS) {
            throw BenefitProblem.of("points", "wallet.error.points", MAX_POINTS);
        }
        if (award.reason() == null) {
            throw BenefitProblem.of("reason", "wallet.error.reason");
        }
        if (award.note() != null && award.note().length() > MAX_NOTE) {
            throw BenefitProblem.of("note", "wallet.error.note", MAX_NOTE);
        }
    }

    /** An active points programme of the viewer's division or one above it. */
    private Programme pointsProgramme(Viewer viewer, long programmeId) {
        return programmes.find(programmeId)
                .filter(p -> p.status() == ProgrammeStatus.ACTIVE && p.payout() == Payout.POINTS)
                .filter(p -> viewer.mayView(p.division()) || p.division().contains(viewer.division()))
                .orElseThrow(() -> BenefitProblem.of("programmeId", "wallet.error.pointsProgramme"));
    }

    private boolean enrolled(long programmeId, long elderId) {
        return jdbc.sql("SELECT COUNT(*) FROM benefit_enrolment WHERE programme_id = :p AND elder_id = :e AND status = 'ACTIVE'")
                .param("p", programmeId).param("e", elderId).query(Long.class).single() > 0;
    }
}
