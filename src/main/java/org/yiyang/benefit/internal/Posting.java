package org.yiyang.benefit.internal;

import java.util.List;

/**
 * A balanced transaction to post. {@code key} makes posting idempotent: a key already posted returns the
 * transaction posted before and changes nothing.
 */
record Posting(TransactionKind kind, String key, Long programmeId, Long elderId, Long orderId, String memo,
               String by, List<Leg> legs) {

    Posting {
        legs = List.copyOf(legs);
        if (legs.isEmpty()) {
            throw new IllegalArgumentException("A transaction needs entries");
        }
    }
}
