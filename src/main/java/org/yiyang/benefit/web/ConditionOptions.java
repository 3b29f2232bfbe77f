package org.yiyang.benefit.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yiyang.benefit.ConditionField;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.shared.Sex;

/**
 * What the rule editor offers for a condition's values: boxes to tick for the fields with a fixed set of values
 * (categories, levels, living situations, sex, yes/no), a text box for the others (ages, division codes,
 * disability grades, programme ids). Also the labels the published view shows for those values.
 */
final class ConditionOptions {

    /** One value to choose and the message key of its label. */
    record Option(String value, String messageKey) {
    }

    private static final Map<ConditionField, List<Option>> CHOICES = new EnumMap<>(ConditionField.class);

    static {
        CHOICES.put(ConditionField.CATEGORY, Arrays.stream(SpecialCategory.values())
                .map(c -> new Option(c.name(), c.messageKey())).toList());
        CHOICES.put(ConditionField.CAPABILITY_LEVEL, Arrays.stream(CapabilityLevel.values())
                .map(l -> new Option(l.name(), l.messageKey())).toList());
        CHOICES.put(ConditionField.LIVING_SITUATION, Arrays.stream(LivingSituation.values())
                .map(l -> new Option(l.name(), l.messageKey())).toList());
        CHOICES.put(ConditionField.SEX, Arrays.stream(Sex.values())
                .map(s -> new Option(s.name(), "shared.sex." + s.name())).toList());
        List<Option> yesNo = List.of(new Option("true", "benefit.value.true"), new Option("false", "benefit.value.false"));
        CHOICES.put(ConditionField.EMPTY_NEST, yesNo);
        CHOICES.put(ConditionField.LEFT_BEHIND, yesNo);
    }

    private ConditionOptions() {
    }

    /** Whether the field's values are ticked rather than typed; an unknown field is typed. */
    static boolean isChoice(String field) {
        return field(field) != null && CHOICES.containsKey(field(field));
    }

    /** The choices of every ticked field and the operators of every field, by field name, for the template. */
    static Map<String, List<Option>> choices() {
        Map<String, List<Option>> byName = new LinkedHashMap<>();
        CHOICES.forEach((field, options) -> byName.put(field.name(), options));
        return byName;
    }

    static Map<String, List<ConditionField.Operator>> operators() {
        Map<String, List<ConditionField.Operator>> byName = new LinkedHashMap<>();
        for (ConditionField field : ConditionField.values()) {
            byName.put(field.name(), field.operators());
        }
        return byName;
    }

    /** The message key of a ticked value's label, or null for a typed value. */
    static String labelKey(ConditionField field, String value) {
        return CHOICES.getOrDefault(field, List.of()).stream().filter(o -> o.value().equals(value))
                .map(Option::messageKey).findFirst().orElse(null);
    }

    static ConditionField field(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return ConditionField.valueOf(name.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
