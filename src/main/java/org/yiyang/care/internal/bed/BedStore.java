package org.yiyang.care.internal.bed;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yiyang.care.CareBedStatus;
import org.yiyang.elder.ServiceRecipient;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderInfo;
import org.yiyang.shared.ServiceItem;

/** Writes the bed tables. Status moves are conditional on the status read, so two racing moves cannot both win. */
@Repository
class BedStore {

    private final JdbcClient jdbc;

    BedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(BedDraft draft, ServiceRecipient elder, ProviderInfo provider, Viewer by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO care_bed (elder_id, elder_name, open_elder_id, division_code, division_name, provider_id,
                    provider_name, agreement_no, agreement_start, agreement_end, adaptation_items, adaptation_done_on,
                    adaptation_cost_fen, adaptation_note, status, registered_by, registered_at, updated_by, updated_at)
                VALUES (:elder, :elderName, :elder, :division, :divisionName, :provider, :providerName, :agreementNo,
                    :agreementStart, :agreementEnd, :adaptation, :adaptationDoneOn, :cost, :note, 'REGISTERED', :by, :at,
                    :by, :at)""")
                .param("elder", elder.elderId()).param("elderName", elder.name())
                .param("division", elder.division().value()).param("divisionName", elder.divisionName())
                .param("provider", provider.id()).param("providerName", provider.name())
                .params(agreementAndAdaptation(draft)).param("by", by.accountId()).param("at", Timestamp.from(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Corrects the agreement and the adaptation of a bed not yet accepted. */
    void revise(long bedId, BedDraft draft, Viewer by, Instant at) {
        jdbc.sql("""
                UPDATE care_bed SET agreement_no = :agreementNo, agreement_start = :agreementStart,
                    agreement_end = :agreementEnd, adaptation_items = :adaptation, adaptation_done_on = :adaptationDoneOn,
                    adaptation_cost_fen = :cost, adaptation_note = :note, updated_by = :by, updated_at = :at
                WHERE id = :id""")
                .params(agreementAndAdaptation(draft)).param("by", by.accountId()).param("at", Timestamp.from(at))
                .param("id", bedId).update();
    }

    private static Map<String, Object> agreementAndAdaptation(BedDraft draft) {
        java.util.HashMap<String, Object> params = new java.util.HashMap<>();
        params.put("agreementNo", draft.agreementNo().strip());
        params.put("agreementStart", draft.agreementStart());
        params.put("agreementEnd", draft.agreementEnd());
        params.put("adaptation", AdaptationItem.store(draft.adaptation()));
        params.put("adaptationDoneOn", draft.adaptationDoneOn());
        params.put("cost", draft.adaptationCost().fen());
        params.put("note", blankToNull(draft.adaptationNote()));
        return params;
    }

    void replacePlan(long bedId, Map<ServiceItem, Integer> plan) {
        jdbc.sql("DELETE FROM care_bed_plan_item WHERE bed_id = :bed").param("bed", bedId).update();
        plan.forEach((item, visits) -> jdbc.sql(
                        "INSERT INTO care_bed_plan_item (bed_id, item, visits_per_month) VALUES (:bed, :item, :visits)")
                .param("bed", bedId).param("item", item.name()).param("visits", visits).update());
    }

    /**
     * Moves the bed from {@code from} to {@code to} and sets the dates the move records; false when the bed is no
     * longer in {@code from} (another move came first).
     */
    boolean move(long bedId, CareBedStatus from, CareBedStatus to, Map<String, Object> dates, Viewer by, Instant at) {
        StringBuilder set = new StringBuilder("status = :to, updated_by = :by, updated_at = :at");
        dates.keySet().forEach(column -> set.append(", ").append(column).append(" = :").append(column));
        if (to == CareBedStatus.TERMINATED) {
            set.append(", open_elder_id = NULL");
        }
        return jdbc.sql("UPDATE care_bed SET " + set + " WHERE id = :id AND status = :from")
                .params(dates).param("to", to.name()).param("by", by.accountId()).param("at", Timestamp.from(at))
                .param("id", bedId).param("from", from.name()).update() == 1;
    }

    void recordChange(long bedId, CareBedStatus from, CareBedStatus to, String note, Viewer by, Instant at) {
        jdbc.sql("""
                INSERT INTO care_bed_change (bed_id, at, by_account, by_name, from_status, to_status, note)
                VALUES (:bed, :at, :by, :byName, :from, :to, :note)""")
                .param("bed", bedId).param("at", Timestamp.from(at)).param("by", by.accountId())
                .param("byName", by.displayName()).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("note", blankToNull(note)).update();
    }

    void recordInspection(long bedId, LocalDate on, boolean passed, String note, Viewer by, Instant at) {
        jdbc.sql("""
                INSERT INTO care_bed_inspection (bed_id, inspected_on, inspector_account, inspector_name, passed, note,
                    recorded_at) VALUES (:bed, :on, :by, :byName, :passed, :note, :at)""")
                .param("bed", bedId).param("on", on).param("by", by.accountId()).param("byName", by.displayName())
                .param("passed", passed).param("note", blankToNull(note)).param("at", Timestamp.from(at)).update();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
