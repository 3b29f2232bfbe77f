package org.yiyang.care.internal.device;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.yiyang.care.AlarmKind;
import org.yiyang.care.AlarmSignal;
import org.yiyang.shared.ChinaTime;

/**
 * Which device messages are alarms: an SOS press, a fall, a heart rate outside the configured band, smoke, gas, a
 * water leak (unless the message says it is over), and a door opened at night (China time). Wandering, offline and
 * inactivity depend on stored state and are decided by {@link DeviceIngestion} and {@link DeviceWatchdog}.
 */
@Component
class DeviceSignalRules {

    private final DeviceSettings settings;

    DeviceSignalRules(DeviceSettings settings) {
        this.settings = settings;
    }

    Optional<AlarmSignal> signalFor(DeviceState device, DeviceMessage message, Instant at) {
        return switch (message.kind()) {
            case SOS -> signal(AlarmKind.SOS, device, message, at, null);
            case FALL -> signal(AlarmKind.FALL, device, message, at, null);
            case HEART_RATE -> heartRate(device, message, at);
            case SMOKE -> unlessCleared(AlarmKind.SMOKE, device, message, at);
            case GAS -> unlessCleared(AlarmKind.GAS, device, message, at);
            case WATER_LEAK -> unlessCleared(AlarmKind.WATER_LEAK, device, message, at);
            case DOOR -> message.flag("open") && settings.atNight(at.atZone(ChinaTime.ZONE).toLocalTime())
                    ? signal(AlarmKind.DOOR, device, message, at, "door=open-at-night") : Optional.empty();
            default -> Optional.empty();
        };
    }

    static AlarmSignal signal(AlarmKind kind, DeviceState device, String sourceId, Instant at, Double latitude,
                              Double longitude, String detail) {
        return new AlarmSignal(kind, device.elderId(), device.id(), device.code(), sourceId, at, latitude, longitude,
                detail);
    }

    private Optional<AlarmSignal> heartRate(DeviceState device, DeviceMessage message, Instant at) {
        double bpm = message.number("bpm");
        if (bpm >= settings.heartRateLow() && bpm <= settings.heartRateHigh()) {
            return Optional.empty();
        }
        return signal(AlarmKind.HEART_RATE, device, message, at, "hr=" + Math.round(bpm));
    }

    private static Optional<AlarmSignal> unlessCleared(AlarmKind kind, DeviceState device, DeviceMessage message,
                                                       Instant at) {
        return message.flag("cleared") ? Optional.empty() : signal(kind, device, message, at, null);
    }

    private static Optional<AlarmSignal> signal(AlarmKind kind, DeviceState device, DeviceMessage message, Instant at,
                                                String detail) {
        return Optional.of(signal(kind, device, message.id(), at, message.number("lat"), message.number("lon"),
                detail));
    }
}
