package org.yiyang.benefit;

import java.util.List;

import org.yiyang.identity.Viewer;

/**
 * The bank accounts cash allowances (电子津贴) are paid to, one per elder. The number is stored SM4-encrypted with a
 * blind index, shown masked, and never logged. For regulators, hotline operators and administrators, within their
 * division: an elder outside it is "not found". Bad input throws {@link BenefitProblem} and changes nothing.
 */
public interface Payees {

    /** The elder with their account, if any. */
    PayeeView view(Viewer viewer, long elderId);

    /**
     * Records or replaces the elder's account. The number may contain spaces; without them it must be 12–30
     * digits. The holder's name (at most 50 characters) and the bank (at most 100) are required.
     */
    void save(Viewer viewer, long elderId, PayeeDraft draft);

    /** The full account number, for regulators and administrators; every call is written to the audit trail. */
    String revealAccount(Viewer viewer, long elderId);

    /** The elders within the viewer's division whose account has this number (blind-index look-up). */
    List<PayeeView> byAccount(Viewer viewer, String accountNumber);
}
