package org.yiyang.care.web.device;

import org.yiyang.care.internal.device.DeviceDraft;
import org.yiyang.care.internal.device.DeviceKind;
import org.yiyang.care.internal.device.DeviceProblem;

/** A device to register, as typed; numbers and the kind are checked here and reported on their fields. */
record DeviceForm(String kind, String code, String elderId, String bedId, String placement) {

    /** An empty form, with the elder and bed when the bed's page links here. */
    static DeviceForm empty(String elderId, String bedId) {
        return new DeviceForm(DeviceKind.SOS_BUTTON.name(), "", elderId, bedId, "");
    }

    DeviceDraft toDraft() {
        return new DeviceDraft(kind(kind), code, number("elderId", elderId), number("bedId", bedId), placement);
    }

    static DeviceKind kind(String text) {
        try {
            return text == null || text.isBlank() ? null : DeviceKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new DeviceProblem("kind", "device.error.kind");
        }
    }

    /** Empty is null; anything but a whole positive number is a problem on {@code field}. */
    static Long number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DeviceProblem(field, "device.error.number");
    }

    static Double decimal(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new DeviceProblem(field, "device.error.number");
        }
    }
}
