package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.benefit.AgeBandAmount;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.ConditionField.Operator;
import org.yiyang.benefit.Eligibility;
import org.yiyang.benefit.EligibilityRunSummary;
import org.yiyang.benefit.EligibilityTrigger;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.shared.Money;

@IntegrationTest
class EligibilityScaleCheckTests {

    @Autowired EligibilityRuns runs;
    @Autowired Eligibility eligibility;
    @Autowired BenefitFixtures fixtures;
    @Autowired ProgrammeStore store;
    @Autowired JdbcClient jdbc;

    @Test
    void scale() {
        String region = "150000000000";
        Programme highAge = fixtures.programme(ProgrammeKind.HIGH_AGE_ALLOWANCE, region,
                List.of(Condition.of(ConditionField.AGE, Operator.AT_LEAST, "80")),
                new RuleAmounts(Money.ZERO, List.of(new AgeBandAmount(80, Money.ofFen(5000)), new AgeBandAmount(90, Money.ofFen(10000)),
                        new AgeBandAmount(100, Money.ofFen(30000))), null, null, null, null, null));
        Programme service = fixtures.programme(ProgrammeKind.SERVICE_SUBSIDY, region,
                List.of(Condition.of(ConditionField.CATEGORY, Operator.ANY_OF, "MINIMUM_LIVING", "EXTREME_POVERTY", "LOW_INCOME")),
                RuleAmounts.monthly(Money.ofFen(10000)));
        Programme care = fixtures.programme(ProgrammeKind.CARE_SUBSIDY, region,
                List.of(Condition.of(ConditionField.CAPABILITY_LEVEL, Operator.AT_LEAST, "MODERATE"),
                        Condition.of(ConditionField.CATEGORY, Operator.ANY_OF, "MINIMUM_LIVING", "EXTREME_POVERTY")),
                RuleAmounts.monthly(Money.ofFen(20000)));
        fixtures.programme(ProgrammeKind.RESIDENCE_SUBSIDY, Payout.SUBSIDY_WALLET, EnrolmentMode.PROPOSED, region,
                List.of(Condition.of(ConditionField.LIVING_SITUATION, Operator.ANY_OF, "WITH_OTHERS"),
                        Condition.of(ConditionField.AGE, Operator.AT_LEAST, "70")), RuleAmounts.monthly(Money.ofFen(30000)));
        fixtures.programme(ProgrammeKind.MEAL_SUBSIDY, region,
                List.of(Condition.of(ConditionField.AGE, Operator.AT_LEAST, "75"),
                        Condition.of(ConditionField.LIVING_SITUATION, Operator.ANY_OF, "ALONE", "WITH_SPOUSE")), RuleAmounts.monthly(Money.ZERO));
        fixtures.programme(ProgrammeKind.VOUCHER, region,
                List.of(Condition.of(ConditionField.EMPTY_NEST, Operator.IS, "true"),
                        Condition.of(ConditionField.PROGRAMME, Operator.NONE_OF, Long.toString(service.id()))),
                RuleAmounts.monthly(Money.ofFen(2000)));
        for (int i = 1; i <= 3; i++) {
            long start = System.nanoTime();
            EligibilityRunSummary run = runs.runAll(EligibilityTrigger.MANUAL, "scale", p -> true, true);
            System.out.printf("SCALE run %d: %.1f s, newly %d, ended %d%n", i, (System.nanoTime() - start) / 1e9,
                    run.newlyEligible(), run.noLonger());
            run.programmes().forEach(c -> System.out.println("SCALE   " + c));
        }
        long draft = store.insertRule(new RuleVersion(0, highAge.id(), 0, RuleStatus.DRAFT, LocalDate.now().plusMonths(1), null,
                List.of(Condition.of(ConditionField.AGE, Operator.AT_LEAST, "75")),
                new RuleAmounts(Money.ZERO, List.of(new AgeBandAmount(75, Money.ofFen(3000)), new AgeBandAmount(80, Money.ofFen(5000)),
                        new AgeBandAmount(90, Money.ofFen(10000)), new AgeBandAmount(100, Money.ofFen(30000))), null, null, null, null, null),
                null), "scale", java.time.Instant.now());
        long careDraft = store.insertRule(new RuleVersion(0, care.id(), 0, RuleStatus.DRAFT, LocalDate.now().plusMonths(1), null,
                List.of(Condition.of(ConditionField.CAPABILITY_LEVEL, Operator.AT_LEAST, "MILD"),
                        Condition.of(ConditionField.CATEGORY, Operator.ANY_OF, "MINIMUM_LIVING", "EXTREME_POVERTY", "LOW_INCOME")),
                RuleAmounts.monthly(Money.ofFen(20000)), null), "scale", java.time.Instant.now());
        var regulator = EligibilityFixtures.regulator(region);
        for (int i = 1; i <= 3; i++) {
            long start = System.nanoTime();
            var result = eligibility.whatIf(regulator, highAge.id(), draft);
            System.out.printf("SCALE what-if high age %d: %.2f s, total %s%n", i, (System.nanoTime() - start) / 1e9, result.total());
            start = System.nanoTime();
            result = eligibility.whatIf(regulator, care.id(), careDraft);
            System.out.printf("SCALE what-if care %d: %.2f s, total %s%n", i, (System.nanoTime() - start) / 1e9, result.total());
        }
    }
}
