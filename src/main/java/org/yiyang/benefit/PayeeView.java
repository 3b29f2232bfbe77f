package org.yiyang.benefit;

import org.yiyang.shared.DivisionCode;

/** An elder as the bank account page shows them, with their account ({@code payee} null while none is on file). */
public record PayeeView(long elderId, String elderName, DivisionCode division, Payee payee) {

    public boolean hasPayee() {
        return payee != null;
    }
}
