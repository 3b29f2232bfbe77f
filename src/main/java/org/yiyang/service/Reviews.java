package org.yiyang.service;

import java.util.Optional;

import org.yiyang.identity.Viewer;

/**
 * Ratings of delivered visits (服务评价, 好差评) and the figures regulators and providers see. Every method acts for
 * a {@link Viewer} and throws {@link OrderProblem} (nothing changed) when the request is wrong.
 */
public interface Reviews {

    /**
     * Rates a DONE order once, for the elder's side (the elder, a linked family member, a hotline operator in
     * scope), and moves it to REVIEWED. A rating at or below {@code yiyang.service.low-rating} stars opens a
     * complaint ({@link ComplaintSource#LOW_RATING}) in the same transaction. Publishes {@link OrderReviewed}.
     *
     * @return the review as stored, with the complaint it opened, if any
     */
    Review review(Viewer viewer, long orderId, ReviewDraft draft);

    /** The order's review, for anyone who may see the order. */
    Optional<Review> find(Viewer viewer, long orderId);

    /**
     * A regulator's (or administrator's) table: every provider located within the viewer's division that has
     * reviews or complaints, with its figures, one page at a time.
     */
    ProviderRatingPage providerRatings(Viewer viewer, RatingSort sort, int page, int size);

    /** The figures of the provider the viewer administers ({@code PROVIDER_ADMIN}). */
    ProviderRating ownRatings(Viewer providerAdmin);
}
