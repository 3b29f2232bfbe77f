package org.yiyang.benefit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.ProgrammeStatus;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/**
 * Active programmes for tests: a fresh code each time, a budget of ten million yuan allocated in the ledger, and
 * one published rule in effect since 2000. Tests that evaluate "the whole registry" scope their programme to a
 * division of their own so that elders registered by other tests do not count.
 */
public class BenefitFixtures {

    public static final Money BUDGET = Money.ofFen(1_000_000_000L);

    private final ProgrammeStore programmes;
    private final Budgets budgets;
    private final TransactionTemplate tx;
    private final Clock clock;

    public BenefitFixtures(ProgrammeStore programmes, Budgets budgets, TransactionTemplate tx, Clock clock) {
        this.programmes = programmes;
        this.budgets = budgets;
        this.tx = tx;
        this.clock = clock;
    }

    public Programme programme(ProgrammeKind kind, Payout payout, EnrolmentMode mode, String division,
                               List<Condition> conditions, RuleAmounts amounts) {
        return tx.execute(status -> {
            String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
            Programme draft = new Programme(0, code, kind,
                    kind.name() + " test " + code, DivisionCode.of(division), "test fund", BUDGET, payout, mode,
                    ProgrammeStatus.ACTIVE, 0);
            long id = programmes.insert(draft, "test", clock.instant());
            long rule = programmes.insertRule(new RuleVersion(0, id, 0, RuleStatus.DRAFT, LocalDate.of(2000, 1, 1), null,
                    conditions, amounts, null), "test", clock.instant());
            programmes.setRuleStatus(rule, RuleStatus.DRAFT, RuleStatus.PUBLISHED, "test", clock.instant());
            Programme created = programmes.find(id).orElseThrow();
            budgets.allocate(created, BUDGET, "test");
            return created;
        });
    }

    public Programme programme(ProgrammeKind kind, String division, List<Condition> conditions, RuleAmounts amounts) {
        return programme(kind, kind.usualPayout(), EnrolmentMode.AUTOMATIC, division, conditions, amounts);
    }

    public RuleVersion ruleInEffect(Programme programme, LocalDate day) {
        return programmes.ruleInEffect(programme.id(), day).orElseThrow();
    }
}
