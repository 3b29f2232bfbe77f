package org.yiyang.service;

import java.util.List;
import java.util.Optional;

import org.yiyang.identity.Viewer;
import org.yiyang.shared.ServiceItem;

/**
 * Visit verification (上门服务签到签退核验, EVV): the caregiver's day, check-in and check-out at the elder's door with
 * time and position, the visit record with its six facts, and the exceptions a provider explains and a regulator
 * reviews. Every method acts for a {@link Viewer} and throws {@link OrderProblem} (nothing changed) when the
 * request is wrong; orders the viewer has no part in are "not found".
 */
public interface Visits {

    /** The caregiver's visits booked for today (China time), in start order. */
    List<VisitCard> today(Viewer caregiver);

    /**
     * Checks in at the door: only the assigned caregiver, only an assigned or on-the-way order, only on the booked
     * date. {@code fix} is null when the phone gave no position (refused or unavailable). Moves the order to
     * {@link OrderStatus#IN_SERVICE} and raises the exceptions the position and the time call for.
     */
    CheckedIn checkIn(Viewer caregiver, long orderId, GeoFix fix);

    /**
     * Checks out: only an order in service; the elder's side confirms with the order's PIN or a signature. Moves
     * the order to {@link OrderStatus#DONE} and publishes {@link OrderCompleted}.
     */
    CheckedIn checkOut(Viewer caregiver, long orderId, GeoFix fix, CheckOutReport report);

    /** What check-in or check-out found: the distance to the home (null when unknown) and the exceptions raised. */
    record CheckedIn(long orderId, Integer distanceMetres, List<VisitExceptionKind> exceptions) {
    }

    /** The visit record of an order the viewer may see (empty otherwise); positions only for those who serve or oversee. */
    Optional<VisitRecord> record(Viewer viewer, long orderId);

    /** The tasks a caregiver can tick for a service item: its category's and the ones every visit shares. */
    List<VisitTask> tasksFor(ServiceItem item);

    /** Exceptions: a provider administrator sees the provider's own, a regulator or admin those in their division. */
    VisitExceptionPage exceptions(Viewer viewer, VisitReviewStatus status, int page, int size);

    /** The provider explains an exception with a reason code and, for {@link VisitReasonCode#OTHER}, a text. */
    void explain(Viewer providerAdmin, long exceptionId, VisitReasonCode reason, String text);

    /** A regulator in the exception's division accepts or rejects the explanation; rejecting needs a note. */
    void review(Viewer regulator, long exceptionId, boolean accept, String note);
}
