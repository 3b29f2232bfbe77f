package org.yiyang.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.TestClock;
import org.yiyang.elder.HomeLocations;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.service.VisitScenario.Booked;
import org.yiyang.shared.DivisionCode;

@IntegrationTest
@RecordApplicationEvents
class VisitsTests {

    @Autowired
    ServiceFixtures fixtures;

    @Autowired
    Visits visits;

    @Autowired
    OrderDesk desk;

    @Autowired
    AccountAdministration administration;

    @Autowired
    HomeLocations homes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    VisitScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new VisitScenario(fixtures, desk, visits, homes, clock, jdbc);
    }

    @AfterEach
    void finish() {
        scenario.finish();
    }

    @Test
    void aCheckInAtTheHomeOnTimeStartsTheServiceWithoutException() {
        Booked visit = scenario.assignedAtHome();
        scenario.at(visit, Duration.ofMinutes(-5));

        Visits.CheckedIn done = visits.checkIn(scenario.caregiver(), visit.orderId(), VisitScenario.north(3));

        assertThat(done.distanceMetres()).isEqualTo(3);
        assertThat(done.exceptions()).isEmpty();
        assertThat(scenario.status(visit.orderId())).isEqualTo("IN_SERVICE");
        var row = jdbc.sql("SELECT check_in_position, check_in_distance_m, check_in_accuracy_m FROM service_visit "
                + "WHERE order_id = :id").param("id", visit.orderId()).query().singleRow();
        assertThat((String) row.get("check_in_position")).as("sealed, not plain").doesNotContain("46.07");
        assertThat(((Number) row.get("check_in_distance_m")).intValue()).isEqualTo(3);
        assertThat(visits.today(scenario.caregiver())).extracting(VisitCard::orderId).contains(visit.orderId());
    }

    @Test
    void aCheckInThreeHundredFiftyMetresAwayRaisesTooFarWithTheDistance() {
        Booked visit = scenario.assignedAtHome();
        scenario.at(visit, Duration.ZERO);

        Visits.CheckedIn done = visits.checkIn(scenario.caregiver(), visit.orderId(), VisitScenario.north(350));

        assertThat(done.exceptions()).containsExactly(VisitExceptionKind.CHECK_IN_TOO_FAR);
        VisitException raised = visits.record(fixtures.providerAdmin(), visit.orderId()).orElseThrow().exceptions().get(0);
        assertThat(raised.measured()).isEqualTo(350);
        assertThat(raised.allowed()).isEqualTo(300);
        assertThat(raised.reviewStatus()).isEqualTo(VisitReviewStatus.OPEN);
    }

    @Test
    void anElderWithoutAHomePositionRaisesNoHomePositionAndARefusedFixNoPosition() {
        Booked visit = scenario.assigned(fixtures.elder());
        scenario.at(visit, Duration.ZERO);
        Visits.CheckedIn done = visits.checkIn(scenario.caregiver(), visit.orderId(), VisitScenario.north(0));
        assertThat(done.distanceMetres()).isNull();
        assertThat(done.exceptions()).containsExactly(VisitExceptionKind.NO_HOME_POSITION);

        Booked refused = scenario.assignedAtHome();
        scenario.at(refused, Duration.ZERO);
        assertThat(visits.checkIn(scenario.caregiver(), refused.orderId(), null).exceptions())
                .containsExactly(VisitExceptionKind.NO_POSITION);
    }

    @Test
    void aCheckInOnAnotherDayIsRefusedAndChangesNothing() {
        Booked visit = scenario.assignedAtHome();
        scenario.at(visit, Duration.ofHours(-24));

        assertThatThrownBy(() -> visits.checkIn(scenario.caregiver(), visit.orderId(), VisitScenario.north(0)))
                .isInstanceOf(OrderProblem.class).hasMessage("visit.error.notToday");
        assertThat(scenario.status(visit.orderId())).isEqualTo("ASSIGNED");
        assertThat(scenario.visitRows(visit.orderId())).isZero();
    }

    @Test
    void aCaregiverWhoIsNotAssignedIsToldTheVisitDoesNotExist() {
        Booked visit = scenario.assignedAtHome();
        scenario.at(visit, Duration.ZERO);
        Viewer stranger = fixtures.viewer(TestAccounts.create(administration, Role.CAREGIVER, ServiceFixtures.BANNER));

        assertThatThrownBy(() -> visits.checkIn(stranger, visit.orderId(), VisitScenario.north(0)))
                .isInstanceOf(OrderProblem.class).matches(p -> ((OrderProblem) p).isNotFound());
        assertThat(scenario.status(visit.orderId())).isEqualTo("ASSIGNED");
        assertThat(visits.today(stranger)).isEmpty();
    }

    @Test
    void aCheckInBeyondTheTimeToleranceIsEarlyOrLate() {
        Booked early = scenario.assignedAtHome();
        scenario.at(early, Duration.ofMinutes(-45));
        assertThat(visits.checkIn(scenario.caregiver(), early.orderId(), VisitScenario.north(0)).exceptions())
                .containsExactly(VisitExceptionKind.CHECK_IN_EARLY);

        Booked late = scenario.assignedAtHome();
        scenario.at(late, Duration.ofMinutes(40));
        assertThat(visits.checkIn(scenario.caregiver(), late.orderId(), VisitScenario.north(0)).exceptions())
                .containsExactly(VisitExceptionKind.CHECK_IN_LATE);
        assertThat(visits.record(fixtures.providerAdmin(), late.orderId()).orElseThrow().exceptions().get(0).measured())
                .isEqualTo(40);
    }

    @Test
    void aWrongPinIsRefusedAndChangesNothingUntilFiveThenOnlyASignatureWorks() {
        Booked visit = scenario.checkedIn();
        String wrong = visit.pin().equals("0000") ? "1111" : "0000";
        scenario.at(visit, Duration.ofMinutes(50));

        assertThatThrownBy(() -> visits.checkOut(scenario.caregiver(), visit.orderId(), VisitScenario.north(0),
                VisitScenario.withPin(wrong))).isInstanceOf(OrderProblem.class).hasMessage("visit.error.wrongPin");
        assertThat(scenario.status(visit.orderId())).isEqualTo("IN_SERVICE");
        assertThat(jdbc.sql("SELECT check_out_at, pin_failures FROM service_visit WHERE order_id = :id")
                .param("id", visit.orderId()).query().singleRow()).containsEntry("check_out_at", null)
                .containsEntry("pin_failures", 1);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> visits.checkOut(scenario.caregiver(), visit.orderId(), null,
                    VisitScenario.withPin(wrong))).hasMessage("visit.error.wrongPin");
        }
        assertThatThrownBy(() -> visits.checkOut(scenario.caregiver(), visit.orderId(), null,
                VisitScenario.withPin(visit.pin()))).hasMessage("visit.error.pinLocked");

        visits.checkOut(scenario.caregiver(), visit.orderId(), VisitScenario.north(0), new CheckOutReport(
                List.of("BATH_OR_WASH"), null, null, null, VisitPagesTests.SIGNATURE));
        VisitRecord record = visits.record(fixtures.providerAdmin(), visit.orderId()).orElseThrow();
        assertThat(record.status()).isEqualTo(OrderStatus.DONE);
        assertThat(record.confirmation()).isEqualTo(VisitConfirmation.SIGNATURE);
        assertThat(record.signature()).isEqualTo(VisitPagesTests.SIGNATURE);
    }

    @Test
    void theRightPinCompletesTheVisitAndPublishesOrderCompletedFromCheckInToCheckOut() {
        Booked visit = scenario.checkedIn();
        var checkIn = clock.instant();
        scenario.at(visit, Duration.ofMinutes(58));

        Visits.CheckedIn done = visits.checkOut(scenario.caregiver(), visit.orderId(), VisitScenario.north(20),
                VisitScenario.withPin(visit.pin()));

        assertThat(done.exceptions()).isEmpty();
        assertThat(scenario.status(visit.orderId())).isEqualTo("DONE");
        OrderCompleted completed = events.stream(OrderCompleted.class)
                .filter(e -> e.orderId() == visit.orderId()).findFirst().orElseThrow();
        assertThat(completed.elderId()).isEqualTo(visit.elderId());
        assertThat(Duration.between(checkIn, completed.start()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(Duration.between(visit.start().plus(Duration.ofMinutes(58)), completed.end()).abs())
                .isLessThan(Duration.ofSeconds(5));
        VisitRecord record = visits.record(fixtures.providerAdmin(), visit.orderId()).orElseThrow();
        assertThat(record.tasks()).containsExactly(VisitTask.BATH_OR_WASH, VisitTask.SAFETY_CHECK);
        assertThat(record.notes()).isEqualTo("洗澡顺利");
        assertThat(record.confirmation()).isEqualTo(VisitConfirmation.PIN);
        assertThat(record.checkOut().distanceMetres()).isEqualTo(20);
        assertThat(record.checkIn().latitude()).isCloseTo(VisitScenario.HOME.latitude(), org.assertj.core.data.Offset.offset(1e-5));
        VisitRecord forElderSide = visits.record(ServiceFixtures.BANNER_OPERATOR, visit.orderId()).orElseThrow();
        assertThat(forElderSide.checkIn()).as("positions only for those who serve or oversee").isNull();
        assertThat(forElderSide.exceptions()).isEmpty();
    }

    @Test
    void aVisitShorterThanHalfTheBookedTimeIsAnException() {
        Booked visit = scenario.checkedIn();
        scenario.at(visit, Duration.ofMinutes(22));
        Visits.CheckedIn done = visits.checkOut(scenario.caregiver(), visit.orderId(), VisitScenario.north(400),
                VisitScenario.withPin(visit.pin()));
        assertThat(done.exceptions()).containsExactly(VisitExceptionKind.CHECK_OUT_TOO_FAR, VisitExceptionKind.SHORT_VISIT);
    }

    @Test
    void theProviderExplainsAndARegulatorOfTheDivisionReviewsButNotOneOfAnotherLeague() {
        Booked visit = scenario.assignedAtHome();
        scenario.at(visit, Duration.ZERO);
        visits.checkIn(scenario.caregiver(), visit.orderId(), VisitScenario.north(500));
        Viewer provider = fixtures.providerAdmin();
        long id = visits.exceptions(provider, VisitReviewStatus.OPEN, 0, 100).items().stream()
                .filter(x -> x.orderId() == visit.orderId()).findFirst().orElseThrow().id();
        Viewer banner = new Viewer(900_001, "banner-regulator", "旗民政", Role.REGULATOR, DivisionCode.of(ServiceFixtures.BANNER));
        Viewer hulunbuir = new Viewer(900_002, "hulunbuir-regulator", "呼伦贝尔民政", Role.REGULATOR,
                DivisionCode.of("150700000000"));

        assertThatThrownBy(() -> visits.review(banner, id, true, null)).hasMessage("visit.error.notReviewable");
        assertThatThrownBy(() -> visits.explain(provider, id, VisitReasonCode.OTHER, " "))
                .hasMessage("visit.error.explanationRequired");
        visits.explain(provider, id, VisitReasonCode.GPS_DRIFT, "楼房里信号差");

        assertThat(visits.exceptions(hulunbuir, null, 0, 100).items()).extracting(VisitException::id).doesNotContain(id);
        assertThatThrownBy(() -> visits.review(hulunbuir, id, true, null))
                .matches(p -> ((OrderProblem) p).isNotFound());
        assertThat(visits.exceptions(banner, VisitReviewStatus.EXPLAINED, 0, 100).items())
                .extracting(VisitException::id).contains(id);
        assertThatThrownBy(() -> visits.review(banner, id, false, "")).hasMessage("visit.error.noteRequired");
        visits.review(banner, id, true, null);

        VisitException reviewed = visits.record(provider, visit.orderId()).orElseThrow().exceptions().get(0);
        assertThat(reviewed.reviewStatus()).isEqualTo(VisitReviewStatus.ACCEPTED);
        assertThat(reviewed.reasonCode()).isEqualTo(VisitReasonCode.GPS_DRIFT);
        assertThat(reviewed.reviewedBy()).isEqualTo("旗民政");
        assertThatThrownBy(() -> visits.explain(provider, id, VisitReasonCode.DEVICE_PROBLEM, null))
                .hasMessage("visit.error.notExplainable");
    }
}
