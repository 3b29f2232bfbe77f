package org.yiyang.care.internal.alarm;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.yiyang.shared.DivisionCode;

/**
 * The open desk consoles of this node, each subscribed for the viewer's division: an alarm goes to every console
 * whose division contains the alarm's (the banner desk, and the league and region above it). Events are written on
 * one background thread, so the committing request never waits for a slow console; a comment every 25 s keeps
 * proxies from closing a stream, and a stream whose session ended closes at the next beat.
 */
@Component
public class DeskStreams implements SmartLifecycle {

    static final int MAX_STREAMS = 2000;
    private static final Logger log = LoggerFactory.getLogger(DeskStreams.class);

    private final Set<Console> consoles = ConcurrentHashMap.newKeySet();
    private final DeskEventText text;
    private final Duration heartbeat;
    private volatile ScheduledExecutorService worker;

    DeskStreams(DeskEventText text, @Value("${yiyang.care.alarm.heartbeat:25s}") Duration heartbeat) {
        this.text = text;
        this.heartbeat = heartbeat;
    }

    record Console(DivisionCode division, SseEmitter emitter, Locale locale, BooleanSupplier signedIn) {
    }

    /** Opens a console stream for the division; the caller returns the emitter from its handler. */
    public SseEmitter subscribe(DivisionCode division, Locale locale, BooleanSupplier signedIn) {
        SseEmitter emitter = new SseEmitter(0L);
        Console console = new Console(division, emitter, locale, signedIn);
        emitter.onCompletion(() -> consoles.remove(console));
        emitter.onTimeout(() -> consoles.remove(console));
        emitter.onError(e -> consoles.remove(console));
        if (consoles.size() >= MAX_STREAMS) {
            emitter.complete();
            return emitter;
        }
        consoles.add(console);
        send(console, SseEmitter.event().comment("open"));
        return emitter;
    }

    /** Consoles on this node that would receive an alarm of {@code division}. */
    public int listening(DivisionCode division) {
        return (int) consoles.stream().filter(c -> c.division().contains(division)).count();
    }

    /** Sends the event about the alarm to every console that sees its division, in the background. */
    void publish(DeskEvent event, AlarmView alarm) {
        ScheduledExecutorService running = worker;
        if (running == null || consoles.isEmpty()) {
            return;
        }
        running.execute(() -> deliver(event, alarm));
    }

    private void deliver(DeskEvent event, AlarmView alarm) {
        DivisionCode division = DivisionCode.of(alarm.divisionCode());
        try {
            consoles.stream().filter(c -> c.division().contains(division)).forEach(console -> send(console,
                    SseEmitter.event().name(event.eventName()).id(String.valueOf(alarm.id()))
                            .data(text.json(event, alarm, console.locale()))));
        } catch (RuntimeException e) {
            log.warn("Desk push of alarm {} failed: {}", alarm.id(), e.getClass().getSimpleName());
        }
    }

    void heartbeat() {
        consoles.forEach(console -> {
            if (console.signedIn().getAsBoolean()) {
                send(console, SseEmitter.event().comment("ping"));
            } else {
                consoles.remove(console);
                console.emitter().complete();
            }
        });
    }

    private void send(Console console, SseEmitter.SseEventBuilder event) {
        try {
            console.emitter().send(event);
        } catch (IOException | IllegalStateException gone) {
            consoles.remove(console);
        }
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "care-desk-live");
            thread.setDaemon(true);
            return thread;
        });
        long every = heartbeat.toMillis();
        started.scheduleWithFixedDelay(() -> {
            try {
                heartbeat();
            } catch (RuntimeException e) {
                log.warn("Desk heartbeat failed: {}", e.getClass().getSimpleName());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        worker = started;
    }

    /** Closes every stream before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public synchronized void stop() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
        List<Console> all = List.copyOf(consoles);
        consoles.clear();
        all.forEach(console -> console.emitter().complete());
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
