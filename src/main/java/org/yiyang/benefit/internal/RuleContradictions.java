package org.yiyang.benefit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.ConditionField.Operator;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.LivingSituation;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Sex;

/**
 * Finds the fields whose conditions contradict each other, so that the rule can never match whatever the registry
 * holds: an age at least 90 and below 80; a single-valued fact (level, living situation, sex, disability grade,
 * empty nest, left behind, a division) that no value satisfies; any of some categories or programmes that are all
 * excluded by none-of conditions. Residence always lies within the programme's division.
 */
final class RuleContradictions {

    private RuleContradictions() {
    }

    static Set<ConditionField> in(List<Condition> conditions, DivisionCode programmeDivision) {
        Map<ConditionField, List<Condition>> byField = new EnumMap<>(ConditionField.class);
        conditions.forEach(c -> byField.computeIfAbsent(c.field(), f -> new ArrayList<>()).add(c));
        byField.computeIfAbsent(ConditionField.RESIDENCE_DIVISION, f -> new ArrayList<>())
                .add(Condition.of(ConditionField.RESIDENCE_DIVISION, Operator.WITHIN, programmeDivision.value()));
        Set<ConditionField> contradictory = new LinkedHashSet<>();
        byField.forEach((field, list) -> {
            if (contradicts(field, list)) {
                contradictory.add(field);
            }
        });
        return contradictory;
    }

    private static boolean contradicts(ConditionField field, List<Condition> list) {
        return switch (field) {
            case AGE -> ages(list);
            case CAPABILITY_LEVEL -> noValueLeft(names(CapabilityLevel.values()), list);
            case LIVING_SITUATION -> noValueLeft(names(LivingSituation.values()), list);
            case SEX -> noValueLeft(names(Sex.values()), list);
            case DISABILITY_GRADE -> noValueLeft(Set.of("0", "1", "2", "3", "4"), list);
            case EMPTY_NEST, LEFT_BEHIND -> noValueLeft(Set.of("true", "false"), list);
            case CATEGORY, PROGRAMME -> anyOfAllExcluded(list);
            case RESIDENCE_DIVISION, HOUSEHOLD_DIVISION -> divisions(list);
        };
    }

    private static boolean ages(List<Condition> list) {
        int from = 0;
        int below = Integer.MAX_VALUE;
        for (Condition c : list) {
            int years = Integer.parseInt(c.value());
            if (c.operator() == Operator.AT_LEAST) {
                from = Math.max(from, years);
            } else {
                below = Math.min(below, years);
            }
        }
        return from >= below;
    }

    /** A fact with one value per elder: the values every condition allows. */
    private static boolean noValueLeft(Set<String> all, List<Condition> list) {
        Set<String> left = new HashSet<>(all);
        for (Condition c : list) {
            switch (c.operator()) {
                case ANY_OF, IS -> left.retainAll(c.values());
                case NONE_OF -> c.values().forEach(left::remove);
                case AT_LEAST -> left.retainAll(atLeast(c.value()));
                default -> { }
            }
        }
        return left.isEmpty();
    }

    private static Set<String> atLeast(String level) {
        CapabilityLevel from = CapabilityLevel.valueOf(level);
        Set<String> levels = new HashSet<>();
        Arrays.stream(CapabilityLevel.values()).filter(l -> l.compareTo(from) >= 0).forEach(l -> levels.add(l.name()));
        return levels;
    }

    /** A fact with several values per elder (categories, enrolments): an any-of whose every value is excluded. */
    private static boolean anyOfAllExcluded(List<Condition> list) {
        Set<String> excluded = new HashSet<>();
        list.stream().filter(c -> c.operator() == Operator.NONE_OF).forEach(c -> excluded.addAll(c.values()));
        return list.stream().filter(c -> c.operator() == Operator.ANY_OF).anyMatch(c -> excluded.containsAll(c.values()));
    }

    /** One division per elder: it must lie within one code of every WITHIN and within no NOT_WITHIN code. */
    private static boolean divisions(List<Condition> list) {
        List<DivisionCode> excluded = list.stream().filter(c -> c.operator() == Operator.NOT_WITHIN)
                .flatMap(c -> c.values().stream()).map(DivisionCode::of).toList();
        List<List<DivisionCode>> within = list.stream().filter(c -> c.operator() == Operator.WITHIN)
                .map(c -> c.values().stream().map(DivisionCode::of)
                        .filter(code -> excluded.stream().noneMatch(x -> x.contains(code))).toList())
                .toList();
        if (within.stream().anyMatch(List::isEmpty)) {
            return true;
        }
        for (int i = 0; i < within.size(); i++) {
            for (int j = i + 1; j < within.size(); j++) {
                if (!overlap(within.get(i), within.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlap(List<DivisionCode> a, List<DivisionCode> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.contains(y) || y.contains(x)));
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new HashSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }
}
