package org.yiyang.elder;

/** A confirmed family link was ended: the family account no longer sees or acts for the elder. */
public record FamilyLinkRevoked(long linkId, long elderId, long familyAccountId) {
}
