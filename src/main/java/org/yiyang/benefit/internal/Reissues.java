package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.yiyang.benefit.AllowanceOrigin;
import org.yiyang.benefit.AllowanceRun;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;

/**
 * Re-issue of missed months (补发): an enrolment that starts before months already generated (enrolled
 * retroactively, or an elder registered late) is owed those months. Every month from the earliest enrolment start
 * (but not before the first published rule) up to the last generated month is generated again, one set-based
 * statement and one ledger transaction (kind REISSUE) per month that finds someone; months nobody missed change
 * nothing, so a second re-issue pays nothing.
 */
@Component
class Reissues {

    private final AllowanceGeneration generation;
    private final AllowanceStore store;
    private final ProgrammeStore programmes;

    Reissues(AllowanceGeneration generation, AllowanceStore store, ProgrammeStore programmes) {
        this.generation = generation;
        this.store = store;
        this.programmes = programmes;
    }

    List<AllowanceRun> reissue(Programme p, String by) {
        AllowanceGeneration.requireMonthlyAndActive(p);
        YearMonth last = store.lastGeneratedMonth(p.id())
                .orElseThrow(() -> BenefitProblem.conflict("ledger.error.allowanceNothingGenerated", p.name()));
        Optional<LocalDate> firstRule = programmes.rules(p.id()).stream().filter(r -> r.status() == RuleStatus.PUBLISHED)
                .map(RuleVersion::effectiveFrom).min(LocalDate::compareTo);
        Optional<LocalDate> firstStart = store.earliestEnrolmentStart(p.id());
        if (firstRule.isEmpty() || firstStart.isEmpty()) {
            return List.of();
        }
        YearMonth from = YearMonth.from(firstStart.get().isAfter(firstRule.get()) ? firstStart.get() : firstRule.get());
        List<AllowanceRun> runs = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(last); month = month.plusMonths(1)) {
            generation.generate(p, month, AllowanceOrigin.REISSUE, by).ifPresent(runs::add);
        }
        return runs;
    }
}
