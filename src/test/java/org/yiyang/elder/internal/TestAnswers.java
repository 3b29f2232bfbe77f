package org.yiyang.elder.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.DefaultResourceLoader;
import org.yiyang.elder.internal.AssessmentStandard.Item;

/** The bundled GB/T 42195-2022 definition and answer sheets built from it for tests. */
final class TestAnswers {

    static final AssessmentStandard GB_T_42195 =
            new AssessmentStandards(new DefaultResourceLoader()).require("GB/T 42195-2022", "2022");

    private TestAnswers() {
    }

    /** Every item at its best option: total 90. */
    static Map<String, Integer> allAtMaximum() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        GB_T_42195.items().forEach(item -> scores.put(item.code(), item.maxScore()));
        return scores;
    }

    /**
     * Answers adding up to {@code total}, taken off the items in order but never off the consciousness item
     * B3.9, so that no answer means coma.
     */
    static Map<String, Integer> totalling(int total) {
        Map<String, Integer> scores = allAtMaximum();
        int toTakeOff = GB_T_42195.maxTotal() - total;
        for (Item item : GB_T_42195.items().toList()) {
            if (item.code().equals("B3.9") || toTakeOff == 0) {
                continue;
            }
            int cut = Math.min(toTakeOff, item.maxScore());
            scores.put(item.code(), item.maxScore() - cut);
            toTakeOff -= cut;
        }
        if (toTakeOff != 0) {
            throw new IllegalArgumentException("total " + total + " needs B3.9 below its best option");
        }
        return scores;
    }
}
