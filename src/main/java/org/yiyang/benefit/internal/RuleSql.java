package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yiyang.benefit.AgeBandAmount;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.shared.DivisionCode;

/**
 * Compiles a rule into SQL over the elder module's published view {@code elder_benefit_fact} (alias given by the
 * caller), so that one statement evaluates a programme over the whole registry (免申即享). The compiled
 * condition is never NULL for any row (nullable columns are coalesced), so it can be negated and used in CASE.
 *
 * <p>Every rule also requires the elder to be ACTIVE (not deceased or moved out) and to live in the programme's
 * division. Age is compared through the birth date: "at least 80 on {@code asOf}" is
 * {@code birth_date <= asOf - 80 years}, which is exact (29 February included) and needs no date arithmetic
 * in the database.
 */
final class RuleSql {

    private final String alias;
    private final String prefix;
    private final LocalDate asOf;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private int next;

    /** {@code prefix} keeps the parameters of two rules in one statement apart (what-if: current and draft). */
    private RuleSql(String alias, String prefix, LocalDate asOf) {
        this.alias = alias;
        this.prefix = prefix;
        this.asOf = asOf;
    }

    /** The condition "elder {@code alias} is eligible under {@code conditions} on {@code asOf}". */
    static SqlFragment eligible(List<Condition> conditions, DivisionCode programmeDivision, String alias, String prefix,
                                LocalDate asOf) {
        RuleSql sql = new RuleSql(alias, prefix, asOf);
        List<String> parts = new ArrayList<>();
        parts.add(alias + ".status = 'ACTIVE'");
        parts.add(sql.within(alias + ".division_code", List.of(programmeDivision.value())));
        for (Condition condition : conditions) {
            parts.add(sql.condition(condition));
        }
        return new SqlFragment("(" + String.join(" AND ", parts) + ")", sql.params);
    }

    /** The monthly amount in fen for elder {@code alias} on {@code asOf}: fixed, or by the highest age band reached. */
    static SqlFragment monthlyAmount(RuleAmounts amounts, String alias, String prefix, LocalDate asOf) {
        RuleSql sql = new RuleSql(alias, prefix, asOf);
        if (amounts.ageBands().isEmpty()) {
            return new SqlFragment(sql.param(amounts.monthly().fen()), sql.params);
        }
        StringBuilder cases = new StringBuilder("CASE");
        List<AgeBandAmount> highestFirst = new ArrayList<>(amounts.ageBands());
        java.util.Collections.reverse(highestFirst);
        for (AgeBandAmount band : highestFirst) {
            cases.append(" WHEN ").append(alias).append(".birth_date <= ").append(sql.param(asOf.minusYears(band.fromAge())))
                    .append(" THEN ").append(sql.param(band.monthly().fen()));
        }
        return new SqlFragment(cases.append(" ELSE 0 END").toString(), sql.params);
    }

    private String condition(Condition c) {
        String f = alias + ".";
        return switch (c.field()) {
            case AGE -> switch (c.operator()) {
                case AT_LEAST -> f + "birth_date <= " + param(asOf.minusYears(years(c)));
                case BELOW -> f + "birth_date > " + param(asOf.minusYears(years(c)));
                default -> unsupported(c);
            };
            case CATEGORY -> switch (c.operator()) {
                case ANY_OF -> categories(c.values());
                case NONE_OF -> "NOT " + categories(c.values());
                default -> unsupported(c);
            };
            case CAPABILITY_LEVEL -> switch (c.operator()) {
                case AT_LEAST -> "COALESCE(" + f + "capability_level, '-') IN (" + param(atLeast(c.value())) + ")";
                case ANY_OF -> "COALESCE(" + f + "capability_level, '-') IN (" + param(c.values()) + ")";
                default -> unsupported(c);
            };
            case RESIDENCE_DIVISION -> divisions(f + "division_code", c);
            case HOUSEHOLD_DIVISION -> divisions(f + "household_division_code", c);
            case LIVING_SITUATION -> switch (c.operator()) {
                case ANY_OF -> f + "living_situation IN (" + param(c.values()) + ")";
                case NONE_OF -> f + "living_situation NOT IN (" + param(c.values()) + ")";
                default -> unsupported(c);
            };
            case EMPTY_NEST -> f + "empty_nest = " + param(Boolean.parseBoolean(c.value()));
            case LEFT_BEHIND -> f + "left_behind = " + param(Boolean.parseBoolean(c.value()));
            case DISABILITY_GRADE -> "COALESCE(" + f + "disability_grade, 0) IN ("
                    + param(c.values().stream().map(Integer::valueOf).toList()) + ")";
            case SEX -> f + "sex IN (" + param(c.values()) + ")";
            case PROGRAMME -> switch (c.operator()) {
                case ANY_OF -> enrolled(c.values());
                case NONE_OF -> "NOT " + enrolled(c.values());
                default -> unsupported(c);
            };
        };
    }

    private String categories(List<String> values) {
        return "EXISTS (SELECT 1 FROM elder_benefit_category c WHERE c.elder_id = " + alias + ".elder_id AND c.category IN ("
                + param(values) + "))";
    }

    private String enrolled(List<String> programmeIds) {
        return "EXISTS (SELECT 1 FROM benefit_enrolment en WHERE en.elder_id = " + alias
                + ".elder_id AND en.status = 'ACTIVE' AND en.programme_id IN ("
                + param(programmeIds.stream().map(Long::valueOf).toList()) + "))";
    }

    private String divisions(String column, Condition c) {
        String within = within(column, c.values());
        return switch (c.operator()) {
            case WITHIN -> within;
            case NOT_WITHIN -> "NOT " + within;
            default -> unsupported(c);
        };
    }

    private String within(String column, List<String> codes) {
        List<String> ranges = new ArrayList<>();
        for (String code : codes) {
            DivisionCode division = DivisionCode.of(code);
            ranges.add(column + " BETWEEN " + param(division.subtreeFrom()) + " AND " + param(division.subtreeTo()));
        }
        return "(" + String.join(" OR ", ranges) + ")";
    }

    private static List<String> atLeast(String level) {
        CapabilityLevel from = CapabilityLevel.valueOf(level);
        return Arrays.stream(CapabilityLevel.values()).filter(l -> l.compareTo(from) >= 0)
                .map(Enum::name).toList();
    }

    private static int years(Condition c) {
        return Integer.parseInt(c.value());
    }

    private String param(Object value) {
        if (value instanceof java.util.Collection<?> values && values.isEmpty()) {
            throw new IllegalArgumentException("A condition needs at least one value");
        }
        String name = prefix + (next++);
        params.put(name, value);
        return ":" + name;
    }

    private static String unsupported(Condition c) {
        throw new IllegalArgumentException(c.field() + " does not allow " + c.operator());
    }
}
