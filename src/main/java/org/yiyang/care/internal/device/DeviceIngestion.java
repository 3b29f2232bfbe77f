package org.yiyang.care.internal.device;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.care.AlarmKind;
import org.yiyang.care.AlarmSignal;
import org.yiyang.care.Alarms;
import org.yiyang.care.internal.alarm.AlarmProblem;
import org.yiyang.care.internal.device.DeviceMessageParser.MalformedMessage;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.shared.GeoPoint;

/**
 * Turns MQTT messages into state and alarms, in one transaction: the de-duplication row, last seen, activity,
 * geofence, and the alarm itself when a message signals one. The subscriber acknowledges a message only after this
 * has committed, so an alarm is stored exactly when its message is. A message it cannot accept changes nothing and
 * is logged by reason and device code, never with its payload.
 */
@Component
public class DeviceIngestion {

    static final String RAISED_BY = "device";
    private static final Logger log = LoggerFactory.getLogger(DeviceIngestion.class);

    /** What became of a message; everything but {@link #ACCEPTED} and {@link #DUPLICATE} is a rejection. */
    public enum Outcome { ACCEPTED, DUPLICATE, REJECTED_TOPIC, REJECTED_MALFORMED, REJECTED_MISMATCH, REJECTED_UNKNOWN }

    private final DeviceTopics topics;
    private final DeviceMessageParser parser;
    private final DeviceStore store;
    private final DeviceSignalRules rules;
    private final PersonalDataProtection protection;
    private final Alarms alarms;
    private final Clock clock;

    DeviceIngestion(DeviceTopics topics, DeviceMessageParser parser, DeviceStore store, DeviceSignalRules rules,
                    PersonalDataProtection protection, Alarms alarms, Clock clock) {
        this.topics = topics;
        this.parser = parser;
        this.store = store;
        this.rules = rules;
        this.protection = protection;
        this.alarms = alarms;
        this.clock = clock;
    }

    /** One message as it came from the broker. */
    public record Incoming(String topic, byte[] payload) {
    }

    @Transactional
    public Outcome accept(String topic, byte[] payload) {
        return acceptOne(topic, payload);
    }

    /**
     * Messages that arrived together, in one transaction and so one commit: under a burst of alarms the database
     * flushes its log once for all of them rather than once for each. Outcomes in the order of the messages.
     */
    @Transactional
    public List<Outcome> acceptAll(List<Incoming> messages) {
        return messages.stream().map(m -> acceptOne(m.topic(), m.payload())).toList();
    }

    private Outcome acceptOne(String topic, byte[] payload) {
        String code = topics.codeOf(topic);
        if (code == null) {
            return rejected(Outcome.REJECTED_TOPIC, "topic", "-");
        }
        DeviceMessage message;
        try {
            message = parser.parse(payload);
        } catch (MalformedMessage e) {
            return rejected(Outcome.REJECTED_MALFORMED, e.getMessage(), code);
        }
        if (!message.device().equals(code)) {
            return rejected(Outcome.REJECTED_MISMATCH, "device differs from topic", code);
        }
        Optional<DeviceState> found = store.active(code);
        if (found.isEmpty()) {
            return rejected(Outcome.REJECTED_UNKNOWN, "unknown or retired device", code);
        }
        return process(found.get(), message);
    }

    private Outcome process(DeviceState device, DeviceMessage message) {
        Instant now = clock.instant();
        Instant at = message.time().isAfter(now) ? now : message.time();
        if (message.kind() != MessageKind.HEARTBEAT && !store.recordOnce(device.id(), message, at, now)) {
            return Outcome.DUPLICATE;
        }
        store.seen(device.id(), at);
        if (message.kind().showsActivity()) {
            store.moved(device.id(), at);
        }
        rules.signalFor(device, message, at).ifPresent(signal -> raise(alarms, signal));
        wandering(device, message, at).ifPresent(signal -> raise(alarms, signal));
        return Outcome.ACCEPTED;
    }

    /** Raises the alarm in the caller's transaction; a refusal (the elder has left the registry) is logged, by ids only. */
    static void raise(Alarms alarms, AlarmSignal signal) {
        try {
            alarms.raise(signal, RAISED_BY);
        } catch (AlarmProblem refused) {
            log.warn("Alarm signal {}/{} for elder {} refused: {}", signal.source(), signal.sourceId(),
                    signal.elderId(), refused.messageKey());
        }
    }

    private Optional<AlarmSignal> wandering(DeviceState device, DeviceMessage message, Instant at) {
        Optional<GeoPoint> position = GeoPoint.of(message.number("lat"), message.number("lon"));
        if (position.isEmpty() || !device.hasFence()) {
            return Optional.empty();
        }
        GeoPoint centre = GeoPoint.parse(protection.decrypt(device.fenceCentreSealed()));
        long distance = Math.round(centre.distanceMetresTo(position.get()));
        if (!store.located(device.id(), at, distance > device.fenceRadiusMetres())) {
            return Optional.empty();
        }
        return Optional.of(DeviceSignalRules.signal(AlarmKind.WANDERING, device, message.id(), at,
                position.get().latitude(), position.get().longitude(), "outside-fence"));
    }

    private static Outcome rejected(Outcome outcome, String reason, String code) {
        log.warn("Device message rejected: {} ({}), device code {}", outcome, reason, code);
        return outcome;
    }
}
