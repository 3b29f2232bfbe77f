package org.yiyang.service;

import java.time.Instant;
import java.util.Set;

/**
 * The elder's side rated a delivered visit (the order is now REVIEWED). {@code complaintId} is set when the
 * rating was low enough to open a complaint. Provider ratings and credit scoring listen to it.
 */
public record OrderReviewed(long orderId, long elderId, long providerId, String divisionCode,
                            String providerDivision, int stars, Set<ReviewTag> tags, Long complaintId, Instant at) {

    public OrderReviewed {
        tags = Set.copyOf(tags);
    }
}
