package org.yiyang.benefit;

import java.time.YearMonth;
import java.util.List;

import org.yiyang.identity.Viewer;

/**
 * Monthly allowances (按月发放) of programmes paid by the month (bank, subsidy wallet, voucher wallet): generation
 * for all enrolled elders in one set-based pass, re-issue of missed months (补发), and the pages that show them.
 * Every method is for a regulator or an administrator and stays inside the viewer's division.
 */
public interface Allowances {

    /**
     * Generates {@code month} for the programme: every elder enrolled during the month who has no allowance for it
     * yet (pro-rata in the month the enrolment starts, in full in the month it ends), credited to their wallets in
     * one ledger transaction. A second call finds nothing new and is refused; so is a future month, a programme
     * that is not paid by the month or not active, and a viewer below the programme's division.
     */
    AllowanceRun generate(Viewer viewer, long programmeId, YearMonth month);

    /**
     * Re-issues (补发) the months an enrolment was entitled to but that were generated before it existed (a
     * retroactive enrolment, an elder registered late), up to the last generated month; one run per month that
     * found someone. Empty when nothing was missing.
     */
    List<AllowanceRun> reissue(Viewer viewer, long programmeId);

    /** The monthly programmes the viewer may see with their generated months of the last six, counted in the viewer's division. */
    AllowanceOverview overview(Viewer viewer, int page, int size);

    /**
     * One month's rows of a programme in the viewer's division, optionally only one status and one division below
     * it, by division and elder.
     */
    AllowancePage rows(Viewer viewer, long programmeId, YearMonth month, AllowanceStatus status, String division,
                       int page, int size);

    /** Records that an allowance owed back (追回) has been returned; refused unless it is in RECOVERY. */
    void markRecovered(Viewer viewer, long allowanceId);
}
