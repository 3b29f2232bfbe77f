package org.yiyang.benefit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.benefit.RuleCheck;
import org.yiyang.benefit.RuleCheck.Finding;
import org.yiyang.benefit.RuleCheck.Reach;
import org.yiyang.benefit.RuleDraft;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.shared.ChinaTime;

/**
 * Checks a rule version as publishing does. Errors: every value must read (see {@link RuleValidator}) and the
 * dates must not overlap another published version of the programme. Warnings, which a regulator may publish
 * despite: conditions that contradict each other, a rule that matches nobody in the registry today, one that
 * matches every active elder of the programme's division, a monthly programme that pays nothing.
 */
@Component
class RuleChecks {

    private final RuleValidator validator;
    private final RuleReach reach;
    private final ProgrammeStore store;
    private final Clock clock;

    RuleChecks(RuleValidator validator, RuleReach reach, ProgrammeStore store, Clock clock) {
        this.validator = validator;
        this.reach = reach;
        this.store = store;
        this.clock = clock;
    }

    /** Only the errors of a draft as typed: what stops it being saved. */
    RuleValidator.Validated read(Programme programme, RuleDraft draft) {
        return validator.validate(programme, draft);
    }

    RuleCheck beforePublishing(Programme programme, RuleVersion rule) {
        RuleValidator.Validated read = validator.validate(programme, RuleDraft.of(rule));
        if (!read.valid()) {
            return new RuleCheck(read.errors(), List.of(), null);
        }
        Reach today = reach.on(programme, read.conditions(), ChinaTime.today(clock));
        return new RuleCheck(overlaps(programme, rule), warnings(programme, read, today), today);
    }

    /** How many the version matches today, for a version that is no longer edited. */
    RuleCheck reachOnly(Programme programme, RuleVersion rule) {
        return new RuleCheck(List.of(), List.of(), reach.on(programme, rule.conditions(), ChinaTime.today(clock)));
    }

    private List<Finding> overlaps(Programme programme, RuleVersion draft) {
        List<Finding> errors = new ArrayList<>();
        for (RuleVersion other : store.rules(programme.id())) {
            if (other.id() == draft.id() || other.status() != RuleStatus.PUBLISHED || !overlap(draft, other)) {
                continue;
            }
            if (other.effectiveFrom().isBefore(draft.effectiveFrom())) {
                errors.add(new Finding(null, "benefit.rule.error.overlap", List.of(other.version(),
                        other.effectiveFrom().toString(), draft.effectiveFrom().minusDays(1).toString())));
            } else {
                errors.add(new Finding(null, "benefit.rule.error.overlapLater", List.of(other.version(),
                        other.effectiveFrom().toString(), other.effectiveTo() == null ? "—" : other.effectiveTo().toString())));
            }
        }
        return errors;
    }

    private static boolean overlap(RuleVersion a, RuleVersion b) {
        return !a.effectiveFrom().isAfter(end(b)) && !b.effectiveFrom().isAfter(end(a));
    }

    private static LocalDate end(RuleVersion rule) {
        return rule.effectiveTo() == null ? LocalDate.MAX : rule.effectiveTo();
    }

    private static List<Finding> warnings(Programme programme, RuleValidator.Validated rule, Reach today) {
        List<Finding> warnings = new ArrayList<>();
        for (ConditionField field : RuleContradictions.in(rule.conditions(), programme.division())) {
            warnings.add(new Finding(null, "benefit.rule.warning.contradiction",
                    List.of(new DefaultMessageSourceResolvable(field.messageKey()))));
        }
        if (warnings.isEmpty() && today.matching() == 0) {
            warnings.add(new Finding(null, "benefit.rule.warning.nobody", List.of(today.active())));
        }
        if (today.active() > 0 && today.matching() == today.active()) {
            warnings.add(new Finding(null, "benefit.rule.warning.everybody", List.of(today.active())));
        }
        if (programme.payout().isMonthly() && paysNothing(rule.amounts())) {
            warnings.add(new Finding(null, "benefit.rule.warning.monthlyZero", List.of()));
        }
        return warnings;
    }

    private static boolean paysNothing(RuleAmounts amounts) {
        return amounts.ageBands().isEmpty() ? amounts.monthly().isZero()
                : amounts.ageBands().stream().allMatch(band -> band.monthly().isZero());
    }
}
