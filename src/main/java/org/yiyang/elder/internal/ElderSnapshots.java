package org.yiyang.elder.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.elder.ElderDraft;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.region.DivisionScope;

/**
 * The fields of a record as the change history compares and shows them. Personal data is compared by its
 * blind index and shown masked (the address only as "changed"), so the history holds nothing to protect.
 */
@Component
class ElderSnapshots {

    static final String ADDRESS_CHANGED = "•••";
    private static final char HIDDEN = '\u0000';

    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;

    ElderSnapshots(JdbcClient jdbc, PersonalDataProtection protection) {
        this.jdbc = jdbc;
        this.protection = protection;
    }

    Map<String, String> of(ElderRecord r) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", r.name());
        fields.put("idNumber", shown(r.idNumber().masked(), index(ElderWriter.ID_INDEX, r.idNumber().value())));
        fields.put("phone", r.phone() == null ? null
                : shown(r.phone().masked(), index(ElderWriter.PHONE_INDEX, r.phone().value())));
        fields.put("address", r.address() == null ? null : shown(ADDRESS_CHANGED, index("address", r.address())));
        fields.put("divisionCode", r.divisionCode());
        fields.put("householdDivisionCode", r.householdDivisionCode());
        fields.put("livingSituation", r.livingSituation().name());
        fields.put("emptyNest", Boolean.toString(r.emptyNest()));
        fields.put("leftBehind", Boolean.toString(r.leftBehind()));
        fields.put("categories", String.join(",", new TreeSet<>(r.categories().stream().map(Enum::name).toList())));
        fields.put("disabilityGrade", r.disabilityGrade() == null ? null : r.disabilityGrade().toString());
        fields.put("chronicConditions", r.chronicConditions());
        return fields;
    }

    Optional<Map<String, String>> stored(DivisionScope scope, long id) {
        return scope.bind(jdbc.sql("""
                        SELECT p.name, p.id_number_masked, p.id_number_index, p.phone_masked, p.phone_index,
                               p.address_enc, p.division_code, p.household_division_code, p.living_situation,
                               p.empty_nest, p.left_behind, p.disability_grade, p.chronic_conditions
                        FROM elder_person p WHERE p.id = :id AND %s""".formatted(scope.where("p.division_code"))))
                .param("id", id)
                .query((rs, n) -> {
                    String address = rs.getString("address_enc");
                    Integer grade = rs.getObject("disability_grade", Integer.class);
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("name", rs.getString("name"));
                    fields.put("idNumber", shown(rs.getString("id_number_masked"), rs.getString("id_number_index")));
                    fields.put("phone", rs.getString("phone_index") == null ? null
                            : shown(rs.getString("phone_masked"), rs.getString("phone_index")));
                    fields.put("address", address == null ? null
                            : shown(ADDRESS_CHANGED, index("address", protection.decrypt(address))));
                    fields.put("divisionCode", rs.getString("division_code"));
                    fields.put("householdDivisionCode", rs.getString("household_division_code"));
                    fields.put("livingSituation", rs.getString("living_situation"));
                    fields.put("emptyNest", Boolean.toString(rs.getBoolean("empty_nest")));
                    fields.put("leftBehind", Boolean.toString(rs.getBoolean("left_behind")));
                    fields.put("disabilityGrade", grade == null ? null : grade.toString());
                    fields.put("chronicConditions", rs.getString("chronic_conditions"));
                    return fields;
                })
                .optional()
                .map(fields -> {
                    fields.put("categories", String.join(",", jdbc.sql(
                                    "SELECT category FROM elder_category WHERE elder_id = :id ORDER BY category")
                            .param("id", id).query(String.class).list()));
                    return fields;
                });
    }

    /** field → {old, new} as shown to people, for every field that differs. */
    static Map<String, String[]> diff(Map<String, String> before, Map<String, String> after) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            String old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.put(field, new String[] {visible(old), visible(value)});
            }
        });
        return changes;
    }

    /**
     * An edit form leaves ID number, phone and address empty to keep them: they are never sent to the browser
     * in clear for editing. Fills such blanks from the stored (sealed) values.
     */
    ElderDraft keepUnchanged(long id, ElderDraft d) {
        var sealed = jdbc.sql("SELECT id_number_enc, phone_enc, address_enc FROM elder_person WHERE id = :id")
                .param("id", id).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        return new ElderDraft(d.name(), blank(d.idNumber()) ? decrypt(sealed[0]) : d.idNumber(),
                blank(d.phone()) && sealed[1] != null ? decrypt(sealed[1]) : d.phone(),
                blank(d.address()) && sealed[2] != null ? decrypt(sealed[2]) : d.address(),
                d.divisionCode(), d.householdDivisionCode(), d.livingSituation(), d.emptyNest(), d.leftBehind(),
                d.categories(), d.disabilityGrade(), d.chronicConditions());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    String decrypt(String sealed) {
        return protection.decrypt(sealed);
    }

    private String index(String kind, String value) {
        return protection.blindIndex(kind, value);
    }

    private static String shown(String display, String comparedBy) {
        return display + HIDDEN + comparedBy;
    }

    private static String visible(String value) {
        if (value == null) {
            return null;
        }
        int hidden = value.indexOf(HIDDEN);
        return hidden < 0 ? value : value.substring(0, hidden);
    }
}
