package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yiyang.benefit.AgeBandAmount;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.ConditionField.Operator;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.MealShares;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeDraft;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.ProgrammeStatus;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.benefit.RuleCheck.Finding;
import org.yiyang.benefit.RuleDraft;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.region.Division;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;
import org.yiyang.shared.Sex;

/**
 * Rules are data: any valid rule survives its JSON documents unchanged, the validator reads back what the editor
 * shows of it, and a malformed value anywhere is refused on its own field.
 */
class RuleProperties {

    private static final long SELF = 500;
    private static final List<String> OTHER_PROGRAMMES = List.of("501", "502");
    private static final String BANNER = "152221000000";
    private static final List<String> INSIDE = List.of(BANNER, "152221100000", "152221100001", "152221101000", "152221101001");
    private static final String OUTSIDE = "150702001001";

    private final RuleValidator validator = new RuleValidator(new Divisions(), new Programmes());

    record Case(Programme programme, RuleVersion rule) {
    }

    @Property
    void theCodecRoundTripsEveryValidRule(@ForAll("cases") Case c) {
        RuleVersion rule = c.rule();

        assertThat(RuleCodec.conditions(RuleCodec.conditions(rule.conditions()))).isEqualTo(rule.conditions());
        assertThat(RuleCodec.amounts(RuleCodec.amounts(rule.amounts()))).isEqualTo(rule.amounts());
    }

    @Property
    void theValidatorReadsBackEveryValidRuleAsTheEditorShowsIt(@ForAll("cases") Case c) {
        RuleValidator.Validated read = validator.validate(c.programme(), RuleDraft.of(c.rule()));

        assertThat(read.errors()).isEmpty();
        assertThat(read.conditions()).isEqualTo(c.rule().conditions());
        assertThat(read.amounts()).isEqualTo(c.rule().amounts());
        assertThat(read.effectiveFrom()).isEqualTo(c.rule().effectiveFrom());
        assertThat(read.effectiveTo()).isEqualTo(c.rule().effectiveTo());
        assertThat(read.note()).isEqualTo(c.rule().note());
    }

    @Property
    void aMalformedConditionValueIsRefusedOnItsRow(@ForAll("cases") Case c, @ForAll("malformed") Map<ConditionField, String> bad,
                                                   @ForAll("indexes") int pick) {
        if (c.rule().conditions().isEmpty()) {
            return;
        }
        int row = pick % c.rule().conditions().size();
        RuleDraft draft = RuleDraft.of(c.rule());
        List<RuleDraft.Row> rows = new ArrayList<>(draft.conditions());
        RuleDraft.Row original = rows.get(row);
        List<String> values = new ArrayList<>(original.values());
        values.set(values.size() - 1, bad.get(ConditionField.valueOf(original.field())));
        rows.set(row, new RuleDraft.Row(original.field(), original.operator(), values));

        List<Finding> errors = validator.validate(c.programme(), withConditions(draft, rows)).errors();

        assertThat(errors).extracting(Finding::field).containsExactly("conditions[" + row + "].values");
    }

    @Property
    void aMalformedAmountIsRefusedOnItsField(@ForAll("cases") Case c, @ForAll("badYuan") String yuan) {
        RuleDraft d = RuleDraft.of(c.rule());
        RuleDraft bad = new RuleDraft(d.effectiveFrom(), d.effectiveTo(), d.conditions(), yuan, d.ageBands(), d.orderPercent(),
                yuan, yuan, d.mealCollectiveYuan(), d.mealDonorYuan(), d.mealProviderYuan(), d.coveredItems(), yuan, d.note());
        String expected = switch (c.programme().payout()) {
            case BANK, SUBSIDY_WALLET, VOUCHER_WALLET -> "monthlyYuan";
            case PER_ORDER -> c.programme().kind() == ProgrammeKind.MEAL_SUBSIDY ? "mealGovernmentYuan" : "orderCapYuan";
            case POINTS -> "fenPerPoint";
        };

        assertThat(validator.validate(c.programme(), bad).errors()).extracting(Finding::field).containsExactly(expected);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Programme> programmes = Arbitraries.of(ProgrammeKind.values())
                .flatMap(kind -> Arbitraries.of(ProgrammeDraft.payoutsFor(kind)).map(payout -> programme(kind, payout)));
        return programmes.flatMap(p -> Combinators.combine(dates(), conditions(), amounts(p), notes())
                .as((dates, conditions, amounts, note) -> new Case(p, new RuleVersion(1, SELF, 1, RuleStatus.DRAFT,
                        dates.get(0), dates.get(1), conditions, amounts, note))));
    }

    @Provide
    Arbitrary<Map<ConditionField, String>> malformed() {
        return Combinators.combine(Arbitraries.of("-1", "151", "8o", "1.5"), Arbitraries.of("RICH", "minimum_living", "低保"),
                        Arbitraries.of("15222", "152221999999", OUTSIDE, "x"), Arbitraries.of("0", "5", "one"),
                        Arbitraries.of("yes", "1", "否"), Arbitraries.of(String.valueOf(SELF), "999", "p7"))
                .as((age, name, division, grade, flag, programme) -> Map.ofEntries(
                        Map.entry(ConditionField.AGE, age), Map.entry(ConditionField.CATEGORY, name),
                        Map.entry(ConditionField.CAPABILITY_LEVEL, name), Map.entry(ConditionField.LIVING_SITUATION, name),
                        Map.entry(ConditionField.SEX, name), Map.entry(ConditionField.RESIDENCE_DIVISION, division),
                        Map.entry(ConditionField.HOUSEHOLD_DIVISION, division), Map.entry(ConditionField.DISABILITY_GRADE, grade),
                        Map.entry(ConditionField.EMPTY_NEST, flag), Map.entry(ConditionField.LEFT_BEHIND, flag),
                        Map.entry(ConditionField.PROGRAMME, programme)));
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, 100);
    }

    @Provide
    Arbitrary<String> badYuan() {
        return Arbitraries.of("-0.01", "1.234", "ten", "¥5", "1e3", "-100");
    }

    private static Programme programme(ProgrammeKind kind, Payout payout) {
        return new Programme(SELF, "P", kind, "p", DivisionCode.of(BANNER), "f", Money.ZERO, payout, EnrolmentMode.AUTOMATIC,
                ProgrammeStatus.ACTIVE, 0);
    }

    private static Arbitrary<List<LocalDate>> dates() {
        Arbitrary<LocalDate> from = Arbitraries.integers().between(0, 15_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
        return from.flatMap(start -> Arbitraries.integers().between(-1, 4_000)
                .map(days -> Arrays.asList(start, days < 0 ? null : start.plusDays(days))));
    }

    private static Arbitrary<List<Condition>> conditions() {
        Arbitrary<Condition> condition = Arbitraries.of(ConditionField.values()).flatMap(field -> Arbitraries.of(field.operators())
                .flatMap(operator -> values(field, operator).map(values -> new Condition(field, operator, values))));
        return condition.list().ofMaxSize(6);
    }

    private static Arbitrary<List<String>> values(ConditionField field, Operator operator) {
        Arbitrary<String> one = switch (field) {
            case AGE -> Arbitraries.integers().between(0, 150).map(String::valueOf);
            case DISABILITY_GRADE -> Arbitraries.integers().between(1, 4).map(String::valueOf);
            case CATEGORY -> names(SpecialCategory.values());
            case CAPABILITY_LEVEL -> names(CapabilityLevel.values());
            case LIVING_SITUATION -> names(LivingSituation.values());
            case SEX -> names(Sex.values());
            case EMPTY_NEST, LEFT_BEHIND -> Arbitraries.of("true", "false");
            case RESIDENCE_DIVISION, HOUSEHOLD_DIVISION -> Arbitraries.of(INSIDE);
            case PROGRAMME -> Arbitraries.of(OTHER_PROGRAMMES);
        };
        boolean single = operator == Operator.AT_LEAST || operator == Operator.BELOW || operator == Operator.IS;
        return single ? one.map(List::of) : one.list().ofMinSize(1).ofMaxSize(4).uniqueElements();
    }

    private static Arbitrary<String> names(Enum<?>[] values) {
        return Arbitraries.of(Arrays.stream(values).map(Enum::name).toList());
    }

    private static Arbitrary<RuleAmounts> amounts(Programme p) {
        Arbitrary<Money> money = Arbitraries.longs().between(0, 100_000_000).map(Money::ofFen);
        Arbitrary<Set<ServiceItem>> items = p.payout() == Payout.BANK ? Arbitraries.just(Set.of())
                : Arbitraries.of(ServiceItem.values()).set().ofMaxSize(5);
        return switch (p.payout()) {
            case BANK, SUBSIDY_WALLET, VOUCHER_WALLET -> Combinators.combine(money, bands(money), items)
                    .as((monthly, bands, covered) -> new RuleAmounts(monthly, bands, null, null, null, covered, null));
            case PER_ORDER -> p.kind() == ProgrammeKind.MEAL_SUBSIDY
                    ? Combinators.combine(money, money, money, money, items).as((g, c, d, v, covered) ->
                            new RuleAmounts(Money.ZERO, List.of(), null, null, new MealShares(g, c, d, v), covered, null))
                    : Combinators.combine(Arbitraries.integers().between(0, 100), money.injectNull(0.3), items)
                            .as((percent, cap, covered) -> new RuleAmounts(Money.ZERO, List.of(), percent, cap, null, covered, null));
            case POINTS -> Combinators.combine(Arbitraries.integers().between(0, 100_000), items)
                    .as((fen, covered) -> new RuleAmounts(Money.ZERO, List.of(), null, null, null, covered, fen));
        };
    }

    private static Arbitrary<List<AgeBandAmount>> bands(Arbitrary<Money> money) {
        return Arbitraries.integers().between(0, 150).set().ofMaxSize(4).flatMap(ages -> {
            List<Integer> sorted = ages.stream().sorted().toList();
            return money.list().ofSize(sorted.size()).map(amounts -> {
                List<AgeBandAmount> bands = new ArrayList<>();
                for (int i = 0; i < sorted.size(); i++) {
                    bands.add(new AgeBandAmount(sorted.get(i), amounts.get(i)));
                }
                return bands;
            });
        });
    }

    private static Arbitrary<String> notes() {
        return Arbitraries.strings().withChars("养老补贴说明 abcXYZ0123").ofMinLength(1).ofMaxLength(200)
                .filter(s -> !s.isBlank() && s.strip().equals(s)).injectNull(0.3);
    }

    private static RuleDraft withConditions(RuleDraft d, List<RuleDraft.Row> rows) {
        return new RuleDraft(d.effectiveFrom(), d.effectiveTo(), rows, d.monthlyYuan(), d.ageBands(), d.orderPercent(),
                d.orderCapYuan(), d.mealGovernmentYuan(), d.mealCollectiveYuan(), d.mealDonorYuan(), d.mealProviderYuan(),
                d.coveredItems(), d.fenPerPoint(), d.note());
    }

    /** The divisions the rules may name: the banner and a few below it, and a village of another league. */
    private static final class Divisions implements DivisionDirectory {
        private final Set<String> known = new java.util.HashSet<>(INSIDE);

        Divisions() {
            known.add(OUTSIDE);
        }

        @Override
        public Optional<Division> find(DivisionCode code) {
            return known.contains(code.value()) ? Optional.of(new Division(code.value(), "d", code.level(), null)) : Optional.empty();
        }

        @Override
        public Division require(String code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Division> children(DivisionCode code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Division> path(DivisionCode code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DivisionPage search(String query, DivisionScope scope, int page, int size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            return known.size();
        }

        @Override
        public List<Division> descendants(DivisionCode root, int level) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, String> names(Collection<String> codes) {
            return codes.stream().filter(known::contains).collect(Collectors.toMap(c -> c, c -> "d"));
        }
    }

    /** The programme itself and two others exist. */
    private static final class Programmes extends ProgrammeStore {
        Programmes() {
            super(null);
        }

        @Override
        Optional<Programme> find(long id) {
            return id == SELF || OTHER_PROGRAMMES.contains(String.valueOf(id))
                    ? Optional.of(RuleProperties.programme(ProgrammeKind.VOUCHER, Payout.VOUCHER_WALLET)) : Optional.empty();
        }
    }
}
