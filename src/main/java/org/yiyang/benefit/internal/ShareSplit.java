package org.yiyang.benefit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.yiyang.benefit.MealShares;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.service.Payer;
import org.yiyang.shared.Money;

/**
 * Splits what is left of one order's price among the programmes of the elder, from balances already read; no
 * database. The order is fixed: meal shares of per-order meal programmes (government, village collective,
 * donors, provider discount — 政府补一点、集体添一点、社会捐一点、企业让一点), then per-order subsidies as a
 * percentage of the price up to a cap, then subsidy wallets, then vouchers, then happiness points. Within a step,
 * programmes in id order. A share never exceeds what is still unpaid, what the elder's wallet holds, or, for
 * money the government pays, what is left in the programme's fund; the village collective and donors are not
 * limited here (their accounts record what they owe). Points are spent whole.
 */
final class ShareSplit {

    /** A programme that may pay: its rule's amounts and what its fund and the elder's wallet in it hold. */
    record Source(Programme programme, RuleAmounts amounts, long fund, long wallet) {
    }

    /**
     * Where a share's money comes from in the ledger: points leave the wallet as points while their money comes
     * from the fund; a provider discount moves no money.
     */
    enum From { FUND, WALLET, POINTS, COLLECTIVE, DONORS, NONE }

    /** One programme's share of the price: fen, and for points also the points spent. */
    record Share(Programme programme, Payer payer, From from, long fen, long points) {
    }

    private final Map<Long, Long> fundLeft = new HashMap<>();
    private final Map<Long, Long> walletLeft = new HashMap<>();
    private final List<Share> shares = new ArrayList<>();
    private long remaining;

    private ShareSplit(List<Source> sources, Money remaining) {
        this.remaining = Math.max(0, remaining.fen());
        for (Source s : sources) {
            fundLeft.put(s.programme().id(), Math.max(0, s.fund()));
            walletLeft.put(s.programme().id(), Math.max(0, s.wallet()));
        }
    }

    /** The shares for an order of {@code quantity} units costing {@code total}, of which {@code remaining} is unpaid. */
    static List<Share> split(List<Source> sources, int quantity, Money total, Money remaining) {
        ShareSplit split = new ShareSplit(sources, remaining);
        each(sources, s -> perOrder(s) && !s.amounts().meal().total().isZero(), s -> split.meal(s, quantity));
        each(sources, s -> perOrder(s) && percent(s) > 0, s -> split.percent(s, total));
        each(sources, s -> s.programme().payout() == Payout.SUBSIDY_WALLET, s -> split.wallet(s, Payer.SUBSIDY));
        each(sources, s -> s.programme().payout() == Payout.VOUCHER_WALLET, s -> split.wallet(s, Payer.VOUCHER));
        each(sources, s -> s.programme().payout() == Payout.POINTS, split::points);
        return split.merged();
    }

    private static void each(List<Source> sources, Predicate<Source> which, java.util.function.Consumer<Source> take) {
        sources.stream().filter(which).sorted((a, b) -> Long.compare(a.programme().id(), b.programme().id()))
                .forEach(take);
    }

    private static boolean perOrder(Source s) {
        return s.programme().payout() == Payout.PER_ORDER;
    }

    private static int percent(Source s) {
        Integer percent = s.amounts().orderPercent();
        return percent == null ? 0 : Math.min(100, percent);
    }

    private void meal(Source s, int quantity) {
        MealShares meal = s.amounts().meal();
        long id = s.programme().id();
        long government = take(Math.min(meal.government().times(quantity).fen(), fundLeft.get(id)));
        fundLeft.merge(id, -government, Long::sum);
        add(s, Payer.SUBSIDY, From.FUND, government, 0);
        add(s, Payer.VILLAGE_COLLECTIVE, From.COLLECTIVE, take(meal.collective().times(quantity).fen()), 0);
        add(s, Payer.DONOR, From.DONORS, take(meal.donor().times(quantity).fen()), 0);
        add(s, Payer.PROVIDER_DISCOUNT, From.NONE, take(meal.providerDiscount().times(quantity).fen()), 0);
    }

    private void percent(Source s, Money total) {
        long id = s.programme().id();
        long amount = Math.multiplyExact(total.fen(), percent(s)) / 100;
        Money cap = s.amounts().orderCap();
        if (cap != null) {
            amount = Math.min(amount, cap.fen());
        }
        long paid = take(Math.min(amount, fundLeft.get(id)));
        fundLeft.merge(id, -paid, Long::sum);
        add(s, Payer.SUBSIDY, From.FUND, paid, 0);
    }

    private void wallet(Source s, Payer payer) {
        long id = s.programme().id();
        long paid = take(walletLeft.get(id));
        walletLeft.merge(id, -paid, Long::sum);
        add(s, payer, From.WALLET, paid, 0);
    }

    /** Whole points only: as many as the wallet holds, the unpaid rest is worth, and the fund can pay for. */
    private void points(Source s) {
        Integer fenPerPoint = s.amounts().fenPerPoint();
        if (fenPerPoint == null || fenPerPoint <= 0) {
            return;
        }
        long id = s.programme().id();
        long points = Math.min(walletLeft.get(id), Math.min(remaining, fundLeft.get(id)) / fenPerPoint);
        long fen = take(points * fenPerPoint);
        walletLeft.merge(id, -points, Long::sum);
        fundLeft.merge(id, -fen, Long::sum);
        add(s, Payer.POINTS, From.POINTS, fen, points);
    }

    private long take(long wanted) {
        long taken = Math.max(0, Math.min(wanted, remaining));
        remaining -= taken;
        return taken;
    }

    private void add(Source s, Payer payer, From from, long fen, long points) {
        if (fen > 0) {
            shares.add(new Share(s.programme(), payer, from, fen, points));
        }
    }

    /** One share per programme and payer (a meal programme may also pay a percentage from the same fund). */
    private List<Share> merged() {
        Map<String, Share> byKey = new LinkedHashMap<>();
        for (Share share : shares) {
            byKey.merge(share.programme().id() + ":" + share.payer(), share, (a, b) -> new Share(a.programme(),
                    a.payer(), a.from(), a.fen() + b.fen(), a.points() + b.points()));
        }
        return List.copyOf(byKey.values());
    }
}
