package org.yiyang.benefit;

import java.util.List;

/**
 * One condition of an explanation: what the rule asks ({@code required}), the elder's value ({@code actual}) and
 * whether it holds. {@code subject} is the {@link ConditionField} name, or {@code REGISTRY_STATUS} and
 * {@code PROGRAMME_DIVISION} for the two conditions every rule has (active in the registry, living in the
 * programme's division), which come first.
 */
public record ConditionOutcome(String subject, String subjectKey, String operatorKey, List<Term> required,
                               List<Term> actual, boolean passed) {

    public static final String REGISTRY_STATUS = "REGISTRY_STATUS";
    public static final String PROGRAMME_DIVISION = "PROGRAMME_DIVISION";

    public ConditionOutcome {
        required = List.copyOf(required);
        actual = List.copyOf(actual);
    }

    /**
     * A value as stored ({@code value}) and as shown: through {@code messageKey} when it is a word of the
     * platform (a level, a category), else {@code label} (a division's or programme's name), else the value.
     */
    public record Term(String value, String messageKey, String label) {

        public static Term word(String value, String messageKey) {
            return new Term(value, messageKey, null);
        }

        public static Term named(String value, String label) {
            return new Term(value, null, label);
        }

        public static Term plain(String value) {
            return new Term(value, null, null);
        }

        public String shown() {
            return label != null ? label : value;
        }
    }
}
