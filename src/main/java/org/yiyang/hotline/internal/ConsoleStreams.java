package org.yiyang.hotline.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.DivisionCode;

/**
 * The operators' open consoles on this node (Server-Sent Events, event {@code call}). A call for a named operator
 * pops on that operator's consoles; a call still waiting in the queue pops on every console whose operator's
 * division contains the desk's division. Events carry only the call's id and status, never personal data: the
 * console then loads the screen-pop page, which applies the operator's own access rights.
 */
@Component
public class ConsoleStreams implements SmartLifecycle {

    static final String EVENT = "call";
    private static final Logger log = LoggerFactory.getLogger(ConsoleStreams.class);

    private final Map<Long, Console> consoles = new ConcurrentHashMap<>();
    private final Duration heartbeat;
    private volatile ScheduledExecutorService worker;

    ConsoleStreams(@Value("${yiyang.hotline.heartbeat:25s}") Duration heartbeat) {
        this.heartbeat = heartbeat;
    }

    private record Console(DivisionCode division, List<SseEmitter> emitters) {
    }

    /** What a console is told: which call, its status, whether it is meant for this operator by name. */
    public record Push(long callId, CallStatus status, Long operatorAccountId, String divisionCode) {
    }

    public SseEmitter subscribe(Viewer operator) {
        SseEmitter emitter = new SseEmitter(0L);
        register(operator, emitter);
        return emitter;
    }

    void register(Viewer operator, SseEmitter emitter) {
        Console console = consoles.computeIfAbsent(operator.accountId(),
                id -> new Console(operator.division(), new CopyOnWriteArrayList<>()));
        console.emitters().add(emitter);
        Runnable remove = () -> console.emitters().remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
    }

    public int openConsoles(long accountId) {
        Console console = consoles.get(accountId);
        return console == null ? 0 : console.emitters().size();
    }

    /** Sends the push in the background, so that the telephony system's request never waits for a browser. */
    public void publish(Push push) {
        ScheduledExecutorService running = worker;
        if (running != null) {
            running.execute(() -> deliver(push));
        }
    }

    void deliver(Push push) {
        DivisionCode desk = DivisionCode.of(push.divisionCode());
        String data = "{\"callId\":" + push.callId() + ",\"status\":\"" + push.status().name() + "\"}";
        consoles.forEach((account, console) -> {
            boolean forThem = push.operatorAccountId() == null
                    ? console.division().contains(desk) : push.operatorAccountId().equals(account);
            if (forThem) {
                console.emitters().forEach(emitter -> send(console, emitter,
                        SseEmitter.event().name(EVENT).id(String.valueOf(push.callId())).data(data)));
            }
        });
    }

    private void send(Console console, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            console.emitters().remove(emitter);
        }
    }

    private void beat() {
        try {
            consoles.values().forEach(console -> console.emitters()
                    .forEach(emitter -> send(console, emitter, SseEmitter.event().comment("ping"))));
        } catch (RuntimeException e) {
            log.warn("Console heartbeat failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "hotline-console");
            thread.setDaemon(true);
            return thread;
        });
        long every = heartbeat.toMillis();
        started.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        worker = started;
    }

    /** Closes every console before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public synchronized void stop() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
        consoles.values().forEach(console -> console.emitters().forEach(SseEmitter::complete));
        consoles.clear();
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
