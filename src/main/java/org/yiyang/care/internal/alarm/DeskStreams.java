package org.yiyang.care.internal.alarm;

import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.yiyang.notify.EventStreams;
import org.yiyang.shared.DivisionCode;

/**
 * The open desk consoles of this node, each subscribed for the viewer's division: an alarm goes to every console
 * whose division contains the alarm's (the banner desk, and the league and region above it), in the console's
 * language.
 */
@Component
public class DeskStreams implements SmartLifecycle {

    static final int MAX_STREAMS = 2000;

    private record Console(DivisionCode division, Locale locale) {
    }

    private final EventStreams<Console> consoles;
    private final DeskEventText text;

    DeskStreams(DeskEventText text, @Value("${yiyang.care.alarm.heartbeat:25s}") Duration heartbeat) {
        this.text = text;
        this.consoles = new EventStreams<>("care-desk-live", heartbeat, MAX_STREAMS);
    }

    /** Opens a console stream for the division; the caller returns the emitter from its handler. */
    public SseEmitter subscribe(DivisionCode division, Locale locale, BooleanSupplier signedIn) {
        return consoles.open(new Console(division, locale), signedIn);
    }

    /** Consoles on this node that would receive an alarm of {@code division}. */
    public int listening(DivisionCode division) {
        return consoles.count(c -> c.division().contains(division));
    }

    /** Sends the event about the alarm to every console that sees its division, in the background. */
    void publish(DeskEvent event, AlarmView alarm) {
        DivisionCode division = DivisionCode.of(alarm.divisionCode());
        consoles.publish(c -> c.division().contains(division), c -> SseEmitter.event().name(event.eventName())
                .id(String.valueOf(alarm.id())).data(text.json(event, alarm, c.locale())));
    }

    @Override
    public void start() {
        consoles.start();
    }

    /** Closes every stream before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public void stop() {
        consoles.stop();
    }

    @Override
    public boolean isRunning() {
        return consoles.isRunning();
    }
}
