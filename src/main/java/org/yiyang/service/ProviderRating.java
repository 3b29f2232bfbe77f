package org.yiyang.service;

/**
 * One provider's figures from reviews and complaints: how many reviews, the average stars (null without
 * reviews), the share of low ratings (0..1), and its complaints — in all, still open, escalated past the deadline.
 */
public record ProviderRating(long providerId, String providerName, String providerDivision, long reviews,
                             Double averageStars, double lowShare, long complaints, long openComplaints,
                             long escalatedComplaints) {
}
