package org.yiyang.elder.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.yiyang.elder.AssessmentDraft;
import org.yiyang.elder.AssessmentProblem;
import org.yiyang.elder.AssessmentReason;
import org.yiyang.elder.HealthRecord;
import org.yiyang.elder.RiskEventReport;

/** Writes assessment rows. A save replaces the draft's answers and risk events; nothing is ever deleted after completion. */
@Component
class AssessmentRows {

    private final JdbcClient jdbc;

    AssessmentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertDraft(long elderId, String divisionCode, AssessmentStandard standard, AssessmentReason reason,
                     String assessor, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO elder_assessment (elder_id, division_code, standard_code, standard_version, reason, status,
                    assessor_1, coma, pressure_injury, limited_joint_mobility, wounds, feeding_tube, urinary_catheter,
                    stoma, pain, dentures, dysphagia, airway_clearance, created_at, created_by, updated_at, updated_by,
                    version)
                VALUES (:elder, :division, :code, :version, :reason, 'DRAFT', :by, FALSE, 'NONE', FALSE, FALSE, FALSE,
                    FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, :now, :by, :now, :by, 0)""")
                .param("elder", elderId).param("division", divisionCode).param("code", standard.code())
                .param("version", standard.version()).param("reason", reason.name()).param("by", assessor)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** @throws AssessmentProblem when the draft was saved by someone else meanwhile or is no longer a draft */
    int saveDraft(long id, AssessmentDraft d, String by, Instant now) {
        HealthRecord h = d.health();
        int updated = jdbc.sql("""
                UPDATE elder_assessment SET reason = :reason, assessed_on = :on, place = :place, assessor_1 = :a1,
                    assessor_2 = :a2, coma = :coma, pressure_injury = :pi, limited_joint_mobility = :joints,
                    wounds = :wounds, feeding_tube = :tube, urinary_catheter = :catheter, stoma = :stoma, pain = :pain,
                    dentures = :dentures, dysphagia = :dysphagia, airway_clearance = :airway, bmi = :bmi,
                    diagnoses = :diagnoses, updated_at = :now, updated_by = :by, version = version + 1
                WHERE id = :id AND status = 'DRAFT' AND version = :expected""")
                .param("reason", d.reason().name())
                .param("on", d.assessedOn()).param("place", blankToNull(d.place()))
                .param("a1", blankToNull(d.assessor1())).param("a2", blankToNull(d.assessor2()))
                .param("coma", h.coma()).param("pi", h.pressureInjury().name())
                .param("joints", h.limitedJointMobility()).param("wounds", h.wounds()).param("tube", h.feedingTube())
                .param("catheter", h.urinaryCatheter()).param("stoma", h.stoma()).param("pain", h.pain())
                .param("dentures", h.dentures()).param("dysphagia", h.dysphagia())
                .param("airway", h.airwayClearance()).param("bmi", h.bmi()).param("diagnoses", blankToNull(h.diagnoses()))
                .param("now", now.atOffset(ZoneOffset.UTC)).param("by", by).param("id", id)
                .param("expected", d.expectedVersion())
                .update();
        if (updated == 0) {
            throw AssessmentProblem.changedMeanwhile();
        }
        replaceAnswers(id, d.answers());
        replaceRiskEvents(id, d.riskEvents());
        return d.expectedVersion() + 1;
    }

    void complete(long id, ScoredAssessment result, String by, Instant now) {
        jdbc.sql("""
                UPDATE elder_assessment SET status = 'COMPLETED', total = :total, base_level = :base,
                    final_level = :final, rules_applied = :rules, next_due = :due, completed_at = :now,
                    completed_by = :by, updated_at = :now, updated_by = :by, version = version + 1
                WHERE id = :id AND status = 'DRAFT'""")
                .param("total", result.total()).param("base", result.baseLevel().name())
                .param("final", result.finalLevel().name()).param("rules", rulesText(result))
                .param("due", result.nextRoutineAssessmentDue()).param("now", now.atOffset(ZoneOffset.UTC))
                .param("by", by).param("id", id)
                .update();
        List<Object> values = new ArrayList<>();
        result.subtotals().forEach((dimension, score) -> values.addAll(List.of(id, dimension, score)));
        insertRows("elder_assessment_subtotal (assessment_id, dimension_code, score)", 3, values);
    }

    void voidAssessment(long id, String reason, String by, Instant now) {
        jdbc.sql("""
                UPDATE elder_assessment SET status = 'VOIDED', void_reason = :reason, voided_at = :now, voided_by = :by,
                    updated_at = :now, updated_by = :by, version = version + 1
                WHERE id = :id AND status <> 'VOIDED'""")
                .param("reason", reason).param("now", now.atOffset(ZoneOffset.UTC)).param("by", by).param("id", id)
                .update();
    }

    long insertConditionChange(long elderId, String divisionCode, String note, LocalDate on, String by, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO elder_reassessment_request (elder_id, division_code, note, reported_on, reported_at, reported_by)
                VALUES (:elder, :division, :note, :on, :now, :by)""")
                .param("elder", elderId).param("division", divisionCode).param("note", note).param("on", on)
                .param("now", now.atOffset(ZoneOffset.UTC)).param("by", by)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Open reports made on or before the assessment date are answered by it. */
    void resolveConditionChanges(long elderId, long assessmentId, LocalDate assessedOn, Instant now) {
        jdbc.sql("""
                UPDATE elder_reassessment_request SET resolved_at = :now, resolved_by_assessment = :assessment
                WHERE elder_id = :elder AND resolved_at IS NULL AND reported_on <= :on""")
                .param("now", now.atOffset(ZoneOffset.UTC)).param("assessment", assessmentId)
                .param("elder", elderId).param("on", assessedOn)
                .update();
    }

    /** {@code COMA:MILD>TOTAL;…}, read back by {@link AssessmentQueries#rules}. */
    static String rulesText(ScoredAssessment result) {
        return result.rulesApplied().stream()
                .map(r -> r.rule().name() + ":" + r.before().name() + ">" + r.after().name())
                .collect(Collectors.joining(";"));
    }

    private void replaceAnswers(long id, Map<String, Integer> answers) {
        jdbc.sql("DELETE FROM elder_assessment_answer WHERE assessment_id = :id").param("id", id).update();
        List<Object> values = new ArrayList<>();
        answers.forEach((item, score) -> values.addAll(List.of(id, item, score)));
        insertRows("elder_assessment_answer (assessment_id, item_code, score)", 3, values);
    }

    private void replaceRiskEvents(long id, List<RiskEventReport> events) {
        jdbc.sql("DELETE FROM elder_assessment_risk_event WHERE assessment_id = :id").param("id", id).update();
        List<Object> values = new ArrayList<>();
        events.forEach(e -> values.addAll(List.of(id, e.kind(), e.occurredOn())));
        insertRows("elder_assessment_risk_event (assessment_id, kind, occurred_on)", 3, values);
    }

    /** One multi-row INSERT for all rows: set-based, one round trip. */
    private void insertRows(String tableAndColumns, int columns, List<Object> values) {
        if (values.isEmpty()) {
            return;
        }
        String row = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
        String rows = String.join(", ", java.util.Collections.nCopies(values.size() / columns, row));
        jdbc.sql("INSERT INTO " + tableAndColumns + " VALUES " + rows).params(values).update();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
