package org.yiyang.elder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an assessor has entered so far. Any part may be missing while the assessment is a draft; completing
 * it checks everything.
 *
 * @param answers         the chosen option's score per item code (二级指标), only the items answered
 * @param expectedVersion the version the assessor started from; a save over someone else's newer save is refused
 */
public record AssessmentDraft(AssessmentReason reason, LocalDate assessedOn, String place, String assessor1,
                              String assessor2, Map<String, Integer> answers, HealthRecord health,
                              List<RiskEventReport> riskEvents, int expectedVersion) {

    public AssessmentDraft {
        answers = answers == null ? Map.of() : new LinkedHashMap<>(answers);
        health = health == null ? HealthRecord.none() : health;
        riskEvents = riskEvents == null ? List.of() : List.copyOf(riskEvents);
        place = place == null ? "" : place.strip();
        assessor1 = assessor1 == null ? "" : assessor1.strip();
        assessor2 = assessor2 == null ? "" : assessor2.strip();
    }

    @Override
    public Map<String, Integer> answers() {
        return java.util.Collections.unmodifiableMap(answers);
    }
}
