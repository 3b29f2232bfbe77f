package org.yiyang.shared;

/**
 * Input that is not a resident ID number. The message names only the rule that failed, never the
 * input, so the exception can be logged without leaking personal data.
 */
public class InvalidIdNumber extends IllegalArgumentException {

    /** The rule of GB 11643-1999 the input breaks, checked in this order. */
    public enum Reason {
        EMPTY("empty", "nothing was entered"),
        LENGTH("length", "it must have 18 characters (or 15 digits in the old form)"),
        CHARACTERS("characters", "it must be 17 digits followed by a digit or X"),
        ADDRESS_CODE("addressCode", "the first six digits are not a county-level address code"),
        BIRTH_DATE("birthDate", "the birth date is not a real date between 1890-01-01 and today"),
        CHECK_CHARACTER("checkCharacter", "the check character does not match");

        private final String key;
        private final String explanation;

        Reason(String key, String explanation) {
            this.key = key;
            this.explanation = explanation;
        }
    }

    private final Reason reason;

    private InvalidIdNumber(Reason reason) {
        super("Not a resident ID number: " + reason.explanation);
        this.reason = reason;
    }

    static InvalidIdNumber because(Reason reason) {
        return new InvalidIdNumber(reason);
    }

    public Reason reason() {
        return reason;
    }

    /** For example {@code shared.idNumber.invalid.checkCharacter}. */
    public String messageKey() {
        return "shared.idNumber.invalid." + reason.key;
    }
}
