package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.IntegrationTest;
import org.yiyang.TestClock;
import org.yiyang.benefit.MealShares;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.service.Offering;
import org.yiyang.service.OrderDesk;
import org.yiyang.service.OrderPaid;
import org.yiyang.service.OrderRequest;
import org.yiyang.service.OrderStatus;
import org.yiyang.service.OrderStatusChanged;
import org.yiyang.service.Payer;
import org.yiyang.service.PaymentShare;
import org.yiyang.service.ServiceFixtures;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/** Placing holds the shares, paying settles them to the provider, ending an order unserved gives them back. */
@IntegrationTest
class OrderHoldsTests {

    @Autowired ServiceFixtures orders;
    @Autowired OrderDesk desk;
    @Autowired TestClock clock;
    @Autowired ApplicationContext context;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired Budgets budgets;
    @Autowired JdbcClient jdbc;

    WalletScenario wallets;

    @BeforeEach
    void scenario() {
        wallets = WalletScenario.of(context);
    }

    @Test
    void placingHoldsTheSharesAndPayingOwesThemToTheProviderTogether() {
        long elder = orders.elder();
        Programme meals = meals();
        Programme subsidy = subsidyWallet();
        wallets.enrol(meals, elder);
        wallets.enrol(subsidy, elder);
        wallets.credit(subsidy, elder, 500);
        long providerBefore = wallets.provider(orders.providerId());
        long collectiveBefore = wallets.collective(wallets.division(elder));

        long order = place(elder, orders.offering(ServiceItem.MEAL, "15", 5), tomorrowAt("09:00"));

        assertThat(wallets.shares(order)).containsExactly("SUBSIDY 500 0 RESERVED", "VILLAGE_COLLECTIVE 200 0 RESERVED",
                "DONOR 100 0 RESERVED", "PROVIDER_DISCOUNT 100 0 RESERVED", "SUBSIDY 500 0 RESERVED");
        assertThat(wallets.wallet(subsidy, elder)).isZero();
        assertThat(wallets.hold(meals)).isEqualTo(800);
        assertThat(wallets.hold(subsidy)).isEqualTo(500);
        assertThat(budgets.committed(meals)).as("the government share is spoken for").isEqualTo(Money.ofFen(500));
        assertThat(desk.find(ServiceFixtures.BANNER_OPERATOR, order).orElseThrow().payment().shares())
                .extracting(PaymentShare::payer).containsExactly(Payer.SUBSIDY, Payer.VILLAGE_COLLECTIVE, Payer.DONOR,
                        Payer.PROVIDER_DISCOUNT, Payer.SUBSIDY, Payer.ELDER);

        pay(order);

        assertThat(wallets.shares(order)).allMatch(s -> s.endsWith("SETTLED"));
        assertThat(wallets.hold(meals)).isZero();
        assertThat(wallets.hold(subsidy)).isZero();
        assertThat(wallets.provider(orders.providerId()) - providerBefore)
                .as("owed everything but its own discount").isEqualTo(500 + 200 + 100 + 500);
        assertThat(wallets.collective(wallets.division(elder)) - collectiveBefore).isEqualTo(-200);
        assertThat(wallets.donors(meals)).isEqualTo(-100);
        assertThat(budgets.committed(meals)).isEqualTo(Money.ofFen(500));
        assertSound(elder, meals, subsidy);
    }

    @Test
    void pointsAreHeldAsPointsAndPaidForFromTheFund() {
        long elder = orders.elder();
        Programme points = points();
        wallets.enrol(points, elder);
        wallets.credit(points, elder, 50);

        long order = place(elder, orders.offering(ServiceItem.BATHING, "10.10", 5), tomorrowAt("14:00"));

        assertThat(wallets.shares(order)).containsExactly("POINTS 1000 20 RESERVED");
        assertThat(wallets.wallet(points, elder)).isEqualTo(30);
        assertThat(wallets.pointsIssued(points)).as("20 of the 50 issued came back").isEqualTo(-30);
        assertThat(wallets.hold(points)).isEqualTo(1000);
        pay(order);
        assertThat(wallets.hold(points)).isZero();
        assertThat(budgets.committed(points)).isEqualTo(Money.ofFen(1000));
        assertSound(elder, points);
    }

    @Test
    void aCancelledOrRefusedOrderGivesEverythingBack() {
        long elder = orders.elder();
        Programme meals = meals();
        Programme subsidy = subsidyWallet();
        wallets.enrol(meals, elder);
        wallets.enrol(subsidy, elder);
        wallets.credit(subsidy, elder, 3_000);
        long fund = wallets.fund(meals);
        Offering meal = orders.offering(ServiceItem.MEAL, "15", 5);

        long cancelled = place(elder, meal, tomorrowAt("09:00"));
        long refused = place(elder, meal, tomorrowAt("14:00"));
        assertThat(wallets.wallet(subsidy, elder)).as("15 less 9 of meal shares, twice").isEqualTo(3_000 - 2 * 600);
        desk.cancel(ServiceFixtures.BANNER_OPERATOR, cancelled, "家里有事");
        desk.refuse(orders.providerAdmin(), refused, "人手不够");

        assertThat(wallets.shares(cancelled)).allMatch(s -> s.endsWith("RELEASED"));
        assertThat(wallets.shares(refused)).allMatch(s -> s.endsWith("RELEASED"));
        assertThat(wallets.wallet(subsidy, elder)).isEqualTo(3_000);
        assertThat(wallets.fund(meals)).isEqualTo(fund);
        assertThat(wallets.hold(meals)).isZero();
        assertThat(wallets.hold(subsidy)).isZero();
        assertSound(elder, meals, subsidy);
    }

    @Test
    void anEventDeliveredTwiceChangesNothingTheSecondTime() {
        long elder = orders.elder();
        Programme subsidy = subsidyWallet();
        wallets.enrol(subsidy, elder);
        wallets.credit(subsidy, elder, 3_000);
        Offering bathing = orders.offering(ServiceItem.BATHING, "40", 5);
        long paid = place(elder, bathing, tomorrowAt("09:00"));
        long cancelled = place(elder, bathing, tomorrowAt("14:00"));
        pay(paid);
        desk.cancel(ServiceFixtures.BANNER_OPERATOR, cancelled, "不需要了");
        long transactions = wallets.transactionCount();
        long provider = wallets.provider(orders.providerId());

        tx.executeWithoutResult(s -> {
            events.publishEvent(new OrderPaid(paid, 0, elder, orders.providerId(), List.of(), Instant.now()));
            events.publishEvent(new OrderStatusChanged(cancelled, elder, orders.providerId(), ServiceFixtures.BANNER,
                    OrderStatus.PLACED, OrderStatus.CANCELLED, Instant.now()));
        });

        assertThat(wallets.transactionCount()).isEqualTo(transactions);
        assertThat(wallets.provider(orders.providerId())).isEqualTo(provider);
        assertThat(wallets.wallet(subsidy, elder)).isEqualTo(3_000 - 3_000);
        assertThat(wallets.shares(paid)).containsExactly("SUBSIDY 3000 0 SETTLED");
        assertThat(wallets.shares(cancelled)).isEmpty();
        assertSound(elder, subsidy);
    }

    @Test
    void ordersPlacedAtOnceNeverSpendTheWalletTwice() throws Exception {
        long elder = orders.elder();
        Programme subsidy = subsidyWallet();
        wallets.enrol(subsidy, elder);
        wallets.credit(subsidy, elder, 10_000);
        wallets.hold(subsidy);
        Offering bathing = orders.offering(ServiceItem.BATHING, "40", 10);
        List<Callable<Long>> placings = new ArrayList<>();
        String[] times = {"09:00", "14:00", "16:00"};
        for (int i = 0; i < 8; i++) {
            LocalDateTime start = ServiceFixtures.tomorrowAt(clock, times[i % 3]).plusDays(i / 3);
            placings.add(() -> place(elder, bathing, start));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Long> placed = new ArrayList<>();
        try {
            for (Future<Long> result : pool.invokeAll(placings)) {
                placed.add(result.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(Set.copyOf(placed)).hasSize(8);
        long reserved = jdbc.sql("SELECT COALESCE(SUM(amount_fen), 0) FROM benefit_order_share WHERE elder_id = :e")
                .param("e", elder).query(Long.class).single();
        assertThat(reserved).as("two orders in full, one in part, the rest from the elder").isEqualTo(10_000);
        assertThat(wallets.wallet(subsidy, elder)).isZero();
        assertThat(placed.stream().map(id -> desk.find(ServiceFixtures.BANNER_OPERATOR, id).orElseThrow().payment()
                .shares().stream().filter(s -> s.payer() == Payer.SUBSIDY).mapToLong(s -> s.amount().fen()).sum()))
                .containsExactlyInAnyOrder(4_000L, 4_000L, 2_000L, 0L, 0L, 0L, 0L, 0L);
        assertSound(elder, subsidy);
    }

    private void assertSound(long elder, Programme... programmes) {
        assertThat(wallets.unbalancedTransactionsOf(elder)).isEmpty();
        for (Programme p : programmes) {
            assertThat(wallets.accountsOffTheirEntries(p)).isEmpty();
            assertThat(wallets.wallet(p, elder)).isNotNegative().isEqualTo(wallets.walletEntrySum(p, elder));
        }
    }

    private Programme meals() {
        return wallets.programme(ProgrammeKind.MEAL_SUBSIDY, Payout.PER_ORDER, new RuleAmounts(null, null, null, null,
                new MealShares(yuan("5"), yuan("2"), yuan("1"), yuan("1")), Set.of(ServiceItem.MEAL), null));
    }

    private Programme subsidyWallet() {
        return wallets.programme(ProgrammeKind.SERVICE_SUBSIDY, Payout.SUBSIDY_WALLET, RuleAmounts.monthly(yuan("100")));
    }

    private Programme points() {
        return wallets.programme(ProgrammeKind.HAPPINESS_POINTS, Payout.POINTS,
                new RuleAmounts(null, null, null, null, null, Set.of(), 50));
    }

    private long place(long elder, Offering offering, LocalDateTime start) {
        return desk.place(ServiceFixtures.BANNER_OPERATOR, new OrderRequest(elder, offering.id(), start, 1, null),
                ServiceFixtures.key()).orderId();
    }

    private void pay(long order) {
        wallets.markDone(order);
        desk.pay(ServiceFixtures.BANNER_OPERATOR, order, "CASH");
    }

    private LocalDateTime tomorrowAt(String time) {
        return ServiceFixtures.tomorrowAt(clock, time);
    }

    static Money yuan(String yuan) {
        return Money.parseYuan(yuan);
    }
}
