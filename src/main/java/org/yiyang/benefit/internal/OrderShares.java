package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.internal.ShareSources.Candidate;
import org.yiyang.benefit.internal.ShareSplit.Share;
import org.yiyang.benefit.internal.ShareSplit.Source;
import org.yiyang.benefit.internal.BenefitElders.Holder;
import org.yiyang.service.PaymentShare;
import org.yiyang.service.PriceQuestion;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.Money;

/**
 * What the elder's programmes pay of an order. A quote reads balances and changes nothing. Placing an order
 * reserves: the accounts involved are locked in account-id order (the order every posting updates them in, so
 * concurrent orders and releases never deadlock), the split is computed from the locked balances, and one
 * ORDER_RESERVE transaction moves the money into each programme's order hold; the shares are stored with it.
 */
@Component
class OrderShares {

    static final String POSTED_BY = "service-order";

    private final ShareSources sources;
    private final BenefitElders holders;
    private final Accounts accounts;
    private final Ledger ledger;
    private final OrderShareStore store;
    private final JdbcClient jdbc;

    OrderShares(ShareSources sources, BenefitElders holders, Accounts accounts, Ledger ledger, OrderShareStore store,
                JdbcClient jdbc) {
        this.sources = sources;
        this.holders = holders;
        this.accounts = accounts;
        this.ledger = ledger;
        this.store = store;
        this.jdbc = jdbc;
    }

    /** The shares as a quote, from the balances as they are now; opens no account and holds nothing. */
    List<PaymentShare> quote(PriceQuestion question, Money remaining) {
        List<Candidate> candidates = candidates(question);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, Long> balances = new HashMap<>();
        jdbc.sql("""
                        SELECT kind, programme_id, balance FROM benefit_account
                        WHERE programme_id IN (:programmes) AND (kind = 'FUND' OR (kind = 'WALLET' AND owner_id = :elder))""")
                .param("programmes", candidates.stream().map(c -> c.programme().id()).toList())
                .param("elder", question.elderId())
                .query((rs, n) -> Map.entry(rs.getString(1) + ":" + rs.getLong(2), rs.getLong(3))).list()
                .forEach(e -> balances.put(e.getKey(), e.getValue()));
        List<Source> priced = candidates.stream().map(c -> new Source(c.programme(), c.amounts(),
                balances.getOrDefault("FUND:" + c.programme().id(), 0L),
                balances.getOrDefault("WALLET:" + c.programme().id(), 0L))).toList();
        return paymentShares(ShareSplit.split(priced, question.quantity(), question.total(), remaining));
    }

    /** Holds the shares of order {@code orderId} as it is placed; once per order. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<PaymentShare> reserve(long orderId, PriceQuestion question, Money remaining) {
        List<OrderShareStore.Row> earlier = store.ofOrder(orderId);
        if (!earlier.isEmpty()) {
            return earlier.stream().map(r -> new PaymentShare(r.payer(), Money.ofFen(r.fen()), r.programmeName())).toList();
        }
        List<Candidate> candidates = candidates(question);
        Optional<Holder> holder = holders.find(question.elderId());
        if (candidates.isEmpty() || holder.isEmpty()) {
            return List.of();
        }
        Map<Long, ProgrammeAccounts> opened = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            opened.put(c.programme().id(), open(c, question.elderId(), holder.get()));
        }
        Map<Long, Long> locked = lockInIdOrder(opened.values());
        List<Source> priced = candidates.stream().map(c -> {
            ProgrammeAccounts a = opened.get(c.programme().id());
            return new Source(c.programme(), c.amounts(), a.fund == null ? 0 : locked.get(a.fund),
                    a.wallet == null ? 0 : locked.get(a.wallet));
        }).toList();
        List<Share> shares = ShareSplit.split(priced, question.quantity(), question.total(), remaining);
        if (shares.isEmpty()) {
            return List.of();
        }
        long tx = ledger.post(new Posting(TransactionKind.ORDER_RESERVE, "RESERVE:" + orderId, programmeOf(shares),
                question.elderId(), orderId, "order " + orderId, POSTED_BY, legs(shares, opened)));
        store.insert(orderId, question.elderId(), question.providerId(), shares, tx);
        return paymentShares(shares);
    }

    private List<Candidate> candidates(PriceQuestion question) {
        LocalDate day = LocalDate.ofInstant(question.serviceStart(), ChinaTime.ZONE);
        return sources.of(question.elderId(), day, question.item());
    }

    /** The accounts one programme's shares may touch; null where the programme cannot use one. */
    private record ProgrammeAccounts(Long fund, Long wallet, long hold, Long collective, Long donors, Long pointsIssued) {

        List<Long> all() {
            List<Long> ids = new ArrayList<>();
            for (Long id : new Long[] {fund, wallet, hold, collective, donors, pointsIssued}) {
                if (id != null) {
                    ids.add(id);
                }
            }
            return ids;
        }
    }

    private ProgrammeAccounts open(Candidate c, long elderId, Holder holder) {
        Programme p = c.programme();
        boolean fromFund = p.payout() == Payout.PER_ORDER || p.payout() == Payout.POINTS;
        boolean fromWallet = p.payout() != Payout.PER_ORDER;
        boolean meal = p.payout() == Payout.PER_ORDER;
        return new ProgrammeAccounts(
                fromFund ? accounts.fund(p) : null,
                fromWallet ? accounts.find(Accounts.walletKey(p.id(), elderId)).orElse(null) : null,
                accounts.orderHold(p),
                meal && !c.amounts().meal().collective().isZero() ? accounts.collective(holder.division()) : null,
                meal && !c.amounts().meal().donor().isZero() ? accounts.donors(p) : null,
                p.payout() == Payout.POINTS ? accounts.pointsIssued(p) : null);
    }

    private Map<Long, Long> lockInIdOrder(java.util.Collection<ProgrammeAccounts> opened) {
        TreeSet<Long> ids = new TreeSet<>();
        opened.forEach(a -> ids.addAll(a.all()));
        Map<Long, Long> balances = new HashMap<>();
        for (long id : ids) {
            balances.put(id, ledger.lockBalance(id));
        }
        return balances;
    }

    /** Each share out of its source and into its programme's hold; points also back to the points issued. */
    private static List<Leg> legs(List<Share> shares, Map<Long, ProgrammeAccounts> opened) {
        Map<Long, Long> perAccount = new LinkedHashMap<>();
        for (Share share : shares) {
            ProgrammeAccounts a = opened.get(share.programme().id());
            Long from = switch (share.from()) {
                case FUND, POINTS -> a.fund;
                case WALLET -> a.wallet;
                case COLLECTIVE -> a.collective;
                case DONORS -> a.donors;
                case NONE -> null;
            };
            if (from == null) {
                continue;
            }
            perAccount.merge(from, -share.fen(), Long::sum);
            perAccount.merge(a.hold, share.fen(), Long::sum);
            if (share.from() == ShareSplit.From.POINTS) {
                perAccount.merge(a.wallet, -share.points(), Long::sum);
                perAccount.merge(a.pointsIssued, share.points(), Long::sum);
            }
        }
        List<Leg> legs = new ArrayList<>();
        perAccount.forEach((account, amount) -> legs.add(new Leg(account, amount)));
        if (legs.isEmpty()) {
            // only a provider discount: no money moves, but the shares still name the transaction that reserved them
            legs.add(new Leg(opened.get(shares.get(0).programme().id()).hold, 0));
        }
        return legs;
    }

    private static Long programmeOf(List<Share> shares) {
        long first = shares.get(0).programme().id();
        return shares.stream().allMatch(s -> s.programme().id() == first) ? first : null;
    }

    private static List<PaymentShare> paymentShares(List<Share> shares) {
        return shares.stream().map(s -> new PaymentShare(s.payer(), Money.ofFen(s.fen()), s.programme().name())).toList();
    }
}
