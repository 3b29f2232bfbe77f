package org.yiyang.benefit.internal;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.benefit.ElderEnrolled;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.Proposal;
import org.yiyang.benefit.ProposalDecision;
import org.yiyang.benefit.ProposalPage;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.ChinaTime;

/**
 * Proposed enrolments (待审核) of a programme that enrols by approval: a page of them within the viewer's division,
 * and bulk decisions, each one set-based statement over the chosen ids that are still proposed and in scope.
 * Approval leaves waiting an elder active in a programme the rule excludes (不得同时享受).
 */
@Component
class Proposals {

    private final JdbcClient jdbc;
    private final ProgrammeStore programmes;
    private final DivisionDirectory divisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Proposals(JdbcClient jdbc, ProgrammeStore programmes, DivisionDirectory divisions, ApplicationEventPublisher events,
              Clock clock) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.divisions = divisions;
        this.events = events;
        this.clock = clock;
    }

    ProposalPage page(Programme programme, DivisionScope scope, int page, int size) {
        String where = "e.programme_id = :programme AND e.status = 'PROPOSED' AND " + scope.where("e.division_code");
        LocalDate today = ChinaTime.today(clock);
        List<Proposal> rows = scope.bind(jdbc.sql("""
                        SELECT e.id, e.elder_id, f.name, f.birth_date, e.division_code, e.start_date
                        FROM benefit_enrolment e JOIN elder_benefit_fact f ON f.elder_id = e.elder_id
                        WHERE %s ORDER BY e.id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY""".formatted(where)))
                .param("programme", programme.id()).param("offset", page * size).param("size", size)
                .query((rs, n) -> new Proposal(rs.getLong("id"), rs.getLong("elder_id"), rs.getString("name"),
                        Period.between(rs.getObject("birth_date", LocalDate.class), today).getYears(),
                        rs.getString("division_code"), null, rs.getObject("start_date", LocalDate.class)))
                .list();
        Map<String, String> names = divisions.names(rows.stream().map(Proposal::divisionCode).distinct().toList());
        long total = scope.bind(jdbc.sql("SELECT COUNT(*) FROM benefit_enrolment e WHERE " + where))
                .param("programme", programme.id()).query(Long.class).single();
        return new ProposalPage(programme.id(), programme.name(), rows.stream().map(p -> new Proposal(p.enrolmentId(),
                p.elderId(), p.elderName(), p.age(), p.divisionCode(), names.getOrDefault(p.divisionCode(), ""),
                p.proposedOn())).toList(), page, size, total);
    }

    /** Call in a transaction: locks the chosen proposals, then approves those whose elder no exclusion stops. */
    ProposalDecision approve(Programme programme, DivisionScope scope, Collection<Long> ids, String by) {
        Map<Long, Locked> chosen = lockProposed(programme, scope, ids);
        if (chosen.isEmpty()) {
            return new ProposalDecision(0, 0, ids.size());
        }
        Set<Long> excludedElders = excludedElders(chosen);
        List<Long> approvable = chosen.entrySet().stream().filter(e -> !excludedElders.contains(e.getValue().elderId()))
                .map(Map.Entry::getKey).toList();
        int approved = approvable.isEmpty() ? 0 : jdbc.sql("""
                        UPDATE benefit_enrolment SET status = 'ACTIVE', decided_at = :at, decided_by = :by
                        WHERE id IN (:ids) AND status = 'PROPOSED'""")
                .param("at", Timestamp.from(clock.instant())).param("by", by).param("ids", approvable).update();
        for (Long id : approvable) {
            events.publishEvent(new ElderEnrolled(chosen.get(id).elderId(), programme.id(), id, chosen.get(id).startDate()));
        }
        return new ProposalDecision(approved, chosen.size() - approvable.size(), ids.size() - chosen.size());
    }

    /** Call in a transaction. */
    ProposalDecision decline(Programme programme, DivisionScope scope, Collection<Long> ids, String reason, String by) {
        Map<Long, Locked> chosen = lockProposed(programme, scope, ids);
        int declined = chosen.isEmpty() ? 0 : jdbc.sql("""
                        UPDATE benefit_enrolment SET status = 'DECLINED', open_elder_id = NULL, decided_at = :at, decided_by = :by,
                            decision_note = :reason
                        WHERE id IN (:ids) AND status = 'PROPOSED'""")
                .param("at", Timestamp.from(clock.instant())).param("by", by).param("reason", reason)
                .param("ids", chosen.keySet()).update();
        return new ProposalDecision(declined, 0, ids.size() - declined);
    }

    private record Locked(long elderId, LocalDate startDate) {
    }

    /** The chosen enrolments still proposed in the programme and the scope, by id, locked. */
    private Map<Long, Locked> lockProposed(Programme programme, DivisionScope scope, Collection<Long> ids) {
        Map<Long, Locked> chosen = new HashMap<>();
        scope.bind(jdbc.sql("SELECT e.id, e.elder_id, e.start_date FROM benefit_enrolment e WHERE e.id IN (:ids)"
                        + " AND e.programme_id = :programme AND e.status = 'PROPOSED' AND " + scope.where("e.division_code")
                        + " FOR UPDATE"))
                .param("ids", ids).param("programme", programme.id())
                .query((ResultSet rs) -> {
                    chosen.put(rs.getLong(1), new Locked(rs.getLong(2), rs.getObject(3, LocalDate.class)));
                });
        return chosen;
    }

    /** Elders among the proposals' who are ACTIVE in a programme excluded by the rule of their proposal. */
    private Set<Long> excludedElders(Map<Long, Locked> chosen) {
        Set<Long> excluded = new HashSet<>();
        Set<Long> programmeIds = new HashSet<>();
        for (Long ruleId : jdbc.sql("SELECT DISTINCT rule_id FROM benefit_enrolment WHERE id IN (:ids)")
                .param("ids", chosen.keySet()).query(Long.class).list()) {
            RuleVersion rule = programmes.rule(ruleId).orElseThrow();
            programmeIds.addAll(new ProgrammeRule(null, rule).excludedProgrammes());
        }
        if (!programmeIds.isEmpty()) {
            excluded.addAll(jdbc.sql("""
                            SELECT DISTINCT elder_id FROM benefit_enrolment
                            WHERE elder_id IN (:elders) AND status = 'ACTIVE' AND programme_id IN (:programmes)""")
                    .param("elders", chosen.values().stream().map(Locked::elderId).distinct().toList()).param("programmes", programmeIds)
                    .query(Long.class).list());
        }
        return excluded;
    }
}
