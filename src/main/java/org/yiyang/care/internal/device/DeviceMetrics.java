package org.yiyang.care.internal.device;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counters on the actuator's Prometheus endpoint: {@code yiyang_care_device_messages_total{outcome}} (accepted,
 * duplicate, each kind of rejection, failed) and {@code yiyang_care_device_connections_refused_total}.
 */
@Component
public class DeviceMetrics {

    private final MeterRegistry registry;

    DeviceMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void message(String outcome) {
        registry.counter("yiyang.care.device.messages", "outcome", outcome).increment();
    }

    void connectionRefused() {
        registry.counter("yiyang.care.device.connections.refused").increment();
    }

    /** How many messages had this outcome since start (for tests and the status line). */
    public double count(String outcome) {
        var counter = registry.find("yiyang.care.device.messages").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
