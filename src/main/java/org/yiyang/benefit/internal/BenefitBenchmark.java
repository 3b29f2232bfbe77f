package org.yiyang.benefit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.benefit.AgeBandAmount;
import org.yiyang.benefit.AllowanceOrigin;
import org.yiyang.benefit.AllowanceRun;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.ConditionField.Operator;
import org.yiyang.benefit.EligibilityRunSummary;
import org.yiyang.benefit.EligibilityTrigger;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.MealShares;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.ProgrammeStatus;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.benefit.WhatIfResult;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/**
 * The benefit benchmark (a command, not a test): {@code bench/benefit.sh}. On the synthetic registry it creates six
 * region-wide programmes per round, then measures through the real code a full eligibility run over all six, the
 * same run again (nothing changes), a what-if of one changed rule, and the monthly allowance generation of the
 * largest programme; it closes the round's programmes so the next round starts from the same registry, prints
 * every round and the medians, and exits.
 */
@Component
@ConditionalOnProperty(name = "yiyang.bench.benefit.rounds")
class BenefitBenchmark implements ApplicationRunner {

    private static final String BY = "benchmark";
    private static final List<String> POOR = List.of("EXTREME_POVERTY", "MINIMUM_LIVING", "LOW_INCOME");

    private final ProgrammeStore programmes;
    private final Budgets budgets;
    private final EligibilityRuns runs;
    private final WhatIfs whatIfs;
    private final AllowanceGeneration generation;
    private final TransactionTemplate tx;
    private final ApplicationContext context;
    private final Clock clock;
    private final int rounds;

    BenefitBenchmark(ProgrammeStore programmes, Budgets budgets, EligibilityRuns runs, WhatIfs whatIfs,
                     AllowanceGeneration generation, TransactionTemplate tx, ApplicationContext context, Clock clock,
                     @Value("${yiyang.bench.benefit.rounds}") int rounds) {
        this.programmes = programmes;
        this.budgets = budgets;
        this.runs = runs;
        this.whatIfs = whatIfs;
        this.generation = generation;
        this.tx = tx;
        this.context = context;
        this.clock = clock;
        this.rounds = rounds;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = ChinaTime.today(clock);
        List<Double> full = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        List<Double> whatIf = new ArrayList<>();
        List<Double> monthly = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            List<Programme> six = sixProgrammes("BENCH-" + System.currentTimeMillis() + "-");
            Set<Long> ids = six.stream().map(Programme::id).collect(Collectors.toSet());

            long start = System.nanoTime();
            EligibilityRunSummary first = runs.runAll(EligibilityTrigger.MANUAL, BY, p -> ids.contains(p.id()), true);
            full.add(seconds(start));
            System.out.printf("round %d  ELIGIBILITY full run over 6 programmes: %.1f s%n", round, full.get(full.size() - 1));
            first.programmes().forEach(c -> System.out.printf("           %-28s newly %,9d  ended %,7d  unchanged %,9d  proposed %,9d%n",
                    c.programmeName(), c.newlyEligible(), c.noLonger(), c.unchanged(), c.proposed()));

            start = System.nanoTime();
            EligibilityRunSummary second = runs.runAll(EligibilityTrigger.MANUAL, BY, p -> ids.contains(p.id()), true);
            again.add(seconds(start));
            System.out.printf("round %d  ELIGIBILITY same run again: %.1f s, newly %,d, ended %,d (must be 0 and 0)%n",
                    round, again.get(again.size() - 1), second.newlyEligible(), second.noLonger());

            Programme highAge = six.get(0);
            RuleVersion current = programmes.ruleInEffect(highAge.id(), today).orElseThrow();
            RuleVersion draft = new RuleVersion(0, highAge.id(), current.version() + 1, RuleStatus.DRAFT, today, null,
                    List.of(Condition.of(ConditionField.AGE, Operator.AT_LEAST, "75")), bands(75), "what-if");
            start = System.nanoTime();
            WhatIfResult result = whatIfs.compare(highAge, draft, Optional.of(current), DivisionScope.everything(), today);
            whatIf.add(seconds(start));
            WhatIfResult.Row total = result.total();
            System.out.printf("round %d  WHAT-IF high-age allowance 78+ -> 75+: %.2f s, gain %,d, loss %,d, monthly %s -> %s yuan%n",
                    round, whatIf.get(whatIf.size() - 1), total.gain(), total.loss(), total.monthlyNow().toYuan(),
                    total.monthlyDraft().toYuan());

            start = System.nanoTime();
            Optional<AllowanceRun> paid = generation.generate(highAge, YearMonth.from(today), AllowanceOrigin.MONTHLY, BY);
            monthly.add(seconds(start));
            System.out.printf("round %d  MONTHLY allowance generation: %.1f s for %,d enrolled elders, total %s yuan%n", round,
                    monthly.get(monthly.size() - 1), paid.map(AllowanceRun::rows).orElse(0L),
                    paid.map(r -> r.total().toYuan()).orElse("0"));

            six.forEach(p -> close(p));
        }
        System.out.printf("%nELIGIBILITY full run over 6 programmes: median %.1f s (target <= 60 s) %s%n", median(full), full);
        System.out.printf("ELIGIBILITY unchanged re-run:            median %.1f s %s%n", median(again), again);
        System.out.printf("WHAT-IF one changed rule:                median %.2f s (target <= 5 s) %s%n", median(whatIf), whatIf);
        System.out.printf("MONTHLY generation ~1,000,000 elders:    median %.1f s (target <= 120 s) %s%n", median(monthly), monthly);
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private List<Programme> sixProgrammes(String prefix) {
        List<Programme> six = new ArrayList<>();
        six.add(programme(prefix + "AGE", ProgrammeKind.HIGH_AGE_ALLOWANCE, Payout.BANK, EnrolmentMode.AUTOMATIC,
                List.of(Condition.of(ConditionField.AGE, Operator.AT_LEAST, "78")),
                bands(78)));
        six.add(programme(prefix + "SERVICE", ProgrammeKind.SERVICE_SUBSIDY, Payout.SUBSIDY_WALLET, EnrolmentMode.PROPOSED,
                List.of(new Condition(ConditionField.CATEGORY, Operator.ANY_OF, POOR)), RuleAmounts.monthly(yuan(200))));
        Programme care = programme(prefix + "CARE", ProgrammeKind.CARE_SUBSIDY, Payout.BANK, EnrolmentMode.AUTOMATIC,
                List.of(Condition.of(ConditionField.CAPABILITY_LEVEL, Operator.AT_LEAST, "MODERATE"),
                        new Condition(ConditionField.CATEGORY, Operator.ANY_OF, POOR)), RuleAmounts.monthly(yuan(300)));
        six.add(care);
        six.add(programme(prefix + "RESIDENCE", ProgrammeKind.RESIDENCE_SUBSIDY, Payout.SUBSIDY_WALLET, EnrolmentMode.AUTOMATIC,
                List.of(Condition.of(ConditionField.CAPABILITY_LEVEL, Operator.AT_LEAST, "SEVERE"),
                        Condition.of(ConditionField.LIVING_SITUATION, Operator.ANY_OF, "WITH_OTHERS"),
                        Condition.of(ConditionField.PROGRAMME, Operator.NONE_OF, Long.toString(care.id()))),
                new RuleAmounts(yuan(500), List.of(), null, null, null, Set.of(ServiceItem.PERSONAL_CARE), null)));
        six.add(programme(prefix + "MEAL", ProgrammeKind.MEAL_SUBSIDY, Payout.PER_ORDER, EnrolmentMode.AUTOMATIC,
                List.of(Condition.of(ConditionField.AGE, Operator.AT_LEAST, "70"),
                        Condition.of(ConditionField.LIVING_SITUATION, Operator.ANY_OF, "ALONE", "WITH_SPOUSE")),
                new RuleAmounts(Money.ZERO, List.of(), null, null,
                        new MealShares(yuan(5), yuan(2), yuan(1), yuan(2)), Set.of(ServiceItem.MEAL), null)));
        six.add(programme(prefix + "POINTS", ProgrammeKind.HAPPINESS_POINTS, Payout.POINTS, EnrolmentMode.AUTOMATIC,
                List.of(Condition.of(ConditionField.LEFT_BEHIND, Operator.IS, "true")),
                new RuleAmounts(Money.ZERO, List.of(), null, null, null, Set.of(), 1)));
        return six;
    }

    private Programme programme(String code, ProgrammeKind kind, Payout payout, EnrolmentMode mode,
                                List<Condition> conditions, RuleAmounts amounts) {
        return tx.execute(status -> {
            long id = programmes.insert(new Programme(0, code, kind, code, DivisionCode.INNER_MONGOLIA, "benchmark",
                    yuan(2_000_000_000), payout, mode, ProgrammeStatus.ACTIVE, 0), BY, clock.instant());
            long rule = programmes.insertRule(new RuleVersion(0, id, 0, RuleStatus.DRAFT, LocalDate.of(2020, 1, 1), null,
                    conditions, amounts, null), BY, clock.instant());
            programmes.setRuleStatus(rule, RuleStatus.DRAFT, RuleStatus.PUBLISHED, BY, clock.instant());
            Programme created = programmes.find(id).orElseThrow();
            budgets.allocate(created, yuan(2_000_000_000), BY);
            return created;
        });
    }

    private void close(Programme p) {
        Programme now = programmes.find(p.id()).orElseThrow();
        programmes.update(new Programme(now.id(), now.code(), now.kind(), now.name(), now.division(), now.fundingSource(),
                now.budget(), now.payout(), now.enrolmentMode(), ProgrammeStatus.CLOSED, now.version()), BY, clock.instant());
    }

    /** 100 yuan a month from {@code from}, 200 from 90, 500 from 100. */
    private static RuleAmounts bands(int from) {
        return new RuleAmounts(Money.ZERO, List.of(new AgeBandAmount(from, yuan(100)), new AgeBandAmount(90, yuan(200)),
                new AgeBandAmount(100, yuan(500))), null, null, null, Set.of(), null);
    }

    private static Money yuan(long yuan) {
        return Money.ofFen(yuan * 100);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
