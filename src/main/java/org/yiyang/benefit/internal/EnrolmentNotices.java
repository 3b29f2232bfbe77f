package org.yiyang.benefit.internal;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.benefit.ElderEnrolled;
import org.yiyang.benefit.EligibilityRunCompleted;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.notify.Notice;
import org.yiyang.notify.Notifier;

/**
 * Tells elders and their confirmed family that a subsidy now comes to them (免申即享: they applied for nothing):
 * after a run commits, page by page through the run's automatic enrolments in primary-key order from the last id
 * before the run (one look-up of the accounts per page), each page in its own transaction so that a large first
 * run neither holds one huge transaction nor delays the run; after an approval, the approved.
 * A page repeated after a crash may tell someone twice, which is better than not at all.
 */
@Component
class EnrolmentNotices {

    static final String MESSAGE = "eligibility.notice.enrolled";

    private final JdbcClient jdbc;
    private final ServiceRecipients recipients;
    private final Notifier notifier;
    private final TransactionTemplate tx;
    private final int batch;

    EnrolmentNotices(JdbcClient jdbc, ServiceRecipients recipients, Notifier notifier, TransactionTemplate tx,
                     @Value("${yiyang.benefit.eligibility.notice-batch:500}") int batch) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.notifier = notifier;
        this.tx = tx;
        this.batch = batch;
    }

    private record Enrolled(long enrolmentId, long elderId, String programmeName) {
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(EligibilityRunCompleted run) {
        if (run.newlyEligible() == 0) {
            return;
        }
        long after = run.enrolmentsBefore();
        List<Enrolled> page;
        do {
            long from = after;
            page = tx.execute(status -> {
                List<Enrolled> rows = automaticEnrolments(run.runId(), from);
                Map<Long, List<Long>> accounts = recipients.accountsToNotify(
                        rows.stream().map(Enrolled::elderId).distinct().toList());
                rows.stream().filter(row -> accounts.containsKey(row.elderId()))
                        .forEach(row -> tell(row, accounts.get(row.elderId())));
                return rows;
            });
            after = page.isEmpty() ? after : page.get(page.size() - 1).enrolmentId();
        } while (page.size() == batch);
    }

    @ApplicationModuleListener
    void on(ElderEnrolled enrolled) {
        String name = jdbc.sql("SELECT name FROM benefit_programme WHERE id = :id").param("id", enrolled.programmeId())
                .query(String.class).single();
        List<Long> accounts = recipients.accountsToNotify(enrolled.elderId());
        if (!accounts.isEmpty()) {
            tell(new Enrolled(enrolled.enrolmentId(), enrolled.elderId(), name), accounts);
        }
    }

    private List<Enrolled> automaticEnrolments(long runId, long after) {
        return jdbc.sql("""
                        SELECT e.id, e.elder_id, p.name FROM benefit_enrolment e JOIN benefit_programme p ON p.id = e.programme_id
                        WHERE e.run_id = :run AND e.id > :after AND e.status = 'ACTIVE' AND e.decided_at IS NULL
                        ORDER BY e.id OFFSET 0 ROWS FETCH NEXT :batch ROWS ONLY""")
                .param("run", runId).param("after", after).param("batch", batch)
                .query((rs, n) -> new Enrolled(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    private void tell(Enrolled enrolled, List<Long> accounts) {
        notifier.notify(accounts, new Notice("benefit:elder:" + enrolled.elderId(), MESSAGE,
                List.of(enrolled.programmeName()), "/benefit/elders/" + enrolled.elderId()));
    }
}
