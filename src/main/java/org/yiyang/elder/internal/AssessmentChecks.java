package org.yiyang.elder.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.yiyang.elder.AssessmentDraft;
import org.yiyang.elder.AssessmentProblem;
import org.yiyang.elder.AssessmentProblem.Issue;
import org.yiyang.elder.RiskEventReport;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.DivisionCode;

/**
 * What a draft must be to be saved (well-formed, partial allowed) and to be completed (whole and signed by
 * two different assessors). Every problem found is reported at once.
 */
@Component
class AssessmentChecks {

    private static final BigDecimal MIN_BMI = BigDecimal.valueOf(10);
    private static final BigDecimal MAX_BMI = BigDecimal.valueOf(80);
    private static final int MAX_RISK_EVENTS = 20;

    private final AccountDirectory accounts;

    AssessmentChecks(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    /** Partial answers are fine; answers that are not options of the standard, or oversized text, are not. */
    void requireSavable(AssessmentStandard standard, AssessmentDraft draft) {
        List<Issue> issues = new ArrayList<>();
        draft.answers().forEach((code, score) -> {
            if (score == null || standard.item(code).map(item -> !item.allows(score)).orElse(true)) {
                issues.add(new Issue("items", "assessment.error.unknownAnswer", List.of(code)));
            }
        });
        tooLong(issues, "place", draft.place(), 200);
        tooLong(issues, "assessor1", draft.assessor1(), 64);
        tooLong(issues, "assessor2", draft.assessor2(), 64);
        tooLong(issues, "diagnoses", draft.health().diagnoses(), 200);
        BigDecimal bmi = draft.health().bmi();
        if (bmi != null && (bmi.compareTo(MIN_BMI) < 0 || bmi.compareTo(MAX_BMI) > 0)) {
            issues.add(Issue.of("bmi", "assessment.error.bmi"));
        }
        List<String> kinds = standard.levelChangeRules().riskEvents().kinds().stream().map(Enum::name).toList();
        if (draft.riskEvents().size() > MAX_RISK_EVENTS
                || draft.riskEvents().stream().anyMatch(e -> !kinds.contains(e.kind()) || e.occurredOn() == null)) {
            issues.add(Issue.of("riskEvents", "assessment.error.riskEvent"));
        }
        throwIfAny(issues);
    }

    /** Everything the standard asks for, two different assessors (one of them the viewer), a date not in the future. */
    void requireComplete(AssessmentStandard standard, AssessmentDraft draft, Viewer viewer, DivisionCode elderDivision,
                         LocalDate today) {
        List<Issue> issues = new ArrayList<>();
        if (draft.assessedOn() == null) {
            issues.add(Issue.of("assessedOn", "assessment.error.required"));
        } else if (draft.assessedOn().isAfter(today)) {
            issues.add(Issue.of("assessedOn", "assessment.error.futureDate"));
        }
        if (draft.place().isBlank()) {
            issues.add(Issue.of("place", "assessment.error.required"));
        }
        checkAssessors(draft, viewer, elderDivision, issues);
        List<String> missing = standard.items().map(AssessmentStandard.Item::code)
                .filter(code -> draft.answers().get(code) == null).toList();
        if (!missing.isEmpty()) {
            issues.add(new Issue("items", "assessment.error.missingItems", missing));
        }
        List<String> badCodes = draft.health().diagnosisCodes().stream().filter(code -> !isIcd10(code)).toList();
        if (!badCodes.isEmpty()) {
            issues.add(new Issue("diagnoses", "assessment.error.diagnosis", List.of(String.join(", ", badCodes))));
        }
        LocalDate latestEvent = draft.assessedOn() == null ? today : draft.assessedOn();
        if (draft.riskEvents().stream().map(RiskEventReport::occurredOn).anyMatch(d -> d.isAfter(latestEvent))) {
            issues.add(Issue.of("riskEvents", "assessment.error.riskEventDate"));
        }
        throwIfAny(issues);
    }

    private void checkAssessors(AssessmentDraft draft, Viewer viewer, DivisionCode elderDivision, List<Issue> issues) {
        String first = draft.assessor1();
        String second = draft.assessor2();
        requireAssessor("assessor1", first, elderDivision, issues);
        requireAssessor("assessor2", second, elderDivision, issues);
        if (!first.isBlank() && first.equalsIgnoreCase(second)) {
            issues.add(Issue.of("assessor2", "assessment.error.sameAssessor"));
        }
        if (!viewer.username().equalsIgnoreCase(first) && !viewer.username().equalsIgnoreCase(second)) {
            issues.add(Issue.of("assessor1", "assessment.error.viewerNotAssessor"));
        }
    }

    private void requireAssessor(String field, String username, DivisionCode elderDivision, List<Issue> issues) {
        if (username.isBlank()) {
            issues.add(Issue.of(field, "assessment.error.required"));
        } else if (accounts.findByUsername(username).filter(a -> a.enabled() && a.role() == Role.ASSESSOR
                && a.division().contains(elderDivision)).isEmpty()) {
            issues.add(new Issue(field, "assessment.error.notAnAssessor", List.of(username)));
        }
    }

    private static boolean isIcd10(String code) {
        try {
            LevelChangeRules.DiagnosisRule.category(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void tooLong(List<Issue> issues, String field, String text, int max) {
        if (text != null && text.length() > max) {
            issues.add(Issue.of(field, "assessment.error.tooLong"));
        }
    }

    private static void throwIfAny(List<Issue> issues) {
        if (!issues.isEmpty()) {
            throw new AssessmentProblem(issues);
        }
    }
}
