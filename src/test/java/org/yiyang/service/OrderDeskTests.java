package org.yiyang.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.TestClock;
import org.yiyang.shared.Money;

@IntegrationTest
class OrderDeskTests {

    @Autowired
    ServiceFixtures fixtures;

    @Autowired
    OrderDesk desk;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private OrderRequest tomorrow(long elder, Offering offering, String time) {
        return new OrderRequest(elder, offering.id(), ServiceFixtures.tomorrowAt(clock, time), 1, null);
    }

    @Test
    void anOperatorOrdersForACallerAndTheProviderAcceptsAndAssignsACaregiver() {
        long elder = fixtures.elder();
        Offering bathing = fixtures.offering();

        var placed = desk.place(ServiceFixtures.BANNER_OPERATOR, tomorrow(elder, bathing, "09:00"), ServiceFixtures.key());
        assertThat(placed.created()).isTrue();
        OrderView order = desk.find(fixtures.providerAdmin(), placed.orderId()).orElseThrow();
        assertThat(order.summary().status()).isEqualTo(OrderStatus.PLACED);
        assertThat(order.summary().channel()).isEqualTo(OrderChannel.HOTLINE);
        assertThat(order.actions()).contains(OrderAction.ACCEPT, OrderAction.REFUSE);
        assertThat(order.payment().shares()).containsExactly(new PaymentShare(Payer.ELDER, Money.parseYuan("40"), null));
        assertThat(order.confirmationPin()).as("the PIN is for the elder's side only").isNull();

        desk.accept(fixtures.providerAdmin(), placed.orderId());
        long caregiver = fixtures.caregivers().get(0).id();
        desk.assign(fixtures.providerAdmin(), placed.orderId(), caregiver);

        OrderView assigned = desk.find(ServiceFixtures.BANNER_OPERATOR, placed.orderId()).orElseThrow();
        assertThat(assigned.summary().status()).isEqualTo(OrderStatus.ASSIGNED);
        assertThat(assigned.summary().caregiverId()).isEqualTo(caregiver);
        assertThat(assigned.timeline()).extracting(OrderView.Step::status)
                .containsExactly(OrderStatus.PLACED, OrderStatus.ACCEPTED, OrderStatus.ASSIGNED);
        assertThat(assigned.confirmationPin()).matches("\\d{4}");
        assertThat(desk.find(fixtures.caregiverAccount(), placed.orderId()).orElseThrow().actions())
                .contains(OrderAction.DEPART);
    }

    @Test
    void aRetriedSubmitReturnsTheFirstOrderAndAReusedKeyWithAnotherRequestIsRefused() {
        long elder = fixtures.elder();
        Offering offering = fixtures.offering();
        String key = ServiceFixtures.key();

        var first = desk.place(ServiceFixtures.BANNER_OPERATOR, tomorrow(elder, offering, "09:00"), key);
        var retry = desk.place(ServiceFixtures.BANNER_OPERATOR, tomorrow(elder, offering, "09:00"), key);

        assertThat(retry).isEqualTo(new OrderDesk.Placed(first.orderId(), false));
        long before = fixtures.orderCount();
        assertThatThrownBy(() -> desk.place(ServiceFixtures.BANNER_OPERATOR, tomorrow(elder, offering, "14:00"), key))
                .isInstanceOf(OrderProblem.class).hasMessage("service.error.idempotencyReused");
        assertThat(fixtures.orderCount()).isEqualTo(before);
    }

    @Test
    void concurrentSubmitsWithOneKeyCreateOneOrder() throws Exception {
        long elder = fixtures.elder();
        Offering offering = fixtures.offering();
        String key = ServiceFixtures.key();
        OrderRequest request = tomorrow(elder, offering, "16:00");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<OrderDesk.Placed>> submits = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                submits.add(() -> desk.place(ServiceFixtures.BANNER_OPERATOR, request, key));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<OrderDesk.Placed> result : pool.invokeAll(submits)) {
                ids.add(result.get().orderId());
            }
            assertThat(Set.copyOf(ids)).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_order WHERE idempotency_key = :key").param("key", key)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT booked FROM service_slot_load WHERE offering_id = :id").param("id", offering.id())
                .query(Integer.class).single()).as("the slot counts one order").isEqualTo(1);
    }

    @Test
    void badRequestsAreRefusedWithTheirReasonAndChangeNothing() {
        long elder = fixtures.elder();
        Offering offering = fixtures.offering();
        var operator = ServiceFixtures.BANNER_OPERATOR;
        long before = fixtures.orderCount();

        assertRefused(() -> desk.place(operator, new OrderRequest(elder, offering.id(),
                ServiceFixtures.today(clock).minusDays(1).atTime(9, 0), 1, null), ServiceFixtures.key()), "service.error.slotPast");
        assertRefused(() -> desk.place(operator, tomorrow(elder, offering, "21:00"), ServiceFixtures.key()),
                "service.error.outsideHours");
        assertRefused(() -> desk.place(operator, tomorrow(elder, offering, "10:00"), ServiceFixtures.key()),
                "service.error.noSuchSlot");
        assertRefused(() -> desk.place(operator, new OrderRequest(elder, offering.id(),
                ServiceFixtures.today(clock).plusDays(90).atTime(9, 0), 1, null), ServiceFixtures.key()), "service.error.tooFarAhead");
        assertRefused(() -> desk.place(operator, new OrderRequest(elder, offering.id(),
                ServiceFixtures.tomorrowAt(clock, "09:00"), 11, null), ServiceFixtures.key()), "service.error.quantity");
        assertRefused(() -> desk.place(operator, tomorrow(elder, offering, "09:00"), "short"), "service.error.idempotencyKey");
        assertRefused(() -> desk.place(operator, tomorrow(fixtures.elderInHulunbuir(), offering, "09:00"),
                ServiceFixtures.key()), "service.error.elderNotFound");

        catalogue.setActive(fixtures.providerAdmin(), offering.id(), false);
        assertRefused(() -> desk.place(operator, tomorrow(elder, offering, "09:00"), ServiceFixtures.key()),
                "service.error.offeringInactive");
        assertThat(fixtures.orderCount()).isEqualTo(before);
    }

    @Test
    void anElderOutsideTheOfferingsAreaCannotOrderIt() {
        long elder = fixtures.elderInHulunbuir();
        Offering offering = fixtures.offering();
        assertRefused(() -> desk.place(ServiceFixtures.OTHER_LEAGUE_OPERATOR, tomorrow(elder, offering, "09:00"),
                ServiceFixtures.key()), "service.error.outsideArea");
    }

    @Test
    void aFullSlotTakesNoMoreOrdersAndACancellationFreesItsPlace() {
        Offering offering = fixtures.offering(org.yiyang.shared.ServiceItem.BATHING, "40", 1);
        var first = desk.place(ServiceFixtures.BANNER_OPERATOR, tomorrow(fixtures.elder(), offering, "09:00"), ServiceFixtures.key());
        long second = fixtures.elder();
        assertRefused(() -> desk.place(ServiceFixtures.BANNER_OPERATOR, tomorrow(second, offering, "09:00"),
                ServiceFixtures.key()), "service.error.slotFull");

        desk.cancel(ServiceFixtures.BANNER_OPERATOR, first.orderId(), "家里有事");

        assertThat(fixtures.status(first.orderId())).isEqualTo("CANCELLED");
        assertThat(desk.find(ServiceFixtures.BANNER_OPERATOR, first.orderId()).orElseThrow().payment().status())
                .isEqualTo("VOID");
        assertThat(desk.place(ServiceFixtures.BANNER_OPERATOR, tomorrow(second, offering, "09:00"), ServiceFixtures.key())
                .created()).isTrue();
    }

    @Test
    void noCaregiverIsBookedForTwoVisitsAtOverlappingTimes() {
        Offering offering = fixtures.offering();
        var admin = fixtures.providerAdmin();
        var one = desk.place(ServiceFixtures.BANNER_OPERATOR, tomorrow(fixtures.elder(), offering, "14:00"), ServiceFixtures.key());
        var two = desk.place(ServiceFixtures.BANNER_OPERATOR, tomorrow(fixtures.elder(), offering, "14:00"), ServiceFixtures.key());
        desk.accept(admin, one.orderId());
        desk.accept(admin, two.orderId());
        long caregiver = fixtures.caregivers().get(0).id();
        desk.assign(admin, one.orderId(), caregiver);

        assertRefused(() -> desk.assign(admin, two.orderId(), caregiver), "service.error.caregiverBooked");
        assertThat(fixtures.status(two.orderId())).isEqualTo("ACCEPTED");

        long other = fixtures.caregivers().get(1).id();
        desk.assign(admin, two.orderId(), other);
        assertThat(fixtures.status(two.orderId())).isEqualTo("ASSIGNED");
    }

    @Test
    void theElderSideCancelsOnlineOnlyBeforeTheCutOffAndAlwaysWithAReason() {
        var placed = desk.place(ServiceFixtures.BANNER_OPERATOR, tomorrow(fixtures.elder(), fixtures.offering(), "09:00"),
                ServiceFixtures.key());
        assertRefused(() -> desk.cancel(ServiceFixtures.BANNER_OPERATOR, placed.orderId(), " "), "service.error.reasonRequired");

        clock.setTo(desk.find(ServiceFixtures.BANNER_OPERATOR, placed.orderId()).orElseThrow().summary().scheduledStart()
                .minus(Duration.ofMinutes(90)));
        assertRefused(() -> desk.cancel(ServiceFixtures.BANNER_OPERATOR, placed.orderId(), "不需要了"), "service.error.pastCutoff");
        assertThat(fixtures.status(placed.orderId())).isEqualTo("PLACED");

        desk.cancel(fixtures.providerAdmin(), placed.orderId(), "护理员不足");
        assertThat(fixtures.status(placed.orderId())).isEqualTo("CANCELLED");
    }

    @Test
    void theProviderRefusesWithAReasonAndTheOrderEnds() {
        var placed = desk.place(ServiceFixtures.BANNER_OPERATOR, tomorrow(fixtures.elder(), fixtures.offering(), "09:00"),
                ServiceFixtures.key());
        assertRefused(() -> desk.refuse(fixtures.providerAdmin(), placed.orderId(), ""), "service.error.reasonRequired");
        desk.refuse(fixtures.providerAdmin(), placed.orderId(), "该时段护理员已排满");
        OrderView refused = desk.find(ServiceFixtures.BANNER_OPERATOR, placed.orderId()).orElseThrow();
        assertThat(refused.summary().status()).isEqualTo(OrderStatus.REFUSED);
        assertThat(refused.reason()).isEqualTo("该时段护理员已排满");
        assertThat(refused.actions()).isEmpty();
        assertRefused(() -> desk.accept(fixtures.providerAdmin(), placed.orderId()), "service.error.wrongState");
    }

    @Test
    void ordersAreVisibleOnlyToThoseInvolvedAndWithinTheDivision() {
        var placed = desk.place(ServiceFixtures.BANNER_OPERATOR, tomorrow(fixtures.elder(), fixtures.offering(), "09:00"),
                ServiceFixtures.key());

        assertThat(desk.find(ServiceFixtures.OTHER_LEAGUE_OPERATOR, placed.orderId())).isEmpty();
        assertThat(desk.find(fixtures.caregiverAccount(), placed.orderId())).as("not assigned yet").isEmpty();
        assertThat(desk.list(ServiceFixtures.OTHER_LEAGUE_OPERATOR, OrderQuery.all(), 0, 50).orders())
                .noneMatch(o -> o.id() == placed.orderId());
        assertThat(desk.list(fixtures.providerAdmin(), new OrderQuery(OrderStatus.PLACED, null, null), 0, 200).orders())
                .anyMatch(o -> o.id() == placed.orderId());
        assertThatThrownBy(() -> desk.accept(ServiceFixtures.OTHER_LEAGUE_OPERATOR, placed.orderId()))
                .isInstanceOf(OrderProblem.class).hasMessage("service.error.notFound");
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(OrderProblem.class).hasMessage(messageKey);
    }
}
