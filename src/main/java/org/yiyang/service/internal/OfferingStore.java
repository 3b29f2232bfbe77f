package org.yiyang.service.internal;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
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
import org.yiyang.service.OfferingDraft;
import org.yiyang.service.OfferingSlot;
import org.yiyang.service.PriceUnit;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/** service_offering with its areas and slots, and the per-date slot load. */
@Repository
class OfferingStore {

    private final JdbcClient jdbc;

    private final NamedParameterJdbcTemplate named;

    OfferingStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** An offering row without the provider's name (which comes from the provider module). */
    record OfferingRow(long id, long providerId, String divisionCode, ServiceItem item, String name,
                       String description, Money price, PriceUnit unit, int durationMinutes, boolean active,
                       List<DivisionCode> areas, List<OfferingSlot> slots) {
    }

    Optional<OfferingRow> find(long id) {
        return load("o.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /**
     * The offering with only the weekly slot that {@code start} falls on (none when it falls on no slot): all that
     * placing an order needs, without reading the offering's whole week of slots.
     */
    Optional<OfferingRow> findForSlot(long id, LocalDateTime start) {
        if (start == null) {
            return load("o.id = :id", Map.of("id", id), "AND FALSE", Map.of()).stream().findFirst();
        }
        return load("o.id = :id", Map.of("id", id), "AND day_of_week = :day AND starts_at = :start",
                Map.of("day", start.getDayOfWeek().getValue(), "start", Time.valueOf(start.toLocalTime())))
                .stream().findFirst();
    }

    List<OfferingRow> ofProvider(long providerId) {
        return load("o.provider_id = :provider", Map.of("provider", providerId));
    }

    /** Active offerings whose area contains the division (area code is a prefix-range of the division). */
    List<OfferingRow> serving(DivisionCode division, ServiceItem item) {
        StringBuilder where = new StringBuilder("o.active AND EXISTS (SELECT 1 FROM service_offering_area a"
                + " WHERE a.offering_id = o.id AND a.division_code IN (:ancestors))");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ancestors", ancestorsAndSelf(division));
        if (item != null) {
            where.append(" AND o.item = :item");
            params.put("item", item.name());
        }
        return load(where.toString(), params);
    }

    /** The division and each of its ancestors as 12-digit codes: an area matches when it is one of them. */
    static List<String> ancestorsAndSelf(DivisionCode division) {
        List<String> codes = new ArrayList<>();
        String code = division.value();
        for (int length : new int[] {2, 4, 6, 9, 12}) {
            String prefix = code.substring(0, length);
            String padded = (prefix + "000000000000").substring(0, 12);
            if (!codes.contains(padded)) {
                codes.add(padded);
            }
        }
        return codes;
    }

    private List<OfferingRow> load(String where, Map<String, ?> params) {
        return load(where, params, "", Map.of());
    }

    private List<OfferingRow> load(String where, Map<String, ?> params, String slotFilter, Map<String, ?> slotParams) {
        List<OfferingRow> heads = jdbc.sql("""
                        SELECT o.id, o.provider_id, o.division_code, o.item, o.name, o.description, o.price_fen, o.unit,
                        o.duration_minutes, o.active FROM service_offering o WHERE %s ORDER BY o.active DESC, o.price_fen, o.id"""
                        .formatted(where))
                .params(params)
                .query((rs, n) -> new OfferingRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        ServiceItem.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        Money.ofFen(rs.getLong(7)), PriceUnit.valueOf(rs.getString(8)), rs.getInt(9),
                        rs.getBoolean(10), List.of(), List.of()))
                .list();
        if (heads.isEmpty()) {
            return heads;
        }
        List<Long> ids = heads.stream().map(OfferingRow::id).toList();
        Map<Long, List<DivisionCode>> areas = new LinkedHashMap<>();
        jdbc.sql("SELECT offering_id, division_code FROM service_offering_area WHERE offering_id IN (:ids) ORDER BY division_code")
                .param("ids", ids)
                .query(rs -> {
                    areas.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(DivisionCode.of(rs.getString(2)));
                });
        Map<Long, List<OfferingSlot>> slots = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT offering_id, day_of_week, starts_at, capacity FROM service_offering_slot
                        WHERE offering_id IN (:ids) %s ORDER BY day_of_week, starts_at""".formatted(slotFilter))
                .param("ids", ids).params(slotParams)
                .query(rs -> {
                    slots.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new OfferingSlot(
                            DayOfWeek.of(rs.getInt(2)), rs.getTime(3).toLocalTime(), rs.getInt(4)));
                });
        return heads.stream().map(h -> new OfferingRow(h.id(), h.providerId(), h.divisionCode(), h.item(), h.name(),
                h.description(), h.price(), h.unit(), h.durationMinutes(), h.active(),
                areas.getOrDefault(h.id(), List.of()), slots.getOrDefault(h.id(), List.of()))).toList();
    }

    long insert(long providerId, DivisionCode providerDivision, OfferingDraft draft, long by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO service_offering (provider_id, division_code, item, name, description, price_fen, unit,
                        duration_minutes, active, created_at, created_by, updated_at, updated_by)
                        VALUES (:provider, :division, :item, :name, :description, :price, :unit, :duration, TRUE, :at, :by, :at, :by)""")
                .param("provider", providerId).param("division", providerDivision.value())
                .param("item", draft.item().name()).param("name", draft.name()).param("description", draft.description())
                .param("price", draft.price().fen()).param("unit", draft.unit().name())
                .param("duration", draft.durationMinutes()).param("at", Timestamp.from(at)).param("by", by)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeAreasAndSlots(id, draft);
        return id;
    }

    void update(long id, OfferingDraft draft, long by, Instant at) {
        jdbc.sql("""
                        UPDATE service_offering SET item = :item, name = :name, description = :description, price_fen = :price,
                        unit = :unit, duration_minutes = :duration, updated_at = :at, updated_by = :by WHERE id = :id""")
                .param("item", draft.item().name()).param("name", draft.name()).param("description", draft.description())
                .param("price", draft.price().fen()).param("unit", draft.unit().name())
                .param("duration", draft.durationMinutes()).param("at", Timestamp.from(at)).param("by", by)
                .param("id", id).update();
        jdbc.sql("DELETE FROM service_offering_area WHERE offering_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM service_offering_slot WHERE offering_id = :id").param("id", id).update();
        writeAreasAndSlots(id, draft);
    }

    void setActive(long id, boolean active, long by, Instant at) {
        jdbc.sql("UPDATE service_offering SET active = :active, updated_at = :at, updated_by = :by WHERE id = :id")
                .param("active", active).param("at", Timestamp.from(at)).param("by", by).param("id", id).update();
    }

    /** One batch each for the areas and the slots (a week of quarter-hour slots is hundreds of rows). */
    private void writeAreasAndSlots(long id, OfferingDraft draft) {
        named.batchUpdate("INSERT INTO service_offering_area (offering_id, division_code) VALUES (:id, :code)",
                draft.areas().stream().map(area -> new MapSqlParameterSource("id", id).addValue("code", area.value()))
                        .toArray(SqlParameterSource[]::new));
        named.batchUpdate("""
                        INSERT INTO service_offering_slot (offering_id, day_of_week, starts_at, capacity)
                        VALUES (:id, :day, :start, :capacity)""",
                draft.slots().stream().map(slot -> new MapSqlParameterSource("id", id)
                                .addValue("day", slot.day().getValue()).addValue("start", Time.valueOf(slot.start()))
                                .addValue("capacity", slot.capacity()))
                        .toArray(SqlParameterSource[]::new));
    }

    /** Orders already taken by each of the offering's slot starts among {@code starts}. */
    Map<Instant, Integer> load(long offeringId, Collection<Instant> starts) {
        Map<Instant, Integer> booked = new LinkedHashMap<>();
        if (starts.isEmpty()) {
            return booked;
        }
        jdbc.sql("SELECT slot_start, booked FROM service_slot_load WHERE offering_id = :id AND slot_start IN (:starts)")
                .param("id", offeringId).param("starts", starts.stream().map(Timestamp::from).toList())
                .query(rs -> {
                    booked.put(rs.getTimestamp(1).toInstant(), rs.getInt(2));
                });
        return booked;
    }

    /**
     * Takes one place in the slot; false when it is full. Row-level: concurrent orders of other slots never wait.
     * The slot's row is created only when the guarded update found none (the first order of a slot date).
     */
    boolean take(long offeringId, Instant slotStart, int capacity) {
        if (increment(offeringId, slotStart, capacity)) {
            return true;
        }
        jdbc.sql("INSERT INTO service_slot_load (offering_id, slot_start, booked) VALUES (:id, :start, 0) ON CONFLICT DO NOTHING")
                .param("id", offeringId).param("start", Timestamp.from(slotStart)).update();
        return increment(offeringId, slotStart, capacity);
    }

    private boolean increment(long offeringId, Instant slotStart, int capacity) {
        return jdbc.sql("""
                        UPDATE service_slot_load SET booked = booked + 1
                        WHERE offering_id = :id AND slot_start = :start AND booked < :capacity""")
                .param("id", offeringId).param("start", Timestamp.from(slotStart)).param("capacity", capacity)
                .update() == 1;
    }

    void release(long offeringId, Instant slotStart) {
        jdbc.sql("UPDATE service_slot_load SET booked = booked - 1 WHERE offering_id = :id AND slot_start = :start AND booked > 0")
                .param("id", offeringId).param("start", Timestamp.from(slotStart)).update();
    }
}
