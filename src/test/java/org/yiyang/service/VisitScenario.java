package org.yiyang.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.TestClock;
import org.yiyang.elder.HomeLocations;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.GeoPoint;

/**
 * Visits for visit-verification tests: an order of the demo centre booked on a day of its own (so the demo
 * caregiver is never booked twice), accepted and assigned to the demo caregiver, and the test clock moved to a
 * time around its start. {@link #finish()} ends every order the test left open, so that reruns on a kept
 * PostgreSQL database start clean.
 */
final class VisitScenario {

    static final GeoPoint HOME = new GeoPoint(46.0763, 121.9520);
    private static final AtomicInteger NEXT_DAY = new AtomicInteger(2);

    private final ServiceFixtures fixtures;
    private final OrderDesk desk;
    private final Visits visits;
    private final TestClock clock;
    private final JdbcClient jdbc;
    private final HomeLocations homes;
    private final List<Long> orders = new ArrayList<>();

    VisitScenario(ServiceFixtures fixtures, OrderDesk desk, Visits visits, HomeLocations homes, TestClock clock,
                  JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.desk = desk;
        this.visits = visits;
        this.clock = clock;
        this.jdbc = jdbc;
        this.homes = homes;
    }

    /** A visit booked 14:00–15:00 (China time) on a day of its own, assigned to the demo caregiver. */
    Booked assigned(long elderId) {
        LocalDate day = ChinaTime.today(clock).plusDays(2 + NEXT_DAY.getAndIncrement() % 20);
        Offering offering = fixtures.offering();
        clock.setTo(day.minusDays(1).atTime(12, 0).atZone(ChinaTime.ZONE).toInstant());
        long id = desk.place(ServiceFixtures.BANNER_OPERATOR,
                new OrderRequest(elderId, offering.id(), day.atTime(14, 0), 1, null), ServiceFixtures.key()).orderId();
        orders.add(id);
        desk.accept(fixtures.providerAdmin(), id);
        desk.assign(fixtures.providerAdmin(), id, fixtures.caregivers().get(0).id());
        Instant start = day.atTime(14, 0).atZone(ChinaTime.ZONE).toInstant();
        return new Booked(id, elderId, start, desk.find(ServiceFixtures.BANNER_OPERATOR, id).orElseThrow()
                .confirmationPin());
    }

    /** An elder with a home position at {@link #HOME}, and a visit for them. */
    Booked assignedAtHome() {
        long elder = fixtures.elder();
        home(elder, HOME);
        return assigned(elder);
    }

    /** Moves the test clock to the booked start plus {@code offset}. */
    void at(Booked visit, Duration offset) {
        clock.setTo(visit.start().plus(offset));
    }

    Viewer caregiver() {
        return fixtures.caregiverAccount();
    }

    /** A fix {@code metres} due north of the home. */
    static GeoFix north(double metres) {
        return new GeoFix(HOME.latitude() + GeoPoint.latitudeDegrees(metres), HOME.longitude(), 8);
    }

    /** Checked in at the door on time. */
    Booked checkedIn() {
        Booked visit = assignedAtHome();
        at(visit, Duration.ofMinutes(2));
        visits.checkIn(caregiver(), visit.orderId(), north(0));
        return visit;
    }

    static CheckOutReport withPin(String pin) {
        return new CheckOutReport(List.of("BATH_OR_WASH", "SAFETY_CHECK"), null, "洗澡顺利", pin, null);
    }

    void home(long elderId, GeoPoint home) {
        homes.setHomeLocation(ServiceFixtures.BANNER_OPERATOR, elderId, home);
    }

    String status(long orderId) {
        return fixtures.status(orderId);
    }

    long visitRows(long orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM service_visit WHERE order_id = :id").param("id", orderId)
                .query(Long.class).single();
    }

    /** Ends what the test left open: assigned visits are cancelled, visits in service checked out. */
    void finish() {
        for (long id : orders) {
            switch (status(id)) {
                case "ACCEPTED", "ASSIGNED", "ON_THE_WAY" -> desk.cancel(fixtures.providerAdmin(), id, "测试结束");
                case "IN_SERVICE" -> visits.checkOut(caregiver(), id, null, new CheckOutReport(List.of(), "测试结束",
                        null, null, "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
                default -> {
                }
            }
        }
        clock.reset();
    }

    /** A booked visit: the order, the elder, the booked start and the PIN the elder's side holds. */
    record Booked(long orderId, long elderId, Instant start, String pin) {
    }
}
