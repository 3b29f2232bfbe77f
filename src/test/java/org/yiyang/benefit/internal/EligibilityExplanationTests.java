package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.TestClock;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.ConditionField.Operator;
import org.yiyang.benefit.ConditionOutcome;
import org.yiyang.benefit.ConditionOutcome.Term;
import org.yiyang.benefit.ElderEligibility;
import org.yiyang.benefit.Eligibility;
import org.yiyang.benefit.EligibilityExplanation;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.elder.CapabilityAssessments;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.ElderAccounts;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/** An elder's eligibility explained condition by condition, and who may read it. */
@IntegrationTest
class EligibilityExplanationTests {

    @Autowired Eligibility eligibility;
    @Autowired BenefitFixtures programmes;
    @Autowired ElderRegistry registry;
    @Autowired ElderAccounts elderAccounts;
    @Autowired CapabilityAssessments assessments;
    @Autowired FamilyLinks links;
    @Autowired AccountAdministration administration;
    @Autowired DivisionDirectory divisions;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    EligibilityFixtures elders;
    LocalDate today;
    String village;
    long elder;
    Programme care;

    @BeforeEach
    void elderAndProgramme() {
        elders = new EligibilityFixtures(registry, assessments, links, administration, divisions, jdbc);
        today = ChinaTime.today(clock);
        village = elders.village(EligibilityFixtures.QUIET_LEAGUES.get(1));
        elder = elders.elder(village, EligibilityFixtures.Spec.born(today.minusYears(82).minusDays(3))
                .in(Set.of(SpecialCategory.MINIMUM_LIVING), null));
        care = programmes.programme(ProgrammeKind.CARE_SUBSIDY, EligibilityFixtures.bannerOf(village), List.of(
                Condition.of(ConditionField.AGE, Operator.AT_LEAST, "80"),
                Condition.of(ConditionField.CATEGORY, Operator.ANY_OF, "MINIMUM_LIVING", "EXTREME_POVERTY"),
                Condition.of(ConditionField.CAPABILITY_LEVEL, Operator.AT_LEAST, "MODERATE")),
                RuleAmounts.monthly(Money.ofFen(20_000)));
    }

    @Test
    void eachConditionShowsTheElderValueAndWhetherItPassesTheImplicitOnesFirst() {
        EligibilityExplanation explained = eligibility.explain(staff(), elder, care.id());

        assertThat(explained.eligible()).isFalse();
        assertThat(explained.enrolment()).isNull();
        assertThat(explained.ruleId()).isEqualTo(programmes.ruleInEffect(care, today).id());
        assertThat(explained.conditions()).extracting(ConditionOutcome::subject).containsExactly(
                ConditionOutcome.REGISTRY_STATUS, ConditionOutcome.PROGRAMME_DIVISION, "AGE", "CATEGORY", "CAPABILITY_LEVEL");
        assertThat(explained.conditions()).extracting(ConditionOutcome::passed).containsExactly(true, true, true, true, false);
        ConditionOutcome age = explained.conditions().get(2);
        assertThat(age.operatorKey()).isEqualTo("eligibility.operator.AT_LEAST");
        assertThat(age.required()).containsExactly(Term.plain("80"));
        assertThat(age.actual()).containsExactly(Term.plain("82"));
        assertThat(explained.conditions().get(3).actual()).containsExactly(Term.word("MINIMUM_LIVING", "elder.category.MINIMUM_LIVING"));
        assertThat(explained.conditions().get(4).actual()).containsExactly(Term.word("", "elder.level.none"));
        String banner = EligibilityFixtures.bannerOf(village);
        assertThat(explained.conditions().get(1).required())
                .containsExactly(Term.named(banner, divisions.names(List.of(banner)).get(banner)));
    }

    @Test
    void aModerateLevelMakesTheElderEligibleAndTheElderPageListsTheEnrolment() {
        elders.assess(elders.assessors(village), elder, CapabilityLevel.MODERATE, today);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                eligibility.enrolmentsOf(staff(), elder).stream().anyMatch(e -> e.programmeId() == care.id()));

        EligibilityExplanation explained = eligibility.explain(staff(), elder, care.id());
        ElderEligibility page = eligibility.ofElder(staff(), elder);

        assertThat(explained.eligible()).isTrue();
        assertThat(explained.conditions().get(4).actual()).containsExactly(Term.word("MODERATE", "elder.level.MODERATE"));
        assertThat(page.programmes()).filteredOn(p -> p.programmeId() == care.id()).singleElement()
                .satisfies(p -> assertThat(p.eligible()).isTrue());
        assertThat(page.enrolments()).filteredOn(e -> e.programmeId() == care.id()).singleElement()
                .satisfies(e -> assertThat(e.status().name()).isEqualTo("ACTIVE"));
    }

    @Test
    void theElderThemselfAndConfirmedFamilyMaySeeItOthersAreToldItDoesNotExist() {
        long family = elders.linkedFamily(elder, village);
        Viewer familyViewer = viewer(family, Role.FAMILY);
        Viewer own = elderAccount(elder);
        long neighbour = elders.elder(village, today.minusYears(70));

        assertThat(eligibility.explain(familyViewer, elder, care.id()).elderId()).isEqualTo(elder);
        assertThat(eligibility.ofElder(own, elder).elderId()).isEqualTo(elder);
        assertNotFound(() -> eligibility.ofElder(own, neighbour));
        assertNotFound(() -> eligibility.explain(familyViewer, neighbour, care.id()));
        assertNotFound(() -> eligibility.ofElder(EligibilityFixtures.regulator("152221000000"), elder));
        assertNotFound(() -> eligibility.explain(EligibilityFixtures.operator("150700000000"), elder, care.id()));
        assertThat(eligibility.ofElder(TestAccounts.REGION_ADMIN, elder).elderName()).startsWith("资格测试");
        assertThatThrownBy(() -> eligibility.ofElder(
                new Viewer(0, "caregiver", "C", Role.CAREGIVER, DivisionCode.of(village)), elder))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aProgrammeWithoutARuleInEffectHasNothingToExplain() {
        jdbc.sql("UPDATE benefit_programme SET status = 'CLOSED' WHERE id = :id").param("id", care.id()).update();

        assertThatThrownBy(() -> eligibility.explain(staff(), elder, care.id()))
                .isInstanceOfSatisfying(BenefitProblem.class,
                        e -> assertThat(e.messageKey()).isEqualTo("eligibility.error.noRuleInEffect"));
    }

    private Viewer staff() {
        return EligibilityFixtures.regulator(EligibilityFixtures.bannerOf(village));
    }

    private Viewer elderAccount(long elderId) {
        String username = TestAccounts.create(administration, Role.ELDER, EligibilityFixtures.leagueOf(village));
        elderAccounts.assign(EligibilityFixtures.operator(village), elderId, username);
        long id = jdbc.sql("SELECT id FROM identity_account WHERE username = :u").param("u", username)
                .query(Long.class).single();
        return new Viewer(id, username, "Elder", Role.ELDER, DivisionCode.of(EligibilityFixtures.leagueOf(village)));
    }

    private Viewer viewer(long accountId, Role role) {
        String username = jdbc.sql("SELECT username FROM identity_account WHERE id = :id").param("id", accountId)
                .query(String.class).single();
        return new Viewer(accountId, username, "Family", role, DivisionCode.of(EligibilityFixtures.leagueOf(village)));
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BenefitProblem.class, e -> assertThat(e.isNotFound()).isTrue());
    }
}
