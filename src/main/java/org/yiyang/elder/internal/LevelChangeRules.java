package org.yiyang.elder.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yiyang.elder.CapabilityLevel;

/**
 * The level-change rules of a standard as its definition file states them.
 *
 * @param maxCombinedRaise how many levels the diagnosis and risk-event rules may raise together
 *                         (GB/T 42195-2022 as read here: once)
 */
record LevelChangeRules(ComaRule coma, DiagnosisRule diagnoses, RiskEventRule riskEvents, int maxCombinedRaise) {

    /** Coma (health item 昏迷, or {@code item} scored one of {@code itemScores}) sets {@code level}. */
    record ComaRule(String item, List<Integer> itemScores, CapabilityLevel level) {

        ComaRule {
            itemScores = AssessmentStandard.listOf("itemScores", itemScores);
        }
    }

    /** A confirmed diagnosis in one of the ICD-10 category ranges raises the level by {@code raise}. */
    record DiagnosisRule(int raise, List<DiagnosisRange> ranges) {

        private static final Pattern ICD10 = Pattern.compile("([A-Z][0-9]{2})[0-9A-Z.*+\\-†]*");

        DiagnosisRule {
            ranges = AssessmentStandard.listOf("ranges", ranges);
        }

        /** The first range (in file order) any of the codes falls in. */
        Optional<DiagnosisRange> firstMatch(List<String> diagnosisCodes) {
            List<String> categories = diagnosisCodes.stream().map(DiagnosisRule::category).toList();
            return ranges.stream().filter(r -> categories.stream().anyMatch(r::contains)).findFirst();
        }

        /** The three-character ICD-10 category of a code: {@code "f01.1"} → {@code "F01"}. */
        static String category(String code) {
            Matcher m = ICD10.matcher(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException("Diagnosis code '" + code + "' is not an ICD-10 code");
            }
            return m.group(1);
        }
    }

    /** ICD-10 categories {@code from} to {@code to}, both included, e.g. F00–F03. */
    record DiagnosisRange(String from, String to, LevelChangeRule rule) {

        boolean contains(String category) {
            return category.compareTo(from) >= 0 && category.compareTo(to) <= 0;
        }
    }

    /**
     * At least {@code minCount} events of the listed kinds dated within {@code windowDays} days before the
     * assessment (the assessment day and the day {@code windowDays} before both count) raise the level by
     * {@code raise}.
     */
    record RiskEventRule(int raise, int minCount, int windowDays, List<RiskEventKind> kinds) {

        RiskEventRule {
            kinds = AssessmentStandard.listOf("kinds", kinds);
        }

        boolean isMetBy(List<RiskEvent> events, LocalDate assessedOn) {
            LocalDate windowStart = assessedOn.minusDays(windowDays);
            long counted = events.stream()
                    .filter(e -> kinds.contains(e.kind()))
                    .filter(e -> !e.occurredOn().isBefore(windowStart) && !e.occurredOn().isAfter(assessedOn))
                    .count();
            return counted >= minCount;
        }
    }
}
