package org.yiyang.care.internal.device;

/** A device to register: kind, its code (the MQTT identity printed on it), the elder it serves, optionally a bed. */
public record DeviceDraft(DeviceKind kind, String code, Long elderId, Long bedId, String placement) {
}
