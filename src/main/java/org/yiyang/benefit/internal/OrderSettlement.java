package org.yiyang.benefit.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.benefit.Programme;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.provider.ProviderInfo;
import org.yiyang.service.OrderPaid;
import org.yiyang.service.OrderStatus;
import org.yiyang.service.OrderStatusChanged;
import org.yiyang.service.Payer;

/**
 * Ends an order's hold. When the elder's share is paid, the held shares become what the provider is owed
 * (ORDER_SETTLE: each programme's hold to the provider's receivable); when the order ends unserved, the
 * reservation is reversed and every wallet, fund, collective and donor gets its money back.
 *
 * <p>Plain synchronous listeners on purpose, not {@code @ApplicationModuleListener}: they run inside the
 * transaction that marks the payment paid or the order ended, so the payment and the ledger commit together or
 * not at all. An asynchronous listener after commit could leave a paid order whose provider is never owed its
 * subsidy, or a cancelled order whose wallet money stays held, if it failed. Both are idempotent: the shares are
 * locked and only RESERVED ones are settled or released, so an event delivered twice changes nothing the second
 * time.
 */
@Component
class OrderSettlement {

    private static final Set<OrderStatus> ENDED_UNPAID = EnumSet.of(OrderStatus.REFUSED, OrderStatus.CANCELLED,
            OrderStatus.NO_SHOW);

    private final OrderShareStore store;
    private final ProgrammeStore programmes;
    private final ProviderDirectory providers;
    private final Accounts accounts;
    private final Ledger ledger;

    OrderSettlement(OrderShareStore store, ProgrammeStore programmes, ProviderDirectory providers, Accounts accounts,
                    Ledger ledger) {
        this.store = store;
        this.programmes = programmes;
        this.providers = providers;
        this.accounts = accounts;
        this.ledger = ledger;
    }

    @EventListener
    @Transactional
    void settle(OrderPaid paid) {
        List<OrderShareStore.Row> reserved = store.lockReserved(paid.orderId());
        if (reserved.isEmpty()) {
            return;
        }
        ProviderInfo provider = providers.find(paid.providerId())
                .orElseThrow(() -> new IllegalStateException("Order " + paid.orderId() + " names no known provider"));
        long receivable = accounts.provider(provider.id(), provider.division());
        Map<Long, Programme> byId = new HashMap<>();
        List<Leg> legs = new ArrayList<>();
        long owed = 0;
        for (OrderShareStore.Row share : reserved) {
            if (share.payer() == Payer.PROVIDER_DISCOUNT || share.fen() == 0) {
                continue; // the provider gives the discount: nobody owes it
            }
            Programme programme = byId.computeIfAbsent(share.programmeId(),
                    id -> programmes.find(id).orElseThrow());
            legs.add(new Leg(accounts.orderHold(programme), -share.fen()));
            owed += share.fen();
        }
        Long tx = null;
        if (owed > 0) {
            legs.add(new Leg(receivable, owed));
            tx = ledger.post(new Posting(TransactionKind.ORDER_SETTLE, "SETTLE:" + paid.orderId(),
                    byId.size() == 1 ? byId.keySet().iterator().next() : null, paid.elderId(), paid.orderId(),
                    "order " + paid.orderId() + " paid", OrderShares.POSTED_BY, legs));
        }
        store.settle(paid.orderId(), tx);
    }

    @EventListener
    @Transactional
    void release(OrderStatusChanged changed) {
        if (!ENDED_UNPAID.contains(changed.to())) {
            return;
        }
        List<OrderShareStore.Row> reserved = store.lockReserved(changed.orderId());
        if (reserved.isEmpty()) {
            return;
        }
        ledger.reverse(reserved.get(0).reserveTx(), "order " + changed.orderId() + " " + changed.to(),
                OrderShares.POSTED_BY);
        store.release(changed.orderId());
    }
}
