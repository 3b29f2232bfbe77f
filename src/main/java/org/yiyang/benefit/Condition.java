package org.yiyang.benefit;

import java.util.List;
import java.util.Objects;

/** One condition of an eligibility rule; a rule holds when all its conditions hold. */
public record Condition(ConditionField field, ConditionField.Operator operator, List<String> values) {

    public Condition {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(operator, "operator");
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static Condition of(ConditionField field, ConditionField.Operator operator, String... values) {
        return new Condition(field, operator, List.of(values));
    }

    /** The only value of a single-valued condition (age, level at least, a flag). */
    public String value() {
        return values.isEmpty() ? null : values.get(0);
    }
}
