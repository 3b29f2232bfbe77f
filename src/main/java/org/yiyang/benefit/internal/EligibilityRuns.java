package org.yiyang.benefit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.EligibilityRunCompleted;
import org.yiyang.benefit.EligibilityRunSummary;
import org.yiyang.benefit.EligibilityTrigger;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.Programme;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;

/**
 * Eligibility runs (免申即享): every active programme with a published rule in effect on the day, in
 * {@link EvaluationOrder}, each with one statement per step over the whole registry (or, after an event, the same
 * statements for one elder), all in one transaction, counted into benefit_run. One run at a time in this
 * application: a run started by hand is refused while another is going on, the others wait their turn (a second
 * node's concurrent run would fail on the unique open enrolment rather than enrol anyone twice). Notices go out
 * after the commit, from {@link EligibilityRunCompleted}.
 */
@Service
class EligibilityRuns {

    private final ReentrantLock guard = new ReentrantLock();
    private final ProgrammeStore programmes;
    private final EnrolmentStatements statements;
    private final RunStore runs;
    private final JdbcClient jdbc;
    private final BenefitElders elders;
    private final PostgresPlanner planner;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EligibilityRuns(ProgrammeStore programmes, EnrolmentStatements statements, RunStore runs, JdbcClient jdbc,
                    BenefitElders elders,
                    PostgresPlanner planner, TransactionTemplate tx, ApplicationEventPublisher events,
                    Clock clock) {
        this.programmes = programmes;
        this.statements = statements;
        this.runs = runs;
        this.jdbc = jdbc;
        this.elders = elders;
        this.planner = planner;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /** Evaluates the programmes {@code which} accepts over the whole registry; waits for a running run if {@code wait}. */
    EligibilityRunSummary runAll(EligibilityTrigger trigger, String requestedBy, Predicate<Programme> which,
                                        boolean wait) {
        return guarded(wait, () -> run(trigger, requestedBy, null, which));
    }

    /** Re-evaluates one elder: the programmes serving their division and those they hold an open enrolment in. */
    EligibilityRunSummary runForElder(long elderId, EligibilityTrigger trigger, String requestedBy) {
        return guarded(true, () -> {
            Optional<String> division = elders.find(elderId).map(holder -> holder.division().value());
            Set<Long> open = new HashSet<>(jdbc.sql("""
                            SELECT programme_id FROM benefit_enrolment WHERE elder_id = :id AND status IN ('PROPOSED', 'ACTIVE')""")
                    .param("id", elderId).query(Long.class).list());
            Predicate<Programme> concerned = p -> open.contains(p.id())
                    || division.map(d -> p.division().contains(DivisionCode.of(d))).orElse(false);
            return run(trigger, requestedBy, elderId, concerned);
        });
    }

    private EligibilityRunSummary guarded(boolean wait, java.util.function.Supplier<EligibilityRunSummary> run) {
        if (wait) {
            guard.lock();
        } else if (!guard.tryLock()) {
            throw BenefitProblem.conflict("eligibility.error.runInProgress");
        }
        try {
            return run.get();
        } finally {
            guard.unlock();
        }
    }

    private EligibilityRunSummary run(EligibilityTrigger trigger, String requestedBy, Long elder,
                                      Predicate<Programme> which) {
        LocalDate asOf = ChinaTime.today(clock);
        long runId = tx.execute(status -> {
            long id = runs.start(trigger, asOf, elder, requestedBy, clock.instant());
            long enrolmentsBefore = statements.lastEnrolmentId();
            if (elder == null) {
                planner.beforeWholeRegistryRun();
            }
            long newly = 0;
            long ended = 0;
            for (ProgrammeRule pr : EvaluationOrder.of(inEffect(asOf, which))) {
                long noLonger = statements.endNoLongerEligible(pr, asOf, elder);
                long added = statements.enrolNewlyEligible(pr, id, asOf, clock.instant(), elder);
                planner.afterChanging(added + noLonger);
                long open = statements.countOpen(pr.programme().id(), elder);
                if (elder == null || added + noLonger > 0) {
                    runs.result(id, pr.programme().id(), added, noLonger, open - added,
                            pr.programme().enrolmentMode() == EnrolmentMode.PROPOSED ? added : 0);
                }
                newly += added;
                ended += noLonger;
            }
            runs.finish(id, clock.instant());
            events.publishEvent(new EligibilityRunCompleted(id, asOf, elder, newly, ended, enrolmentsBefore));
            return id;
        });
        return runs.summary(runId).orElseThrow();
    }

    private List<ProgrammeRule> inEffect(LocalDate asOf, Predicate<Programme> which) {
        return programmes.active().stream().filter(which)
                .flatMap(p -> programmes.ruleInEffect(p.id(), asOf).map(r -> new ProgrammeRule(p, r)).stream())
                .toList();
    }
}
