package org.yiyang.elder;

import java.time.Instant;

/**
 * A family link as the elder and the staff of the elder's division see it: who asked, as what, and what was
 * decided. The elder's ID number only masked.
 */
public record FamilyLink(long id, long elderId, String elderName, String elderIdNumberMasked, String divisionName,
                         String familyUsername, String familyDisplayName, FamilyRelation relation,
                         FamilyLinkStatus status, Instant requestedAt, String decidedBy, Instant decidedAt,
                         String revokedBy, Instant revokedAt, String reason) {

    public boolean pending() {
        return status == FamilyLinkStatus.REQUESTED;
    }

    public boolean confirmed() {
        return status == FamilyLinkStatus.CONFIRMED;
    }
}
