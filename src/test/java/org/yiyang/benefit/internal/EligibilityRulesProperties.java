package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;
import org.yiyang.IntegrationTest;
import org.yiyang.TestClock;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.ConditionField.Operator;
import org.yiyang.benefit.EligibilityTrigger;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.elder.CapabilityAssessments;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;
import org.yiyang.shared.Sex;

/**
 * The set-based rule (RuleSql over the elder view, as an eligibility run uses it) and the per-elder evaluator
 * behind explanations find exactly the same elders, for random rules over a random registry generated once: birth
 * dates on 29 February and birthdays on the day evaluated, categories and disability grades, capability levels
 * (or none), living situations, flags, household registrations inside and outside the region, elders deceased
 * or moved out, and membership of two programmes. Rule values are drawn as placeholders (a division, a programme)
 * and resolved against that registry.
 */
@IntegrationTest
class EligibilityRulesProperties {

    private static World world;

    @Autowired ElderRegistry registry;
    @Autowired CapabilityAssessments assessments;
    @Autowired FamilyLinks links;
    @Autowired AccountAdministration administration;
    @Autowired DivisionDirectory divisions;
    @Autowired BenefitFixtures programmes;
    @Autowired EligibilityRuns runs;
    @Autowired ElderFactsReader factsReader;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    /** The registry every try evaluates, and the places and programmes rule values point to. */
    record World(LocalDate today, Map<String, String> places, long memberOf, long alsoMemberOf, List<ElderFacts> elders) {
    }

    @BeforeProperty
    void registry() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
        if (world == null) {
            world = build(new Random());
        }
    }

    @Property(tries = 400)
    void theSetBasedRuleAndThePerElderEvaluatorFindTheSameElders(@ForAll("rules") List<Condition> drawn,
                                                                   @ForAll("places") String programmePlace,
                                                                   @ForAll("days") int dayIndex) {
        List<Condition> conditions = drawn.stream().map(this::resolve).toList();
        DivisionCode division = DivisionCode.of(world.places().get(programmePlace));
        LocalDate asOf = asOfDays().get(dayIndex);

        SqlFragment rule = RuleSql.eligible(conditions, division, "f", "p", asOf);
        Set<Long> setBased = new TreeSet<>(rule.bind(jdbc.sql(
                        "SELECT f.elder_id FROM elder_benefit_fact f WHERE f.elder_id IN (:ids) AND " + rule.sql()))
                .param("ids", world.elders().stream().map(ElderFacts::elderId).toList())
                .query(Long.class).list());
        Set<Long> perElder = world.elders().stream()
                .filter(elder -> RuleEvaluator.eligible(conditions, division, elder, asOf))
                .map(ElderFacts::elderId).collect(Collectors.toCollection(TreeSet::new));

        assertThat(setBased).as("rule %s in %s on %s", conditions, division, asOf).isEqualTo(perElder);
    }

    @Provide
    Arbitrary<List<Condition>> rules() {
        return condition().list().ofMinSize(0).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> places() {
        return Arbitraries.of("REGION", "LEAGUE", "BANNER", "TOWNSHIP", "VILLAGE", "NEIGHBOUR", "ELSEWHERE");
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(0, AS_OF_DAYS - 1);
    }

    private static final int AS_OF_DAYS = 9;

    /** Today (birthdays on it are in the registry), the days around it, and the days around 29 February. */
    private List<LocalDate> asOfDays() {
        LocalDate today = world.today();
        return List.of(today, today.minusDays(1), today.plusDays(1), LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 29),
                LocalDate.of(2028, 3, 1), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1), today.plusYears(5));
    }

    private Arbitrary<Condition> condition() {
        return Arbitraries.of(ConditionField.values()).flatMap(field -> Arbitraries.of(field.operators())
                .flatMap(operator -> values(field, operator).map(values -> new Condition(field, operator, values))));
    }

    private static Arbitrary<List<String>> values(ConditionField field, Operator operator) {
        return switch (field) {
            case AGE -> Arbitraries.integers().between(58, 106).map(age -> List.of(Integer.toString(age)));
            case CATEGORY -> someOf(enumNames(SpecialCategory.values()));
            case CAPABILITY_LEVEL -> operator == Operator.AT_LEAST
                    ? Arbitraries.of(enumNames(CapabilityLevel.values())).map(List::of)
                    : someOf(enumNames(CapabilityLevel.values()));
            case RESIDENCE_DIVISION, HOUSEHOLD_DIVISION -> someOf(List.of("@REGION", "@LEAGUE", "@BANNER", "@TOWNSHIP",
                    "@VILLAGE", "@NEIGHBOUR", "@ELSEWHERE", "@OUTSIDE"));
            case LIVING_SITUATION -> someOf(enumNames(LivingSituation.values()));
            case EMPTY_NEST, LEFT_BEHIND -> Arbitraries.of("true", "false").map(List::of);
            case DISABILITY_GRADE -> someOf(List.of("1", "2", "3", "4"));
            case SEX -> someOf(enumNames(Sex.values()));
            case PROGRAMME -> someOf(List.of("@MEMBER", "@ALSO_MEMBER", "@NOBODY"));
        };
    }

    private static Arbitrary<List<String>> someOf(List<String> values) {
        return Arbitraries.of(values).set().ofMinSize(1).ofMaxSize(values.size()).map(ArrayList::new);
    }

    private static List<String> enumNames(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    private Condition resolve(Condition c) {
        return new Condition(c.field(), c.operator(), c.values().stream().map(v -> switch (v) {
            case "@MEMBER" -> Long.toString(world.memberOf());
            case "@ALSO_MEMBER" -> Long.toString(world.alsoMemberOf());
            case "@NOBODY" -> "0";
            default -> v.startsWith("@") ? world.places().get(v.substring(1)) : v;
        }).toList());
    }

    // --- the registry, built once ---------------------------------------------------------------------------

    private World build(Random random) {
        LocalDate today = ChinaTime.today(clock);
        EligibilityFixtures fixtures = new EligibilityFixtures(registry, assessments, links, administration, divisions, jdbc);
        String village = fixtures.village(EligibilityFixtures.QUIET_LEAGUES.get(random.nextInt(EligibilityFixtures.QUIET_LEAGUES.size())));
        String township = village.substring(0, 9) + "000";
        String neighbour = divisions.descendants(DivisionCode.of(EligibilityFixtures.bannerOf(village)), 5).stream()
                .map(d -> d.code()).filter(code -> !code.equals(village)).findFirst().orElseThrow();
        Map<String, String> places = new HashMap<>(Map.of("REGION", "150000000000",
                "LEAGUE", EligibilityFixtures.leagueOf(village), "BANNER", EligibilityFixtures.bannerOf(village),
                "TOWNSHIP", township, "VILLAGE", village, "NEIGHBOUR", neighbour,
                "ELSEWHERE", "152221100001", "OUTSIDE", "110105001001"));

        EligibilityFixtures.Assessors assessors = fixtures.assessors(village);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            String home = random.nextInt(5) == 0 ? neighbour : village;
            long id = fixtures.elder(home, spec(random, today, i, places));
            if (random.nextInt(10) < 6) {
                fixtures.assess(assessors, id, CapabilityLevel.values()[random.nextInt(CapabilityLevel.values().length)], today);
            }
            int fate = random.nextInt(100);
            if (fate < 8) {
                registry.recordDeath(EligibilityFixtures.operator(home), id, today.minusDays(random.nextInt(300)), "病故");
            } else if (fate < 13) {
                registry.recordMoveOut(EligibilityFixtures.operator(home), id, today.minusDays(random.nextInt(300)), "迁出");
            }
            ids.add(id);
        }
        fixtures.settled(ids.stream().mapToLong(Long::longValue).toArray());
        Programme member = programmes.programme(ProgrammeKind.VOUCHER, EligibilityFixtures.bannerOf(village),
                List.of(Condition.of(ConditionField.AGE, Operator.AT_LEAST, "75")), RuleAmounts.monthly(Money.ofFen(100)));
        Programme alsoMember = programmes.programme(ProgrammeKind.SERVICE_SUBSIDY, EligibilityFixtures.bannerOf(village),
                List.of(Condition.of(ConditionField.LIVING_SITUATION, Operator.ANY_OF, "ALONE", "WITH_SPOUSE")),
                RuleAmounts.monthly(Money.ofFen(100)));
        runs.runAll(EligibilityTrigger.MANUAL, "property", p -> p.id() == member.id() || p.id() == alsoMember.id(), true);
        List<ElderFacts> facts = ids.stream().map(id -> factsReader.read(id).orElseThrow()).toList();
        assertThat(facts).anyMatch(f -> f.activeProgrammes().contains(member.id()))
                .anyMatch(f -> f.capabilityLevel() == null).anyMatch(f -> !"ACTIVE".equals(f.status()))
                .anyMatch(f -> MonthDay.from(f.birthDate()).equals(MonthDay.of(2, 29)));
        return new World(today, places, member.id(), alsoMember.id(), facts);
    }

    /** Birth dates: every tenth on 29 February, every tenth on today's date, the rest any day from 60 to 105 years ago. */
    private static EligibilityFixtures.Spec spec(Random random, LocalDate today, int i, Map<String, String> places) {
        int age = 60 + random.nextInt(46);
        LocalDate birth = switch (i % 10) {
            case 0 -> LocalDate.of(1924 + 4 * random.nextInt(11), 2, 29);
            case 1 -> today.minusYears(age);
            case 2 -> today.minusYears(age).plusDays(1).isAfter(today.minusYears(60)) ? today.minusYears(age) : today.minusYears(age).plusDays(1);
            default -> today.minusYears(age).minusDays(random.nextInt(365));
        };
        Set<SpecialCategory> categories = EnumSet.noneOf(SpecialCategory.class);
        for (SpecialCategory category : SpecialCategory.values()) {
            if (random.nextInt(4) == 0) {
                categories.add(category);
            }
        }
        String household = switch (random.nextInt(4)) {
            case 0 -> places.get("NEIGHBOUR");
            case 1 -> places.get("ELSEWHERE");
            case 2 -> places.get("OUTSIDE");
            default -> null;
        };
        return new EligibilityFixtures.Spec(birth, random.nextBoolean() ? Sex.MALE : Sex.FEMALE, household,
                LivingSituation.values()[random.nextInt(LivingSituation.values().length)], random.nextBoolean(),
                random.nextBoolean(), categories, categories.contains(SpecialCategory.DISABLED) ? 1 + random.nextInt(4) : null);
    }
}
