package org.yiyang.notify.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The recorded text messages, newest first, with the phone only masked. */
@Component
public class SmsLog {

    private final JdbcClient jdbc;

    SmsLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Sms(long id, String phoneMasked, String text, Instant createdAt, String status) {
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM notify_sms").query(Long.class).single();
    }

    public List<Sms> page(int page, int size) {
        return jdbc.sql("""
                SELECT id, phone_masked, text, created_at, status FROM notify_sms
                ORDER BY id DESC LIMIT :limit OFFSET :offset""")
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new Sms(rs.getLong("id"), rs.getString("phone_masked"), rs.getString("text"),
                        InboxStore.instant(rs, "created_at"), rs.getString("status")))
                .list();
    }
}
