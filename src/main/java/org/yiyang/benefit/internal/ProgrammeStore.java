package org.yiyang.benefit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.ProgrammeStatus;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/** benefit_programme and benefit_rule. */
@Repository
class ProgrammeStore {

    static final String PROGRAMME_COLUMNS = """
            p.id, p.code, p.kind, p.name, p.division_code, p.funding_source, p.budget_fen, p.payout,
            p.enrolment_mode, p.status, p.version""";
    private static final String RULE_COLUMNS = """
            r.id, r.programme_id, r.version, r.status, r.effective_from, r.effective_to, r.conditions, r.amounts, r.note""";

    private final JdbcClient jdbc;

    ProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Programme p, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO benefit_programme (code, kind, name, division_code, funding_source, budget_fen, payout,
                            enrolment_mode, status, created_at, created_by, updated_at, updated_by, version)
                        VALUES (:code, :kind, :name, :division, :funding, :budget, :payout, :mode, :status, :at, :by, :at, :by, 0)""")
                .param("code", p.code()).param("kind", p.kind().name()).param("name", p.name())
                .param("division", p.division().value()).param("funding", p.fundingSource())
                .param("budget", p.budget().fen()).param("payout", p.payout().name())
                .param("mode", p.enrolmentMode().name()).param("status", p.status().name())
                .param("at", Timestamp.from(at)).param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Optimistic update of the editable fields; false when someone else changed it first. */
    boolean update(Programme p, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE benefit_programme SET name = :name, funding_source = :funding, budget_fen = :budget,
                            payout = :payout, enrolment_mode = :mode, status = :status, updated_at = :at, updated_by = :by,
                            version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("name", p.name()).param("funding", p.fundingSource()).param("budget", p.budget().fen())
                .param("payout", p.payout().name()).param("mode", p.enrolmentMode().name())
                .param("status", p.status().name()).param("at", Timestamp.from(at)).param("by", by)
                .param("id", p.id()).param("version", p.version())
                .update() == 1;
    }

    Optional<Programme> find(long id) {
        return jdbc.sql("SELECT " + PROGRAMME_COLUMNS + " FROM benefit_programme p WHERE p.id = :id")
                .param("id", id).query(ProgrammeStore::programme).optional();
    }

    Optional<Programme> findByCode(String code) {
        return jdbc.sql("SELECT " + PROGRAMME_COLUMNS + " FROM benefit_programme p WHERE p.code = :code")
                .param("code", code).query(ProgrammeStore::programme).optional();
    }

    /** Active programmes in order of id: the order an eligibility run evaluates them in. */
    List<Programme> active() {
        return jdbc.sql("SELECT " + PROGRAMME_COLUMNS + " FROM benefit_programme p WHERE p.status = 'ACTIVE' ORDER BY p.id")
                .query(ProgrammeStore::programme).list();
    }

    /** Programmes whose division lies in {@code scope} or above it (a banner regulator sees the region's programmes too). */
    List<Programme> visibleIn(DivisionScope scope, List<String> ancestorCodes, int offset, int limit) {
        return scope.bind(jdbc.sql("SELECT " + PROGRAMME_COLUMNS + " FROM benefit_programme p WHERE ("
                                + scope.where("p.division_code") + " OR p.division_code IN (:ancestors)) ORDER BY p.status, p.id DESC"
                                + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"))
                .param("ancestors", ancestorCodes.isEmpty() ? List.of("-") : ancestorCodes)
                .param("offset", offset).param("limit", limit)
                .query(ProgrammeStore::programme).list();
    }

    long countVisibleIn(DivisionScope scope, List<String> ancestorCodes) {
        return scope.bind(jdbc.sql("SELECT COUNT(*) FROM benefit_programme p WHERE ("
                        + scope.where("p.division_code") + " OR p.division_code IN (:ancestors))"))
                .param("ancestors", ancestorCodes.isEmpty() ? List.of("-") : ancestorCodes)
                .query(Long.class).single();
    }

    long insertRule(RuleVersion rule, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO benefit_rule (programme_id, version, status, effective_from, effective_to, conditions,
                            amounts, note, created_at, created_by)
                        VALUES (:programme, (SELECT COALESCE(MAX(version), 0) + 1 FROM benefit_rule WHERE programme_id = :programme),
                            'DRAFT', :from, :to, :conditions, :amounts, :note, :at, :by)""")
                .param("programme", rule.programmeId()).param("from", rule.effectiveFrom())
                .param("to", rule.effectiveTo()).param("conditions", RuleCodec.conditions(rule.conditions()))
                .param("amounts", RuleCodec.amounts(rule.amounts())).param("note", rule.note())
                .param("at", Timestamp.from(at)).param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Replaces a draft's content; false when it is no longer a draft. */
    boolean updateDraft(RuleVersion rule) {
        return jdbc.sql("""
                        UPDATE benefit_rule SET effective_from = :from, effective_to = :to, conditions = :conditions,
                            amounts = :amounts, note = :note
                        WHERE id = :id AND status = 'DRAFT'""")
                .param("from", rule.effectiveFrom()).param("to", rule.effectiveTo())
                .param("conditions", RuleCodec.conditions(rule.conditions()))
                .param("amounts", RuleCodec.amounts(rule.amounts())).param("note", rule.note()).param("id", rule.id())
                .update() == 1;
    }

    boolean setRuleStatus(long ruleId, RuleStatus from, RuleStatus to, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE benefit_rule SET status = :to, published_at = CASE WHEN :to = 'PUBLISHED' THEN :at ELSE published_at END,
                            published_by = CASE WHEN :to = 'PUBLISHED' THEN :by ELSE published_by END
                        WHERE id = :id AND status = :from""")
                .param("to", to.name()).param("at", Timestamp.from(at)).param("by", by).param("id", ruleId)
                .param("from", from.name())
                .update() == 1;
    }

    Optional<RuleVersion> rule(long ruleId) {
        return jdbc.sql("SELECT " + RULE_COLUMNS + " FROM benefit_rule r WHERE r.id = :id")
                .param("id", ruleId).query(ProgrammeStore::rule).optional();
    }

    List<RuleVersion> rules(long programmeId) {
        return jdbc.sql("SELECT " + RULE_COLUMNS + " FROM benefit_rule r WHERE r.programme_id = :programme ORDER BY r.version DESC")
                .param("programme", programmeId).query(ProgrammeStore::rule).list();
    }

    /** The published version in effect on {@code day}, if any. */
    Optional<RuleVersion> ruleInEffect(long programmeId, LocalDate day) {
        return jdbc.sql("SELECT " + RULE_COLUMNS + """
                         FROM benefit_rule r WHERE r.programme_id = :programme AND r.status = 'PUBLISHED'
                         AND r.effective_from <= :day AND (r.effective_to IS NULL OR r.effective_to >= :day)
                        ORDER BY r.version DESC""")
                .param("programme", programmeId).param("day", day)
                .query(ProgrammeStore::rule).list().stream().findFirst();
    }

    /** Locks the programme's row until the end of the transaction, so that publishing and ending versions never race. */
    void lock(long programmeId) {
        jdbc.sql("SELECT id FROM benefit_programme WHERE id = :id FOR UPDATE").param("id", programmeId)
                .query(Long.class).optional();
    }

    /** Ends a published version: in effect up to and including {@code lastDay}; false when it is not published. */
    boolean endRule(long ruleId, LocalDate lastDay) {
        return jdbc.sql("UPDATE benefit_rule SET effective_to = :to WHERE id = :id AND status = 'PUBLISHED'")
                .param("to", lastDay).param("id", ruleId)
                .update() == 1;
    }

    static Programme programme(ResultSet rs, int row) throws SQLException {
        return new Programme(rs.getLong("id"), rs.getString("code"), ProgrammeKind.valueOf(rs.getString("kind")),
                rs.getString("name"), DivisionCode.of(rs.getString("division_code")), rs.getString("funding_source"),
                Money.ofFen(rs.getLong("budget_fen")), Payout.valueOf(rs.getString("payout")),
                EnrolmentMode.valueOf(rs.getString("enrolment_mode")), ProgrammeStatus.valueOf(rs.getString("status")),
                rs.getInt("version"));
    }

    static RuleVersion rule(ResultSet rs, int row) throws SQLException {
        return new RuleVersion(rs.getLong("id"), rs.getLong("programme_id"), rs.getInt("version"),
                RuleStatus.valueOf(rs.getString("status")), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("effective_to", LocalDate.class), RuleCodec.conditions(rs.getString("conditions")),
                RuleCodec.amounts(rs.getString("amounts")), rs.getString("note"));
    }
}
