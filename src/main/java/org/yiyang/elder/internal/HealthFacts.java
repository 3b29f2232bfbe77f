package org.yiyang.elder.internal;

import java.util.List;

/**
 * The health facts of an assessment the level-change rules look at.
 *
 * @param coma           the health item 昏迷 is answered yes
 * @param diagnosisCodes ICD-10 codes of confirmed diagnoses, e.g. {@code "F01.1"}, {@code "G30"}
 */
record HealthFacts(boolean coma, List<String> diagnosisCodes) {

    HealthFacts {
        diagnosisCodes = List.copyOf(diagnosisCodes);
    }

    static HealthFacts none() {
        return new HealthFacts(false, List.of());
    }

    static HealthFacts diagnosed(String... codes) {
        return new HealthFacts(false, List.of(codes));
    }
}
