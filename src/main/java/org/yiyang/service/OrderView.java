package org.yiyang.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.yiyang.shared.Money;

/**
 * One order as its page shows it to someone involved: the summary, the price split, the timeline, what the
 * viewer may do next, and — only for the elder's side — the confirmation PIN they give the caregiver.
 * {@code address} and {@code needs} are filled only for the provider's staff once the order is theirs.
 */
public record OrderView(OrderSummary summary, int quantity, Money unitPrice, String note, String reason,
                        Payment payment, List<Step> timeline, Set<OrderAction> actions, String confirmationPin,
                        String address, String needs) {

    /** A status the order reached, when, by whom (name and role), and why when a reason was given. */
    public record Step(Instant at, OrderStatus status, String actorName, String actorRole, String reason) {
    }

    /** The payment record: its shares add up to the total; {@code status} is PENDING, PAID or VOID. */
    public record Payment(long id, Money total, String status, String method, Instant paidAt,
                          List<PaymentShare> shares) {

        public Money elderShare() {
            return shares.stream().filter(s -> s.payer() == Payer.ELDER).map(PaymentShare::amount)
                    .reduce(Money.ZERO, Money::plus);
        }
    }
}
