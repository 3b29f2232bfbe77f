package org.yiyang.elder;

import java.util.List;

/**
 * Capability assessment input or a step that cannot be accepted. Every issue names the form field (or
 * {@code null} for the whole assessment) and a message key; {@link Issue#arguments()} carries item codes
 * for "missing items" so that the page names the items in the viewer's language. Nothing is changed.
 */
public class AssessmentProblem extends RuntimeException {

    public static final String NOT_FOUND = "assessment.error.notFound";

    private final transient List<Issue> issues;

    public AssessmentProblem(List<Issue> issues) {
        super(issues.stream().map(Issue::messageKey).toList().toString());
        this.issues = List.copyOf(issues);
    }

    public static AssessmentProblem of(String field, String messageKey) {
        return new AssessmentProblem(List.of(new Issue(field, messageKey, List.of())));
    }

    /** The assessment or elder does not exist or lies outside the viewer's division: the same answer for both. */
    public static AssessmentProblem notFound() {
        return of(null, NOT_FOUND);
    }

    public static AssessmentProblem notDraft() {
        return of(null, "assessment.error.notDraft");
    }

    public static AssessmentProblem changedMeanwhile() {
        return of(null, "assessment.error.changedMeanwhile");
    }

    public List<Issue> issues() {
        return issues;
    }

    public boolean isNotFound() {
        return issues.stream().anyMatch(i -> NOT_FOUND.equals(i.messageKey()));
    }

    /** One thing wrong. */
    public record Issue(String field, String messageKey, List<String> arguments) {

        public Issue {
            arguments = List.copyOf(arguments);
        }

        public static Issue of(String field, String messageKey) {
            return new Issue(field, messageKey, List.of());
        }
    }
}
