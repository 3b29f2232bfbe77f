package org.yiyang.service;

import java.util.Optional;

import org.yiyang.identity.Viewer;

/**
 * Complaints (投诉) about providers, with a response deadline ({@code yiyang.service.complaint-response}) after
 * which an unanswered complaint is escalated to the regulators. Usable by other modules (the 12349 hotline files
 * for callers). Every method acts for a {@link Viewer} and throws {@link OrderProblem} (nothing changed) when the
 * request is wrong; a complaint or order the viewer may not see is "not found".
 */
public interface Complaints {

    /**
     * Files a complaint about one of the elder's orders, for the elder's side (the elder, a linked family member,
     * a hotline operator in scope); the source follows from the viewer's role. Only one complaint per order is
     * open at a time: filing another while one is not closed is refused.
     *
     * @return the new complaint's id
     */
    long file(Viewer viewer, long orderId, String text);

    /** The provider's administrator answers an OPEN or ESCALATED complaint about their provider. */
    void answer(Viewer providerAdmin, long complaintId, String response);

    /**
     * Closes (办结) a complaint that is not closed: the elder's side (also to withdraw it) or a regulator in scope,
     * with an outcome (required from a regulator) and whether the elder was satisfied (may be unknown).
     */
    void close(Viewer viewer, long complaintId, String outcome, Boolean satisfied);

    Optional<ComplaintView> find(Viewer viewer, long complaintId);

    /**
     * The complaints the viewer may see, escalated first, then by deadline: the provider administrator's own,
     * a regulator's or operator's within their division (the elder's or the provider's), the elder side's own.
     */
    ComplaintPage list(Viewer viewer, ComplaintQuery query, int page, int size);

    /**
     * Escalates every OPEN complaint whose deadline has passed, in one statement, and tells the providers.
     * Idempotent: a second run finds nothing to do. Run every minute by a scheduled job.
     *
     * @return how many complaints were escalated
     */
    int escalateOverdue();
}
