package org.yiyang.elder.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.yiyang.elder.internal.AssessmentStandard.Dimension;
import org.yiyang.elder.internal.AssessmentStandard.Item;
import org.yiyang.elder.internal.AssessmentStandard.Option;
import org.yiyang.elder.internal.LevelChangeRules.DiagnosisRange;

/**
 * The rules every standard definition keeps, so that scoring can trust it: item maxima add up to the
 * dimension maxima and those to the total, option scores are unique per item, the level bands cover every
 * total exactly once, and the level-change rules name things that exist.
 */
final class StandardDefinitionValidator {

    private static final List<String> REQUIRED_LANGUAGES = List.of("zh", "en");
    private static final String ICD10_CATEGORY = "[A-Z][0-9]{2}";

    private StandardDefinitionValidator() {
    }

    /** Every problem found, in words; empty when the definition is valid. */
    static List<String> problemsOf(AssessmentStandard standard) {
        List<String> problems = new ArrayList<>();
        checkHeader(standard, problems);
        checkDimensions(standard, problems);
        problems.addAll(LevelBandsValidator.problemsOf(standard.levelBands(), standard.maxTotal()));
        checkChangeRules(standard, problems);
        return problems;
    }

    private static void checkHeader(AssessmentStandard standard, List<String> problems) {
        if (standard.code().isBlank() || standard.version().isBlank()) {
            problems.add("code and version must not be blank");
        }
        checkWording("title", standard.title(), problems);
        if (standard.maxTotal() <= 0) {
            problems.add("maxTotal must be positive, not " + standard.maxTotal());
        }
        if (standard.reassessmentIntervalMonths() < 1) {
            problems.add("reassessmentIntervalMonths must be at least 1, not " + standard.reassessmentIntervalMonths());
        }
    }

    private static void checkDimensions(AssessmentStandard standard, List<String> problems) {
        if (standard.dimensions().isEmpty()) {
            problems.add("no dimensions");
        }
        Set<String> codes = new HashSet<>();
        int sumOfDimensionMaxima = 0;
        for (Dimension dimension : standard.dimensions()) {
            if (!codes.add(dimension.code())) {
                problems.add("dimension code " + dimension.code() + " is used twice");
            }
            checkWording("dimension " + dimension.code(), dimension.name(), problems);
            if (dimension.items().isEmpty()) {
                problems.add("dimension " + dimension.code() + " has no items");
            }
            int sumOfItemMaxima = 0;
            for (Item item : dimension.items()) {
                if (!codes.add(item.code())) {
                    problems.add("item code " + item.code() + " is used twice");
                }
                checkItem(item, problems);
                sumOfItemMaxima += item.maxScore();
            }
            if (sumOfItemMaxima != dimension.maxScore()) {
                problems.add("item maxima of dimension " + dimension.code() + " add up to " + sumOfItemMaxima
                        + ", not the declared maxScore " + dimension.maxScore());
            }
            sumOfDimensionMaxima += dimension.maxScore();
        }
        if (sumOfDimensionMaxima != standard.maxTotal()) {
            problems.add("dimension maxima add up to " + sumOfDimensionMaxima
                    + ", not the declared maxTotal " + standard.maxTotal());
        }
    }

    private static void checkItem(Item item, List<String> problems) {
        checkWording("item " + item.code(), item.name(), problems);
        if (item.options().isEmpty()) {
            problems.add("item " + item.code() + " has no options");
        }
        Set<Integer> scores = new HashSet<>();
        for (Option option : item.options()) {
            if (option.score() < 0) {
                problems.add("item " + item.code() + " has a negative option score " + option.score());
            }
            if (!scores.add(option.score())) {
                problems.add("item " + item.code() + " has more than one option scored " + option.score());
            }
            checkWording("item " + item.code() + " option " + option.score(), option.description(), problems);
        }
    }

    private static void checkChangeRules(AssessmentStandard standard, List<String> problems) {
        LevelChangeRules rules = standard.levelChangeRules();
        standard.item(rules.coma().item()).ifPresentOrElse(
                item -> rules.coma().itemScores().stream().filter(score -> !item.allows(score)).forEach(score ->
                        problems.add("coma rule names score " + score + ", not an option of item " + item.code())),
                () -> problems.add("coma rule names unknown item " + rules.coma().item()));
        if (rules.diagnoses().raise() < 0 || rules.riskEvents().raise() < 0 || rules.maxCombinedRaise() < 0) {
            problems.add("level-change rules must not raise by a negative number of levels");
        }
        for (DiagnosisRange range : rules.diagnoses().ranges()) {
            checkDiagnosisRange(range, problems);
        }
        if (rules.riskEvents().minCount() < 1 || rules.riskEvents().windowDays() < 1) {
            problems.add("risk-event rule needs minCount and windowDays of at least 1");
        }
        if (rules.riskEvents().kinds().isEmpty()) {
            problems.add("risk-event rule lists no event kinds");
        }
    }

    private static void checkDiagnosisRange(DiagnosisRange range, List<String> problems) {
        String name = "diagnosis range " + range.from() + "–" + range.to();
        if (!range.from().matches(ICD10_CATEGORY) || !range.to().matches(ICD10_CATEGORY)) {
            problems.add(name + " must run between ICD-10 categories such as F00");
        } else if (range.from().compareTo(range.to()) > 0) {
            problems.add(name + " runs backwards");
        }
        if (range.rule() != LevelChangeRule.DEMENTIA && range.rule() != LevelChangeRule.MENTAL_DISORDER) {
            problems.add(name + " must name rule DEMENTIA or MENTAL_DISORDER, not " + range.rule());
        }
    }

    private static void checkWording(String what, Wording wording, List<String> problems) {
        for (String language : REQUIRED_LANGUAGES) {
            if (!wording.has(language)) {
                problems.add(what + " has no '" + language + "' text");
            }
        }
    }
}
