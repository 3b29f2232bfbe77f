package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.ConditionOutcome;
import org.yiyang.benefit.ConditionOutcome.Term;
import org.yiyang.benefit.EligibilityExplanation;
import org.yiyang.benefit.EnrolmentStatus;
import org.yiyang.region.DivisionDirectory;

/**
 * Turns a {@link RuleEvaluator} verdict into what a person reads: each condition with the rule's values and the
 * elder's, as words of the platform (levels, categories), division and programme names, or plain numbers.
 */
@Component
class Explanations {

    private final DivisionDirectory divisions;
    private final JdbcClient jdbc;

    Explanations(DivisionDirectory divisions, JdbcClient jdbc) {
        this.divisions = divisions;
        this.jdbc = jdbc;
    }

    EligibilityExplanation explain(ElderFacts elder, ProgrammeRule pr, LocalDate asOf, EnrolmentStatus open) {
        var checks = RuleEvaluator.checks(pr.rule().conditions(), pr.programme().division(), elder, asOf);
        Names names = names(elder, pr);
        List<ConditionOutcome> outcomes = new ArrayList<>();
        for (RuleEvaluator.Check check : checks) {
            outcomes.add(check.condition() == null ? implicit(check, elder, pr, names)
                    : outcome(check.condition(), check.passed(), elder, asOf, names));
        }
        return new EligibilityExplanation(elder.elderId(), elder.name(), pr.programme().id(), pr.programme().name(),
                pr.programme().kind(), pr.rule().id(), pr.rule().version(), asOf,
                checks.stream().allMatch(RuleEvaluator.Check::passed), open, outcomes);
    }

    private ConditionOutcome implicit(RuleEvaluator.Check check, ElderFacts elder, ProgrammeRule pr, Names names) {
        if (check.subject().equals(ConditionOutcome.REGISTRY_STATUS)) {
            return new ConditionOutcome(check.subject(), "eligibility.subject.REGISTRY_STATUS", "eligibility.operator.IS",
                    List.of(Term.word("ACTIVE", "elder.status.ACTIVE")),
                    List.of(Term.word(elder.status(), "elder.status." + elder.status())), check.passed());
        }
        String programmeDivision = pr.programme().division().value();
        return new ConditionOutcome(check.subject(), "eligibility.subject.PROGRAMME_DIVISION", "eligibility.operator.WITHIN",
                List.of(names.division(programmeDivision)), List.of(names.division(elder.divisionCode())), check.passed());
    }

    private ConditionOutcome outcome(Condition c, boolean passed, ElderFacts elder, LocalDate asOf, Names names) {
        List<Term> required = c.values().stream().map(v -> term(c.field(), v, names)).toList();
        List<Term> actual = switch (c.field()) {
            case AGE -> List.of(Term.plain(Integer.toString(elder.ageOn(asOf))));
            case CATEGORY -> elder.categories().stream().sorted().map(v -> term(c.field(), v, names)).toList();
            case CAPABILITY_LEVEL -> List.of(elder.capabilityLevel() == null ? Term.word("", "elder.level.none")
                    : term(c.field(), elder.capabilityLevel(), names));
            case RESIDENCE_DIVISION -> List.of(names.division(elder.divisionCode()));
            case HOUSEHOLD_DIVISION -> List.of(names.division(elder.householdDivisionCode()));
            case LIVING_SITUATION -> List.of(term(c.field(), elder.livingSituation(), names));
            case EMPTY_NEST -> List.of(term(c.field(), Boolean.toString(elder.emptyNest()), names));
            case LEFT_BEHIND -> List.of(term(c.field(), Boolean.toString(elder.leftBehind()), names));
            case DISABILITY_GRADE -> List.of(elder.disabilityGrade() == null ? Term.word("", "eligibility.value.none")
                    : Term.plain(elder.disabilityGrade().toString()));
            case SEX -> List.of(term(c.field(), elder.sex(), names));
            case PROGRAMME -> elder.activeProgrammes().stream().sorted().map(id -> term(c.field(), id.toString(), names))
                    .toList();
        };
        return new ConditionOutcome(c.field().name(), "eligibility.subject." + c.field().name(),
                "eligibility.operator." + c.operator().name(), required,
                actual, passed);
    }

    private static Term term(ConditionField field, String value, Names names) {
        return switch (field) {
            case CATEGORY -> Term.word(value, "elder.category." + value);
            case CAPABILITY_LEVEL -> Term.word(value, "elder.level." + value);
            case LIVING_SITUATION -> Term.word(value, "elder.living." + value);
            case SEX -> Term.word(value, "shared.sex." + value);
            case EMPTY_NEST, LEFT_BEHIND -> Term.word(value, "eligibility.value." + Boolean.parseBoolean(value));
            case RESIDENCE_DIVISION, HOUSEHOLD_DIVISION -> names.division(value);
            case PROGRAMME -> names.programme(value);
            case AGE, DISABILITY_GRADE -> Term.plain(value);
        };
    }

    /** Every division and programme named in the rule or the elder's facts, looked up once. */
    private Names names(ElderFacts elder, ProgrammeRule pr) {
        Set<String> codes = new HashSet<>(List.of(elder.divisionCode(), elder.householdDivisionCode(),
                pr.programme().division().value()));
        Set<Long> programmeIds = new HashSet<>(elder.activeProgrammes());
        for (Condition c : pr.rule().conditions()) {
            switch (c.field()) {
                case RESIDENCE_DIVISION, HOUSEHOLD_DIVISION -> codes.addAll(c.values());
                case PROGRAMME -> c.values().stream().map(Long::valueOf).forEach(programmeIds::add);
                default -> { }
            }
        }
        Map<String, String> programmeNames = programmeIds.isEmpty() ? Map.of() : jdbc.sql(
                        "SELECT id, name FROM benefit_programme WHERE id IN (:ids)")
                .param("ids", programmeIds).query((rs, n) -> Map.entry(Long.toString(rs.getLong(1)), rs.getString(2)))
                .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Names(divisions.names(codes), programmeNames);
    }

    private record Names(Map<String, String> divisions, Map<String, String> programmes) {

        Term division(String code) {
            return named(code, divisions::get);
        }

        Term programme(String id) {
            return named(id, programmes::get);
        }

        private static Term named(String value, Function<String, String> lookup) {
            String name = lookup.apply(value);
            return name == null ? Term.plain(value) : Term.named(value, name);
        }
    }
}
