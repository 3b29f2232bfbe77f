package org.yiyang.elder.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.ElderDetails;
import org.yiyang.elder.ElderPage;
import org.yiyang.elder.ElderQuery;
import org.yiyang.elder.ElderStatus;
import org.yiyang.elder.ElderSummary;
import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.IdNumber;
import org.yiyang.shared.PhoneNumber;
import org.yiyang.shared.Sex;

/** Reads the registry: filtered, scoped and paginated in SQL; names of divisions and categories in one query each. */
@Component
class ElderReader {

    private static final String COLUMNS = "p.id, p.name, p.id_number_masked, p.sex, p.birth_date, p.division_code, "
            + "p.living_situation, p.status, p.capability_level";

    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;
    private final DivisionDirectory divisions;

    ElderReader(JdbcClient jdbc, PersonalDataProtection protection, DivisionDirectory divisions) {
        this.jdbc = jdbc;
        this.protection = protection;
        this.divisions = divisions;
    }

    ElderPage search(DivisionScope scope, ElderQuery q, LocalDate today, int page, int size) {
        StringBuilder where = new StringBuilder(scope.where("p.division_code"));
        Map<String, Object> params = new LinkedHashMap<>();
        filter(where, params, q, today);
        long total = scope.bind(jdbc.sql("SELECT COUNT(*) FROM elder_person p WHERE " + where)).params(params)
                .query(Long.class).single();
        List<Row> rows = scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM elder_person p WHERE " + where
                        + " ORDER BY p.division_code, p.name, p.id LIMIT :limit OFFSET :offset"))
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(ElderReader::row).list();
        return new ElderPage(summaries(rows, today), page, size, total);
    }

    Optional<ElderDetails> find(DivisionScope scope, long id, LocalDate today) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + ", p.phone_masked, p.address_enc, p.household_division_code, "
                        + "p.empty_nest, p.left_behind, p.disability_grade, p.chronic_conditions, p.status_date, "
                        + "p.status_reason FROM elder_person p WHERE p.id = :id AND " + scope.where("p.division_code")))
                .param("id", id)
                .query((rs, n) -> {
                    Row row = row(rs, n);
                    String household = rs.getString("household_division_code");
                    ElderSummary summary = summaries(List.of(row), today).get(0);
                    return new ElderDetails(summary, rs.getString("phone_masked"), rs.getString("address_enc") != null,
                            household, divisions.names(List.of(household)).getOrDefault(household, household),
                            rs.getBoolean("empty_nest"), rs.getBoolean("left_behind"),
                            (Integer) rs.getObject("disability_grade", Integer.class), rs.getString("chronic_conditions"),
                            rs.getObject("status_date", LocalDate.class), rs.getString("status_reason"), changes(id));
                })
                .optional();
    }

    Optional<String> sealedIdNumber(DivisionScope scope, long id) {
        return scope.bind(jdbc.sql("SELECT id_number_enc FROM elder_person p WHERE p.id = :id AND "
                        + scope.where("p.division_code")))
                .param("id", id).query(String.class).optional();
    }

    /** Name prefix, or an exact ID number / phone through its blind index; also the filters of the export. */
    void filter(StringBuilder where, Map<String, Object> params, ElderQuery q, LocalDate today) {
        String text = q.text() == null ? "" : q.text().strip();
        if (!text.isEmpty()) {
            var id = IdNumber.tryParse(text);
            var phone = id.isPresent() ? Optional.<PhoneNumber>empty() : PhoneNumber.tryParse(text);
            if (id.isPresent()) {
                add(where, params, "p.id_number_index = :idIndex", "idIndex",
                        protection.blindIndex(ElderWriter.ID_INDEX, id.get().value()));
            } else if (phone.isPresent()) {
                add(where, params, "p.phone_index = :phoneIndex", "phoneIndex",
                        protection.blindIndex(ElderWriter.PHONE_INDEX, phone.get().value()));
            } else {
                add(where, params, "p.name LIKE :name", "name", text.replace("%", "").replace("_", "") + "%");
            }
        }
        if (q.status() != null) add(where, params, "p.status = :status", "status", q.status().name());
        if (q.livingSituation() != null) add(where, params, "p.living_situation = :living", "living", q.livingSituation().name());
        if (q.capabilityLevel() != null) add(where, params, "p.capability_level = :level", "level", q.capabilityLevel().name());
        if (q.category() != null) {
            add(where, params, "EXISTS (SELECT 1 FROM elder_category c WHERE c.elder_id = p.id AND c.category = :category)",
                    "category", q.category().name());
        }
        if (q.ageBand() != null) {
            add(where, params, "p.birth_date <= :bornOnOrBefore", "bornOnOrBefore", q.ageBand().bornOnOrBefore(today));
            add(where, params, "p.birth_date > :bornAfter", "bornAfter", q.ageBand().bornAfter(today));
        }
    }

    private static void add(StringBuilder where, Map<String, Object> params, String sql, String name, Object value) {
        where.append(" AND ").append(sql);
        params.put(name, value);
    }

    private List<ElderSummary> summaries(List<Row> rows, LocalDate today) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = divisions.names(rows.stream().map(Row::divisionCode).distinct().toList());
        Map<Long, Set<SpecialCategory>> categories = new HashMap<>();
        jdbc.sql("SELECT elder_id, category FROM elder_category WHERE elder_id IN (:ids)")
                .param("ids", rows.stream().map(Row::id).toList())
                .query(rs -> {
                    categories.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(SpecialCategory.class))
                            .add(SpecialCategory.valueOf(rs.getString(2)));
                });
        return rows.stream().map(r -> new ElderSummary(r.id(), r.name(), r.idMasked(), r.sex(), r.birthDate(),
                Period.between(r.birthDate(), today).getYears(), r.divisionCode(),
                names.getOrDefault(r.divisionCode(), ""), r.living(), r.status(), r.level(),
                categories.getOrDefault(r.id(), Set.of()))).toList();
    }

    private List<ElderDetails.Change> changes(long id) {
        return jdbc.sql("SELECT changed_at, changed_by, field, old_value, new_value FROM elder_change "
                        + "WHERE elder_id = :id ORDER BY changed_at DESC, id DESC LIMIT 100")
                .param("id", id)
                .query((rs, n) -> new ElderDetails.Change(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private record Row(long id, String name, String idMasked, Sex sex, LocalDate birthDate, String divisionCode,
                       LivingSituation living, ElderStatus status, CapabilityLevel level) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String level = rs.getString("capability_level");
        return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("id_number_masked"),
                Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class),
                rs.getString("division_code"), LivingSituation.valueOf(rs.getString("living_situation")),
                ElderStatus.valueOf(rs.getString("status")), level == null ? null : CapabilityLevel.valueOf(level));
    }
}
