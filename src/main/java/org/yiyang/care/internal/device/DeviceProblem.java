package org.yiyang.care.internal.device;

import org.yiyang.care.internal.CareProblem;

/** Input the device registry cannot accept, or a device the viewer may not see. */
public class DeviceProblem extends CareProblem {

    public static final String NOT_FOUND = "device.error.notFound";

    public DeviceProblem(String field, String messageKey) {
        super(field, messageKey, NOT_FOUND.equals(messageKey));
    }

    public static DeviceProblem notFound() {
        return new DeviceProblem(null, NOT_FOUND);
    }
}
