package org.yiyang.provider.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.provider.OpeningHours;
import org.yiyang.provider.OperatingModel;
import org.yiyang.provider.ProviderInfo;
import org.yiyang.provider.ProviderKind;
import org.yiyang.provider.ProviderStatus;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.GeoPoint;
import org.yiyang.shared.ServiceItem;

/** Reads providers: one by id, and the services and division names of a page of them in one query each. */
@Component
class ProviderRows {

    static final String COLUMNS = "p.id, p.name, p.kind, p.division_code, p.address, p.phone, p.latitude, "
            + "p.longitude, p.floor_area, p.beds_total, p.beds_nursing, p.childcare_places, p.operating_model, "
            + "p.filing_number, p.licence_number, p.open_days, p.opens, p.closes, p.rating_level, p.status, "
            + "p.status_reason";

    private final JdbcClient jdbc;
    private final DivisionDirectory divisions;

    ProviderRows(JdbcClient jdbc, DivisionDirectory divisions) {
        this.jdbc = jdbc;
        this.divisions = divisions;
    }

    Optional<ProviderDetails> details(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM provider_org p WHERE p.id = :id").param("id", id)
                .query((rs, n) -> details(rs)).optional()
                .map(d -> complete(List.of(d)).get(0))
                .map(d -> {
                    int[] figures = staffFigures(id);
                    return d.withStaff(figures[0], figures[1]);
                });
    }

    Optional<DivisionCode> divisionOf(long id) {
        return jdbc.sql("SELECT division_code FROM provider_org WHERE id = :id").param("id", id)
                .query(String.class).optional().map(DivisionCode::of);
    }

    /** Active and pre-job trained active staff of the provider. */
    int[] staffFigures(long providerId) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS active_staff,
                               COALESCE(SUM(CASE WHEN pre_job_trained THEN 1 ELSE 0 END), 0) AS trained_staff
                        FROM provider_staff WHERE provider_id = :id AND active = TRUE""")
                .param("id", providerId)
                .query((rs, n) -> new int[] {rs.getInt("active_staff"), rs.getInt("trained_staff")}).single();
    }

    /** Fills in services and division names of rows read with {@link #details(ResultSet)}. */
    List<ProviderDetails> complete(List<ProviderDetails> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Set<ServiceItem>> services = services(rows.stream().map(d -> d.info().id()).toList());
        Map<String, String> names = divisions.names(rows.stream().map(d -> d.info().division().value()).toList());
        List<ProviderDetails> complete = new ArrayList<>(rows.size());
        for (ProviderDetails d : rows) {
            ProviderInfo i = d.info();
            complete.add(new ProviderDetails(new ProviderInfo(i.id(), i.name(), i.kind(), i.division(),
                    names.getOrDefault(i.division().value(), i.division().value()), i.address(), i.location(),
                    i.hours(), i.status(), services.getOrDefault(i.id(), Set.of()), i.ratingLevel()),
                    d.phone(), d.floorArea(), d.bedsTotal(), d.bedsNursing(), d.childcarePlaces(), d.operatingModel(),
                    d.filingNumber(), d.licenceNumber(), d.statusReason(), d.activeStaff(), d.trainedStaff()));
        }
        return complete;
    }

    Map<Long, Set<ServiceItem>> services(Collection<Long> providerIds) {
        Map<Long, Set<ServiceItem>> services = new HashMap<>();
        if (providerIds.isEmpty()) {
            return services;
        }
        jdbc.sql("SELECT provider_id, service_item FROM provider_service WHERE provider_id IN (:ids)")
                .param("ids", providerIds)
                .query(rs -> {
                    services.computeIfAbsent(rs.getLong("provider_id"), k -> EnumSet.noneOf(ServiceItem.class))
                            .add(ServiceItem.valueOf(rs.getString("service_item")));
                });
        return services;
    }

    /** A row of {@link #COLUMNS}; services empty and the division's name not yet known. */
    static ProviderDetails details(ResultSet rs) throws SQLException {
        var hours = new OpeningHours(OpeningDays.parse(rs.getString("open_days")),
                rs.getObject("opens", LocalTime.class), rs.getObject("closes", LocalTime.class));
        var info = new ProviderInfo(rs.getLong("id"), rs.getString("name"), ProviderKind.valueOf(rs.getString("kind")),
                DivisionCode.of(rs.getString("division_code")), null, rs.getString("address"),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")), hours,
                ProviderStatus.valueOf(rs.getString("status")), Set.of(), integer(rs, "rating_level"));
        return new ProviderDetails(info, rs.getString("phone"), integer(rs, "floor_area"), rs.getInt("beds_total"),
                rs.getInt("beds_nursing"), rs.getInt("childcare_places"),
                OperatingModel.valueOf(rs.getString("operating_model")), rs.getString("filing_number"),
                rs.getString("licence_number"), rs.getString("status_reason"), 0, 0);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
