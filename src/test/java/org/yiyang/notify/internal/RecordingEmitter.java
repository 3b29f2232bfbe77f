package org.yiyang.notify.internal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** An emitter that keeps what was sent to it as text (the SSE lines), or fails like a closed page. */
public class RecordingEmitter extends SseEmitter {

    public final List<String> events = new CopyOnWriteArrayList<>();
    public volatile boolean broken;
    public volatile boolean completed;

    public RecordingEmitter() {
        super(0L);
    }

    @Override
    public void send(SseEventBuilder builder) throws IOException {
        if (broken) {
            throw new IOException("The page went away");
        }
        events.add(builder.build().stream().map(part -> String.valueOf(part.getData())).collect(Collectors.joining()));
    }

    @Override
    public synchronized void complete() {
        completed = true;
        super.complete();
    }

    /** The notice events received (heartbeat comments left out). */
    public List<String> notices() {
        return events.stream().filter(e -> e.contains("event:" + LiveStreams.EVENT + "\n")).toList();
    }

    /** Waits up to five seconds for {@code count} notice events. */
    public boolean awaitNotices(int count) throws InterruptedException {
        for (int i = 0; i < 100 && notices().size() < count; i++) {
            Thread.sleep(50);
        }
        return notices().size() >= count;
    }
}
