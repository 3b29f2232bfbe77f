package org.yiyang.benefit.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Programme;
import org.yiyang.shared.Money;

/**
 * A programme's budget in the ledger: the funding source allocates it to the programme's fund, so the fund's
 * balance is what is left and {@code budget - balance} is what is committed (credited to wallets, paid for
 * orders, held for placed orders).
 */
@Component
class Budgets {

    private final Accounts accounts;
    private final Ledger ledger;

    Budgets(Accounts accounts, Ledger ledger) {
        this.accounts = accounts;
        this.ledger = ledger;
    }

    /** What the funding source has allocated so far. */
    Money allocated(Programme p) {
        return Money.ofFen(-ledger.balance(accounts.fundingSource(p)));
    }

    /** What is committed: allocated less what is left in the fund. */
    Money committed(Programme p) {
        return allocated(p).minus(Money.ofFen(ledger.balance(accounts.fund(p))));
    }

    /**
     * Brings the allocation to {@code budget}: more budget flows into the fund, less flows back out. A budget below
     * what is already committed is refused and nothing changes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void allocate(Programme p, Money budget, String by) {
        long fund = accounts.fund(p);
        long source = accounts.fundingSource(p);
        ledger.lockBalance(fund);
        Money committed = committed(p);
        if (budget.compareTo(committed) < 0) {
            throw BenefitProblem.of("budget", "benefit.error.budgetBelowCommitted", committed.toYuan());
        }
        long change = budget.minus(allocated(p)).fen();
        if (change != 0) {
            ledger.post(new Posting(TransactionKind.BUDGET, "BUDGET:" + p.id() + ":" + p.version() + ":" + budget.fen(),
                    p.id(), null, null, "budget " + budget.toYuan(), by,
                    List.of(new Leg(source, -change), new Leg(fund, change))));
        }
    }
}
