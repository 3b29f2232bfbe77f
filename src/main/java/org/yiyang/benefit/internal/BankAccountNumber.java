package org.yiyang.benefit.internal;

import java.util.regex.Pattern;

import org.yiyang.benefit.BenefitProblem;

/**
 * A bank account number (银行账号) as the bank files need it: 12–30 digits, spaces people type between groups
 * removed. No check digit is required (Chinese banks differ). {@link #toString()} gives only the masked form.
 */
final class BankAccountNumber {

    static final String INDEX_KIND = "bank-account";
    private static final Pattern DIGITS = Pattern.compile("[0-9]{12,30}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private final String digits;

    private BankAccountNumber(String digits) {
        this.digits = digits;
    }

    /** The number without spaces, or {@link BenefitProblem} on {@code field} (the typed value never goes into the message). */
    static BankAccountNumber parse(String typed, String field) {
        String normalised = typed == null ? "" : SPACES.matcher(typed).replaceAll("");
        if (!DIGITS.matcher(normalised).matches()) {
            throw BenefitProblem.of(field, "ledger.error.payeeAccount");
        }
        return new BankAccountNumber(normalised);
    }

    String digits() {
        return digits;
    }

    /** First four and last four digits: 6222****1234. */
    String masked() {
        return digits.substring(0, 4) + "****" + digits.substring(digits.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
