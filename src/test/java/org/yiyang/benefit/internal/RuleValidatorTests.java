package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.yiyang.IntegrationTest;
import org.yiyang.benefit.AgeBandAmount;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.ConditionField.Operator;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.Programmes;
import org.yiyang.benefit.RuleCheck.Finding;
import org.yiyang.benefit.RuleDraft;
import org.yiyang.benefit.RuleDraft.Band;
import org.yiyang.benefit.RuleDraft.Row;
import org.yiyang.shared.Money;

/** Every value the rule editor can send is read or refused on its own field, with the message that says why. */
@IntegrationTest
class RuleValidatorTests {

    @Autowired RuleValidator validator;
    @Autowired Programmes programmes;
    @Autowired ProgrammeStore store;

    Programme banner;
    Programme meal;
    Programme perOrder;
    Programme points;

    @BeforeEach
    void programmes() {
        banner = programme(ProgrammeKind.HIGH_AGE_ALLOWANCE, Payout.BANK);
        meal = programme(ProgrammeKind.MEAL_SUBSIDY, Payout.PER_ORDER);
        perOrder = programme(ProgrammeKind.SERVICE_SUBSIDY, Payout.PER_ORDER);
        points = programme(ProgrammeKind.HAPPINESS_POINTS, Payout.POINTS);
    }

    @Test
    void readsAWellFormedDraftWithNormalisedValues() {
        RuleDraft draft = new RuleDraft("2026-01-01", "2026-12-31", List.of(
                new Row("AGE", "AT_LEAST", List.of(" 080 ")),
                new Row("CATEGORY", "ANY_OF", List.of("MINIMUM_LIVING", "LOW_INCOME", "MINIMUM_LIVING")),
                new Row("RESIDENCE_DIVISION", "WITHIN", List.of("152221100000")),
                new Row("EMPTY_NEST", "IS", List.of("TRUE")),
                new Row("PROGRAMME", "NONE_OF", List.of(String.valueOf(meal.id()))),
                new Row("", "", List.of())), "0", List.of(new Band("80", "100"), new Band("", ""), new Band("90", "200.5")),
                "", "", "", "", "", "", List.of(), "", "  演示  ");

        RuleValidator.Validated read = validator.validate(banner, draft);

        assertThat(read.errors()).isEmpty();
        assertThat(read.conditions()).containsExactly(
                Condition.of(ConditionField.AGE, Operator.AT_LEAST, "80"),
                Condition.of(ConditionField.CATEGORY, Operator.ANY_OF, "MINIMUM_LIVING", "LOW_INCOME"),
                Condition.of(ConditionField.RESIDENCE_DIVISION, Operator.WITHIN, "152221100000"),
                Condition.of(ConditionField.EMPTY_NEST, Operator.IS, "true"),
                Condition.of(ConditionField.PROGRAMME, Operator.NONE_OF, String.valueOf(meal.id())));
        assertThat(read.amounts().ageBands()).containsExactly(new AgeBandAmount(80, Money.ofFen(10_000)),
                new AgeBandAmount(90, Money.ofFen(20_050)));
        assertThat(read.note()).isEqualTo("演示");
    }

    @ParameterizedTest(name = "{0} {1} [{2}] → {3}")
    @CsvSource(delimiter = '|', value = {
            "AGE|AT_LEAST|abc|benefit.rule.error.age",
            "AGE|AT_LEAST|151|benefit.rule.error.age",
            "AGE|BELOW|-1|benefit.rule.error.age",
            "AGE|AT_LEAST|80 90|benefit.rule.error.oneValue",
            "AGE|AT_LEAST||benefit.rule.error.valueMissing",
            "AGE|ANY_OF|80|benefit.rule.error.operator",
            "NO_SUCH_FIELD|ANY_OF|1|benefit.rule.error.field",
            "|ANY_OF|1|benefit.rule.error.field",
            "CATEGORY||MINIMUM_LIVING|benefit.rule.error.operator",
            "CATEGORY|ANY_OF||benefit.rule.error.valuesMissing",
            "CATEGORY|ANY_OF|RICH|benefit.rule.error.category",
            "CAPABILITY_LEVEL|AT_LEAST|WORST|benefit.rule.error.level",
            "CAPABILITY_LEVEL|AT_LEAST|MILD SEVERE|benefit.rule.error.oneValue",
            "LIVING_SITUATION|NONE_OF|IN_A_TENT|benefit.rule.error.living",
            "SEX|ANY_OF|OTHER|benefit.rule.error.sex",
            "EMPTY_NEST|IS|maybe|benefit.rule.error.flag",
            "LEFT_BEHIND|IS||benefit.rule.error.valueMissing",
            "DISABILITY_GRADE|ANY_OF|0|benefit.rule.error.grade",
            "DISABILITY_GRADE|ANY_OF|5|benefit.rule.error.grade",
            "RESIDENCE_DIVISION|WITHIN|15222|benefit.rule.error.divisionCode",
            "RESIDENCE_DIVISION|WITHIN|152221999999|benefit.rule.error.divisionUnknown",
            "HOUSEHOLD_DIVISION|NOT_WITHIN|150702001001|benefit.rule.error.divisionOutside",
            "RESIDENCE_DIVISION|BELOW|152221100000|benefit.rule.error.operator",
            "PROGRAMME|ANY_OF|x1|benefit.rule.error.programmeId",
            "PROGRAMME|NONE_OF|999999999|benefit.rule.error.programmeUnknown",
    })
    void refusesAConditionValueOnItsField(String field, String operator, String values, String key) {
        RuleDraft draft = draft(d -> d, new Row(field, operator, values == null ? List.of() : List.of(values.split(" "))));

        List<Finding> errors = validator.validate(banner, draft).errors();

        String expectedField = key.endsWith(".field") ? "conditions[1].field"
                : key.endsWith(".operator") ? "conditions[1].operator" : "conditions[1].values";
        assertThat(errors).extracting(Finding::field, Finding::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(expectedField, key));
    }

    @Test
    void refusesAConditionThatNamesItsOwnProgramme() {
        RuleDraft draft = draft(d -> d, new Row("PROGRAMME", "NONE_OF", List.of(String.valueOf(banner.id()))));

        assertThat(validator.validate(banner, draft).errors()).extracting(Finding::messageKey)
                .containsExactly("benefit.rule.error.programmeSelf");
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "effectiveFrom||effectiveFrom|benefit.rule.error.fromMissing",
            "effectiveFrom|2026-02-30|effectiveFrom|benefit.rule.error.date",
            "effectiveTo|2025-12-31|effectiveTo|benefit.rule.error.toBeforeFrom",
            "effectiveTo|tomorrow|effectiveTo|benefit.rule.error.date",
            "monthlyYuan|-1|monthlyYuan|benefit.rule.error.amount",
            "monthlyYuan|1.234|monthlyYuan|benefit.rule.error.amount",
            "monthlyYuan|ten|monthlyYuan|benefit.rule.error.amount",
            "note|x|note|benefit.rule.error.note",
    })
    void refusesDatesAmountsAndNotesOnTheirFields(String field, String value, String errorField, String key) {
        String text = field.equals("note") ? "长".repeat(501) : value;
        RuleDraft draft = draft(d -> with(d, field, text));

        assertThat(validator.validate(banner, draft).errors()).extracting(Finding::field, Finding::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(errorField, key));
    }

    @Test
    void refusesAgeBandsThatDoNotRiseOrDoNotRead() {
        RuleDraft draft = draft(d -> new RuleDraft(d.effectiveFrom(), d.effectiveTo(), d.conditions(), "", List.of(
                new Band("90", "200"), new Band("80", "100"), new Band("eighty", "1"), new Band("95", "-3"), new Band("", "5")),
                "", "", "", "", "", "", List.of(), "", ""));

        assertThat(validator.validate(banner, draft).errors()).extracting(Finding::field, Finding::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ageBands[1].fromAge", "benefit.rule.error.bandOrder"),
                org.assertj.core.groups.Tuple.tuple("ageBands[2].fromAge", "benefit.rule.error.age"),
                org.assertj.core.groups.Tuple.tuple("ageBands[3].yuan", "benefit.rule.error.amount"),
                org.assertj.core.groups.Tuple.tuple("ageBands[4].fromAge", "benefit.rule.error.age"));
    }

    @Test
    void readsWhatEachPayoutPaysAndRefusesItsBadAmounts() {
        RuleDraft shares = new RuleDraft("2026-01-01", "", List.of(), "", List.of(), "", "", "5", "2", "1", "x", List.of("MEAL", "SWIMMING"),
                "", "");
        assertThat(validator.validate(meal, shares).errors()).extracting(Finding::field, Finding::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("mealProviderYuan", "benefit.rule.error.amount"),
                org.assertj.core.groups.Tuple.tuple("coveredItems", "benefit.rule.error.item"));

        RuleDraft percent = new RuleDraft("2026-01-01", "", List.of(), "", List.of(), "101", "-5", "", "", "", "", List.of(), "", "");
        assertThat(validator.validate(perOrder, percent).errors()).extracting(Finding::field).containsExactly("orderPercent", "orderCapYuan");
        RuleDraft noPercent = new RuleDraft("2026-01-01", "", List.of(), "", List.of(), "", "", "", "", "", "", List.of(), "", "");
        assertThat(validator.validate(perOrder, noPercent).errors()).extracting(Finding::field).containsExactly("orderPercent");

        RuleDraft fen = new RuleDraft("2026-01-01", "", List.of(), "", List.of(), "", "", "", "", "", "", List.of(), "1.5", "");
        assertThat(validator.validate(points, fen).errors()).extracting(Finding::field).containsExactly("fenPerPoint");
        RuleDraft good = new RuleDraft("2026-01-01", "", List.of(), "999", List.of(), "50", "20", "", "", "", "", List.of("MEAL"), "1", "");
        RuleValidator.Validated read = validator.validate(points, good);
        assertThat(read.errors()).isEmpty();
        assertThat(read.amounts().fenPerPoint()).isEqualTo(1);
        assertThat(read.amounts().monthly()).isEqualTo(Money.ZERO);
        assertThat(read.amounts().orderPercent()).isNull();
    }

    private Programme programme(ProgrammeKind kind, Payout payout) {
        var draft = ProgrammeScenario.draft(kind, ProgrammeScenario.DEMO_BANNER, "10");
        long id = programmes.create(ProgrammeScenario.ADMIN, new org.yiyang.benefit.ProgrammeDraft(draft.code(), kind,
                draft.name(), draft.division(), draft.fundingSource(), draft.budget(), payout, draft.enrolmentMode()));
        return store.find(id).orElseThrow();
    }

    /** A valid draft (age at least 80, 100 元 a month from 2026), changed by {@code change}, with one more condition. */
    private static RuleDraft draft(UnaryOperator<RuleDraft> change, Row... more) {
        List<Row> rows = new java.util.ArrayList<>(List.of(new Row("AGE", "AT_LEAST", List.of("80"))));
        rows.addAll(List.of(more));
        return change.apply(new RuleDraft("2026-01-01", "", rows, "100", List.of(), "", "", "", "", "", "", List.of(), "", ""));
    }

    private static RuleDraft with(RuleDraft d, String field, String value) {
        return new RuleDraft(field.equals("effectiveFrom") ? value : d.effectiveFrom(),
                field.equals("effectiveTo") ? value : d.effectiveTo(), d.conditions(),
                field.equals("monthlyYuan") ? value : d.monthlyYuan(), d.ageBands(), d.orderPercent(), d.orderCapYuan(),
                d.mealGovernmentYuan(), d.mealCollectiveYuan(), d.mealDonorYuan(), d.mealProviderYuan(), d.coveredItems(),
                d.fenPerPoint(), field.equals("note") ? value : d.note());
    }
}
