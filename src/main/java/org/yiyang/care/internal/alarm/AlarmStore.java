package org.yiyang.care.internal.alarm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yiyang.care.internal.ListPage;
import org.yiyang.care.AlarmKind;
import org.yiyang.care.AlarmPriority;
import org.yiyang.care.AlarmSignal;
import org.yiyang.care.AlarmStatus;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionScope;

/**
 * The alarm rows. State changes are conditional updates, so that two operators racing on one alarm (or a node
 * racing another) change it once: the caller learns from the row count whether its change won.
 */
@Repository
class AlarmStore {

    private static final String COLUMNS = "id, kind, priority, status, elder_id, division_code, device_id, latitude, "
            + "longitude, detail, signalled_at, raised_at, raised_by, acknowledged_at, acknowledged_name, dispatched_at, "
            + "closed_at, outcome, escalation_level, escalated_at";
    private static final String QUEUED = "('OPEN', 'ACKNOWLEDGED', 'DISPATCHED')";

    private final JdbcClient jdbc;

    AlarmStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the alarm unless one exists for the signal's source and source id; its id when this call created it. */
    Optional<Long> insertIfAbsent(AlarmSignal signal, AlarmPriority priority, String division, Instant now,
                                  String raisedBy) {
        var keys = new GeneratedKeyHolder();
        int rows = jdbc.sql("""
                INSERT INTO care_alarm (source, source_id, kind, priority, priority_rank, elder_id, division_code,
                    device_id, latitude, longitude, detail, signalled_at, raised_at, raised_by, status)
                VALUES (:source, :sourceId, :kind, :priority, :rank, :elder, :division, :device, :lat, :lon, :detail,
                    :signalled, :now, :by, 'OPEN')
                ON CONFLICT DO NOTHING""")
                .param("source", signal.source()).param("sourceId", signal.sourceId())
                .param("kind", signal.kind().name()).param("priority", priority.name())
                .param("rank", priority.ordinal()).param("elder", signal.elderId()).param("division", division)
                .param("device", signal.deviceId()).param("lat", signal.latitude()).param("lon", signal.longitude())
                .param("detail", signal.detail()).param("signalled", time(signal.at() == null ? now : signal.at()))
                .param("now", time(now)).param("by", raisedBy)
                .update(keys, "id");
        return rows == 1 ? Optional.of(keys.getKey().longValue()) : Optional.empty();
    }

    Optional<Long> idForSignal(String source, String sourceId) {
        return jdbc.sql("SELECT id FROM care_alarm WHERE source = :source AND source_id = :sourceId")
                .param("source", source).param("sourceId", sourceId).query(Long.class).optional();
    }

    Optional<AlarmView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM care_alarm WHERE id = :id").param("id", id)
                .query(AlarmStore::view).optional();
    }

    /** The desk's open work within the scope: most urgent first, then the longest waiting. */
    ListPage<AlarmView> queue(DivisionScope scope, int page, int size) {
        String where = " FROM care_alarm a WHERE " + scope.where("a.division_code") + " AND a.status IN " + QUEUED;
        long total = scope.bind(jdbc.sql("SELECT COUNT(*)" + where)).query(Long.class).single();
        List<AlarmView> items = scope.bind(jdbc.sql("SELECT " + COLUMNS + where
                        + " ORDER BY a.priority_rank, a.raised_at, a.id LIMIT :limit OFFSET :offset"))
                .param("limit", size).param("offset", (long) page * size)
                .query(AlarmStore::view).list();
        return new ListPage<>(items, page, size, total);
    }

    /** One page of the elder's alarms, newest first. */
    ListPage<AlarmView> pageFor(long elderId, int page, int size) {
        long total = jdbc.sql("SELECT COUNT(*) FROM care_alarm WHERE elder_id = :elder").param("elder", elderId)
                .query(Long.class).single();
        List<AlarmView> items = jdbc.sql("SELECT " + COLUMNS + " FROM care_alarm WHERE elder_id = :elder "
                        + "ORDER BY raised_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("elder", elderId).param("limit", size).param("offset", (long) page * size)
                .query(AlarmStore::view).list();
        return new ListPage<>(items, page, size, total);
    }

    List<AlarmView> recentFor(long elderId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM care_alarm WHERE elder_id = :elder "
                        + "ORDER BY raised_at DESC, id DESC LIMIT :limit")
                .param("elder", elderId).param("limit", limit).query(AlarmStore::view).list();
    }

    boolean acknowledge(long id, Viewer by, Instant now) {
        return jdbc.sql("""
                UPDATE care_alarm SET status = 'ACKNOWLEDGED', acknowledged_at = :now, acknowledged_by = :by,
                    acknowledged_name = :name WHERE id = :id AND status = 'OPEN'""")
                .param("now", time(now)).param("by", by.accountId()).param("name", by.displayName()).param("id", id)
                .update() == 1;
    }

    boolean dispatch(long id, Instant now) {
        return jdbc.sql("""
                UPDATE care_alarm SET status = 'DISPATCHED', dispatched_at = COALESCE(dispatched_at, :now)
                WHERE id = :id AND status IN ('ACKNOWLEDGED', 'DISPATCHED')""")
                .param("now", time(now)).param("id", id).update() == 1;
    }

    boolean close(long id, Viewer by, Instant now, String outcome) {
        return jdbc.sql("""
                UPDATE care_alarm SET status = 'CLOSED', closed_at = :now, closed_by = :by, outcome = :outcome
                WHERE id = :id AND status <> 'CLOSED'""")
                .param("now", time(now)).param("by", by.accountId()).param("outcome", outcome).param("id", id)
                .update() == 1;
    }

    /**
     * Raises the escalation level of every open alarm whose last raise or escalation is older than {@code cutoff},
     * below {@code maxLevel}, in one statement; marks them with {@code run} so that this run alone records them.
     */
    int escalateDue(String run, Instant cutoff, Instant now, int maxLevel) {
        return jdbc.sql("""
                UPDATE care_alarm SET escalation_level = escalation_level + 1, escalated_at = :now, escalation_run = :run
                WHERE status = 'OPEN' AND escalation_level < :max AND COALESCE(escalated_at, raised_at) <= :cutoff""")
                .param("now", time(now)).param("run", run).param("max", maxLevel).param("cutoff", time(cutoff))
                .update();
    }

    List<AlarmView> escalatedIn(String run) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM care_alarm WHERE escalation_run = :run ORDER BY id")
                .param("run", run).query(AlarmStore::view).list();
    }

    /** Appends a step; false when the step was already written (an escalation level or the raise notice). */
    boolean append(long alarmId, AlarmStep s) {
        return jdbc.sql("""
                INSERT INTO care_alarm_step (alarm_id, kind, at, actor_account, actor_name, party, result, contact_id,
                    level, target, note)
                VALUES (:alarm, :kind, :at, :account, :name, :party, :result, :contact, :level, :target, :note)
                ON CONFLICT DO NOTHING""")
                .param("alarm", alarmId).param("kind", s.kind().name()).param("at", time(s.at()))
                .param("account", s.actorAccount()).param("name", s.actorName()).param("party", s.party())
                .param("result", s.result()).param("contact", s.contactId()).param("level", s.level())
                .param("target", s.target()).param("note", s.note())
                .update() == 1;
    }

    List<AlarmStep> steps(long alarmId) {
        return jdbc.sql("""
                SELECT id, kind, at, actor_account, actor_name, party, result, contact_id, level, target, note
                FROM care_alarm_step WHERE alarm_id = :alarm ORDER BY at, id""")
                .param("alarm", alarmId).query((rs, n) -> new AlarmStep(rs.getLong("id"),
                        AlarmStepKind.valueOf(rs.getString("kind")), instant(rs, "at"),
                        rs.getObject("actor_account", Long.class), rs.getString("actor_name"),
                        rs.getString("party"), rs.getString("result"), rs.getObject("contact_id", Long.class),
                        rs.getObject("level", Integer.class), rs.getString("target"), rs.getString("note")))
                .list();
    }

    private static AlarmView view(ResultSet rs, int row) throws SQLException {
        return new AlarmView(rs.getLong("id"), AlarmKind.valueOf(rs.getString("kind")),
                AlarmPriority.valueOf(rs.getString("priority")), AlarmStatus.valueOf(rs.getString("status")),
                rs.getLong("elder_id"), rs.getString("division_code"), rs.getObject("device_id", Long.class),
                rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class), rs.getString("detail"),
                instant(rs, "signalled_at"), instant(rs, "raised_at"), rs.getString("raised_by"),
                instant(rs, "acknowledged_at"), rs.getString("acknowledged_name"), instant(rs, "dispatched_at"),
                instant(rs, "closed_at"), rs.getString("outcome"), rs.getInt("escalation_level"),
                instant(rs, "escalated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp time(Instant instant) {
        return Timestamp.from(instant);
    }
}
