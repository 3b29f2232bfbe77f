package org.yiyang.benefit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiyang.benefit.AllowanceMonth;
import org.yiyang.benefit.AllowanceOrigin;
import org.yiyang.benefit.AllowanceRow;
import org.yiyang.benefit.AllowanceStatus;
import org.yiyang.benefit.Programme;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/** benefit_allowance as lists and counts in a viewer's division, and the rows a recovery changes. */
@Repository
class AllowanceStore {

    static final List<String> MONTHLY_PAYOUTS = List.of("BANK", "SUBSIDY_WALLET", "VOUCHER_WALLET");

    private final JdbcClient jdbc;

    AllowanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An allowance row as a recovery sees it, read under a row lock. */
    record Held(long id, long programmeId, long elderId, long amountFen, String divisionCode, AllowanceStatus status) {
    }

    Optional<YearMonth> lastGeneratedMonth(long programmeId) {
        return jdbc.sql("SELECT MAX(pay_month) FROM benefit_allowance WHERE programme_id = :programme")
                .param("programme", programmeId).query((rs, n) -> rs.getObject(1, LocalDate.class)).optional()
                .map(YearMonth::from);
    }

    Optional<LocalDate> earliestEnrolmentStart(long programmeId) {
        return jdbc.sql("""
                        SELECT MIN(start_date) FROM benefit_enrolment
                        WHERE programme_id = :programme AND status IN ('ACTIVE', 'ENDED')""")
                .param("programme", programmeId).query((rs, n) -> rs.getObject(1, LocalDate.class)).optional();
    }

    boolean generated(long programmeId, YearMonth month) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM (SELECT 1 AS found FROM benefit_allowance
                            WHERE programme_id = :programme AND pay_month = :month FETCH FIRST 1 ROWS ONLY) x""")
                .param("programme", programmeId).param("month", month.atDay(1)).query(Long.class).single() > 0;
    }

    /** Active programmes that pay by the month, for the monthly job. */
    List<Programme> activeMonthly() {
        return jdbc.sql("SELECT " + ProgrammeStore.PROGRAMME_COLUMNS
                        + " FROM benefit_programme p WHERE p.status = 'ACTIVE' AND p.payout IN (:payouts) ORDER BY p.id")
                .param("payouts", MONTHLY_PAYOUTS).query(ProgrammeStore::programme).list();
    }

    /** Monthly programmes of the scope's divisions or of a division above it, active first. */
    List<Programme> monthlyVisibleIn(DivisionScope scope, int offset, int limit) {
        return scope.bind(jdbc.sql("SELECT " + ProgrammeStore.PROGRAMME_COLUMNS + " FROM benefit_programme p WHERE "
                        + visible(scope) + " ORDER BY p.status, p.id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"))
                .param("ancestors", DivisionAncestors.of(scope.root())).param("payouts", MONTHLY_PAYOUTS)
                .param("offset", offset).param("limit", limit)
                .query(ProgrammeStore::programme).list();
    }

    long countMonthlyVisibleIn(DivisionScope scope) {
        return scope.bind(jdbc.sql("SELECT COUNT(*) FROM benefit_programme p WHERE " + visible(scope)))
                .param("ancestors", DivisionAncestors.of(scope.root())).param("payouts", MONTHLY_PAYOUTS)
                .query(Long.class).single();
    }

    /** Whether the programme, monthly or not, belongs to the scope's divisions or to a division above it. */
    boolean visibleIn(DivisionScope scope, long programmeId) {
        return scope.bind(jdbc.sql("SELECT COUNT(*) FROM benefit_programme p WHERE p.id = :id AND ("
                        + scope.where("p.division_code") + " OR p.division_code IN (:ancestors))"))
                .param("id", programmeId).param("ancestors", DivisionAncestors.of(scope.root())).param("payouts", MONTHLY_PAYOUTS)
                .query(Long.class).single() > 0;
    }

    /** The months since {@code since} of the given programmes, newest first, counting only rows in the scope. */
    List<AllowanceMonth> months(List<Long> programmeIds, DivisionScope scope, YearMonth since) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        Map<String, MonthTally> tallies = new LinkedHashMap<>();
        scope.bind(jdbc.sql("SELECT a.programme_id, a.pay_month, a.status, COUNT(*) AS n, SUM(a.amount_fen) AS fen"
                        + " FROM benefit_allowance a WHERE a.programme_id IN (:programmes) AND a.pay_month >= :since AND "
                        + scope.where("a.division_code")
                        + " GROUP BY a.programme_id, a.pay_month, a.status ORDER BY a.programme_id, a.pay_month DESC"))
                .param("programmes", programmeIds).param("since", since.atDay(1))
                .query((ResultSet rs) -> {
                    long programme = rs.getLong("programme_id");
                    YearMonth month = YearMonth.from(rs.getObject("pay_month", LocalDate.class));
                    tallies.computeIfAbsent(programme + ":" + month, k -> new MonthTally(programme, month))
                            .add(AllowanceStatus.valueOf(rs.getString("status")), rs.getLong("n"), rs.getLong("fen"));
                });
        return tallies.values().stream().map(MonthTally::month).toList();
    }

    List<AllowanceRow> rows(long programmeId, YearMonth month, DivisionScope scope, AllowanceStatus status,
                            int offset, int limit) {
        return scope.bind(jdbc.sql("""
                        SELECT a.id, a.programme_id, a.elder_id, f.name, a.pay_month, a.amount_fen, a.division_code,
                            a.origin, a.status
                        FROM benefit_allowance a JOIN elder_benefit_fact f ON f.elder_id = a.elder_id
                        WHERE\s""" + rowFilter(scope, status)
                        + " ORDER BY a.division_code, a.elder_id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"))
                .param("programme", programmeId).param("month", month.atDay(1))
                .param("status", status == null ? "-" : status.name())
                .param("offset", offset).param("limit", limit)
                .query(AllowanceStore::row).list();
    }

    long count(long programmeId, YearMonth month, DivisionScope scope, AllowanceStatus status) {
        return scope.bind(jdbc.sql("SELECT COUNT(*) FROM benefit_allowance a WHERE " + rowFilter(scope, status)))
                .param("programme", programmeId).param("month", month.atDay(1))
                .param("status", status == null ? "-" : status.name())
                .query(Long.class).single();
    }

    Optional<Held> find(long allowanceId) {
        return jdbc.sql("SELECT id, programme_id, elder_id, amount_fen, division_code, status FROM benefit_allowance WHERE id = :id")
                .param("id", allowanceId).query(AllowanceStore::held).optional();
    }

    /** The row, locked until the end of the transaction. */
    Optional<Held> lock(long allowanceId) {
        return jdbc.sql("""
                        SELECT id, programme_id, elder_id, amount_fen, division_code, status FROM benefit_allowance
                        WHERE id = :id FOR UPDATE""")
                .param("id", allowanceId).query(AllowanceStore::held).optional();
    }

    /** The elder's allowances from {@code firstMonth} on in the given statuses, locked, in order of id. */
    List<Held> lockFrom(long elderId, LocalDate firstMonth, Set<AllowanceStatus> statuses) {
        return jdbc.sql("""
                        SELECT id, programme_id, elder_id, amount_fen, division_code, status FROM benefit_allowance
                        WHERE elder_id = :elder AND pay_month >= :from AND status IN (:statuses) ORDER BY id FOR UPDATE""")
                .param("elder", elderId).param("from", firstMonth)
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query(AllowanceStore::held).list();
    }

    /** Moves rows still in {@code from} to {@code to}; returns how many moved. */
    int move(List<Long> ids, Set<AllowanceStatus> from, AllowanceStatus to) {
        return jdbc.sql("UPDATE benefit_allowance SET status = :to WHERE id IN (:ids) AND status IN (:from)")
                .param("to", to.name()).param("ids", ids).param("from", from.stream().map(Enum::name).toList())
                .update();
    }

    private static String visible(DivisionScope scope) {
        return "p.payout IN (:payouts) AND (" + scope.where("p.division_code") + " OR p.division_code IN (:ancestors))";
    }

    private static String rowFilter(DivisionScope scope, AllowanceStatus status) {
        return "a.programme_id = :programme AND a.pay_month = :month AND " + scope.where("a.division_code")
                + (status == null ? "" : " AND a.status = :status");
    }

    private static AllowanceRow row(ResultSet rs, int n) throws SQLException {
        return new AllowanceRow(rs.getLong("id"), rs.getLong("programme_id"), rs.getLong("elder_id"), rs.getString("name"),
                YearMonth.from(rs.getObject("pay_month", LocalDate.class)), Money.ofFen(rs.getLong("amount_fen")),
                rs.getString("division_code"), AllowanceOrigin.valueOf(rs.getString("origin")),
                AllowanceStatus.valueOf(rs.getString("status")));
    }

    private static Held held(ResultSet rs, int n) throws SQLException {
        return new Held(rs.getLong("id"), rs.getLong("programme_id"), rs.getLong("elder_id"), rs.getLong("amount_fen"),
                rs.getString("division_code"), AllowanceStatus.valueOf(rs.getString("status")));
    }

    /** Counts of one month as its status groups arrive. */
    private static final class MonthTally {
        private final long programmeId;
        private final YearMonth month;
        private final Map<AllowanceStatus, Long> byStatus = new EnumMap<>(AllowanceStatus.class);
        private long rows;
        private long fen;

        MonthTally(long programmeId, YearMonth month) {
            this.programmeId = programmeId;
            this.month = month;
        }

        void add(AllowanceStatus status, long count, long amount) {
            byStatus.put(status, count);
            rows += count;
            fen += amount;
        }

        AllowanceMonth month() {
            return new AllowanceMonth(programmeId, month, rows, Money.ofFen(fen), byStatus);
        }
    }
}
