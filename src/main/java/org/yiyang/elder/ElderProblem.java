package org.yiyang.elder;

/** Input the registry cannot accept; {@link #field()} names the form field, the key explains it to the user. */
public class ElderProblem extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ElderProblem(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public static ElderProblem notFound() {
        return new ElderProblem(null, "elder.error.notFound");
    }

    public static ElderProblem duplicateIdNumber() {
        return new ElderProblem("idNumber", "elder.error.duplicateIdNumber");
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
