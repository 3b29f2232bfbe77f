package org.yiyang.benefit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeDetails;
import org.yiyang.benefit.ProgrammeDraft;
import org.yiyang.benefit.ProgrammePage;
import org.yiyang.benefit.ProgrammeStatus;
import org.yiyang.benefit.Programmes;
import org.yiyang.benefit.RuleCheck;
import org.yiyang.benefit.RuleDraft;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.ChinaTime;

/** Programmes as regulators define them; their rule versions are kept by {@link RuleVersions}. */
@Service
class ProgrammeService implements Programmes {

    static final int MAX_PAGE = 200;

    private final ProgrammeStore store;
    private final ProgrammeAccess access;
    private final Budgets budgets;
    private final ProgrammeEnrolments enrolments;
    private final RuleVersions rules;
    private final Clock clock;

    ProgrammeService(ProgrammeStore store, ProgrammeAccess access, Budgets budgets, ProgrammeEnrolments enrolments,
                     RuleVersions rules, Clock clock) {
        this.store = store;
        this.access = access;
        this.budgets = budgets;
        this.enrolments = enrolments;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ProgrammePage list(Viewer viewer, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        int pageNumber = Math.max(0, page);
        if (!access.maySeeAny(viewer)) {
            return new ProgrammePage(List.of(), 0, pageNumber, pageSize);
        }
        DivisionScope scope = access.scope(viewer);
        List<String> above = access.ancestors(viewer);
        return new ProgrammePage(store.visibleIn(scope, above, pageNumber * pageSize, pageSize),
                store.countVisibleIn(scope, above), pageNumber, pageSize);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProgrammeDetails> details(Viewer viewer, long programmeId) {
        return store.find(programmeId).filter(p -> access.mayView(viewer, p)).map(p -> new ProgrammeDetails(p,
                budgets.allocated(p), budgets.committed(p), enrolments.countsByStatus(p.id(), access.scope(viewer)),
                store.rules(p.id()), store.ruleInEffect(p.id(), today()).map(RuleVersion::id).orElse(null),
                access.mayEdit(viewer, p)));
    }

    @Override
    @Transactional
    public long create(Viewer viewer, ProgrammeDraft draft) {
        ProgrammeChecks.requireValid(draft);
        access.requireDefinable(viewer, draft.division());
        if (store.findByCode(draft.code()).isPresent()) {
            throw BenefitProblem.of("code", "benefit.programme.error.codeTaken", draft.code());
        }
        Programme programme = new Programme(0, draft.code(), draft.kind(), draft.name().strip(), draft.division(),
                draft.fundingSource().strip(), draft.budget(), draft.payout(), draft.enrolmentMode(),
                ProgrammeStatus.DRAFT, 0);
        long id;
        try {
            id = store.insert(programme, viewer.username(), clock.instant());
        } catch (DuplicateKeyException raced) {
            throw BenefitProblem.of("code", "benefit.programme.error.codeTaken", draft.code());
        }
        budgets.allocate(store.find(id).orElseThrow(), draft.budget(), viewer.username());
        return id;
    }

    @Override
    @Transactional
    public void revise(Viewer viewer, long programmeId, int version, ProgrammeDraft draft) {
        Programme current = requireChangeable(viewer, programmeId, version);
        Programme revised = new Programme(current.id(), current.code(), current.kind(),
                draft.name() == null ? null : draft.name().strip(), current.division(),
                draft.fundingSource() == null ? null : draft.fundingSource().strip(), draft.budget(), draft.payout(),
                draft.enrolmentMode(), current.status(), version);
        ProgrammeChecks.requireValidRevision(new ProgrammeDraft(current.code(), current.kind(), revised.name(),
                current.division(), revised.fundingSource(), revised.budget(), revised.payout(), revised.enrolmentMode()));
        if (revised.payout() != current.payout() && current.status() != ProgrammeStatus.DRAFT) {
            throw BenefitProblem.of("payout", "benefit.programme.error.payoutFixed");
        }
        update(viewer, revised);
        budgets.allocate(store.find(programmeId).orElseThrow(), revised.budget(), viewer.username());
    }

    @Override
    @Transactional
    public void changeStatus(Viewer viewer, long programmeId, int version, ProgrammeStatus status) {
        Programme current = requireChangeable(viewer, programmeId, version);
        boolean allowed = switch (status) {
            case ACTIVE -> current.status() == ProgrammeStatus.DRAFT;
            case CLOSED -> true;
            case DRAFT -> false;
        };
        if (!allowed) {
            throw BenefitProblem.conflict("benefit.programme.error.statusChange");
        }
        if (status == ProgrammeStatus.ACTIVE
                && store.rules(programmeId).stream().noneMatch(r -> r.status() == RuleStatus.PUBLISHED)) {
            throw BenefitProblem.conflict("benefit.programme.error.noPublishedRule");
        }
        update(viewer, new Programme(current.id(), current.code(), current.kind(), current.name(), current.division(),
                current.fundingSource(), current.budget(), current.payout(), current.enrolmentMode(), status, version));
        if (status == ProgrammeStatus.CLOSED) {
            enrolments.endOpen(programmeId, today());
        }
    }

    @Override
    public RuleDraft newRuleDraft(Viewer viewer, long programmeId) {
        return rules.newDraft(viewer, programmeId);
    }

    @Override
    public RuleVersion rule(Viewer viewer, long programmeId, long ruleId) {
        return rules.find(viewer, programmeId, ruleId);
    }

    @Override
    public RuleCheck review(Viewer viewer, long programmeId, long ruleId) {
        return rules.review(viewer, programmeId, ruleId);
    }

    @Override
    public long createRule(Viewer viewer, long programmeId, RuleDraft draft) {
        return rules.create(viewer, programmeId, draft);
    }

    @Override
    public void saveRule(Viewer viewer, long programmeId, long ruleId, RuleDraft draft) {
        rules.save(viewer, programmeId, ruleId, draft);
    }

    @Override
    public void publishRule(Viewer viewer, long programmeId, long ruleId, boolean despiteWarnings) {
        rules.publish(viewer, programmeId, ruleId, despiteWarnings);
    }

    @Override
    public void withdrawRule(Viewer viewer, long programmeId, long ruleId) {
        rules.withdraw(viewer, programmeId, ruleId);
    }

    @Override
    public void endRule(Viewer viewer, long programmeId, long ruleId, LocalDate lastDay) {
        rules.end(viewer, programmeId, ruleId, lastDay);
    }

    /** An editable programme that nobody changed since {@code version} and that is not closed. */
    private Programme requireChangeable(Viewer viewer, long programmeId, int version) {
        Programme current = access.editable(viewer, programmeId);
        if (current.version() != version) {
            throw BenefitProblem.conflict("benefit.programme.error.concurrentEdit");
        }
        if (current.status() == ProgrammeStatus.CLOSED) {
            throw BenefitProblem.conflict("benefit.programme.error.closed");
        }
        return current;
    }

    private void update(Viewer viewer, Programme programme) {
        if (!store.update(programme, viewer.username(), clock.instant())) {
            throw BenefitProblem.conflict("benefit.programme.error.concurrentEdit");
        }
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
