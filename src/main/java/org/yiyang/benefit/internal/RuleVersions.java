package org.yiyang.benefit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeStatus;
import org.yiyang.benefit.RuleCheck;
import org.yiyang.benefit.RuleDraft;
import org.yiyang.benefit.RuleRejected;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.ChinaTime;

/**
 * A programme's rule versions: a draft is created (by default a copy of the version in effect, from the first of
 * next month), edited, then published or withdrawn; a published version is ended on a day. Publishing and ending
 * lock the programme, so that two published versions never overlap.
 */
@Component
class RuleVersions {

    private final ProgrammeStore store;
    private final ProgrammeAccess access;
    private final RuleChecks checks;
    private final Clock clock;

    RuleVersions(ProgrammeStore store, ProgrammeAccess access, RuleChecks checks, Clock clock) {
        this.store = store;
        this.access = access;
        this.checks = checks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    RuleDraft newDraft(Viewer viewer, long programmeId) {
        requireOpen(access.editable(viewer, programmeId));
        LocalDate today = ChinaTime.today(clock);
        Optional<RuleVersion> source = store.ruleInEffect(programmeId, today).or(() -> store.rules(programmeId).stream()
                .filter(r -> r.status() == RuleStatus.PUBLISHED).findFirst());
        return source.map(rule -> RuleDraft.of(rule).startingOn(today.withDayOfMonth(1).plusMonths(1)))
                .orElseGet(() -> RuleDraft.empty(today));
    }

    @Transactional(readOnly = true)
    RuleVersion find(Viewer viewer, long programmeId, long ruleId) {
        access.visible(viewer, programmeId);
        return ruleOf(programmeId, ruleId);
    }

    @Transactional(readOnly = true)
    RuleCheck review(Viewer viewer, long programmeId, long ruleId) {
        Programme programme = access.visible(viewer, programmeId);
        RuleVersion rule = ruleOf(programmeId, ruleId);
        return rule.status() == RuleStatus.DRAFT ? checks.beforePublishing(programme, rule)
                : checks.reachOnly(programme, rule);
    }

    @Transactional
    long create(Viewer viewer, long programmeId, RuleDraft draft) {
        Programme programme = requireOpen(access.editable(viewer, programmeId));
        return store.insertRule(readable(programme, draft).asVersion(0, programmeId), viewer.username(), clock.instant());
    }

    @Transactional
    void save(Viewer viewer, long programmeId, long ruleId, RuleDraft draft) {
        Programme programme = requireOpen(access.editable(viewer, programmeId));
        requireDraft(ruleOf(programmeId, ruleId));
        if (!store.updateDraft(readable(programme, draft).asVersion(ruleId, programmeId))) {
            throw BenefitProblem.conflict("benefit.rule.error.notDraft");
        }
    }

    @Transactional
    void publish(Viewer viewer, long programmeId, long ruleId, boolean despiteWarnings) {
        Programme programme = requireOpen(access.editable(viewer, programmeId));
        store.lock(programmeId);
        RuleVersion rule = requireDraft(ruleOf(programmeId, ruleId));
        RuleCheck check = checks.beforePublishing(programme, rule);
        if (!check.allowsPublishing(despiteWarnings)) {
            throw new RuleRejected(check);
        }
        move(ruleId, RuleStatus.DRAFT, RuleStatus.PUBLISHED, viewer);
    }

    @Transactional
    void withdraw(Viewer viewer, long programmeId, long ruleId) {
        access.editable(viewer, programmeId);
        requireDraft(ruleOf(programmeId, ruleId));
        move(ruleId, RuleStatus.DRAFT, RuleStatus.WITHDRAWN, viewer);
    }

    @Transactional
    void end(Viewer viewer, long programmeId, long ruleId, LocalDate lastDay) {
        access.editable(viewer, programmeId);
        store.lock(programmeId);
        RuleVersion rule = ruleOf(programmeId, ruleId);
        if (rule.status() != RuleStatus.PUBLISHED) {
            throw BenefitProblem.conflict("benefit.rule.error.notPublished");
        }
        if (lastDay == null) {
            throw BenefitProblem.of("lastDay", "benefit.rule.error.lastDayMissing");
        }
        if (lastDay.isBefore(rule.effectiveFrom())) {
            throw BenefitProblem.of("lastDay", "benefit.rule.error.endBeforeStart", rule.effectiveFrom().toString());
        }
        if (rule.effectiveTo() != null && lastDay.isAfter(rule.effectiveTo())) {
            throw BenefitProblem.of("lastDay", "benefit.rule.error.endAfterEnd", rule.effectiveTo().toString());
        }
        store.endRule(ruleId, lastDay);
    }

    private RuleValidator.Validated readable(Programme programme, RuleDraft draft) {
        RuleValidator.Validated read = checks.read(programme, draft);
        if (!read.valid()) {
            throw new RuleRejected(new RuleCheck(read.errors(), List.of(), null));
        }
        return read;
    }

    private RuleVersion ruleOf(long programmeId, long ruleId) {
        return store.rule(ruleId).filter(r -> r.programmeId() == programmeId).orElseThrow(BenefitProblem::notFound);
    }

    private static RuleVersion requireDraft(RuleVersion rule) {
        if (rule.status() != RuleStatus.DRAFT) {
            throw BenefitProblem.conflict("benefit.rule.error.notDraft");
        }
        return rule;
    }

    private static Programme requireOpen(Programme programme) {
        if (programme.status() == ProgrammeStatus.CLOSED) {
            throw BenefitProblem.conflict("benefit.programme.error.closed");
        }
        return programme;
    }

    private void move(long ruleId, RuleStatus from, RuleStatus to, Viewer viewer) {
        if (!store.setRuleStatus(ruleId, from, to, viewer.username(), clock.instant())) {
            throw BenefitProblem.conflict("benefit.rule.error.notDraft");
        }
    }
}
