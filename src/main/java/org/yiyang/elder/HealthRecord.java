package org.yiyang.elder;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The health facts of an assessment (健康相关问题): coma and confirmed diagnoses feed the level-change rules;
 * the rest describes the care the elder needs.
 *
 * @param bmi       body-mass index, {@code null} when not measured
 * @param diagnoses ICD-10 codes of confirmed diagnoses as typed, e.g. {@code "F01.1, I10"}; checked on completion
 */
public record HealthRecord(boolean coma, PressureInjury pressureInjury, boolean limitedJointMobility, boolean wounds,
                           boolean feedingTube, boolean urinaryCatheter, boolean stoma, boolean pain,
                           boolean dentures, boolean dysphagia, boolean airwayClearance, BigDecimal bmi,
                           String diagnoses) {

    /** The names of the yes/no facts, in the order the form and the report show them. */
    public static final List<String> FLAGS = List.of("coma", "limitedJointMobility", "wounds", "feedingTube",
            "urinaryCatheter", "stoma", "pain", "dentures", "dysphagia", "airwayClearance");

    public HealthRecord {
        pressureInjury = Objects.requireNonNullElse(pressureInjury, PressureInjury.NONE);
        diagnoses = diagnoses == null ? "" : diagnoses.strip();
    }

    public static HealthRecord none() {
        return new HealthRecord(false, PressureInjury.NONE, false, false, false, false, false, false, false, false,
                false, null, "");
    }

    /** The yes/no facts by name, in {@link #FLAGS} order. */
    public Map<String, Boolean> flags() {
        boolean[] values = {coma, limitedJointMobility, wounds, feedingTube, urinaryCatheter, stoma, pain, dentures,
                dysphagia, airwayClearance};
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (int i = 0; i < FLAGS.size(); i++) {
            flags.put(FLAGS.get(i), values[i]);
        }
        return flags;
    }

    /** The diagnosis codes, split at commas, semicolons, 、 and spaces. */
    public List<String> diagnosisCodes() {
        return diagnoses.isBlank() ? List.of() : List.of(diagnoses.split("[\\s,;，；、]+")).stream()
                .filter(code -> !code.isBlank()).toList();
    }
}
