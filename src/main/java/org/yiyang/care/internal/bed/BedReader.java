package org.yiyang.care.internal.bed;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiyang.care.CareBedStatus;
import org.yiyang.care.internal.bed.BedView.Change;
import org.yiyang.care.internal.bed.BedView.Inspection;
import org.yiyang.care.internal.bed.BedView.PlanLine;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/** Reads one bed and what belongs to it. Lists and reports are in {@link BedLists} and {@link PlanReports}. */
@Repository
class BedReader {

    private final JdbcClient jdbc;

    BedReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Bed> find(long bedId) {
        return jdbc.sql("SELECT * FROM care_bed WHERE id = :id").param("id", bedId).query(BedReader::bed).optional();
    }

    Optional<Bed> openBedOf(long elderId) {
        return jdbc.sql("SELECT * FROM care_bed WHERE open_elder_id = :elder").param("elder", elderId)
                .query(BedReader::bed).optional();
    }

    boolean agreementTaken(long providerId, String agreementNo, long exceptBedId) {
        return jdbc.sql("SELECT COUNT(*) FROM care_bed WHERE provider_id = :provider AND agreement_no = :no AND id <> :bed")
                .param("provider", providerId).param("no", agreementNo.strip()).param("bed", exceptBedId)
                .query(Long.class).single() > 0;
    }

    /** The plan's items with the visits completed in {@code month}. */
    List<PlanLine> plan(long bedId, YearMonth month) {
        return jdbc.sql("""
                SELECT p.item, p.visits_per_month,
                       (SELECT COUNT(*) FROM care_bed_visit v
                         WHERE v.bed_id = p.bed_id AND v.item = p.item AND v.visit_month = :month) AS done
                FROM care_bed_plan_item p WHERE p.bed_id = :bed ORDER BY p.item""")
                .param("bed", bedId).param("month", month.atDay(1))
                .query((rs, n) -> new PlanLine(ServiceItem.valueOf(rs.getString("item")), rs.getInt("visits_per_month"),
                        rs.getInt("done"))).list();
    }

    /** Completed visits in {@code month} of items the plan does not name. */
    int otherVisits(long bedId, YearMonth month) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM care_bed_visit v WHERE v.bed_id = :bed AND v.visit_month = :month
                  AND NOT EXISTS (SELECT 1 FROM care_bed_plan_item p WHERE p.bed_id = v.bed_id AND p.item = v.item)""")
                .param("bed", bedId).param("month", month.atDay(1)).query(Integer.class).single();
    }

    List<Inspection> inspections(long bedId) {
        return jdbc.sql("SELECT * FROM care_bed_inspection WHERE bed_id = :bed ORDER BY id")
                .param("bed", bedId).query((rs, n) -> new Inspection(rs.getObject("inspected_on", LocalDate.class),
                        rs.getString("inspector_name"), rs.getBoolean("passed"), rs.getString("note"))).list();
    }

    List<Change> changes(long bedId) {
        return jdbc.sql("SELECT * FROM care_bed_change WHERE bed_id = :bed ORDER BY id")
                .param("bed", bedId).query((rs, n) -> new Change(rs.getTimestamp("at").toInstant(),
                        rs.getString("by_name"), status(rs.getString("from_status")),
                        CareBedStatus.valueOf(rs.getString("to_status")), rs.getString("note"))).list();
    }

    static Bed bed(ResultSet rs, int row) throws SQLException {
        return new Bed(rs.getLong("id"), rs.getLong("elder_id"), rs.getString("elder_name"),
                DivisionCode.of(rs.getString("division_code")), rs.getString("division_name"),
                rs.getLong("provider_id"), rs.getString("provider_name"), rs.getString("agreement_no"),
                date(rs, "agreement_start"), date(rs, "agreement_end"),
                AdaptationItem.read(rs.getString("adaptation_items")), date(rs, "adaptation_done_on"),
                Money.ofFen(rs.getLong("adaptation_cost_fen")), rs.getString("adaptation_note"),
                CareBedStatus.valueOf(rs.getString("status")), date(rs, "accepted_on"), date(rs, "service_start"),
                date(rs, "terminated_on"), rs.getString("termination_reason"),
                rs.getTimestamp("registered_at").toInstant());
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static CareBedStatus status(String name) {
        return name == null ? null : CareBedStatus.valueOf(name);
    }
}
