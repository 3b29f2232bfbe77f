package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.benefit.AllowanceStatus;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Programme;

/**
 * Allowances that were generated for months after an elder died or moved out (追回). An allowance not yet paid
 * out (DUE, or FAILED at the bank) is CANCELLED and its wallet credit reversed; one already PAID is owed back
 * (RECOVERY): the wallet is debited and goes negative by what the estate owes, until a regulator records the money
 * as returned (RECOVERED). An allowance in an open bank file (FILED) is left to the file's settlement, which flags it.
 *
 * <p>Every step is keyed in the ledger and moves rows only from the status it expects, so the same event delivered
 * twice, or a recovery confirmed after the event already recovered the row, changes nothing.
 */
@Component
class Recoveries implements AllowanceRecovery {

    private static final Set<AllowanceStatus> UNPAID = EnumSet.of(AllowanceStatus.DUE, AllowanceStatus.FAILED);

    private final AllowanceStore store;
    private final ProgrammeStore programmes;
    private final Accounts accounts;
    private final Ledger ledger;

    Recoveries(AllowanceStore store, ProgrammeStore programmes, Accounts accounts, Ledger ledger) {
        this.store = store;
        this.programmes = programmes;
        this.accounts = accounts;
        this.ledger = ledger;
    }

    /** Cancels or recovers the elder's allowances for the months after the month of {@code effectiveDate}. */
    @Transactional
    void stopAfter(long elderId, LocalDate effectiveDate, String by) {
        LocalDate firstMonthAfter = YearMonth.from(effectiveDate).plusMonths(1).atDay(1);
        Set<AllowanceStatus> affected = EnumSet.of(AllowanceStatus.DUE, AllowanceStatus.FAILED, AllowanceStatus.PAID);
        List<AllowanceStore.Held> rows = store.lockFrom(elderId, firstMonthAfter, affected);
        Map<Long, List<AllowanceStore.Held>> unpaidByProgramme = rows.stream()
                .filter(r -> UNPAID.contains(r.status()))
                .collect(Collectors.groupingBy(AllowanceStore.Held::programmeId, TreeMap::new, Collectors.toList()));
        unpaidByProgramme.forEach((programmeId, unpaid) -> cancel(programmeId, elderId, unpaid, by));
        rows.stream().filter(r -> r.status() == AllowanceStatus.PAID).forEach(r -> owedBack(r, by));
    }

    /**
     * A paid allowance found to be owed back (a regulator confirmed "paid after death"): RECOVERY with the wallet
     * debited. Asking again for a row already in RECOVERY or RECOVERED changes nothing; any other status is refused.
     */
    @Transactional
    public void recover(long allowanceId, String by) {
        AllowanceStore.Held row = store.lock(allowanceId).orElseThrow(BenefitProblem::notFound);
        switch (row.status()) {
            case PAID -> owedBack(row, by);
            case RECOVERY, RECOVERED -> { } // recovered already, by the death event or an earlier confirmation
            default -> throw BenefitProblem.conflict("ledger.error.allowanceNotPaid");
        }
    }

    /**
     * The money owed back came in (through the bank): the wallet is credited back to even against the programme's
     * bank clearing account, and the row is RECOVERED. Refused unless the row is in RECOVERY.
     */
    @Transactional
    void markRecovered(long allowanceId, String by) {
        AllowanceStore.Held row = store.lock(allowanceId).orElseThrow(BenefitProblem::notFound);
        if (row.status() != AllowanceStatus.RECOVERY) {
            throw BenefitProblem.conflict("ledger.error.allowanceNotInRecovery");
        }
        Programme p = programme(row.programmeId());
        ledger.post(new Posting(TransactionKind.RECOVERY, "RECOVERED:" + row.id(), p.id(), row.elderId(), null,
                "追回到账 recovered", by, List.of(new Leg(accounts.bankClearing(p), -row.amountFen()),
                new Leg(wallet(p, row.elderId()), row.amountFen()))));
        store.move(List.of(row.id()), EnumSet.of(AllowanceStatus.RECOVERY), AllowanceStatus.RECOVERED);
    }

    private void cancel(long programmeId, long elderId, List<AllowanceStore.Held> unpaid, String by) {
        Programme p = programme(programmeId);
        long sum = unpaid.stream().mapToLong(AllowanceStore.Held::amountFen).sum();
        ledger.post(new Posting(TransactionKind.REVERSAL, "CANCEL:" + programmeId + ":" + elderId + ":" + unpaid.get(0).id(),
                programmeId, elderId, null, "津贴作废 cancelled after death or move-out", by,
                List.of(new Leg(wallet(p, elderId), -sum), new Leg(accounts.fund(p), sum))));
        store.move(unpaid.stream().map(AllowanceStore.Held::id).toList(), UNPAID, AllowanceStatus.CANCELLED);
    }

    private void owedBack(AllowanceStore.Held row, String by) {
        Programme p = programme(row.programmeId());
        ledger.post(new Posting(TransactionKind.RECOVERY, "RECOVERY:" + row.id(), p.id(), row.elderId(), null,
                "追回 owed back", by, List.of(new Leg(wallet(p, row.elderId()), -row.amountFen()),
                new Leg(accounts.fund(p), row.amountFen()))));
        store.move(List.of(row.id()), EnumSet.of(AllowanceStatus.PAID), AllowanceStatus.RECOVERY);
    }

    private long wallet(Programme p, long elderId) {
        return accounts.find(Accounts.walletKey(p.id(), elderId))
                .orElseThrow(() -> new IllegalStateException("An allowance of programme " + p.id() + " has no wallet"));
    }

    private Programme programme(long id) {
        return programmes.find(id).orElseThrow();
    }
}
