package org.yiyang.elder;

/** A family account was linked to an elder: it now sees and acts for that elder. */
public record FamilyLinkConfirmed(long linkId, long elderId, long familyAccountId) {
}
