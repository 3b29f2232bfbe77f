package org.yiyang.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yiyang.notify.Inbox;
import org.yiyang.notify.Notice;

/** The {@code notify_inbox} table: one row per recipient, always read and changed by its own account. */
@Repository
public class InboxStore implements Inbox {

    private static final String COLUMNS = "id, account_id, topic, message_key, args, link, created_at, read_at";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    InboxStore(JdbcClient jdbc, NamedParameterJdbcTemplate named, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.clock = clock;
    }

    /** One JDBC batch for all recipients; returns each account's new row id. */
    Map<Long, Long> insert(Collection<Long> accountIds, Notice notice) {
        String args = NoticeArgs.encode(notice.args());
        OffsetDateTime now = now();
        SqlParameterSource[] rows = accountIds.stream().map(account -> new MapSqlParameterSource()
                .addValue("account", account).addValue("topic", notice.topic()).addValue("key", notice.messageKey())
                .addValue("args", args).addValue("link", notice.link()).addValue("at", now))
                .toArray(SqlParameterSource[]::new);
        var keys = new GeneratedKeyHolder();
        named.batchUpdate("""
                INSERT INTO notify_inbox (account_id, topic, message_key, args, link, created_at)
                VALUES (:account, :topic, :key, :args, :link, :at)""", rows, keys, new String[] {"id"});
        Map<Long, Long> ids = new LinkedHashMap<>();
        var accounts = List.copyOf(accountIds);
        List<Map<String, Object>> generated = keys.getKeyList();
        for (int i = 0; i < accounts.size(); i++) {
            ids.put(accounts.get(i), ((Number) generated.get(i).values().iterator().next()).longValue());
        }
        return ids;
    }

    @Override
    public long unreadCount(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM notify_inbox WHERE account_id = :a AND read_at IS NULL")
                .param("a", accountId).query(Long.class).single();
    }

    /** Unread counts of several accounts in one query; accounts without unread notices are absent. */
    Map<Long, Long> unreadCounts(Collection<Long> accountIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (accountIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                SELECT account_id, COUNT(*) AS unread FROM notify_inbox
                WHERE account_id IN (:accounts) AND read_at IS NULL GROUP BY account_id""")
                .param("accounts", accountIds)
                .query((rs, n) -> counts.put(rs.getLong("account_id"), rs.getLong("unread"))).list();
        return counts;
    }

    public long count(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM notify_inbox WHERE account_id = :a").param("a", accountId)
                .query(Long.class).single();
    }

    /** The account's notices, newest first. */
    public List<InboxEntry> page(long accountId, int page, int size) {
        return jdbc.sql("SELECT %s FROM notify_inbox WHERE account_id = :a ORDER BY id DESC LIMIT :limit OFFSET :offset"
                        .formatted(COLUMNS))
                .param("a", accountId).param("limit", size).param("offset", (long) page * size)
                .query(InboxStore::entry).list();
    }

    /** The notice if it belongs to the account; another account's notice is as absent as a missing one. */
    public Optional<InboxEntry> find(long accountId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notify_inbox WHERE id = :id AND account_id = :a")
                .param("id", id).param("a", accountId).query(InboxStore::entry).optional();
    }

    /** Marks the account's notice read (once: the first time it was opened is kept). */
    public void markRead(long accountId, long id) {
        jdbc.sql("UPDATE notify_inbox SET read_at = :at WHERE id = :id AND account_id = :a AND read_at IS NULL")
                .param("at", now()).param("id", id).param("a", accountId).update();
    }

    /** Marks every unread notice of the account read; returns how many. */
    public int markAllRead(long accountId) {
        return jdbc.sql("UPDATE notify_inbox SET read_at = :at WHERE account_id = :a AND read_at IS NULL")
                .param("at", now()).param("a", accountId).update();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static InboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new InboxEntry(rs.getLong("id"), rs.getLong("account_id"), rs.getString("topic"),
                rs.getString("message_key"), NoticeArgs.decode(rs.getString("args")), rs.getString("link"),
                instant(rs, "created_at"), instant(rs, "read_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
