package org.yiyang.benefit;

/**
 * An elder's bank account as someone types it (收款账户): the account holder, the bank (开户行) and the account
 * number, which may contain spaces. {@link #toString()} never shows the account number, so that it cannot end up
 * in a log.
 */
public record PayeeDraft(String holderName, String bankName, String accountNumber) {

    @Override
    public String toString() {
        return "PayeeDraft[holderName=" + holderName + ", bankName=" + bankName + ", accountNumber=****]";
    }
}
