package org.yiyang.hotline.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.ChinaTime;

/**
 * The daily care-call lists (巡访关爱): generated in one INSERT … SELECT from the schedules of the day and the elder
 * module's published facts (view {@code elder_benefit_fact}: living situation, left-behind flag, status), one call
 * per elder and day however often it runs; and each operator's list of calls that are due.
 */
@Service
@Transactional
public class CareCallList {

    private static final Logger log = LoggerFactory.getLogger(CareCallList.class);

    private final CallStore store;
    private final Clock clock;

    CareCallList(CallStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public record CareCall(long id, long elderId, String elderName, String divisionCode, LocalDate callDate,
                           CareCallStatus status, int attempts, Instant nextAttemptAt, CareOutcome outcome,
                           String notes, Long callId) {

        public boolean dueAt(Instant now) {
            return (status == CareCallStatus.DUE || status == CareCallStatus.RETRY) && !nextAttemptAt.isAfter(now);
        }
    }


    /** Generates {@code date}'s calls of the schedules in the viewer's division; how many calls are new. */
    public int generate(Viewer viewer, LocalDate date) {
        return generate(viewer.scope(), date);
    }

    /** Generates {@code date}'s calls of every schedule (the morning job). */
    public int generateAll(LocalDate date) {
        return generate(DivisionScope.everything(), date);
    }

    private int generate(DivisionScope scope, LocalDate date) {
        Instant now = clock.instant();
        Instant dueFrom = date.atStartOfDay(ChinaTime.ZONE).toInstant();
        int created = scope.bind(store.sql("""
                INSERT INTO hotline_care_call (schedule_id, elder_id, elder_name, division_code, operator_account_id,
                    call_date, status, attempts, next_attempt_at, updated_at)
                SELECT m.schedule_id, m.elder_id, m.name, m.division_code, s.operator_account_id, :date, 'DUE', 0,
                    :dueFrom, :now
                FROM (SELECT f.elder_id, f.name, f.division_code, MIN(s.id) AS schedule_id
                      FROM hotline_care_schedule s
                      JOIN elder_benefit_fact f ON f.division_code LIKE s.division_prefix || '%%'
                      WHERE s.active AND s.weekday = :weekday AND %s AND f.status = 'ACTIVE'
                        AND ((s.target IN ('ALONE', 'BOTH') AND f.living_situation = 'ALONE')
                          OR (s.target IN ('LEFT_BEHIND', 'BOTH') AND f.left_behind = TRUE))
                        AND NOT EXISTS (SELECT 1 FROM hotline_care_call c
                                        WHERE c.elder_id = f.elder_id AND c.call_date = :date)
                      GROUP BY f.elder_id, f.name, f.division_code) m
                JOIN hotline_care_schedule s ON s.id = m.schedule_id""".formatted(scope.where("s.division_code"))))
                .param("date", date).param("weekday", date.getDayOfWeek().getValue())
                .param("dueFrom", CallStore.ts(dueFrom)).param("now", CallStore.ts(now))
                .update();
        log.info("Care calls of {}: {} new", date, created);
        return created;
    }

    /** The operator's calls still to make (due now first), from any day up to today. */
    @Transactional(readOnly = true)
    public ListPage<CareCall> open(Viewer operator, int page, int size) {
        String where = " FROM hotline_care_call c WHERE c.operator_account_id = :operator AND c.status IN ('DUE', 'RETRY')"
                + " AND c.call_date <= :today AND " + operator.scope().where("c.division_code");
        LocalDate today = ChinaTime.today(clock);
        List<CareCall> calls = operator.scope().bind(store.sql("SELECT c.*" + where
                        + " ORDER BY c.next_attempt_at, c.id LIMIT :limit OFFSET :offset"))
                .param("operator", operator.accountId()).param("today", today)
                .param("limit", size).param("offset", (long) page * size)
                .query(CareCallList::row).list();
        long total = operator.scope().bind(store.sql("SELECT COUNT(*)" + where))
                .param("operator", operator.accountId()).param("today", today).query(Long.class).single();
        return new ListPage<>(calls, total, page, size);
    }

    /** Today's calls the operator has finished (done or handed to the village). */
    @Transactional(readOnly = true)
    public List<CareCall> finishedToday(Viewer operator, int limit) {
        return operator.scope().bind(store.sql("SELECT c.* FROM hotline_care_call c WHERE c.operator_account_id = :operator"
                        + " AND c.status IN ('DONE', 'ESCALATED') AND c.call_date = :today AND "
                        + operator.scope().where("c.division_code") + " ORDER BY c.updated_at DESC LIMIT :limit"))
                .param("operator", operator.accountId()).param("today", ChinaTime.today(clock)).param("limit", limit)
                .query(CareCallList::row).list();
    }

    static CareCall row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String outcome = rs.getString("outcome");
        return new CareCall(rs.getLong("id"), rs.getLong("elder_id"), rs.getString("elder_name"),
                rs.getString("division_code"), rs.getObject("call_date", LocalDate.class),
                CareCallStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                CallStore.instant(rs, "next_attempt_at"), outcome == null ? null : CareOutcome.valueOf(outcome),
                rs.getString("notes"), (Long) rs.getObject("call_id", Long.class));
    }
}
