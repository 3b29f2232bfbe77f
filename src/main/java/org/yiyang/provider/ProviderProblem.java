package org.yiyang.provider;

/**
 * Input the provider module cannot accept, or a provider or staff member the viewer may not see.
 * {@link #field()} names the form field (null for the whole form); the key explains it to the user.
 */
public class ProviderProblem extends RuntimeException {

    public static final String NOT_FOUND = "provider.error.notFound";

    private final String field;
    private final String messageKey;

    public ProviderProblem(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public static ProviderProblem notFound() {
        return new ProviderProblem(null, NOT_FOUND);
    }

    public boolean isNotFound() {
        return NOT_FOUND.equals(messageKey);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
