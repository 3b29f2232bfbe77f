package org.yiyang.benefit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.ElderEligibility;
import org.yiyang.benefit.Eligibility;
import org.yiyang.benefit.EligibilityExplanation;
import org.yiyang.benefit.EligibilityRunPage;
import org.yiyang.benefit.EligibilityRunSummary;
import org.yiyang.benefit.EligibilityTrigger;
import org.yiyang.benefit.EnrolmentStatus;
import org.yiyang.benefit.EnrolmentView;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeStatus;
import org.yiyang.benefit.ProposalDecision;
import org.yiyang.benefit.ProposalPage;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.benefit.WhatIfResult;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;

@Service
class EligibilityService implements Eligibility {

    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_REASON = 200;

    private final EligibilityRuns runs;
    private final RunStore runStore;
    private final EligibilityAccess access;
    private final ProgrammeStore programmes;
    private final ElderFactsReader facts;
    private final EnrolmentReader enrolments;
    private final Explanations explanations;
    private final WhatIfs whatIfs;
    private final Proposals proposals;
    private final Clock clock;

    EligibilityService(EligibilityRuns runs, RunStore runStore, EligibilityAccess access, ProgrammeStore programmes,
                       ElderFactsReader facts, EnrolmentReader enrolments, Explanations explanations, WhatIfs whatIfs,
                       Proposals proposals, Clock clock) {
        this.runs = runs;
        this.runStore = runStore;
        this.access = access;
        this.programmes = programmes;
        this.facts = facts;
        this.enrolments = enrolments;
        this.explanations = explanations;
        this.whatIfs = whatIfs;
        this.proposals = proposals;
        this.clock = clock;
    }

    @Override
    public EligibilityRunSummary runNow(Viewer viewer) {
        access.requireOverseer(viewer);
        Predicate<Programme> which = access.runsEverything(viewer) ? p -> true : p -> viewer.mayView(p.division());
        return runs.runAll(EligibilityTrigger.MANUAL, viewer.username(), which, false);
    }

    @Override
    @Transactional(readOnly = true)
    public EligibilityRunPage runs(Viewer viewer, int page, int size) {
        access.requireOverseer(viewer);
        return runStore.page(viewer.scope(), Math.max(0, page), pageSize(size));
    }

    @Override
    @Transactional(readOnly = true)
    public ElderEligibility ofElder(Viewer viewer, long elderId) {
        access.requireElder(viewer, elderId);
        ElderFacts elder = facts.read(elderId).orElseThrow(BenefitProblem::notFound);
        LocalDate today = today();
        List<EnrolmentView> held = enrolments.ofElder(elderId);
        DivisionCode home = DivisionCode.of(elder.divisionCode());
        List<EligibilityExplanation> explained = programmes.active().stream()
                .filter(p -> p.division().contains(home))
                .flatMap(p -> programmes.ruleInEffect(p.id(), today).map(r -> new ProgrammeRule(p, r)).stream())
                .map(pr -> explanations.explain(elder, pr, today, openStatus(held, pr.programme().id())))
                .toList();
        return new ElderEligibility(elderId, elder.name(), today, held, explained);
    }

    @Override
    @Transactional(readOnly = true)
    public EligibilityExplanation explain(Viewer viewer, long elderId, long programmeId) {
        access.requireElder(viewer, elderId);
        ElderFacts elder = facts.read(elderId).orElseThrow(BenefitProblem::notFound);
        Programme programme = programmes.find(programmeId).orElseThrow(BenefitProblem::notFound);
        LocalDate today = today();
        RuleVersion rule = programme.status() == ProgrammeStatus.ACTIVE
                ? programmes.ruleInEffect(programmeId, today).orElse(null) : null;
        if (rule == null) {
            throw BenefitProblem.conflict("eligibility.error.noRuleInEffect");
        }
        return explanations.explain(elder, new ProgrammeRule(programme, rule), today,
                openStatus(enrolments.ofElder(elderId), programmeId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnrolmentView> enrolmentsOf(Viewer viewer, long elderId) {
        access.requireElder(viewer, elderId);
        return enrolments.ofElder(elderId);
    }

    @Override
    @Transactional(readOnly = true)
    public WhatIfResult whatIf(Viewer viewer, long programmeId, long ruleId) {
        Programme programme = access.requireProgramme(viewer, programmeId);
        RuleVersion draft = programmes.rule(ruleId).filter(r -> r.programmeId() == programmeId)
                .orElseThrow(BenefitProblem::notFound);
        LocalDate today = today();
        Optional<RuleVersion> current = programmes.ruleInEffect(programmeId, today);
        try {
            return whatIfs.compare(programme, draft, current, scope(viewer, programme), today);
        } catch (IllegalArgumentException incomplete) {
            throw BenefitProblem.of(null, "eligibility.error.ruleIncomplete");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public ProposalPage proposals(Viewer viewer, long programmeId, int page, int size) {
        Programme programme = access.requireProgramme(viewer, programmeId);
        return proposals.page(programme, scope(viewer, programme), Math.max(0, page), pageSize(size));
    }

    @Override
    @Transactional
    public ProposalDecision approve(Viewer viewer, long programmeId, Collection<Long> enrolmentIds) {
        Programme programme = access.requireProgramme(viewer, programmeId);
        requireChosen(enrolmentIds);
        return proposals.approve(programme, scope(viewer, programme), enrolmentIds, viewer.username());
    }

    @Override
    @Transactional
    public ProposalDecision decline(Viewer viewer, long programmeId, Collection<Long> enrolmentIds, String reason) {
        Programme programme = access.requireProgramme(viewer, programmeId);
        requireChosen(enrolmentIds);
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw BenefitProblem.of("reason", "eligibility.error.reason", MAX_REASON);
        }
        return proposals.decline(programme, scope(viewer, programme), enrolmentIds, reason.strip(), viewer.username());
    }

    private static void requireChosen(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw BenefitProblem.of("ids", "eligibility.error.noneChosen");
        }
        if (ids.size() > MAX_PAGE_SIZE) {
            throw BenefitProblem.of("ids", "eligibility.error.tooManyChosen", MAX_PAGE_SIZE);
        }
    }

    /** The part of the programme's division the viewer sees. */
    private static DivisionScope scope(Viewer viewer, Programme programme) {
        return viewer.scope().narrowTo(programme.division()).orElseThrow(BenefitProblem::notFound);
    }

    private static EnrolmentStatus openStatus(List<EnrolmentView> held, long programmeId) {
        return held.stream().filter(e -> e.programmeId() == programmeId && e.status().isOpen())
                .map(EnrolmentView::status).findFirst().orElse(null);
    }

    private static int pageSize(int size) {
        return Math.min(Math.max(1, size), MAX_PAGE_SIZE);
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
