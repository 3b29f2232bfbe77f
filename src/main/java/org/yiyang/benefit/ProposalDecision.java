package org.yiyang.benefit;

/**
 * What a bulk approval or decline did: {@code decided} proposals approved (or declined), {@code excluded} not
 * approved because the elder holds an active enrolment in a programme the rule excludes (不得同时享受), and
 * {@code skipped} no longer waiting (decided meanwhile, ended) or outside the viewer's division.
 */
public record ProposalDecision(int decided, int excluded, int skipped) {
}
