package org.yiyang.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.Viewer;
import org.yiyang.service.ComplaintSource;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.OrderReviewed;
import org.yiyang.service.OrderStatus;
import org.yiyang.service.ProviderRating;
import org.yiyang.service.ProviderRatingPage;
import org.yiyang.service.RatingSort;
import org.yiyang.service.Review;
import org.yiyang.service.ReviewDraft;
import org.yiyang.service.Reviews;
import org.yiyang.service.internal.OrderAccess.Standing;

@Service
@Transactional
class ReviewService implements Reviews {

    private final OrderMoves moves;
    private final OrderStore orders;
    private final ComplaintAccess access;
    private final ReviewStore store;
    private final ReviewRatings ratings;
    private final ComplaintOpening complaints;
    private final ServiceSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(OrderMoves moves, OrderStore orders, ComplaintAccess access, ReviewStore store, ReviewRatings ratings,
                  ComplaintOpening complaints, ServiceSettings settings, ApplicationEventPublisher events,
                  Clock clock) {
        this.moves = moves;
        this.orders = orders;
        this.access = access;
        this.store = store;
        this.ratings = ratings;
        this.complaints = complaints;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Review review(Viewer viewer, long orderId, ReviewDraft draft) {
        OrderRow order = moves.lock(viewer, orderId, EnumSet.of(Standing.ELDER_SIDE)).order();
        if (order.status() == OrderStatus.REVIEWED || store.exists(orderId)) {
            throw OrderProblem.of(null, "review.error.alreadyReviewed");
        }
        if (order.status() != OrderStatus.DONE) {
            throw OrderProblem.of(null, "review.error.notDone");
        }
        ReviewChecks.check(draft);
        String comment = ReviewChecks.optional("comment", draft.comment(), ReviewChecks.MAX_COMMENT);
        Instant now = clock.instant();
        store.insert(order, draft, comment, viewer, now);
        moves.move(viewer, order, OrderStatus.REVIEWED, null);
        Long complaintId = draft.stars() <= settings.lowRating()
                ? complaints.open(viewer, order, ComplaintSource.LOW_RATING, comment)
                : null;
        events.publishEvent(new OrderReviewed(order.id(), order.elderId(), order.providerId(), order.divisionCode(),
                order.providerDivision(), draft.stars(), draft.tags(), complaintId, now));
        return store.find(orderId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Review> find(Viewer viewer, long orderId) {
        return orders.find(orderId).flatMap(order -> access.standing(viewer, order))
                .flatMap(standing -> store.find(orderId));
    }

    @Override
    @Transactional(readOnly = true)
    public ProviderRatingPage providerRatings(Viewer viewer, RatingSort sort, int page, int size) {
        return ratings.page(viewer, sort == null ? RatingSort.AVERAGE_ASC : sort, page, size);
    }

    @Override
    @Transactional(readOnly = true)
    public ProviderRating ownRatings(Viewer providerAdmin) {
        return ratings.own(providerAdmin);
    }
}
