package org.yiyang.identity.internal;

/** A request about accounts that cannot be carried out; the message key explains why to the user. */
public class AccountProblem extends RuntimeException {

    private final String messageKey;
    private final String field;

    private AccountProblem(String messageKey, String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    static AccountProblem on(String field, String messageKey) {
        return new AccountProblem(messageKey, field);
    }

    static AccountProblem usernameTaken() {
        return on("username", "identity.account.usernameTaken");
    }

    static AccountProblem notFound() {
        return on(null, "identity.account.notFound");
    }

    static AccountProblem wrongCurrentPassword() {
        return on("currentPassword", "identity.password.wrongCurrent");
    }

    static AccountProblem cannotDisableSelf() {
        return on(null, "identity.account.cannotDisableSelf");
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the problem belongs to, or null for the whole form. */
    public String field() {
        return field;
    }
}
