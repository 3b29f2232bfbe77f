package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionOutcome;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.shared.DivisionCode;

/**
 * Evaluates a rule for one elder in Java, condition by condition, independently of {@link RuleSql}: the
 * explanation an elder or regulator reads, and the reference the property test holds the set-based SQL to. It
 * must agree with {@link RuleSql} for every elder: a missing capability level or disability grade fails every
 * test except one that asks for the placeholder value RuleSql coalesces it to.
 */
final class RuleEvaluator {

    /** One evaluated condition; {@code condition} is null for the two every rule has ({@code subject} says which). */
    record Check(String subject, Condition condition, boolean passed) {
    }

    private RuleEvaluator() {
    }

    static boolean eligible(List<Condition> conditions, DivisionCode programmeDivision, ElderFacts elder, LocalDate asOf) {
        return checks(conditions, programmeDivision, elder, asOf).stream().allMatch(Check::passed);
    }

    /** The implicit conditions first (active in the registry, living in the programme's division), then the rule's. */
    static List<Check> checks(List<Condition> conditions, DivisionCode programmeDivision, ElderFacts elder,
                              LocalDate asOf) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check(ConditionOutcome.REGISTRY_STATUS, null, "ACTIVE".equals(elder.status())));
        checks.add(new Check(ConditionOutcome.PROGRAMME_DIVISION, null,
                within(elder.divisionCode(), List.of(programmeDivision.value()))));
        for (Condition condition : conditions) {
            checks.add(new Check(condition.field().name(), condition, holds(condition, elder, asOf)));
        }
        return checks;
    }

    static boolean holds(Condition c, ElderFacts elder, LocalDate asOf) {
        return switch (c.field()) {
            case AGE -> switch (c.operator()) {
                case AT_LEAST -> elder.ageOn(asOf) >= Integer.parseInt(c.value());
                case BELOW -> elder.ageOn(asOf) < Integer.parseInt(c.value());
                default -> unsupported(c);
            };
            case CATEGORY -> anyOfOrNone(c, values(c).stream().anyMatch(elder.categories()::contains));
            case CAPABILITY_LEVEL -> switch (c.operator()) {
                case AT_LEAST -> atLeast(CapabilityLevel.valueOf(c.value())).contains(orPlaceholder(elder.capabilityLevel()));
                case ANY_OF -> values(c).contains(orPlaceholder(elder.capabilityLevel()));
                default -> unsupported(c);
            };
            case RESIDENCE_DIVISION -> withinOrNot(c, elder.divisionCode());
            case HOUSEHOLD_DIVISION -> withinOrNot(c, elder.householdDivisionCode());
            case LIVING_SITUATION -> anyOfOrNone(c, values(c).contains(elder.livingSituation()));
            // Like RuleSql, flags, grades and sex compare whatever the operator (the form offers only one).
            case EMPTY_NEST -> elder.emptyNest() == Boolean.parseBoolean(c.value());
            case LEFT_BEHIND -> elder.leftBehind() == Boolean.parseBoolean(c.value());
            case DISABILITY_GRADE -> values(c).stream().map(Integer::valueOf).toList()
                    .contains(elder.disabilityGrade() == null ? 0 : elder.disabilityGrade());
            case SEX -> values(c).contains(elder.sex());
            case PROGRAMME -> anyOfOrNone(c, values(c).stream().map(Long::valueOf).anyMatch(elder.activeProgrammes()::contains));
        };
    }

    private static boolean anyOfOrNone(Condition c, boolean any) {
        return switch (c.operator()) {
            case ANY_OF -> any;
            case NONE_OF -> !any;
            default -> unsupported(c);
        };
    }

    private static boolean withinOrNot(Condition c, String code) {
        return switch (c.operator()) {
            case WITHIN -> within(code, values(c));
            case NOT_WITHIN -> !within(code, values(c));
            default -> unsupported(c);
        };
    }

    /** The levels from {@code from} to the worst. */
    private static List<String> atLeast(CapabilityLevel from) {
        return Arrays.stream(CapabilityLevel.values()).filter(l -> l.compareTo(from) >= 0).map(Enum::name).toList();
    }

    /** A missing level compares as this placeholder, which no level is. */
    private static String orPlaceholder(String level) {
        return level == null ? "-" : level;
    }

    /** As the database compares: the code lies between the subtree's smallest and largest code. */
    static boolean within(String code, Collection<String> divisions) {
        for (String division : divisions) {
            DivisionCode root = DivisionCode.of(division);
            if (code.compareTo(root.subtreeFrom()) >= 0 && code.compareTo(root.subtreeTo()) <= 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> values(Condition c) {
        if (c.values().isEmpty()) {
            throw new IllegalArgumentException("A condition needs at least one value");
        }
        return c.values();
    }

    private static boolean unsupported(Condition c) {
        throw new IllegalArgumentException(c.field() + " does not allow " + c.operator());
    }
}
