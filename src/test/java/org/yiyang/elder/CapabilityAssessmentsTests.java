package org.yiyang.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yiyang.elder.TestAssessments.allAtMaximum;
import static org.yiyang.elder.TestAssessments.diagnosed;
import static org.yiyang.elder.TestAssessments.totalling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Language;

@IntegrationTest
@RecordApplicationEvents
class CapabilityAssessmentsTests {

    /** 索伦镇: a township no other test class registers elders in. */
    static final String TOWNSHIP = "152221101000";
    static final String VILLAGE = "152221101001";
    static final Viewer OPERATOR = new Viewer(3, "banner-operator", "O", Role.OPERATOR, DivisionCode.of("152221000000"));
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    CapabilityAssessments assessments;

    @Autowired
    ElderRegistry registry;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    AssessmentSheet sheet;
    Viewer assessor;
    String colleague;

    @BeforeEach
    void assessors() {
        sheet = assessments.sheet(TestAssessments.STANDARD, TestAssessments.VERSION, Language.ZH);
        String first = TestAccounts.create(administration, Role.ASSESSOR, TOWNSHIP);
        assessor = new Viewer(0, first, "Assessor", Role.ASSESSOR, DivisionCode.of(TOWNSHIP));
        colleague = TestAccounts.create(administration, Role.ASSESSOR, "152221000000");
    }

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({"90, INTACT", "89, MILD", "66, MILD", "65, MODERATE", "46, MODERATE", "45, SEVERE", "30, SEVERE",
            "29, TOTAL"})
    void aCompletedAssessmentFallsInTheBandOfItsTotal(int total, CapabilityLevel level) {
        Assessment done = complete(newElder(), totalling(sheet, total), HealthRecord.none(), List.of(), TODAY);

        assertThat(done.total()).isEqualTo(total);
        assertThat(done.baseLevel()).isEqualTo(level);
        assertThat(done.finalLevel()).isEqualTo(level);
        assertThat(done.rulesApplied()).isEmpty();
        assertThat(done.subtotals()).containsOnlyKeys("B1", "B2", "B3", "B4");
        assertThat(done.subtotals().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(done.standardCode()).isEqualTo("GB/T 42195-2022");
        assertThat(done.standardVersion()).isEqualTo("2022");
        assertThat(done.nextDue()).isEqualTo(TODAY.plusMonths(12));
    }

    @Test
    void total70InAComaIsTotallyDependentWithTheComaRuleRecorded() {
        Assessment done = complete(newElder(), totalling(sheet, 70), TestAssessments.inComa(), List.of(), TODAY);

        assertThat(done.baseLevel()).isEqualTo(CapabilityLevel.MILD);
        assertThat(done.finalLevel()).isEqualTo(CapabilityLevel.TOTAL);
        assertThat(done.rulesApplied()).containsExactly(
                new AppliedLevelRule("COMA", CapabilityLevel.MILD, CapabilityLevel.TOTAL));
        assertThat(storedRules(done.id())).isEqualTo("COMA:MILD>TOTAL");
    }

    @Test
    void total70WithDementiaIsModerate() {
        Assessment done = complete(newElder(), totalling(sheet, 70), diagnosed("F01.1"), List.of(), TODAY);

        assertThat(done.finalLevel()).isEqualTo(CapabilityLevel.MODERATE);
        assertThat(storedRules(done.id())).isEqualTo("DEMENTIA:MILD>MODERATE");
    }

    @Test
    void total70WithDementiaAndTwoFallsIn30DaysIsRaisedOnlyOnce() {
        List<RiskEventReport> falls = List.of(new RiskEventReport("FALL", TODAY.minusDays(3)),
                new RiskEventReport("FALL", TODAY.minusDays(20)));

        Assessment done = complete(newElder(), totalling(sheet, 70), diagnosed("F02"), falls, TODAY);

        assertThat(done.finalLevel()).isEqualTo(CapabilityLevel.MODERATE);
        assertThat(done.rulesApplied()).extracting(AppliedLevelRule::rule).containsExactly("DEMENTIA", "RISK_EVENTS");
        assertThat(done.rulesApplied().get(1).changedLevel()).isFalse();
        assertThat(done.riskEvents()).hasSize(2);
    }

    @Test
    void total20WithDementiaStaysTotallyDependent() {
        Assessment done = complete(newElder(), totalling(sheet, 20), diagnosed("F00"), List.of(), TODAY);

        assertThat(done.baseLevel()).isEqualTo(CapabilityLevel.TOTAL);
        assertThat(done.finalLevel()).isEqualTo(CapabilityLevel.TOTAL);
        assertThat(storedRules(done.id())).isEqualTo("DEMENTIA:TOTAL>TOTAL");
    }

    @Test
    void aDraftWithHalfTheAnswersIsSavedAndReloadedIntact() {
        long elder = newElder();
        long id = assessments.startDraft(assessor, elder);
        Map<String, Integer> half = new LinkedHashMap<>();
        sheet.items().subList(0, 13).forEach(item -> half.put(item.code(), item.maxScore() - 1));
        HealthRecord health = new HealthRecord(false, PressureInjury.STAGE_2, true, false, true, false, true, true,
                false, true, false, new BigDecimal("18.5"), "F01.1, I10");
        List<RiskEventReport> risks = List.of(new RiskEventReport("CHOKING", TODAY.minusDays(5)));
        AssessmentDraft draft = new AssessmentDraft(AssessmentReason.CHANGE, TODAY.minusDays(1), "社区养老服务中心",
                assessor.username(), colleague, half, health, risks, 0);

        int version = assessments.saveDraft(assessor, id, draft);

        Assessment reloaded = assessments.find(assessor, id).orElseThrow();
        assertThat(version).isEqualTo(1);
        assertThat(reloaded.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(reloaded.answers()).isEqualTo(half);
        assertThat(reloaded.health()).isEqualTo(health);
        assertThat(reloaded.riskEvents()).isEqualTo(risks);
        assertThat(reloaded.toDraft()).isEqualTo(new AssessmentDraft(AssessmentReason.CHANGE, TODAY.minusDays(1),
                "社区养老服务中心", assessor.username(), colleague, half, health, risks, 1));
        assertThatThrownBy(() -> assessments.saveDraft(assessor, id, draft))
                .isInstanceOfSatisfying(AssessmentProblem.class, p -> assertThat(p.issues()).extracting(
                        AssessmentProblem.Issue::messageKey).containsExactly("assessment.error.changedMeanwhile"));
    }

    @Test
    void completingWithMissingItemsTheSameAssessorTwiceAndAFutureDateIsRefusedAndChangesNothing() {
        long elder = newElder();
        long id = assessments.startDraft(assessor, elder);
        Map<String, Integer> answers = allAtMaximum(sheet);
        answers.remove("B1.2");
        answers.remove("B2.4");
        assessments.saveDraft(assessor, id, TestAssessments.draft(Map.of("B1.1", 4), assessor.username(), colleague,
                TODAY, HealthRecord.none(), List.of(), 0));

        AssessmentDraft wrong = TestAssessments.draft(answers, assessor.username(), assessor.username(),
                TODAY.plusDays(1), HealthRecord.none(), List.of(), 1);

        assertThatThrownBy(() -> assessments.complete(assessor, id, wrong))
                .isInstanceOfSatisfying(AssessmentProblem.class, p -> {
                    assertThat(p.issues()).extracting(AssessmentProblem.Issue::messageKey).contains(
                            "assessment.error.missingItems", "assessment.error.sameAssessor",
                            "assessment.error.futureDate");
                    assertThat(p.issues()).filteredOn(i -> i.field() != null && i.field().equals("items"))
                            .flatExtracting(AssessmentProblem.Issue::arguments).containsExactly("B1.2", "B2.4");
                });
        Assessment unchanged = assessments.find(assessor, id).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(unchanged.version()).isEqualTo(1);
        assertThat(unchanged.answers()).containsExactly(Map.entry("B1.1", 4));
        assertThat(unchanged.assessor2()).isEqualTo(colleague);
        assertThat(levelOf(elder)).isNull();
        assertThat(sheet.itemLabel("B1.2")).isEqualTo("B1.2 修饰");
    }

    @Test
    void aSecondAssessorWhoIsNoAssessorOfTheElderIsRefused() {
        String outsider = TestAccounts.create(administration, Role.ASSESSOR, "150700000000");
        String regulator = TestAccounts.create(administration, Role.REGULATOR, TOWNSHIP);
        long id = assessments.startDraft(assessor, newElder());

        for (String second : List.of(outsider, regulator, "nobody-" + outsider)) {
            assertThatThrownBy(() -> assessments.complete(assessor, id, TestAssessments.draft(allAtMaximum(sheet),
                    assessor.username(), second, TODAY, HealthRecord.none(), List.of(), 0)))
                    .isInstanceOfSatisfying(AssessmentProblem.class, p -> assertThat(p.issues())
                            .extracting(AssessmentProblem.Issue::messageKey)
                            .containsExactly("assessment.error.notAnAssessor"));
        }
    }

    @Test
    void theLatestCompletedAssessmentSetsTheLevelAndAChangeIsPublishedOnlyWhenItChanges(ApplicationEvents events) {
        long elder = newElder();

        complete(elder, totalling(sheet, 70), HealthRecord.none(), List.of(), TODAY.minusDays(10));
        assertThat(levelOf(elder)).isEqualTo("MILD");
        assertThat(changes(events, elder)).containsExactly(
                new CapabilityLevelChanged(elder, null, CapabilityLevel.MILD, "GB/T 42195-2022", TODAY.minusDays(10)));

        complete(elder, totalling(sheet, 80), HealthRecord.none(), List.of(), TODAY.minusDays(5));
        assertThat(changes(events, elder)).hasSize(1);

        complete(elder, totalling(sheet, 40), HealthRecord.none(), List.of(), TODAY.minusDays(30));
        assertThat(levelOf(elder)).as("an older assessment does not set the level").isEqualTo("MILD");
        assertThat(changes(events, elder)).hasSize(1);

        Assessment latest = complete(elder, totalling(sheet, 50), HealthRecord.none(), List.of(), TODAY);
        assertThat(levelOf(elder)).isEqualTo("MODERATE");
        assertThat(changes(events, elder)).last().isEqualTo(new CapabilityLevelChanged(elder, CapabilityLevel.MILD,
                CapabilityLevel.MODERATE, "GB/T 42195-2022", TODAY));
        assertThat(assessments.timeline(assessor, elder)).filteredOn(AssessmentSummary::current)
                .extracting(AssessmentSummary::id).containsExactly(latest.id());

        assessments.voidAssessment(assessor, latest.id(), "录入错误");
        assertThat(levelOf(elder)).as("voided: the level follows the remaining ones").isEqualTo("MILD");
        assertThat(changes(events, elder)).last().extracting(CapabilityLevelChanged::current)
                .isEqualTo(CapabilityLevel.MILD);
    }

    @Test
    void startingAnAssessmentTwiceGoesOnWithTheSameDraft() {
        long elder = newElder();

        long first = assessments.startDraft(assessor, elder);

        assertThat(assessments.startDraft(assessor, elder)).isEqualTo(first);
        assertThat(assessments.find(assessor, first).orElseThrow().reason()).isEqualTo(AssessmentReason.FIRST);
    }

    @Test
    void anAssessorOfAnotherLeagueNeitherFindsNorStartsAnything() {
        long elder = newElder();
        long id = complete(elder, allAtMaximum(sheet), HealthRecord.none(), List.of(), TODAY).id();
        Viewer outsider = new Viewer(0, "hulunbuir-assessor", "A", Role.ASSESSOR, DivisionCode.of("150700000000"));

        assertThat(assessments.find(outsider, id)).isEmpty();
        assertThat(assessments.worklist(outsider, 0, 200).items()).extracting(WorklistEntry::elderId)
                .doesNotContain(elder);
        assertThatThrownBy(() -> assessments.timeline(outsider, elder)).isInstanceOf(AssessmentProblem.class);
        assertThatThrownBy(() -> assessments.startDraft(outsider, elder)).isInstanceOf(AssessmentProblem.class);
        assertThatThrownBy(() -> assessments.reportChangeOfCondition(outsider, elder, "跌倒"))
                .isInstanceOf(AssessmentProblem.class);
    }

    Assessment complete(long elder, Map<String, Integer> answers, HealthRecord health, List<RiskEventReport> risks,
                        LocalDate on) {
        long id = assessments.startDraft(assessor, elder);
        return assessments.complete(assessor, id, TestAssessments.draft(answers, assessor.username(), colleague, on,
                health, risks, assessments.find(assessor, id).orElseThrow().version()));
    }

    long newElder() {
        return registry.register(OPERATOR, TestElders.draft("评估测试", TestElders.idNumber("152221", 1945), VILLAGE));
    }

    String levelOf(long elder) {
        return jdbc.sql("SELECT capability_level FROM elder_person WHERE id = :id").param("id", elder)
                .query(String.class).optional().orElse(null);
    }

    String storedRules(long assessment) {
        return jdbc.sql("SELECT rules_applied FROM elder_assessment WHERE id = :id").param("id", assessment)
                .query(String.class).single();
    }

    static List<CapabilityLevelChanged> changes(ApplicationEvents events, long elder) {
        return events.stream(CapabilityLevelChanged.class).filter(e -> e.elderId() == elder).toList();
    }
}
