package org.yiyang.elder;

import java.util.List;
import java.util.Optional;

import org.yiyang.identity.Viewer;

/**
 * Family links (家属关联): a {@code FAMILY} account asks to be linked to an elder by the elder's ID number; the
 * elder themself (their {@code ELDER} account), an operator, or a regulator whose division contains the
 * elder confirms or rejects; either side may revoke a confirmed link. Every decision is audited.
 * A linked family member sees and acts for that elder only.
 */
public interface FamilyLinks {

    /** Daily limit of requests per family account (Asia/Shanghai calendar day). */
    int DAILY_REQUEST_LIMIT = 5;

    /**
     * Records a request. The outcome the requester can observe is the same whether or not the number belongs
     * to a registered elder. Throws {@link ElderProblem} for malformed input or beyond the daily limit.
     */
    void request(Viewer family, LinkRequest request);

    /** The family account's own latest requests, as the requester may see them. */
    List<FamilyRequest> requestsOf(Viewer family);

    /** The elders the family account is linked to (confirmed). */
    List<LinkedElder> linkedElders(Viewer family);

    /** One linked elder; empty for any elder the family account is not linked to. */
    Optional<LinkedElder> linkedElder(Viewer family, long elderId);

    /** The links of one elder, for staff of the elder's division or the elder themself; newest first. */
    List<FamilyLink> linksOf(Viewer viewer, long elderId);

    /** The family-link desk of a regulator or operator, scoped to their division; {@code status} null = all. */
    FamilyLinkPage desk(Viewer staff, FamilyLinkStatus status, int page, int size);

    void confirm(Viewer decider, long linkId);

    void reject(Viewer decider, long linkId, String reason);

    /** Ends a confirmed link: by the family member, the elder, or staff of the elder's division. */
    void revoke(Viewer actor, long linkId, String reason);
}
