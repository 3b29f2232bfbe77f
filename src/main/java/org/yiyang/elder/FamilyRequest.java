package org.yiyang.elder;

import java.time.Instant;

/**
 * One of a family account's own requests, as the requester may see it. A request that matched no registered
 * elder looks exactly like one still waiting ({@link Shown#SUBMITTED}), so the answer never tells whether an
 * ID number is registered; only a person's decision (confirm, reject, revoke) shows.
 */
public record FamilyRequest(long id, String idNumberMasked, FamilyRelation relation, Instant requestedAt,
                            Shown shown, String reason) {

    public enum Shown {
        SUBMITTED, CONFIRMED, REJECTED, REVOKED;

        public String messageKey() {
            return "family.shown." + name();
        }
    }
}
