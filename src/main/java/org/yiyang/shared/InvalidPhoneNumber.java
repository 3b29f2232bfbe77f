package org.yiyang.shared;

/** Input that is not a mainland China phone number; the message never repeats the input. */
public class InvalidPhoneNumber extends IllegalArgumentException {

    private InvalidPhoneNumber() {
        super("Not a mainland China mobile or landline number");
    }

    static InvalidPhoneNumber of() {
        return new InvalidPhoneNumber();
    }

    public String messageKey() {
        return "shared.phone.invalid";
    }
}
