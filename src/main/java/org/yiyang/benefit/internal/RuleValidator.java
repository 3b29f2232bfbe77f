package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.ConditionField.Operator;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.benefit.RuleCheck.Finding;
import org.yiyang.benefit.RuleDraft;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Sex;

/**
 * Reads a rule draft as typed and refuses every value that does not make sense, each on its own field: ages are
 * whole years 0–150, enum values are known names, divisions exist and lie within the programme's division,
 * disability grades are 1–4, flags true or false, programmes exist and are not this one; single-valued operators
 * take one value and list operators at least one; amounts are yuan, not negative, with at most two decimals;
 * the version ends on or after the day it starts.
 */
@Component
class RuleValidator {

    private static final Set<Operator> SINGLE_VALUED = Set.of(Operator.AT_LEAST, Operator.BELOW, Operator.IS);

    private final DivisionDirectory divisions;
    private final ProgrammeStore programmes;

    RuleValidator(DivisionDirectory divisions, ProgrammeStore programmes) {
        this.divisions = divisions;
        this.programmes = programmes;
    }

    /** The draft as it reads, and what is wrong with it; its content is meaningful only without errors. */
    record Validated(List<Finding> errors, LocalDate effectiveFrom, LocalDate effectiveTo, List<Condition> conditions,
                     RuleAmounts amounts, String note) {

        boolean valid() {
            return errors.isEmpty();
        }

        RuleVersion asVersion(long ruleId, long programmeId) {
            return new RuleVersion(ruleId, programmeId, 0, RuleStatus.DRAFT, effectiveFrom, effectiveTo, conditions,
                    amounts, note);
        }
    }

    Validated validate(Programme programme, RuleDraft draft) {
        Findings findings = new Findings();
        LocalDate from = findings.date(draft.effectiveFrom(), "effectiveFrom");
        if (from == null && Findings.isBlank(draft.effectiveFrom())) {
            findings.add("effectiveFrom", "benefit.rule.error.fromMissing");
        }
        LocalDate to = findings.date(draft.effectiveTo(), "effectiveTo");
        if (from != null && to != null && to.isBefore(from)) {
            findings.add("effectiveTo", "benefit.rule.error.toBeforeFrom");
        }
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < draft.conditions().size(); i++) {
            Condition condition = condition(programme, draft.conditions().get(i), "conditions[" + i + "]", findings);
            if (condition != null) {
                conditions.add(condition);
            }
        }
        RuleAmounts amounts = RuleAmountsReader.read(programme, draft, findings);
        String note = Findings.isBlank(draft.note()) ? null : draft.note().strip();
        if (note != null && note.length() > 500) {
            findings.add("note", "benefit.rule.error.note");
        }
        return new Validated(findings.errors(), from, to, conditions, amounts, note);
    }

    private Condition condition(Programme programme, RuleDraft.Row row, String prefix, Findings findings) {
        if (row == null) {
            return null;
        }
        List<String> values = new ArrayList<>(new LinkedHashSet<>(row.values().stream()
                .filter(v -> !Findings.isBlank(v)).map(String::strip).toList()));
        if (Findings.isBlank(row.field())) {
            if (!values.isEmpty()) {
                findings.add(prefix + ".field", "benefit.rule.error.field");
            }
            return null;
        }
        ConditionField field = known(ConditionField.class, row.field());
        if (field == null) {
            findings.add(prefix + ".field", "benefit.rule.error.field");
            return null;
        }
        Operator operator = known(Operator.class, row.operator());
        if (operator == null || !field.allows(operator)) {
            findings.add(prefix + ".operator", "benefit.rule.error.operator");
            return null;
        }
        boolean single = SINGLE_VALUED.contains(operator);
        if (values.isEmpty()) {
            findings.add(prefix + ".values", single ? "benefit.rule.error.valueMissing" : "benefit.rule.error.valuesMissing");
            return null;
        }
        if (single && values.size() > 1) {
            findings.add(prefix + ".values", "benefit.rule.error.oneValue");
            return null;
        }
        List<String> normalised = new ArrayList<>();
        for (String value : values) {
            String checked = value(programme, field, value, prefix + ".values", findings);
            if (checked == null) {
                return null;
            }
            normalised.add(checked);
        }
        return new Condition(field, operator, normalised);
    }

    /** The value as it is stored (numbers without leading zeros, flags in lower case), or null after an error. */
    private String value(Programme programme, ConditionField field, String value, String at, Findings findings) {
        return switch (field) {
            case AGE -> text(findings.whole(value, at, 0, RuleAmountsReader.MAX_AGE, "benefit.rule.error.age"));
            case DISABILITY_GRADE -> text(findings.whole(value, at, 1, 4, "benefit.rule.error.grade"));
            case CATEGORY -> name(SpecialCategory.class, value, at, "benefit.rule.error.category", findings);
            case CAPABILITY_LEVEL -> name(CapabilityLevel.class, value, at, "benefit.rule.error.level", findings);
            case LIVING_SITUATION -> name(LivingSituation.class, value, at, "benefit.rule.error.living", findings);
            case SEX -> name(Sex.class, value, at, "benefit.rule.error.sex", findings);
            case EMPTY_NEST, LEFT_BEHIND -> flag(value, at, findings);
            case RESIDENCE_DIVISION, HOUSEHOLD_DIVISION -> division(programme, value, at, findings);
            case PROGRAMME -> programme(programme, value, at, findings);
        };
    }

    private static String flag(String value, String at, Findings findings) {
        String lower = value.toLowerCase();
        if (lower.equals("true") || lower.equals("false")) {
            return lower;
        }
        findings.add(at, "benefit.rule.error.flag", value);
        return null;
    }

    private String division(Programme programme, String value, String at, Findings findings) {
        DivisionCode code = DivisionCode.parse(value).orElse(null);
        if (code == null) {
            findings.add(at, "benefit.rule.error.divisionCode", value);
        } else if (divisions.find(code).isEmpty()) {
            findings.add(at, "benefit.rule.error.divisionUnknown", value);
        } else if (!programme.division().contains(code)) {
            findings.add(at, "benefit.rule.error.divisionOutside", value, programme.division().value());
        } else {
            return code.value();
        }
        return null;
    }

    private String programme(Programme programme, String value, String at, Findings findings) {
        long id;
        try {
            id = Long.parseLong(value);
        } catch (NumberFormatException notAnId) {
            findings.add(at, "benefit.rule.error.programmeId", value);
            return null;
        }
        if (id == programme.id()) {
            findings.add(at, "benefit.rule.error.programmeSelf");
        } else if (programmes.find(id).isEmpty()) {
            findings.add(at, "benefit.rule.error.programmeUnknown", value);
        } else {
            return Long.toString(id);
        }
        return null;
    }

    private static <E extends Enum<E>> String name(Class<E> type, String value, String at, String key, Findings findings) {
        E known = known(type, value);
        if (known == null) {
            findings.add(at, key, value);
            return null;
        }
        return known.name();
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }
}
