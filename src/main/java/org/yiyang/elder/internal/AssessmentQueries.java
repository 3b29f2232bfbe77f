package org.yiyang.elder.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.elder.AppliedLevelRule;
import org.yiyang.elder.Assessment;
import org.yiyang.elder.AssessmentReason;
import org.yiyang.elder.AssessmentStatus;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.ConditionChange;
import org.yiyang.elder.ElderStatus;
import org.yiyang.elder.HealthRecord;
import org.yiyang.elder.PressureInjury;
import org.yiyang.elder.RiskEventReport;
import org.yiyang.region.DivisionScope;

/** Reads assessments; access follows the elder's current division, checked in the SQL itself. */
@Component
class AssessmentQueries {

    private final JdbcClient jdbc;

    AssessmentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An elder as an assessment needs them: where they live, whether active, their current level. */
    record ElderRef(long id, String divisionCode, ElderStatus status, LocalDate birthDate) {
    }

    Optional<ElderRef> elder(DivisionScope scope, long elderId) {
        return scope.bind(jdbc.sql("SELECT p.id, p.division_code, p.status, p.birth_date FROM elder_person p "
                        + "WHERE p.id = :id AND " + scope.where("p.division_code")))
                .param("id", elderId)
                .query((rs, n) -> new ElderRef(rs.getLong(1), rs.getString(2), ElderStatus.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class)))
                .optional();
    }

    Optional<Assessment> find(DivisionScope scope, long id) {
        return scope.bind(jdbc.sql("SELECT a.* FROM elder_assessment a JOIN elder_person p ON p.id = a.elder_id "
                        + "WHERE a.id = :id AND " + scope.where("p.division_code")))
                .param("id", id)
                .query((rs, n) -> assessment(rs))
                .optional();
    }

    Optional<Long> draftOf(long elderId) {
        return jdbc.sql("SELECT MAX(id) FROM elder_assessment WHERE elder_id = :id AND status = 'DRAFT'")
                .param("id", elderId).query(Long.class).optional();
    }

    List<ConditionChange> conditionChanges(long elderId) {
        return jdbc.sql("""
                SELECT id, elder_id, note, reported_on, reported_by, resolved_by_assessment
                FROM elder_reassessment_request WHERE elder_id = :id ORDER BY reported_at DESC, id DESC LIMIT 50""")
                .param("id", elderId)
                .query((rs, n) -> new ConditionChange(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), (Long) rs.getObject(6, Long.class)))
                .list();
    }

    private Assessment assessment(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new Assessment(id, rs.getLong("elder_id"), rs.getString("division_code"),
                rs.getString("standard_code"), rs.getString("standard_version"),
                AssessmentStatus.valueOf(rs.getString("status")), AssessmentReason.valueOf(rs.getString("reason")),
                rs.getObject("assessed_on", LocalDate.class), rs.getString("place"), rs.getString("assessor_1"),
                rs.getString("assessor_2"), scores("elder_assessment_answer", "item_code", id), health(rs),
                riskEvents(id), scores("elder_assessment_subtotal", "dimension_code", id),
                (Integer) rs.getObject("total", Integer.class), level(rs.getString("base_level")),
                level(rs.getString("final_level")), rules(rs.getString("rules_applied")),
                rs.getObject("next_due", LocalDate.class), instant(rs, "completed_at"), rs.getString("completed_by"),
                instant(rs, "voided_at"), rs.getString("voided_by"), rs.getString("void_reason"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "updated_at"),
                rs.getString("updated_by"), rs.getInt("version"));
    }

    private static HealthRecord health(ResultSet rs) throws SQLException {
        return new HealthRecord(rs.getBoolean("coma"), PressureInjury.valueOf(rs.getString("pressure_injury")),
                rs.getBoolean("limited_joint_mobility"), rs.getBoolean("wounds"), rs.getBoolean("feeding_tube"),
                rs.getBoolean("urinary_catheter"), rs.getBoolean("stoma"), rs.getBoolean("pain"),
                rs.getBoolean("dentures"), rs.getBoolean("dysphagia"), rs.getBoolean("airway_clearance"),
                rs.getBigDecimal("bmi"), rs.getString("diagnoses"));
    }

    private Map<String, Integer> scores(String table, String codeColumn, long id) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        jdbc.sql("SELECT " + codeColumn + ", score FROM " + table + " WHERE assessment_id = :id ORDER BY " + codeColumn)
                .param("id", id)
                .query(rs -> {
                    scores.put(rs.getString(1), rs.getInt(2));
                });
        return scores;
    }

    private List<RiskEventReport> riskEvents(long id) {
        return jdbc.sql("SELECT kind, occurred_on FROM elder_assessment_risk_event WHERE assessment_id = :id "
                        + "ORDER BY occurred_on, id")
                .param("id", id)
                .query((rs, n) -> new RiskEventReport(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .list();
    }

    static CapabilityLevel level(String name) {
        return name == null ? null : CapabilityLevel.valueOf(name);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Parses the stored form written by {@link AssessmentRows#rulesText}: {@code RULE:BEFORE>AFTER;…}. */
    static List<AppliedLevelRule> rules(String text) {
        List<AppliedLevelRule> rules = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return rules;
        }
        for (String part : text.split(";")) {
            String[] ruleAndLevels = part.split(":");
            String[] levels = ruleAndLevels[1].split(">");
            rules.add(new AppliedLevelRule(ruleAndLevels[0], CapabilityLevel.valueOf(levels[0]),
                    CapabilityLevel.valueOf(levels[1])));
        }
        return rules;
    }
}
