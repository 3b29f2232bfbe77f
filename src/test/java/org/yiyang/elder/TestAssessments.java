package org.yiyang.elder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answer sheets and drafts for capability assessment tests, built from the standard's own form. */
public final class TestAssessments {

    public static final String STANDARD = "GB/T 42195-2022";
    public static final String VERSION = "2022";

    private TestAssessments() {
    }

    /** Every item at its best option: 90 under GB/T 42195-2022. */
    public static Map<String, Integer> allAtMaximum(AssessmentSheet sheet) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        sheet.items().forEach(item -> scores.put(item.code(), item.maxScore()));
        return scores;
    }

    /** Answers adding up to {@code total}, never taking points off consciousness (B3.9), so no answer means coma. */
    public static Map<String, Integer> totalling(AssessmentSheet sheet, int total) {
        Map<String, Integer> scores = allAtMaximum(sheet);
        int toTakeOff = sheet.maxTotal() - total;
        for (AssessmentSheet.Item item : sheet.items()) {
            if (item.code().equals("B3.9") || toTakeOff == 0) {
                continue;
            }
            int cut = Math.min(toTakeOff, item.maxScore());
            scores.put(item.code(), item.maxScore() - cut);
            toTakeOff -= cut;
        }
        return scores;
    }

    public static AssessmentDraft draft(Map<String, Integer> answers, String assessor1, String assessor2,
                                        LocalDate on, HealthRecord health, List<RiskEventReport> risks, int version) {
        return new AssessmentDraft(AssessmentReason.FIRST, on, "老人家中", assessor1, assessor2, answers, health, risks,
                version);
    }

    public static HealthRecord diagnosed(String codes) {
        return new HealthRecord(false, PressureInjury.NONE, false, false, false, false, false, false, false, false,
                false, null, codes);
    }

    public static HealthRecord inComa() {
        return new HealthRecord(true, PressureInjury.NONE, false, false, false, false, false, false, false, false,
                false, null, "");
    }
}
