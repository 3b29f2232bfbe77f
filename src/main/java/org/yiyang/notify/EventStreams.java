package org.yiyang.notify;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Open Server-Sent Event streams of this node, each with what its page is about ({@code S}: the viewer's
 * division, account, language …), for a live console (the alarm desk, the hotline's screen-pop). Events are
 * written on one background thread, so the request that committed them never waits for a slow browser; a comment
 * every heartbeat keeps proxies from closing a stream, and a stream whose session ended is closed at the next beat.
 * The owner starts it with the application and stops it before the web server's graceful shutdown, which would
 * otherwise wait for the streams.
 */
public final class EventStreams<S> {

    private static final Logger log = LoggerFactory.getLogger(EventStreams.class);

    private record Stream<S>(S subscriber, SseEmitter emitter, BooleanSupplier alive) {
    }

    private final Set<Stream<S>> streams = ConcurrentHashMap.newKeySet();
    private final String name;
    private final Duration heartbeat;
    private final int max;
    private volatile ScheduledExecutorService worker;

    /** {@code name} names the background thread and the log lines; at most {@code max} streams are open at once. */
    public EventStreams(String name, Duration heartbeat, int max) {
        this.name = name;
        this.heartbeat = heartbeat;
        this.max = max;
    }

    /** Opens a stream; the caller returns the emitter from its handler. {@code alive} says whether its session lives. */
    public SseEmitter open(S subscriber, BooleanSupplier alive) {
        SseEmitter emitter = new SseEmitter(0L);
        Stream<S> stream = new Stream<>(subscriber, emitter, alive);
        emitter.onCompletion(() -> streams.remove(stream));
        emitter.onTimeout(() -> streams.remove(stream));
        emitter.onError(e -> streams.remove(stream));
        if (streams.size() >= max) {
            emitter.complete();
            return emitter;
        }
        streams.add(stream);
        send(stream, SseEmitter.event().comment("open"));
        return emitter;
    }

    /** An invalidated session (sign-out, expiry) throws on access: a stream opened with this closes at the next beat. */
    public static BooleanSupplier whileSessionLives(HttpSession session) {
        if (session == null) {
            return () -> true;
        }
        return () -> {
            try {
                session.getLastAccessedTime();
                return true;
            } catch (IllegalStateException invalidated) {
                return false;
            }
        };
    }

    /** How many open streams {@code which} accepts. */
    public int count(Predicate<S> which) {
        return (int) streams.stream().filter(s -> which.test(s.subscriber())).count();
    }

    /** Writes {@code event} (built per subscriber, e.g. in its language) to every stream {@code to} accepts, in the background. */
    public void publish(Predicate<S> to, Function<S, SseEmitter.SseEventBuilder> event) {
        ScheduledExecutorService running = worker;
        if (running == null || streams.isEmpty()) {
            return;
        }
        running.execute(() -> {
            try {
                streams.stream().filter(s -> to.test(s.subscriber())).forEach(s -> send(s, event.apply(s.subscriber())));
            } catch (RuntimeException e) {
                log.warn("{}: push failed: {}", name, e.getClass().getSimpleName());
            }
        });
    }

    void beat() {
        streams.forEach(stream -> {
            if (stream.alive().getAsBoolean()) {
                send(stream, SseEmitter.event().comment("ping"));
            } else {
                streams.remove(stream);
                stream.emitter().complete();
            }
        });
    }

    private void send(Stream<S> stream, SseEmitter.SseEventBuilder event) {
        try {
            stream.emitter().send(event);
        } catch (IOException | IllegalStateException gone) {
            streams.remove(stream);
        }
    }

    public synchronized void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        long every = heartbeat.toMillis();
        started.scheduleWithFixedDelay(() -> {
            try {
                beat();
            } catch (RuntimeException e) {
                log.warn("{}: heartbeat failed: {}", name, e.getClass().getSimpleName());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        worker = started;
    }

    /** Stops the background thread and closes every stream. */
    public synchronized void stop() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
        List<Stream<S>> all = List.copyOf(streams);
        streams.clear();
        all.forEach(stream -> stream.emitter().complete());
    }

    public boolean isRunning() {
        return worker != null;
    }
}
