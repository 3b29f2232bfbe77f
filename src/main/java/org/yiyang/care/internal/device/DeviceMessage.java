package org.yiyang.care.internal.device;

import java.time.Instant;
import java.util.Map;

/**
 * One message a device published (docs/care-devices.md), already checked: {@code device} is the device code,
 * {@code id} the device's message id (unique per device), {@code time} when the device says it happened, and
 * {@code values} the kind's readings: numbers and booleans by name.
 */
record DeviceMessage(String device, String id, Instant time, MessageKind kind, Map<String, Object> values) {

    Double number(String name) {
        return values.get(name) instanceof Number n ? n.doubleValue() : null;
    }

    boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }
}
