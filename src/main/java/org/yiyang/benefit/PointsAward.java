package org.yiyang.benefit;

/**
 * Happiness points (幸福积分) to credit to an elder's wallet of a points programme: whole points, a reason and an
 * optional note (no personal data).
 */
public record PointsAward(long elderId, long programmeId, long points, PointsReason reason, String note) {
}
