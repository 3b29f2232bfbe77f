package org.yiyang.benefit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.MealShares;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.ProgrammeStatus;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.benefit.internal.ShareSplit.From;
import org.yiyang.benefit.internal.ShareSplit.Share;
import org.yiyang.benefit.internal.ShareSplit.Source;
import org.yiyang.service.Payer;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

class ShareSplitTests {

    static final RuleAmounts MEAL = amounts(null, null, new MealShares(yuan(5), yuan(2), yuan(1), yuan(1)), null);

    @Test
    void aMealIsSharedFiveWaysPerUnitAndTheElderPaysTheRest() {
        List<Share> shares = ShareSplit.split(List.of(new Source(programme(1, Payout.PER_ORDER), MEAL, 1_000_000, 0)),
                2, yuan(30), yuan(30));

        assertThat(shares).extracting(Share::payer, Share::fen, Share::from).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Payer.SUBSIDY, 1000L, From.FUND),
                org.assertj.core.groups.Tuple.tuple(Payer.VILLAGE_COLLECTIVE, 400L, From.COLLECTIVE),
                org.assertj.core.groups.Tuple.tuple(Payer.DONOR, 200L, From.DONORS),
                org.assertj.core.groups.Tuple.tuple(Payer.PROVIDER_DISCOUNT, 200L, From.NONE));
        assertThat(3000 - sum(shares)).as("the elder's share").isEqualTo(1200);
    }

    @Test
    void theGovernmentShareIsLimitedByWhatIsLeftInTheFundAndTheOthersByTheUnpaidRest() {
        List<Share> shares = ShareSplit.split(List.of(new Source(programme(1, Payout.PER_ORDER), MEAL, 300, 0)),
                1, yuan(6), yuan(6));

        assertThat(shares).extracting(Share::payer, Share::fen).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Payer.SUBSIDY, 300L),
                org.assertj.core.groups.Tuple.tuple(Payer.VILLAGE_COLLECTIVE, 200L),
                org.assertj.core.groups.Tuple.tuple(Payer.DONOR, 100L));
    }

    @Test
    void aPercentageSubsidyStopsAtItsCap() {
        Source half = new Source(programme(2, Payout.PER_ORDER), amounts(50, yuan(15), null, null), 1_000_000, 0);

        assertThat(ShareSplit.split(List.of(half), 1, yuan(40), yuan(40))).extracting(Share::fen).containsExactly(1500L);
        assertThat(ShareSplit.split(List.of(half), 1, yuan(20), yuan(20))).extracting(Share::fen).containsExactly(1000L);
        assertThat(ShareSplit.split(List.of(half), 1, Money.ofFen(333), Money.ofFen(333)))
                .as("rounded down to the fen").extracting(Share::fen).containsExactly(166L);
    }

    @Test
    void walletsPayInOrderSubsidyThenVoucherThenPointsAndNeverMoreThanTheyHold() {
        Source subsidy = new Source(programme(9, Payout.SUBSIDY_WALLET), amounts(null, null, null, null), 1_000_000, 2_500);
        Source voucher = new Source(programme(3, Payout.VOUCHER_WALLET), amounts(null, null, null, null), 1_000_000, 1_000);
        Source points = new Source(programme(1, Payout.POINTS), amounts(null, null, null, 30), 1_000_000, 100);

        List<Share> shares = ShareSplit.split(List.of(points, voucher, subsidy), 1, yuan(40), yuan(40));

        assertThat(shares).extracting(Share::payer, Share::fen, Share::points).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Payer.SUBSIDY, 2500L, 0L),
                org.assertj.core.groups.Tuple.tuple(Payer.VOUCHER, 1000L, 0L),
                org.assertj.core.groups.Tuple.tuple(Payer.POINTS, 480L, 16L));
        assertThat(4000 - sum(shares)).as("20 fen are less than a point: the elder pays them").isEqualTo(20);
    }

    @Test
    void nothingIsPaidWhenNothingRemains() {
        Source subsidy = new Source(programme(9, Payout.SUBSIDY_WALLET), amounts(null, null, null, null), 0, 2_500);

        assertThat(ShareSplit.split(List.of(subsidy), 1, yuan(40), Money.ZERO)).isEmpty();
    }

    @Property
    void theSharesNeverExceedTheUnpaidRestNorAnyWalletOrFund(@ForAll @IntRange(min = 1, max = 10) int quantity,
                                                            @ForAll @LongRange(max = 20_000) long price,
                                                            @ForAll @LongRange(max = 5_000) long fund,
                                                            @ForAll @LongRange(max = 5_000) long wallet,
                                                            @ForAll @LongRange(max = 300) long points,
                                                            @ForAll @IntRange(min = 1, max = 500) int fenPerPoint,
                                                            @ForAll @IntRange(max = 120) int percent) {
        Money total = Money.ofFen(price).times(quantity);
        List<Source> sources = List.of(
                new Source(programme(1, Payout.PER_ORDER), MEAL, fund, 0),
                new Source(programme(2, Payout.PER_ORDER), amounts(percent, null, null, null), fund, 0),
                new Source(programme(3, Payout.SUBSIDY_WALLET), amounts(null, null, null, null), fund, wallet),
                new Source(programme(4, Payout.VOUCHER_WALLET), amounts(null, null, null, null), fund, wallet),
                new Source(programme(5, Payout.POINTS), amounts(null, null, null, fenPerPoint), fund, points));

        List<Share> shares = ShareSplit.split(sources, quantity, total, total);

        assertThat(sum(shares)).isLessThanOrEqualTo(total.fen());
        assertThat(shares).allSatisfy(s -> assertThat(s.fen()).isPositive());
        for (long id = 1; id <= 5; id++) {
            long programme = id;
            long fromFund = shares.stream().filter(s -> s.programme().id() == programme)
                    .filter(s -> s.from() == From.FUND || s.from() == From.POINTS).mapToLong(Share::fen).sum();
            long fromWallet = shares.stream().filter(s -> s.programme().id() == programme)
                    .mapToLong(s -> s.from() == From.POINTS ? s.points() : s.from() == From.WALLET ? s.fen() : 0).sum();
            assertThat(fromFund).isLessThanOrEqualTo(fund);
            assertThat(fromWallet).isLessThanOrEqualTo(programme == 5 ? points : wallet);
        }
        shares.stream().filter(s -> s.payer() == Payer.POINTS)
                .forEach(s -> assertThat(s.fen()).isEqualTo(s.points() * fenPerPoint));
    }

    private static long sum(List<Share> shares) {
        return shares.stream().mapToLong(Share::fen).sum();
    }

    static Money yuan(long yuan) {
        return Money.ofFen(yuan * 100);
    }

    static RuleAmounts amounts(Integer percent, Money cap, MealShares meal, Integer fenPerPoint) {
        return new RuleAmounts(null, null, percent, cap, meal, Set.of(), fenPerPoint);
    }

    static Programme programme(long id, Payout payout) {
        return new Programme(id, "P" + id, ProgrammeKind.SERVICE_SUBSIDY, "programme " + id,
                DivisionCode.of("152221000000"), "test", Money.ZERO, payout, EnrolmentMode.AUTOMATIC,
                ProgrammeStatus.ACTIVE, 0);
    }
}
