package org.yiyang.benefit;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.yiyang.identity.Viewer;

/**
 * Bank payment files (电子津贴代发) of cash programmes and their settlement, for regulators and administrators within
 * their division. Bad input throws {@link BenefitProblem} and changes nothing; a file outside the viewer's division
 * is "not found".
 */
public interface PaymentFiles {

    /** The cash (bank payout) programmes the viewer may file for: their division's, its ancestors' and descendants'. */
    List<Programme> cashProgrammes(Viewer viewer);

    /**
     * Files the due allowances of the month (and due ones of earlier months) and the failed ones of earlier months
     * (re-issue of failed payments) of elders in the division subtree who have a bank account. While the file of
     * that programme, month and division is open, the same file is returned and nothing moves; once it is settled,
     * generating again is refused.
     */
    FileGeneration generate(Viewer viewer, FileRequest request);

    Optional<PaymentFile> find(Viewer viewer, long fileId);

    PaymentFilePage list(Viewer viewer, PaymentFileQuery query, int page, int size);

    /** The bank's CSV, with full account numbers; the same content every time, and every download is audited. */
    BankFile download(Viewer viewer, long fileId);

    /**
     * Applies the bank's return file (CSV lines {@code reference,OK|FAIL,reason}, one per row of the file): all of
     * it or, when any line is bad or names an unknown reference, none of it. A settled file is left as it is.
     */
    Settlement settleWithReturn(Viewer viewer, long fileId, byte[] returnFile);

    /** Marks every row of the file paid. A settled file is left as it is. */
    Settlement settleAllPaid(Viewer viewer, long fileId);

    /** Due allowances of the programme up to the month, in the division, that wait for a bank account. */
    UnfiledPage withoutPayee(Viewer viewer, long programmeId, YearMonth month, String divisionCode, int page, int size);
}
