package org.yiyang.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.yiyang.IntegrationTest;
import org.yiyang.TestClock;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.ServiceItem;

/** The urgent order an operator sends from an alarm (紧急派单): now, without a slot, only while the provider is open. */
@IntegrationTest
class UrgentOrderTests {

    @Autowired ServiceFixtures fixtures;
    @Autowired OrderDesk desk;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    long elder;
    Offering visit;

    @BeforeEach
    void anElderAndAnOfferingAtTenInTheMorning() {
        clock.setTo(ChinaTime.today(clock).atTime(LocalTime.of(10, 7, 30)).atZone(ChinaTime.ZONE).toInstant());
        elder = fixtures.elder();
        visit = fixtures.offering(ServiceItem.EMERGENCY_HELP, "60", 1);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOperatorSendsACaregiverNowWithoutBookingASlotAndARetryIsTheSameOrder() {
        String key = ServiceFixtures.key();
        long booked = bookedSlots();

        var placed = desk.placeUrgent(ServiceFixtures.BANNER_OPERATOR, new UrgentOrderRequest(elder, visit.id(), "摔倒"), key);
        var retry = desk.placeUrgent(ServiceFixtures.BANNER_OPERATOR, new UrgentOrderRequest(elder, visit.id(), "摔倒"), key);

        assertThat(placed.created()).isTrue();
        assertThat(retry).isEqualTo(new OrderDesk.Placed(placed.orderId(), false));
        OrderSummary order = desk.find(fixtures.providerAdmin(), placed.orderId()).orElseThrow().summary();
        assertThat(order.channel()).isEqualTo(OrderChannel.URGENT);
        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(order.scheduledStart()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MINUTES));
        assertThat(order.scheduledEnd()).isEqualTo(order.scheduledStart().plusSeconds(3600));
        assertThat(order.total()).isEqualTo(visit.price());
        assertThat(bookedSlots()).as("no slot taken").isEqualTo(booked);
        assertThat(desk.find(fixtures.providerAdmin(), placed.orderId()).orElseThrow().actions())
                .contains(OrderAction.ACCEPT);
    }

    @Test
    void aProviderClosedNowIsRefusedWithAReasonTheOperatorCanActOn() {
        clock.setTo(ChinaTime.today(clock).atTime(LocalTime.of(3, 0)).atZone(ChinaTime.ZONE).toInstant());
        long orders = fixtures.orderCount();

        assertThatThrownBy(() -> desk.placeUrgent(ServiceFixtures.BANNER_OPERATOR,
                new UrgentOrderRequest(elder, visit.id(), null), ServiceFixtures.key()))
                .isInstanceOfSatisfying(OrderProblem.class, p -> {
                    assertThat(p.field()).isEqualTo("offeringId");
                    assertThat(p.messageKey()).isEqualTo("service.error.closedNow");
                });
        assertThat(fixtures.orderCount()).isEqualTo(orders);
    }

    @Test
    void onlyOperatorsSendUrgentOrdersAndOnlyForEldersTheOfferingServes() {
        long orders = fixtures.orderCount();

        assertThatThrownBy(() -> desk.placeUrgent(fixtures.viewer("elder"),
                new UrgentOrderRequest(elder, visit.id(), null), ServiceFixtures.key()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.placeUrgent(ServiceFixtures.BANNER_OPERATOR,
                new UrgentOrderRequest(fixtures.elderInHulunbuir(), visit.id(), null), ServiceFixtures.key()))
                .isInstanceOfSatisfying(OrderProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("service.error.elderNotFound"));
        assertThatThrownBy(() -> desk.placeUrgent(ServiceFixtures.OTHER_LEAGUE_OPERATOR,
                new UrgentOrderRequest(fixtures.elderInHulunbuir(), visit.id(), null), ServiceFixtures.key()))
                .isInstanceOfSatisfying(OrderProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("service.error.outsideArea"));
        assertThatThrownBy(() -> desk.placeUrgent(ServiceFixtures.BANNER_OPERATOR,
                new UrgentOrderRequest(elder, -1, null), ServiceFixtures.key()))
                .isInstanceOfSatisfying(OrderProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("service.error.offeringNotFound"));
        assertThatThrownBy(() -> desk.placeUrgent(ServiceFixtures.BANNER_OPERATOR,
                new UrgentOrderRequest(elder, visit.id(), "很".repeat(501)), ServiceFixtures.key()))
                .isInstanceOfSatisfying(OrderProblem.class, p -> assertThat(p.field()).isEqualTo("note"));
        assertThatThrownBy(() -> desk.placeUrgent(ServiceFixtures.BANNER_OPERATOR,
                new UrgentOrderRequest(elder, visit.id(), null), "bad key"))
                .isInstanceOfSatisfying(OrderProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("service.error.idempotencyKey"));
        assertThat(fixtures.orderCount()).isEqualTo(orders);
    }

    private long bookedSlots() {
        return jdbc.sql("SELECT COALESCE(SUM(booked), 0) FROM service_slot_load").query(Long.class).single();
    }
}
