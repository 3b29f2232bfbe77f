package org.yiyang.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.IntegrationTest;
import org.yiyang.notify.Notice;
import org.yiyang.notify.Notifier;

@IntegrationTest
class InboxNotifierTests {

    /** Account ids far from real ones: the inbox has no foreign key, and no other test uses these. */
    private static final AtomicLong ACCOUNTS = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000_000L);

    @Autowired
    Notifier notifier;

    @Autowired
    LiveStreams streams;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    static long newAccount() {
        return ACCOUNTS.incrementAndGet();
    }

    static Notice orderAccepted(String topic) {
        return new Notice(topic, "shell.total", List.of("42"), "/orders/42");
    }

    @Test
    void storesOneRowForEachDistinctAccountAtTheSameInstant() {
        long a = newAccount();
        long b = newAccount();
        notifier.notify(List.of(a, b, a), orderAccepted("order:1"));

        var rows = jdbc.sql("SELECT account_id, topic, message_key, args, link, created_at, read_at FROM notify_inbox "
                + "WHERE account_id IN (:a, :b) ORDER BY account_id").param("a", a).param("b", b).query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(r -> ((Number) r.get("account_id")).longValue()).containsExactly(a, b);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("topic")).isEqualTo("order:1");
            assertThat(r.get("message_key")).isEqualTo("shell.total");
            assertThat(r.get("args")).isEqualTo("[\"42\"]");
            assertThat(r.get("link")).isEqualTo("/orders/42");
            assertThat(r.get("read_at")).isNull();
        });
        assertThat(rows.get(0).get("created_at")).isEqualTo(rows.get(1).get("created_at"));
    }

    @Test
    void argumentsWithQuotesCommasAndNewlinesComeBackUnchanged() {
        long a = newAccount();
        List<String> tricky = List.of("a,b", "\"quoted\"", "line\nbreak", "[]", "");
        notifier.notify(List.of(a), new Notice("t", "k", tricky, "/x"));
        String stored = jdbc.sql("SELECT args FROM notify_inbox WHERE account_id = :a").param("a", a)
                .query(String.class).single();
        assertThat(NoticeArgs.decode(stored)).isEqualTo(tricky);
    }

    @Test
    void nothingIsStoredAndNothingPushedWhenTheCallersTransactionRollsBack() throws Exception {
        long a = newAccount();
        RecordingEmitter page = new RecordingEmitter();
        streams.register(a, page, Locale.CHINA, () -> true);

        transactions.executeWithoutResult(tx -> {
            notifier.notify(List.of(a), orderAccepted("order:2"));
            tx.setRollbackOnly();
        });

        assertThat(jdbc.sql("SELECT COUNT(*) FROM notify_inbox WHERE account_id = :a").param("a", a)
                .query(Long.class).single()).isZero();
        assertThat(page.awaitNotices(1)).isFalse();
    }

    @Test
    void anOpenPageReceivesTheNoticeOnlyAfterCommitInItsOwnLanguage() throws Exception {
        long a = newAccount();
        RecordingEmitter english = new RecordingEmitter();
        RecordingEmitter chinese = new RecordingEmitter();
        streams.register(a, english, Locale.ENGLISH, () -> true);
        streams.register(a, chinese, Locale.forLanguageTag("zh-CN"), () -> true);

        transactions.executeWithoutResult(tx -> {
            notifier.notify(List.of(a), orderAccepted("order:3"));
            assertThat(english.notices()).as("nothing before commit").isEmpty();
        });

        assertThat(english.awaitNotices(1)).isTrue();
        assertThat(chinese.awaitNotices(1)).isTrue();
        long id = jdbc.sql("SELECT id FROM notify_inbox WHERE account_id = :a").param("a", a).query(Long.class).single();
        assertThat(english.notices().get(0)).contains("event:notice\n", "id:" + id + "\n",
                "\"topic\":\"order:3\"", "\"link\":\"/orders/42\"", "\"text\":\"42 in total\"", "\"unread\":1");
        assertThat(chinese.notices().get(0)).contains("\"text\":\"共 42 条\"");
    }

    @Test
    void withoutATransactionThePushHappensAtOnce() throws Exception {
        long a = newAccount();
        long other = newAccount();
        RecordingEmitter page = new RecordingEmitter();
        RecordingEmitter otherPage = new RecordingEmitter();
        streams.register(a, page, Locale.CHINA, () -> true);
        streams.register(other, otherPage, Locale.CHINA, () -> true);

        notifier.notify(List.of(a), orderAccepted("order:4"));

        assertThat(page.awaitNotices(1)).isTrue();
        assertThat(otherPage.notices()).isEmpty();
    }

    @Test
    void refusesALinkThatLeadsAwayFromTheSite() {
        for (String link : List.of("https://evil.example", "//evil.example", "javascript:alert(1)", "/x\r\nA: b")) {
            assertThatThrownBy(() -> notifier.notify(List.of(newAccount()), new Notice("t", "k", List.of(), link)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
