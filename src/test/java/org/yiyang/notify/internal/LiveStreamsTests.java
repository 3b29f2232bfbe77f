package org.yiyang.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yiyang.IntegrationTest;

@IntegrationTest
class LiveStreamsTests {

    @Autowired
    LiveStreams streams;

    @Test
    void theHeartbeatSendsACommentToEveryOpenPage() {
        long a = InboxNotifierTests.newAccount();
        RecordingEmitter page = new RecordingEmitter();
        streams.register(a, page, Locale.CHINA, () -> true);

        streams.heartbeat();

        assertThat(page.events).anySatisfy(e -> assertThat(e).startsWith(":ping"));
        assertThat(streams.openStreams(a)).isEqualTo(1);
    }

    @Test
    void aStreamWhoseSessionEndedIsClosedAtTheNextBeat() {
        long a = InboxNotifierTests.newAccount();
        AtomicBoolean signedIn = new AtomicBoolean(true);
        RecordingEmitter page = new RecordingEmitter();
        streams.register(a, page, Locale.CHINA, signedIn::get);

        signedIn.set(false);
        streams.heartbeat();

        assertThat(page.completed).isTrue();
        assertThat(streams.openStreams(a)).isZero();
    }

    @Test
    void aPageThatWentAwayIsForgottenOnTheFirstFailedSend() {
        long a = InboxNotifierTests.newAccount();
        RecordingEmitter gone = new RecordingEmitter();
        RecordingEmitter open = new RecordingEmitter();
        streams.register(a, gone, Locale.CHINA, () -> true);
        streams.register(a, open, Locale.CHINA, () -> true);
        gone.broken = true;

        streams.heartbeat();

        assertThat(streams.openStreams(a)).isEqualTo(1);
        assertThat(open.events).isNotEmpty();
    }

    @Test
    void beyondTheLimitPerAccountTheOldestPageIsClosed() {
        long a = InboxNotifierTests.newAccount();
        List<RecordingEmitter> pages = new ArrayList<>();
        for (int i = 0; i <= LiveStreams.MAX_PER_ACCOUNT; i++) {
            RecordingEmitter page = new RecordingEmitter();
            pages.add(page);
            streams.register(a, page, Locale.CHINA, () -> true);
        }
        assertThat(streams.openStreams(a)).isEqualTo(LiveStreams.MAX_PER_ACCOUNT);
        assertThat(pages.get(0).completed).isTrue();
        assertThat(pages.get(1).completed).isFalse();
    }
}
