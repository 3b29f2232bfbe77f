package org.yiyang.benefit;

import org.yiyang.identity.Viewer;

/**
 * The checks a regulator reviews (稽核): payments to a deceased elder, two programmes that exclude each other held
 * at once, a budget over-run, one bank account for different elders. They run over the whole registry, nightly
 * ({@code yiyang.benefit.checks.cron}) and on request, set-based and idempotent: a finding is recorded once.
 * Findings are listed and reviewed within the viewer's division.
 */
public interface BenefitChecks {

    /** Runs every check (for a regulator or administrator); running again at once adds nothing. */
    CheckRun run(Viewer viewer);

    /** Runs every check for the nightly job. */
    CheckRun runNightly();

    FlagPage list(Viewer viewer, FlagQuery query, int page, int size);

    /**
     * Confirms an open finding, with an optional note (at most 300 characters). A confirmed payment to a deceased
     * elder is recovered (追回).
     */
    void confirm(Viewer viewer, long flagId, String note);

    /** Dismisses an open finding; the note saying why is required (at most 300 characters). */
    void dismiss(Viewer viewer, long flagId, String note);
}
