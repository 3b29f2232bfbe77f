package org.yiyang.notify.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.yiyang.notify.Notice;

/**
 * The open event streams of this node (account id → its open pages). A stream never times out on the server:
 * a comment every 25 s keeps proxies from closing it, and a stream whose session ended (sign-out, expiry) is
 * closed at the next beat. Notices are written to the streams on one background thread, so that the request
 * that committed them never waits for a slow client.
 */
@Component
public class LiveStreams implements SmartLifecycle {

    static final String EVENT = "notice";
    /** Open tabs per account; the oldest closes when a new one opens beyond this. */
    static final int MAX_PER_ACCOUNT = 10;
    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    private final Map<Long, List<Stream>> streams = new ConcurrentHashMap<>();
    private final NoticeText text;
    private final InboxStore inbox;
    private final Duration heartbeat;
    private volatile ScheduledExecutorService worker;

    LiveStreams(NoticeText text, InboxStore inbox, @Value("${yiyang.notify.heartbeat:25s}") Duration heartbeat) {
        this.text = text;
        this.inbox = inbox;
        this.heartbeat = heartbeat;
    }

    /** An open page of the account. {@code locale} renders its notices; {@code signedIn} says whether its session lives. */
    record Stream(long accountId, SseEmitter emitter, Locale locale, BooleanSupplier signedIn) {
    }

    /** Opens a stream for a page of the account; the caller returns the emitter from its handler. */
    public SseEmitter subscribe(long accountId, Locale locale, BooleanSupplier signedIn) {
        SseEmitter emitter = new SseEmitter(0L);
        register(accountId, emitter, locale, signedIn);
        return emitter;
    }

    void register(long accountId, SseEmitter emitter, Locale locale, BooleanSupplier signedIn) {
        Stream stream = new Stream(accountId, emitter, locale, signedIn);
        emitter.onCompletion(() -> remove(stream));
        emitter.onTimeout(() -> remove(stream));
        emitter.onError(e -> remove(stream));
        List<Stream> evicted = new ArrayList<>();
        streams.compute(accountId, (id, open) -> {
            List<Stream> list = open == null ? new CopyOnWriteArrayList<>() : open;
            list.add(stream);
            while (list.size() > MAX_PER_ACCOUNT) {
                evicted.add(list.remove(0));
            }
            return list;
        });
        evicted.forEach(old -> old.emitter().complete());
    }

    /** How many pages of the account are listening on this node. */
    public int openStreams(long accountId) {
        List<Stream> open = streams.get(accountId);
        return open == null ? 0 : open.size();
    }

    /** Sends the notice (its inbox row id per account) to the accounts' open pages, in the background. */
    void publish(Map<Long, Long> inboxIds, Notice notice) {
        ScheduledExecutorService running = worker;
        if (running == null || inboxIds.keySet().stream().noneMatch(streams::containsKey)) {
            return;
        }
        running.execute(() -> deliver(inboxIds, notice));
    }

    private void deliver(Map<Long, Long> inboxIds, Notice notice) {
        Map<Long, List<Stream>> targets = new LinkedHashMap<>();
        inboxIds.keySet().forEach(account -> {
            List<Stream> open = streams.get(account);
            if (open != null) {
                targets.put(account, open);
            }
        });
        try {
            Map<Long, Long> unread = inbox.unreadCounts(targets.keySet());
            targets.forEach((account, open) -> open.forEach(stream -> send(stream, SseEmitter.event().name(EVENT)
                    .id(String.valueOf(inboxIds.get(account)))
                    .data(json(inboxIds.get(account), notice, stream.locale(), unread.getOrDefault(account, 0L))))));
        } catch (RuntimeException e) {
            log.warn("Live push of topic {} failed: {}", notice.topic(), e.getClass().getSimpleName());
        }
    }

    private String json(long id, Notice notice, Locale locale, long unread) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("topic", notice.topic());
        data.put("link", notice.link());
        data.put("text", text.render(notice.messageKey(), notice.args(), locale));
        data.put("unread", unread);
        return NoticeArgs.JSON.writeValueAsString(data);
    }

    /** Keeps every stream open through proxies, and closes those whose session has ended. */
    void heartbeat() {
        streams.values().forEach(open -> open.forEach(stream -> {
            if (stream.signedIn().getAsBoolean()) {
                send(stream, SseEmitter.event().comment("ping"));
            } else {
                remove(stream);
                stream.emitter().complete();
            }
        }));
    }

    private void send(Stream stream, SseEmitter.SseEventBuilder event) {
        try {
            stream.emitter().send(event);
        } catch (IOException | IllegalStateException gone) {
            // The page went away; the container reports the error on its own thread as well.
            remove(stream);
        }
    }

    private void remove(Stream stream) {
        streams.computeIfPresent(stream.accountId(), (id, open) -> {
            open.remove(stream);
            return open.isEmpty() ? null : open;
        });
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "notify-live");
            thread.setDaemon(true);
            return thread;
        });
        long every = heartbeat.toMillis();
        started.scheduleWithFixedDelay(this::safeHeartbeat, every, every, TimeUnit.MILLISECONDS);
        worker = started;
    }

    private void safeHeartbeat() {
        try {
            heartbeat();
        } catch (RuntimeException e) {
            log.warn("Live heartbeat failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Closes every stream before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public synchronized void stop() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
        List<Stream> all = streams.values().stream().flatMap(List::stream).toList();
        streams.clear();
        all.forEach(stream -> stream.emitter().complete());
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
