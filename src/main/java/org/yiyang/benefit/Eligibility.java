package org.yiyang.benefit;

import java.util.Collection;
import java.util.List;

import org.yiyang.identity.Viewer;

/**
 * Proactive eligibility (免申即享), the module's public API for it: runs that evaluate every active programme
 * over the whole registry in SQL, explanations of one elder's eligibility, policy what-if for a draft rule, and
 * the regulator's approval of proposed enrolments. A run is also started every night and by changes to an
 * elder's record (a new capability level, a death or move-out, a move, a registration). See
 * docs/benefit-eligibility.md.
 */
public interface Eligibility {

    /**
     * Runs eligibility now: every programme for a region-level regulator or an administrator, the programmes of
     * their own division for a league or banner regulator. Refused with a conflict while another run is going on.
     */
    EligibilityRunSummary runNow(Viewer viewer);

    /** Past runs over the registry (not those about one elder), newest first, with the programmes the viewer sees. */
    EligibilityRunPage runs(Viewer viewer, int page, int size);

    /**
     * The elder's enrolments and, for every programme serving the elder's division, whether the elder is eligible
     * and why. For staff of the elder's division, the elder themself and confirmed family; otherwise not found.
     */
    ElderEligibility ofElder(Viewer viewer, long elderId);

    /** One programme's explanation for the elder, under the rule in effect today (same access as {@link #ofElder}). */
    EligibilityExplanation explain(Viewer viewer, long elderId, long programmeId);

    /** The enrolments of an elder the viewer may act for, newest first. */
    List<EnrolmentView> enrolmentsOf(Viewer viewer, long elderId);

    /** What publishing draft rule {@code ruleId} of the programme would change, within the viewer's division. */
    WhatIfResult whatIf(Viewer viewer, long programmeId, long ruleId);

    /** The programme's proposals within the viewer's division. */
    ProposalPage proposals(Viewer viewer, long programmeId, int page, int size);

    /** Approves proposals; elders holding a programme the rule excludes are left waiting and counted. */
    ProposalDecision approve(Viewer viewer, long programmeId, Collection<Long> enrolmentIds);

    /** Declines proposals with a reason; the elder is not proposed again while the same rule version is in effect. */
    ProposalDecision decline(Viewer viewer, long programmeId, Collection<Long> enrolmentIds, String reason);
}
