package org.yiyang.benefit;

import java.time.LocalDate;
import java.util.Optional;

import org.yiyang.identity.Viewer;

/**
 * Subsidy programmes and their rule versions, as regulators define them (补贴项目与资格规则). A regulator defines
 * programmes for a region, league or banner within their own division and sees those above it too; an
 * administrator works anywhere. A refusal is a {@link BenefitProblem} on the field it concerns, or a
 * {@link RuleRejected} with everything a rule's check found; either way nothing has changed.
 */
public interface Programmes {

    /**
     * Programmes of the viewer's division subtree and of the divisions above it, by status (active, closed, draft),
     * newest first.
     */
    ProgrammePage list(Viewer viewer, int page, int size);

    /** The programme with its budget figures, enrolment counts and rule versions, if the viewer may see it. */
    Optional<ProgrammeDetails> details(Viewer viewer, long programmeId);

    /** Defines a programme as a draft and allocates its budget from the funding source; returns its id. */
    long create(Viewer viewer, ProgrammeDraft draft);

    /**
     * Revises the programme as of {@code version} (optimistic locking: a change made by someone else since is
     * refused with {@code benefit.error.concurrentEdit}). A budget below what is committed is refused.
     */
    void revise(Viewer viewer, long programmeId, int version, ProgrammeDraft draft);

    /** DRAFT → ACTIVE (needs a published rule), ACTIVE or DRAFT → CLOSED; closing ends open enrolments. */
    void changeStatus(Viewer viewer, long programmeId, int version, ProgrammeStatus status);

    /** A new draft's starting content: a copy of the version in effect today (or the latest published one). */
    RuleDraft newRuleDraft(Viewer viewer, long programmeId);

    /** One rule version of the programme. */
    RuleVersion rule(Viewer viewer, long programmeId, long ruleId);

    /** Checks a saved version as publishing would, with today's reach; a published one gets its reach only. */
    RuleCheck review(Viewer viewer, long programmeId, long ruleId);

    /** Saves a new draft; returns its id. */
    long createRule(Viewer viewer, long programmeId, RuleDraft draft);

    /** Replaces a draft's content. */
    void saveRule(Viewer viewer, long programmeId, long ruleId, RuleDraft draft);

    /** DRAFT → PUBLISHED: refused on errors (overlapping dates included), and on warnings unless confirmed. */
    void publishRule(Viewer viewer, long programmeId, long ruleId, boolean despiteWarnings);

    /** DRAFT → WITHDRAWN. */
    void withdrawRule(Viewer viewer, long programmeId, long ruleId);

    /** Ends a published version: it is in effect up to and including {@code lastDay}. */
    void endRule(Viewer viewer, long programmeId, long ruleId, LocalDate lastDay);
}
