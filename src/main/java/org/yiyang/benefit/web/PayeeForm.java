package org.yiyang.benefit.web;

import org.yiyang.benefit.PayeeDraft;
import org.yiyang.benefit.PayeeView;

/** The bank account form. The account number is never filled in from what is on file: it is typed anew each time. */
record PayeeForm(String holderName, String bankName, String accountNumber) {

    static PayeeForm of(PayeeView view) {
        return view.hasPayee() ? new PayeeForm(view.payee().holderName(), view.payee().bankName(), "")
                : new PayeeForm(view.elderName(), "", "");
    }

    PayeeDraft draft() {
        return new PayeeDraft(holderName, bankName, accountNumber);
    }

    /** What the form shows again after a refusal: the names as typed, never the account number. */
    PayeeForm withoutNumber() {
        return new PayeeForm(holderName, bankName, "");
    }

    @Override
    public String toString() {
        return "PayeeForm[holderName=" + holderName + ", bankName=" + bankName + ", accountNumber=****]";
    }
}
