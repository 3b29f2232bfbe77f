package org.yiyang.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.care.internal.bed.BedDesk;
import org.yiyang.care.internal.bed.BedDraft;
import org.yiyang.care.internal.bed.BedProblem;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.provider.ProviderKind;
import org.yiyang.provider.ProviderStatus;
import org.yiyang.provider.TestProviders;
import org.yiyang.provider.internal.ProviderRegistry;
import org.yiyang.service.ServiceFixtures;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

@IntegrationTest
class CareBedLifecycleTests {

    @Autowired
    ServiceFixtures fixtures;

    @Autowired
    BedDesk desk;

    @Autowired
    CareBeds beds;

    @Autowired
    ServiceRecipients elders;

    @Autowired
    ProviderRegistry providers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    BedScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new BedScenario(fixtures, desk, elders, clock);
    }

    @Test
    void aBedIsRegisteredAcceptedStartedAndTerminatedWithEveryStepOnRecord() {
        long elder = fixtures.elder();
        long id = desk.register(scenario.provider(), scenario.draft(elder));
        assertThat(beds.openBedOf(elder)).map(CareBedSummary::status).contains(CareBedStatus.REGISTERED);

        desk.inspect(scenario.regulator(), id, scenario.today(), true, "扶手牢固");
        desk.start(scenario.provider(), id, scenario.today());
        assertThat(beds.find(id)).map(CareBedSummary::status).contains(CareBedStatus.ACTIVE);
        assertThat(beds.find(id)).map(CareBedSummary::serviceStart).contains(scenario.today());

        desk.terminate(scenario.provider(), id, scenario.today(), "老人入住养老机构");
        var view = desk.view(scenario.regulator(), id, YearMonth.now());
        assertThat(view.bed().status()).isEqualTo(CareBedStatus.TERMINATED);
        assertThat(view.bed().terminationReason()).isEqualTo("老人入住养老机构");
        assertThat(view.changes()).extracting(c -> c.to()).containsExactly(CareBedStatus.REGISTERED,
                CareBedStatus.ACCEPTED, CareBedStatus.ACTIVE, CareBedStatus.TERMINATED);
        assertThat(view.inspections()).singleElement().satisfies(i -> {
            assertThat(i.passed()).isTrue();
            assertThat(i.inspectorName()).isEqualTo(scenario.regulator().displayName());
        });
        assertThat(beds.openBedOf(elder)).isEmpty();
    }

    @Test
    void aFailedInspectionRejectsTheBedUntilAReinspectionPasses() {
        long id = scenario.registered();
        refused(() -> desk.inspect(scenario.regulator(), id, scenario.today(), false, " "), "carebed.error.inspectionNote");

        desk.inspect(scenario.regulator(), id, scenario.today(), false, "卫生间未装扶手");
        assertThat(beds.find(id)).map(CareBedSummary::status).contains(CareBedStatus.REJECTED);
        refused(() -> desk.start(scenario.provider(), id, scenario.today()), "carebed.error.wrongState");

        desk.inspect(scenario.regulator(), id, scenario.today(), true, "已整改");
        desk.start(scenario.provider(), id, scenario.today());
        assertThat(desk.view(scenario.provider(), id, YearMonth.now()).inspections()).extracting(i -> i.passed())
                .containsExactly(false, true);
    }

    @Test
    void anElderWithAnOpenBedGetsNoSecondOneUntilItIsTerminated() {
        long elder = fixtures.elder();
        long first = desk.register(scenario.provider(), scenario.draft(elder));
        refused(() -> desk.register(scenario.provider(), scenario.draft(elder)), "carebed.error.openBed");

        desk.terminate(scenario.provider(), first, scenario.today(), "协议解除");
        long second = desk.register(scenario.provider(), scenario.draft(elder));
        assertThat(beds.openBedOf(elder)).map(CareBedSummary::id).contains(second);
    }

    @Test
    void invalidTransitionsAreRefusedAndChangeNothing() {
        long id = scenario.registered();
        refused(() -> desk.start(scenario.provider(), id, scenario.today()), "carebed.error.wrongState");
        long active = scenario.active();
        refused(() -> desk.inspect(scenario.regulator(), active, scenario.today(), true, null), "carebed.error.wrongState");
        desk.terminate(scenario.regulator(), active, scenario.today(), "老人去世");
        refused(() -> desk.terminate(scenario.provider(), active, scenario.today(), "再次终止"), "carebed.error.wrongState");
        assertThat(beds.find(id)).map(CareBedSummary::status).contains(CareBedStatus.REGISTERED);
        assertThat(changes(active)).isEqualTo(4);
    }

    @Test
    void datesOutOfOrderAreRefused() {
        BedDraft draft = scenario.draft(fixtures.elder());
        refused(() -> desk.register(scenario.provider(), scenario.withAgreement(draft, "X-1", scenario.today(),
                scenario.today())), "carebed.error.agreementOrder");
        refused(() -> desk.register(scenario.provider(), scenario.withAdaptation(draft, draft.adaptation(),
                scenario.today().plusDays(1), draft.adaptationCost())), "carebed.error.adaptationDate");

        long id = scenario.registered();
        refused(() -> desk.inspect(scenario.regulator(), id, scenario.today().minusDays(1), true, null),
                "carebed.error.inspectionDate");
        refused(() -> desk.inspect(scenario.regulator(), id, scenario.today().plusDays(1), true, null),
                "carebed.error.inspectionDate");
        desk.inspect(scenario.regulator(), id, scenario.today(), true, null);
        refused(() -> desk.start(scenario.provider(), id, scenario.today().minusDays(1)), "carebed.error.serviceStart");
        refused(() -> desk.start(scenario.provider(), id, scenario.today().plusYears(2)), "carebed.error.serviceStart");
        refused(() -> desk.terminate(scenario.provider(), id, scenario.today().plusDays(1), "未来"),
                "carebed.error.terminationDate");
        refused(() -> desk.terminate(scenario.provider(), id, scenario.today(), ""), "carebed.error.terminationReason");
        assertThat(beds.find(id)).map(CareBedSummary::status).contains(CareBedStatus.ACCEPTED);
    }

    @Test
    void badPlanAndAdaptationValuesAreRefused() {
        long elder = fixtures.elder();
        BedDraft draft = scenario.draft(elder);
        ServiceItem item = scenario.firstItem();
        refused(() -> desk.register(scenario.provider(), scenario.draft(elder, Map.of())), "carebed.error.planEmpty");
        refused(() -> desk.register(scenario.provider(), scenario.draft(elder, Map.of(item, 0))), "carebed.error.planVisits");
        refused(() -> desk.register(scenario.provider(), scenario.draft(elder, Map.of(item, 32))), "carebed.error.planVisits");
        ServiceItem notOffered = java.util.Arrays.stream(ServiceItem.values())
                .filter(i -> !desk.contractedProvider(scenario.provider(), null).services().contains(i))
                .findFirst().orElseThrow();
        refused(() -> desk.register(scenario.provider(), scenario.draft(elder, Map.of(notOffered, 2))),
                "carebed.error.planNotOffered");
        refused(() -> desk.register(scenario.provider(), scenario.withAdaptation(draft, draft.adaptation(),
                draft.adaptationDoneOn(), Money.ofFen(-1))), "carebed.error.adaptationCost");
        refused(() -> desk.register(scenario.provider(), scenario.withAdaptation(draft,
                EnumSet.noneOf(org.yiyang.care.internal.bed.AdaptationItem.class), draft.adaptationDoneOn(),
                Money.ZERO)), "carebed.error.adaptationItems");
        assertThat(beds.openBedOf(elder)).isEmpty();
    }

    @Test
    void theElderMustBeNamedAsOnTheAgreementAndLiveInTheProvidersBanner() {
        BedDraft draft = scenario.draft(fixtures.elder());
        refused(() -> desk.register(scenario.provider(), new BedDraft(draft.elderId(), "别人", null, draft.agreementNo(),
                draft.agreementStart(), draft.agreementEnd(), draft.plan(), draft.adaptation(),
                draft.adaptationDoneOn(), draft.adaptationCost(), null)), "carebed.error.elderNotFound");

        long hohhotProvider = TestProviders.create(providers, "呼和浩特测试中心 " + TestProviders.token(),
                ProviderKind.HOME_SERVICE_COMPANY, TestProviders.HOHHOT_VILLAGE, TestProviders.somewhere(),
                scenario.plan().keySet().toArray(ServiceItem[]::new));
        refused(() -> desk.register(TestAccounts.REGION_ADMIN, withProvider(draft, hohhotProvider)),
                "carebed.error.outsideProviderArea");
    }

    @Test
    void aProviderNotOperatingTakesNoBeds() {
        long suspended = TestProviders.create(providers, "停业测试中心 " + TestProviders.token(),
                ProviderKind.HOME_SERVICE_COMPANY, TestProviders.HINGGAN_VILLAGE, TestProviders.somewhere(),
                scenario.plan().keySet().toArray(ServiceItem[]::new));
        providers.changeStatus(TestAccounts.REGION_ADMIN, suspended, ProviderStatus.SUSPENDED, "整改");
        refused(() -> desk.register(TestAccounts.REGION_ADMIN, withProvider(scenario.draft(fixtures.elder()), suspended)),
                "carebed.error.providerNotActive");
    }

    @Test
    void anAdminRegistersForANamedProviderInTheElderBanner() {
        long centre = TestProviders.create(providers, "科右前旗测试中心 " + TestProviders.token(),
                ProviderKind.HOME_SERVICE_COMPANY, TestProviders.HINGGAN_VILLAGE, TestProviders.somewhere(),
                scenario.plan().keySet().toArray(ServiceItem[]::new));
        long id = desk.register(TestAccounts.REGION_ADMIN, withProvider(scenario.draft(fixtures.elder()), centre));
        assertThat(beds.find(id)).map(CareBedSummary::providerId).contains(centre);
    }

    @Test
    void aRegulatorOutsideTheDivisionNeitherSeesNorAcceptsTheBed() {
        long id = scenario.registered();
        refused(() -> desk.view(BedScenario.HULUNBUIR_REGULATOR, id, YearMonth.now()), "carebed.error.notFound");
        refused(() -> desk.inspect(BedScenario.HULUNBUIR_REGULATOR, id, scenario.today(), true, null),
                "carebed.error.notFound");
        assertThatThrownBy(() -> desk.inspect(scenario.provider(), id, scenario.today(), true, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(beds.find(id)).map(CareBedSummary::status).contains(CareBedStatus.REGISTERED);
    }

    @Test
    void aRejectedBedIsCorrectedByTheProviderBeforeReinspection() {
        long id = scenario.registered();
        desk.inspect(scenario.regulator(), id, scenario.today(), false, "缺夜灯");
        var current = desk.view(scenario.provider(), id, YearMonth.now()).bed();
        BedDraft corrected = scenario.withAdaptation(scenario.draft(current.elderId()),
                EnumSet.of(org.yiyang.care.internal.bed.AdaptationItem.NIGHT_LIGHT,
                        org.yiyang.care.internal.bed.AdaptationItem.GRAB_BARS,
                        org.yiyang.care.internal.bed.AdaptationItem.BATH_SEAT), scenario.today(), Money.ofFen(260_000));
        desk.revise(scenario.provider(), id, corrected);
        var after = desk.view(scenario.provider(), id, YearMonth.now()).bed();
        assertThat(after.adaptation()).hasSize(3);
        assertThat(after.adaptationCost()).isEqualTo(Money.ofFen(260_000));
        desk.inspect(scenario.regulator(), id, scenario.today(), true, null);
        refused(() -> desk.revise(scenario.provider(), id, corrected), "carebed.error.wrongState");
    }

    private static BedDraft withProvider(BedDraft d, long providerId) {
        return new BedDraft(d.elderId(), d.elderName(), providerId, d.agreementNo(), d.agreementStart(),
                d.agreementEnd(), d.plan(), d.adaptation(), d.adaptationDoneOn(), d.adaptationCost(), null);
    }

    private long changes(long bedId) {
        return jdbc.sql("SELECT COUNT(*) FROM care_bed_change WHERE bed_id = :id").param("id", bedId)
                .query(Long.class).single();
    }

    private static void refused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BedProblem.class,
                problem -> assertThat(problem.messageKey()).isEqualTo(messageKey));
    }
}
