package org.yiyang.elder;

/** An elder a family account is linked to (confirmed), with the link that allows it. */
public record LinkedElder(long linkId, FamilyRelation relation, ElderSummary elder) {
}
