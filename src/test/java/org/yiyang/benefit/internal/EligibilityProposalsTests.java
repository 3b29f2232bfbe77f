package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.TestClock;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.ConditionField.Operator;
import org.yiyang.benefit.Eligibility;
import org.yiyang.benefit.EligibilityTrigger;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.Proposal;
import org.yiyang.benefit.ProposalDecision;
import org.yiyang.benefit.ProposalPage;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.elder.CapabilityAssessments;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.Money;

/**
 * A region programme that enrols by approval and excludes a village programme: proposals within the regulator's
 * league, bulk approval that leaves an excluded elder waiting, decline with a reason.
 */
@IntegrationTest
class EligibilityProposalsTests {

    @Autowired Eligibility eligibility;
    @Autowired EligibilityRuns runs;
    @Autowired BenefitFixtures programmes;
    @Autowired ElderRegistry registry;
    @Autowired CapabilityAssessments assessments;
    @Autowired FamilyLinks links;
    @Autowired AccountAdministration administration;
    @Autowired DivisionDirectory divisions;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    LocalDate today;
    String village;
    Viewer regulator;
    long excluded;
    long approvable;
    long toDecline;
    long elsewhere;
    Programme local;
    Programme proposing;

    @BeforeEach
    void proposals() {
        EligibilityFixtures elders = new EligibilityFixtures(registry, assessments, links, administration, divisions, jdbc);
        today = ChinaTime.today(clock);
        village = elders.village(EligibilityFixtures.QUIET_LEAGUES.get(2));
        String otherVillage = elders.village(EligibilityFixtures.QUIET_LEAGUES.get(3));
        regulator = EligibilityFixtures.regulator(EligibilityFixtures.leagueOf(village));
        excluded = elders.elder(village, today.minusYears(81).minusDays(5));
        approvable = elders.elder(village, today.minusYears(82));
        toDecline = elders.elder(village, today.minusYears(83));
        elsewhere = elders.elder(otherVillage, today.minusYears(84));
        elders.settled(excluded, approvable, toDecline, elsewhere);
        local = programmes.programme(ProgrammeKind.SERVICE_SUBSIDY, village, List.of(
                Condition.of(ConditionField.AGE, Operator.AT_LEAST, "81"), Condition.of(ConditionField.AGE, Operator.BELOW, "82")),
                RuleAmounts.monthly(Money.ofFen(10_000)));
        proposing = programmes.programme(ProgrammeKind.CARE_SUBSIDY, ProgrammeKind.CARE_SUBSIDY.usualPayout(),
                EnrolmentMode.PROPOSED, "150000000000", List.of(
                        Condition.of(ConditionField.AGE, Operator.AT_LEAST, "80"),
                        Condition.of(ConditionField.RESIDENCE_DIVISION, Operator.WITHIN, village, otherVillage),
                        Condition.of(ConditionField.PROGRAMME, Operator.NONE_OF, Long.toString(local.id()))),
                RuleAmounts.monthly(Money.ofFen(20_000)));
        run(proposing);
        run(local);
    }

    @Test
    void theRegulatorSeesTheProposalsOfTheirLeagueWithNameAndAge() {
        ProposalPage page = eligibility.proposals(regulator, proposing.id(), 0, 50);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.proposals()).extracting(Proposal::elderId, Proposal::age).containsExactlyInAnyOrder(
                tuple(excluded, 81), tuple(approvable, 82), tuple(toDecline, 83));
        assertThat(page.proposals()).extracting(Proposal::enrolmentId).isSorted();
        assertThat(page.proposals()).allSatisfy(p -> {
            assertThat(p.elderName()).startsWith("资格测试");
            assertThat(p.divisionName()).isEqualTo(divisions.names(List.of(village)).get(village));
        });
        assertThat(eligibility.proposals(regulator, proposing.id(), 1, 2).proposals()).hasSize(1);
    }

    @Test
    void approvalEnrolsTheChosenButLeavesAnElderHoldingAnExcludedProgrammeWaiting() {
        ProposalDecision decision = eligibility.approve(regulator, proposing.id(),
                List.of(proposal(excluded), proposal(approvable), proposal(elsewhere)));

        assertThat(decision).isEqualTo(new ProposalDecision(1, 1, 1));
        assertThat(enrolment(proposal(approvable))).containsEntry("status", "ACTIVE")
                .containsEntry("decided_by", regulator.username());
        assertThat(enrolment(proposal(excluded))).containsEntry("status", "PROPOSED");
        assertThat(enrolment(proposal(elsewhere))).as("outside the regulator's league").containsEntry("status", "PROPOSED");

        var next = run(proposing);
        assertThat(EligibilityRunsTests.counts(next, proposing).noLonger())
                .as("the excluded elder's proposal ends at the next run").isEqualTo(1);
        assertThat(enrolment(proposal(excluded))).containsEntry("status", "ENDED").containsEntry("end_reason", "NOT_ELIGIBLE");
    }

    @Test
    void declineNeedsAReasonAndTheElderIsNotProposedAgain() {
        long id = proposal(toDecline);

        assertThatThrownBy(() -> eligibility.decline(regulator, proposing.id(), List.of(id), " "))
                .isInstanceOfSatisfying(BenefitProblem.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> eligibility.approve(regulator, proposing.id(), List.of()))
                .isInstanceOfSatisfying(BenefitProblem.class, e -> assertThat(e.messageKey()).isEqualTo("eligibility.error.noneChosen"));
        assertThat(enrolment(id)).containsEntry("status", "PROPOSED");

        assertThat(eligibility.decline(regulator, proposing.id(), List.of(id), "户籍不在本地")).isEqualTo(new ProposalDecision(1, 0, 0));
        assertThat(eligibility.decline(regulator, proposing.id(), List.of(id), "户籍不在本地")).isEqualTo(new ProposalDecision(0, 0, 1));
        run(proposing);

        assertThat(enrolment(id)).containsEntry("status", "DECLINED").containsEntry("open_elder_id", null)
                .containsEntry("decision_note", "户籍不在本地");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM benefit_enrolment WHERE programme_id = :p AND elder_id = :e")
                .param("p", proposing.id()).param("e", toDecline).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBannerRegulatorElsewhereFindsNoProposals() {
        Viewer stranger = EligibilityFixtures.regulator("152221000000");

        assertThat(eligibility.proposals(stranger, proposing.id(), 0, 50).total()).isZero();
        assertThat(eligibility.approve(stranger, proposing.id(), List.of(proposal(approvable))))
                .isEqualTo(new ProposalDecision(0, 0, 1));
    }

    private org.yiyang.benefit.EligibilityRunSummary run(Programme p) {
        return runs.runAll(EligibilityTrigger.MANUAL, "test", programme -> programme.id() == p.id(), true);
    }

    private long proposal(long elder) {
        return jdbc.sql("SELECT MAX(id) FROM benefit_enrolment WHERE programme_id = :p AND elder_id = :e")
                .param("p", proposing.id()).param("e", elder).query(Long.class).single();
    }

    private Map<String, Object> enrolment(long id) {
        return jdbc.sql("SELECT * FROM benefit_enrolment WHERE id = :id").param("id", id).query().singleRow();
    }
}
