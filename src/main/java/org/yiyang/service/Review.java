package org.yiyang.service;

import java.time.Instant;
import java.util.Set;

/** The rating an order received. {@code complaintId} is the complaint a low rating opened, if it did. */
public record Review(long orderId, long elderId, long providerId, String providerName, int stars,
                     Set<ReviewTag> tags, String comment, Instant at, Long complaintId) {

    public Review {
        tags = Set.copyOf(tags);
    }
}
