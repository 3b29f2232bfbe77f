package org.yiyang.elder.internal;

import org.yiyang.shared.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.elder.Assessment;
import org.yiyang.elder.AssessmentDraft;
import org.yiyang.elder.AssessmentPage;
import org.yiyang.elder.AssessmentProblem;
import org.yiyang.elder.AssessmentReason;
import org.yiyang.elder.AssessmentSheet;
import org.yiyang.elder.AssessmentStatus;
import org.yiyang.elder.AssessmentSummary;
import org.yiyang.elder.CapabilityAssessments;
import org.yiyang.elder.ConditionChange;
import org.yiyang.elder.ElderStatus;
import org.yiyang.elder.Worklist;
import org.yiyang.elder.internal.AssessmentQueries.ElderRef;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Language;

@Service
@Transactional
class CapabilityAssessmentService implements CapabilityAssessments {

    /** Who assesses (评估员), and who may read assessments besides them (民政). */
    static final Set<Role> ASSESSORS = EnumSet.of(Role.ASSESSOR);
    static final Set<Role> VIEWERS = EnumSet.of(Role.ASSESSOR, Role.REGULATOR);

    private final AssessmentStandards standards;
    private final AssessmentQueries queries;
    private final AssessmentLists lists;
    private final AssessmentRows rows;
    private final AssessmentChecks checks;
    private final CapabilityLevels levels;
    private final WorklistQuery worklist;
    private final Clock clock;
    private final String currentCode;
    private final String currentVersion;

    CapabilityAssessmentService(AssessmentStandards standards, AssessmentQueries queries, AssessmentLists lists,
                                AssessmentRows rows, AssessmentChecks checks, CapabilityLevels levels,
                                WorklistQuery worklist, Clock clock,
                                @Value("${yiyang.assessment.standard:GB/T 42195-2022}") String currentCode,
                                @Value("${yiyang.assessment.standard-version:2022}") String currentVersion) {
        this.standards = standards;
        this.queries = queries;
        this.lists = lists;
        this.rows = rows;
        this.checks = checks;
        this.levels = levels;
        this.worklist = worklist;
        this.clock = clock;
        this.currentCode = currentCode;
        this.currentVersion = currentVersion;
        standards.require(currentCode, currentVersion); // a wrong setting stops the start-up, naming the standard
    }

    @Override
    @Transactional(readOnly = true)
    public AssessmentSheet sheet(String standardCode, String standardVersion, Language language) {
        return AssessmentSheets.of(standards.require(standardCode, standardVersion), language);
    }

    @Override
    public long startDraft(Viewer viewer, long elderId) {
        require(viewer, ASSESSORS);
        ElderRef elder = queries.elder(viewer.scope(), elderId).orElseThrow(AssessmentProblem::notFound);
        if (elder.status() != ElderStatus.ACTIVE) {
            throw AssessmentProblem.of(null, "assessment.error.elderNotActive");
        }
        Optional<Long> draft = queries.draftOf(elderId);
        if (draft.isPresent()) {
            return draft.get();
        }
        AssessmentReason reason = lists.latestCompleted(elderId).isEmpty() ? AssessmentReason.FIRST
                : queries.conditionChanges(elderId).stream().anyMatch(ConditionChange::open) ? AssessmentReason.CHANGE
                : AssessmentReason.ROUTINE;
        return rows.insertDraft(elderId, elder.divisionCode(), standards.require(currentCode, currentVersion), reason,
                viewer.username(), clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Assessment> find(Viewer viewer, long assessmentId) {
        require(viewer, VIEWERS);
        return queries.find(viewer.scope(), assessmentId);
    }

    @Override
    public int saveDraft(Viewer viewer, long assessmentId, AssessmentDraft draft) {
        require(viewer, ASSESSORS);
        Assessment current = draftInScope(viewer, assessmentId);
        return save(viewer, current, draft);
    }

    @Override
    public Assessment complete(Viewer viewer, long assessmentId, AssessmentDraft draft) {
        require(viewer, ASSESSORS);
        Assessment current = draftInScope(viewer, assessmentId);
        AssessmentStandard standard = standards.require(current.standardCode(), current.standardVersion());
        LocalDate today = today();
        checks.requireSavable(standard, withReason(draft, current));
        checks.requireComplete(standard, draft, viewer, DivisionCode.of(current.divisionCode()), today);
        save(viewer, current, draft);
        ScoredAssessment result = AssessmentScorer.score(standard, draft.answers(),
                new HealthFacts(draft.health().coma(), draft.health().diagnosisCodes()),
                draft.riskEvents().stream().map(e -> new RiskEvent(RiskEventKind.valueOf(e.kind()), e.occurredOn()))
                        .toList(),
                draft.assessedOn());
        rows.complete(assessmentId, result, viewer.username(), clock.instant());
        rows.resolveConditionChanges(current.elderId(), assessmentId, draft.assessedOn(), clock.instant());
        levels.refresh(current.elderId(), viewer.username(), clock.instant());
        return queries.find(viewer.scope(), assessmentId).orElseThrow(AssessmentProblem::notFound);
    }

    @Override
    public void voidAssessment(Viewer viewer, long assessmentId, String reason) {
        require(viewer, ASSESSORS);
        Assessment current = queries.find(viewer.scope(), assessmentId).orElseThrow(AssessmentProblem::notFound);
        if (current.status() == AssessmentStatus.VOIDED) {
            return; // voiding twice changes nothing
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
            throw AssessmentProblem.of("voidReason", "assessment.error.voidReason");
        }
        rows.voidAssessment(assessmentId, reason.strip(), viewer.username(), clock.instant());
        if (current.isCompleted()) {
            levels.refresh(current.elderId(), viewer.username(), clock.instant());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssessmentSummary> timeline(Viewer viewer, long elderId) {
        require(viewer, VIEWERS);
        queries.elder(viewer.scope(), elderId).orElseThrow(AssessmentProblem::notFound);
        return lists.timeline(elderId);
    }

    @Override
    @Transactional(readOnly = true)
    public AssessmentPage list(Viewer viewer, AssessmentStatus status, int page, int size) {
        require(viewer, VIEWERS);
        return lists.list(viewer.scope(), status == null ? AssessmentStatus.DRAFT : status, Math.max(0, page),
                Math.min(Math.max(1, size), 200));
    }

    @Override
    public long reportChangeOfCondition(Viewer viewer, long elderId, String note) {
        require(viewer, ElderRegistryService.READERS);
        ElderRef elder = queries.elder(viewer.scope(), elderId).orElseThrow(AssessmentProblem::notFound);
        if (note == null || note.isBlank() || note.strip().length() > 500) {
            throw AssessmentProblem.of("note", "assessment.error.note");
        }
        return rows.insertConditionChange(elderId, elder.divisionCode(), note.strip(), today(), viewer.username(),
                clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConditionChange> conditionChanges(Viewer viewer, long elderId) {
        require(viewer, ElderRegistryService.READERS);
        queries.elder(viewer.scope(), elderId).orElseThrow(AssessmentProblem::notFound);
        return queries.conditionChanges(elderId);
    }

    @Override
    @Transactional(readOnly = true)
    public Worklist worklist(Viewer viewer, int page, int size) {
        require(viewer, VIEWERS);
        return worklist.page(viewer.scope(), today(), Math.max(0, page), Math.min(Math.max(1, size), 200));
    }

    private Assessment draftInScope(Viewer viewer, long assessmentId) {
        Assessment current = queries.find(viewer.scope(), assessmentId).orElseThrow(AssessmentProblem::notFound);
        if (!current.isDraft()) {
            throw AssessmentProblem.notDraft();
        }
        return current;
    }

    private int save(Viewer viewer, Assessment current, AssessmentDraft draft) {
        AssessmentDraft complete = withReason(draft, current);
        checks.requireSavable(standards.require(current.standardCode(), current.standardVersion()), complete);
        return rows.saveDraft(current.id(), complete, viewer.username(), clock.instant());
    }

    /** A draft sent without a reason keeps the one it has. */
    private static AssessmentDraft withReason(AssessmentDraft d, Assessment current) {
        return d.reason() != null ? d : new AssessmentDraft(current.reason(), d.assessedOn(), d.place(), d.assessor1(),
                d.assessor2(), d.answers(), d.health(), d.riskEvents(), d.expectedVersion());
    }

    private static void require(Viewer viewer, Set<Role> roles) {
        if (!roles.contains(viewer.role())) {
            throw new AccessDeniedException("Role " + viewer.role() + " may not do this with capability assessments");
        }
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
