package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yiyang.IntegrationTest;
import org.yiyang.TestClock;
import org.yiyang.benefit.MealShares;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.service.Offering;
import org.yiyang.service.OrderDesk;
import org.yiyang.service.OrderRequest;
import org.yiyang.service.Payer;
import org.yiyang.service.PaymentShare;
import org.yiyang.service.ServiceFixtures;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/** The split of an order's price among the elder's programmes, as the order desk quotes and places it. */
@IntegrationTest
class OrderSharesTests {

    @Autowired ServiceFixtures orders;
    @Autowired OrderDesk desk;
    @Autowired TestClock clock;
    @Autowired ApplicationContext context;

    WalletScenario wallets;

    @BeforeEach
    void scenario() {
        wallets = WalletScenario.of(context);
    }

    @Test
    void aMealIsSharedFiveWaysAndTheSharesAddUpToThePrice() {
        long elder = orders.elder();
        Programme meals = wallets.programme(ProgrammeKind.MEAL_SUBSIDY, Payout.PER_ORDER, new RuleAmounts(null, null, null,
                null, new MealShares(yuan("5"), yuan("2"), yuan("1"), yuan("1.5")), Set.of(ServiceItem.MEAL), null));
        wallets.enrol(meals, elder);
        Offering meal = orders.offering(ServiceItem.MEAL, "15", 5);

        List<PaymentShare> split = desk.quote(ServiceFixtures.BANNER_OPERATOR, request(elder, meal, 2));

        assertThat(split).extracting(PaymentShare::payer, PaymentShare::amount).containsExactly(
                tuple(Payer.SUBSIDY, yuan("10")), tuple(Payer.VILLAGE_COLLECTIVE, yuan("4")), tuple(Payer.DONOR, yuan("2")),
                tuple(Payer.PROVIDER_DISCOUNT, yuan("3")), tuple(Payer.ELDER, yuan("11")));
        assertThat(split.stream().map(PaymentShare::amount).reduce(Money.ZERO, Money::plus)).isEqualTo(yuan("30"));
        assertThat(split.get(0).source()).isEqualTo(meals.name());
    }

    @Test
    void aMealProgrammePaysNothingForAnItemItsRuleDoesNotCover() {
        long elder = orders.elder();
        Programme meals = wallets.programme(ProgrammeKind.MEAL_SUBSIDY, Payout.PER_ORDER, new RuleAmounts(null, null, null,
                null, new MealShares(yuan("5"), yuan("2"), yuan("1"), yuan("1")), Set.of(ServiceItem.MEAL), null));
        wallets.enrol(meals, elder);

        assertThat(desk.quote(ServiceFixtures.BANNER_OPERATOR, request(elder, orders.offering(), 1)))
                .extracting(PaymentShare::payer).containsExactly(Payer.ELDER);
    }

    @Test
    void aPerOrderSubsidyPaysItsPercentageUpToItsCap() {
        long elder = orders.elder();
        Programme half = wallets.programme(ProgrammeKind.SERVICE_SUBSIDY, Payout.PER_ORDER,
                new RuleAmounts(null, null, 50, yuan("15"), null, Set.of(), null));
        wallets.enrol(half, elder);

        assertThat(desk.quote(ServiceFixtures.BANNER_OPERATOR, request(elder, orders.offering(ServiceItem.BATHING, "40", 5), 1)))
                .extracting(PaymentShare::payer, PaymentShare::amount)
                .containsExactly(tuple(Payer.SUBSIDY, yuan("15")), tuple(Payer.ELDER, yuan("25")));
        assertThat(desk.quote(ServiceFixtures.BANNER_OPERATOR, request(elder, orders.offering(ServiceItem.CLEANING, "20", 5), 1)))
                .extracting(PaymentShare::payer, PaymentShare::amount)
                .containsExactly(tuple(Payer.SUBSIDY, yuan("10")), tuple(Payer.ELDER, yuan("10")));
    }

    @Test
    void aSubsidyWalletPaysNoMoreThanItHoldsThenVouchersThenWholePoints() {
        long elder = orders.elder();
        Programme subsidy = wallets.programme(ProgrammeKind.SERVICE_SUBSIDY, Payout.SUBSIDY_WALLET, RuleAmounts.monthly(yuan("30")));
        Programme vouchers = wallets.programme(ProgrammeKind.VOUCHER, Payout.VOUCHER_WALLET, RuleAmounts.monthly(yuan("10")));
        Programme points = wallets.programme(ProgrammeKind.HAPPINESS_POINTS, Payout.POINTS,
                new RuleAmounts(null, null, null, null, null, Set.of(), 30));
        for (Programme p : List.of(subsidy, vouchers, points)) {
            wallets.enrol(p, elder);
        }
        wallets.credit(subsidy, elder, 2_500);
        wallets.credit(vouchers, elder, 1_000);
        wallets.credit(points, elder, 100);

        assertThat(desk.quote(ServiceFixtures.BANNER_OPERATOR, request(elder, orders.offering(ServiceItem.BATHING, "40", 5), 1)))
                .extracting(PaymentShare::payer, PaymentShare::amount).containsExactly(
                        tuple(Payer.SUBSIDY, yuan("25")), tuple(Payer.VOUCHER, yuan("10")),
                        tuple(Payer.POINTS, Money.ofFen(480)), tuple(Payer.ELDER, Money.ofFen(20)));
    }

    @Test
    void aResidenceSubsidyPaysOnlyForTheItemsItsRuleCovers() {
        long elder = orders.elder();
        Programme residence = wallets.programme(ProgrammeKind.RESIDENCE_SUBSIDY, Payout.SUBSIDY_WALLET, new RuleAmounts(
                yuan("100"), null, null, null, null, Set.of(ServiceItem.PERSONAL_CARE), null));
        wallets.enrol(residence, elder);
        wallets.credit(residence, elder, 10_000);

        assertThat(desk.quote(ServiceFixtures.BANNER_OPERATOR, request(elder, orders.offering(ServiceItem.BATHING, "40", 5), 1)))
                .extracting(PaymentShare::payer).containsExactly(Payer.ELDER);
        assertThat(desk.quote(ServiceFixtures.BANNER_OPERATOR, request(elder, orders.offering(ServiceItem.PERSONAL_CARE, "40", 5), 1)))
                .extracting(PaymentShare::payer, PaymentShare::amount)
                .containsExactly(tuple(Payer.SUBSIDY, yuan("40")), tuple(Payer.ELDER, Money.ZERO));
    }

    @Test
    void aQuoteChangesNothing() {
        long elder = orders.elder();
        Programme subsidy = wallets.programme(ProgrammeKind.SERVICE_SUBSIDY, Payout.SUBSIDY_WALLET, RuleAmounts.monthly(yuan("30")));
        Programme meals = wallets.programme(ProgrammeKind.MEAL_SUBSIDY, Payout.PER_ORDER, new RuleAmounts(null, null, null,
                null, new MealShares(yuan("5"), yuan("2"), yuan("1"), yuan("1")), Set.of(), null));
        wallets.enrol(subsidy, elder);
        wallets.enrol(meals, elder);
        wallets.credit(subsidy, elder, 3_000);
        long transactions = wallets.transactionCount();
        long accounts = wallets.accountCount();

        List<PaymentShare> split = desk.quote(ServiceFixtures.BANNER_OPERATOR, request(elder, orders.offering(ServiceItem.MEAL, "40", 5), 1));

        assertThat(split).extracting(PaymentShare::payer).contains(Payer.SUBSIDY, Payer.VILLAGE_COLLECTIVE, Payer.DONOR);
        assertThat(wallets.transactionCount()).isEqualTo(transactions);
        assertThat(wallets.accountCount()).as("not even an account is opened").isEqualTo(accounts);
        assertThat(wallets.wallet(subsidy, elder)).isEqualTo(3_000);
    }

    private OrderRequest request(long elder, Offering offering, int quantity) {
        return new OrderRequest(elder, offering.id(), ServiceFixtures.tomorrowAt(clock, "09:00"), quantity, null);
    }

    static Money yuan(String yuan) {
        return Money.parseYuan(yuan);
    }
}
