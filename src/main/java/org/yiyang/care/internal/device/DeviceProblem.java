package org.yiyang.care.internal.device;

/**
 * Input the device registry cannot accept, or a device the viewer may not see. {@link #field()} names the form
 * field (null for the whole form); the message key explains it in the user's language.
 */
public class DeviceProblem extends RuntimeException {

    public static final String NOT_FOUND = "device.error.notFound";

    private final String field;
    private final String messageKey;

    public DeviceProblem(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public static DeviceProblem notFound() {
        return new DeviceProblem(null, NOT_FOUND);
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
