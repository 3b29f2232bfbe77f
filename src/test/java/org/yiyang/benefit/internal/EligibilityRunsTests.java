package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.TestClock;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.ConditionField.Operator;
import org.yiyang.benefit.Eligibility;
import org.yiyang.benefit.EligibilityRunSummary;
import org.yiyang.benefit.EligibilityRunSummary.ProgrammeCounts;
import org.yiyang.benefit.EligibilityTrigger;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.elder.CapabilityAssessments;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.ElderDraft;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.Money;

/** Runs over the registry and after events: who is enrolled, proposed, ended, told — and that twice is once. */
@IntegrationTest
class EligibilityRunsTests {

    @Autowired EligibilityRuns runs;
    @Autowired Eligibility eligibility;
    @Autowired BenefitFixtures programmes;
    @Autowired ProgrammeStore store;
    @Autowired ElderRegistry registry;
    @Autowired CapabilityAssessments assessments;
    @Autowired FamilyLinks links;
    @Autowired AccountAdministration administration;
    @Autowired DivisionDirectory divisions;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    EligibilityFixtures elders;
    String village;
    LocalDate today;

    @BeforeEach
    void village() {
        elders = new EligibilityFixtures(registry, assessments, links, administration, divisions, jdbc);
        village = elders.village(EligibilityFixtures.QUIET_LEAGUES.get(
                ThreadLocalRandom.current().nextInt(EligibilityFixtures.QUIET_LEAGUES.size())));
        today = ChinaTime.today(clock);
    }

    @Test
    void aRunEnrolsTheNewlyEligibleOnceAndASecondRunChangesNothing() {
        long old = elders.elder(village, today.minusYears(85));
        long young = elders.elder(village, today.minusYears(70));
        long deceased = elders.elder(village, today.minusYears(90));
        registry.recordDeath(EligibilityFixtures.operator(village), deceased, today.minusDays(2), "病故");
        elders.settled(old, young, deceased);
        Programme p = highAge(EnrolmentMode.AUTOMATIC, 80);

        EligibilityRunSummary first = runOnly(p);
        EligibilityRunSummary second = runOnly(p);

        assertThat(counts(first, p)).isEqualTo(new ProgrammeCounts(p.id(), p.name(), 1, 0, 0, 0));
        assertThat(counts(second, p)).isEqualTo(new ProgrammeCounts(p.id(), p.name(), 0, 0, 1, 0));
        Map<String, Object> enrolment = openEnrolment(p, old).orElseThrow();
        assertThat(enrolment).containsEntry("status", "ACTIVE").containsEntry("open_elder_id", old)
                .containsEntry("run_id", first.runId()).containsEntry("division_code", village)
                .containsEntry("rule_id", programmes.ruleInEffect(p, today).id());
        assertThat(enrolment.get("start_date").toString()).isEqualTo(today.toString());
        assertThat(openEnrolment(p, young)).isEmpty();
        assertThat(openEnrolment(p, deceased)).isEmpty();
        assertThat(first.finishedAt()).isNotNull();
        assertThat(first.trigger()).isEqualTo(EligibilityTrigger.MANUAL);
    }

    @Test
    void aRunOverEveryProgrammeTwiceOnTheSameDayChangesNothingTheSecondTime() {
        long old = elders.elder(village, today.minusYears(81));
        elders.settled(old);
        Programme p = highAge(EnrolmentMode.AUTOMATIC, 80);
        Programme excluding = programmes.programme(ProgrammeKind.SERVICE_SUBSIDY, village,
                List.of(Condition.of(ConditionField.PROGRAMME, Operator.NONE_OF, Long.toString(p.id()))),
                RuleAmounts.monthly(Money.ofFen(3_000)));

        EligibilityRunSummary first = runs.runAll(EligibilityTrigger.MANUAL, "test", programme -> true, true);
        EligibilityRunSummary second = runs.runAll(EligibilityTrigger.MANUAL, "test", programme -> true, true);

        // the village is drawn at random, so another test's elders of 80 or more may live there too
        assertThat(openEnrolment(p, old).orElseThrow()).containsEntry("run_id", first.runId());
        assertThat(openEnrolment(excluding, old))
                .as("evaluated after the programme it excludes, so the elder already holds it").isEmpty();
        assertThat(second.newlyEligible()).isZero();
        assertThat(second.noLonger()).isZero();
        assertThat(counts(second, p).unchanged())
                .isEqualTo(counts(first, p).newlyEligible() + counts(first, p).unchanged());
    }

    @Test
    void aProgrammeThatEnrolsByApprovalProposesAndADeclinedElderComesBackOnlyUnderANewRuleVersion() {
        long first = elders.elder(village, today.minusYears(82));
        long second = elders.elder(village, today.minusYears(83));
        elders.settled(first, second);
        Programme p = highAge(EnrolmentMode.PROPOSED, 80);

        EligibilityRunSummary proposing = runOnly(p);
        assertThat(counts(proposing, p)).isEqualTo(new ProgrammeCounts(p.id(), p.name(), 2, 0, 0, 2));
        assertThat(openEnrolment(p, first).orElseThrow()).containsEntry("status", "PROPOSED");

        long declined = (long) openEnrolment(p, second).orElseThrow().get("id");
        eligibility.decline(EligibilityFixtures.regulator(village), p.id(), List.of(declined), "已享受同类补贴");
        EligibilityRunSummary again = runOnly(p);

        assertThat(counts(again, p)).isEqualTo(new ProgrammeCounts(p.id(), p.name(), 0, 0, 1, 0));
        assertThat(openEnrolment(p, second)).isEmpty();
        assertThat(enrolmentById(declined)).containsEntry("status", "DECLINED")
                .containsEntry("decision_note", "已享受同类补贴");

        publishNewVersion(p);
        EligibilityRunSummary underNewRule = runOnly(p);
        assertThat(counts(underNewRule, p).newlyEligible()).isEqualTo(1);
        assertThat(openEnrolment(p, second).orElseThrow()).containsEntry("status", "PROPOSED");
    }

    @Test
    void aRecordedDeathEndsTheEnrolmentOnTheDayOfDeath() {
        Programme p = highAge(EnrolmentMode.AUTOMATIC, 80);
        long elder = elders.elder(village, today.minusYears(88));
        awaitStatus(p, elder, "ACTIVE");

        registry.recordDeath(EligibilityFixtures.operator(village), elder, today.minusDays(3), "病故");

        Map<String, Object> ended = awaitStatus(p, elder, "ENDED");
        assertThat(ended).containsEntry("end_reason", "DECEASED").containsEntry("open_elder_id", null);
        assertThat(ended.get("end_date").toString()).isEqualTo(today.minusDays(3).toString());
    }

    @Test
    void aNewCapabilityLevelEnrolsAnEconomicallyDifficultElderInTheCareSubsidy() {
        Programme care = programmes.programme(ProgrammeKind.CARE_SUBSIDY, village, List.of(
                Condition.of(ConditionField.CAPABILITY_LEVEL, Operator.AT_LEAST, "MODERATE"),
                Condition.of(ConditionField.CATEGORY, Operator.ANY_OF, "MINIMUM_LIVING", "EXTREME_POVERTY")),
                RuleAmounts.monthly(Money.ofFen(20_000)));
        long elder = elders.elder(village, EligibilityFixtures.Spec.born(today.minusYears(72))
                .in(Set.of(SpecialCategory.MINIMUM_LIVING), null));
        elders.settled(elder);
        assertThat(openEnrolment(care, elder)).as("no level yet").isEmpty();

        elders.assess(elders.assessors(village), elder, CapabilityLevel.MODERATE, today);

        assertThat(awaitStatus(care, elder, "ACTIVE")).containsEntry("end_reason", null);
    }

    @Test
    void movingOutOfTheProgrammesDivisionEndsItAndMovingOutOfTheRegistryEndsTheRest() {
        Programme local = programmes.programme(ProgrammeKind.VOUCHER, village,
                List.of(Condition.of(ConditionField.AGE, Operator.AT_LEAST, "60")), RuleAmounts.monthly(Money.ofFen(1_000)));
        Programme league = programmes.programme(ProgrammeKind.SERVICE_SUBSIDY, EligibilityFixtures.leagueOf(village),
                List.of(Condition.of(ConditionField.RESIDENCE_DIVISION, Operator.WITHIN, village,
                        EligibilityFixtures.bannerOf(village))), RuleAmounts.monthly(Money.ofFen(1_000)));
        long elder = elders.elder(village, today.minusYears(75));
        awaitStatus(local, elder, "ACTIVE");
        awaitStatus(league, elder, "ACTIVE");
        String elsewhere = otherVillageOfTheBanner();

        registry.update(EligibilityFixtures.operator(village), elder, new ElderDraft("资格测试", "", null, null, elsewhere,
                null, LivingSituation.ALONE, false, false, Set.of(), null, null));

        Map<String, Object> ended = awaitStatus(local, elder, "ENDED");
        assertThat(ended).containsEntry("end_reason", "MOVED_OUT");
        assertThat(ended.get("end_date").toString()).isEqualTo(today.toString());
        assertThat(openEnrolment(league, elder)).as("still within the league programme's banner").isPresent();

        registry.recordMoveOut(EligibilityFixtures.operator(village), elder, today.minusDays(1), "随子女迁往外省");

        Map<String, Object> movedOut = awaitStatus(league, elder, "ENDED");
        assertThat(movedOut).containsEntry("end_reason", "MOVED_OUT");
        assertThat(movedOut.get("end_date").toString()).isEqualTo(today.minusDays(1).toString());
    }

    @Test
    void theNewlyEnrolledElderAndTheirFamilyAreToldAfterTheRun() {
        long elder = elders.elder(village, today.minusYears(81));
        long family = elders.linkedFamily(elder, village);
        elders.settled(elder);
        Programme p = highAge(EnrolmentMode.AUTOMATIC, 80);

        runOnly(p);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT message_key, args, link FROM notify_inbox WHERE account_id = :account AND topic = :topic""")
                .param("account", family).param("topic", "benefit:elder:" + elder).query().listOfRows())
                .as("other tests' programmes in the same village may tell the family too; this one tells it once")
                .filteredOn(row -> row.get("args").toString().contains(p.name()))
                .singleElement().satisfies(row -> assertThat(row)
                        .containsEntry("message_key", "eligibility.notice.enrolled")
                        .containsEntry("link", "/benefit/elders/" + elder)));
    }

    private Programme highAge(EnrolmentMode mode, int fromAge) {
        return programmes.programme(ProgrammeKind.HIGH_AGE_ALLOWANCE, ProgrammeKind.HIGH_AGE_ALLOWANCE.usualPayout(), mode,
                village, List.of(Condition.of(ConditionField.AGE, Operator.AT_LEAST, Integer.toString(fromAge))),
                RuleAmounts.monthly(Money.ofFen(5_000)));
    }

    private EligibilityRunSummary runOnly(Programme p) {
        return runs.runAll(EligibilityTrigger.MANUAL, "test", programme -> programme.id() == p.id(), true);
    }

    private void publishNewVersion(Programme p) {
        RuleVersion current = programmes.ruleInEffect(p, today);
        long id = store.insertRule(new RuleVersion(0, p.id(), 0, RuleStatus.DRAFT, today, null, current.conditions(),
                current.amounts(), "v2"), "test", clock.instant());
        store.setRuleStatus(id, RuleStatus.DRAFT, RuleStatus.PUBLISHED, "test", clock.instant());
    }

    private String otherVillageOfTheBanner() {
        String banner = EligibilityFixtures.bannerOf(village);
        return divisions.descendants(org.yiyang.shared.DivisionCode.of(banner), 5).stream()
                .map(d -> d.code()).filter(code -> !code.equals(village)).findFirst().orElseThrow();
    }

    static ProgrammeCounts counts(EligibilityRunSummary run, Programme p) {
        return run.programmes().stream().filter(c -> c.programmeId() == p.id()).findFirst().orElseThrow();
    }

    private Map<String, Object> awaitStatus(Programme p, long elder, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> latestEnrolment(p, elder),
                row -> row.isPresent() && status.equals(row.get().get("status"))).orElseThrow();
    }

    private Optional<Map<String, Object>> openEnrolment(Programme p, long elder) {
        return jdbc.sql("SELECT * FROM benefit_enrolment WHERE programme_id = :p AND elder_id = :e AND status IN ('PROPOSED', 'ACTIVE')")
                .param("p", p.id()).param("e", elder).query().listOfRows().stream().findFirst();
    }

    private Optional<Map<String, Object>> latestEnrolment(Programme p, long elder) {
        return jdbc.sql("SELECT * FROM benefit_enrolment WHERE programme_id = :p AND elder_id = :e ORDER BY id DESC")
                .param("p", p.id()).param("e", elder).query().listOfRows().stream().findFirst();
    }

    private Map<String, Object> enrolmentById(long id) {
        return jdbc.sql("SELECT * FROM benefit_enrolment WHERE id = :id").param("id", id).query().singleRow();
    }
}
