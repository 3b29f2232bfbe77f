package org.yiyang.hotline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.hotline.internal.CareCallList.CareCall;
import org.yiyang.identity.Viewer;
import org.yiyang.notify.Notice;
import org.yiyang.notify.Notifier;

/**
 * Visit requests (上门探访): a care call nobody answered after every try goes to the elder's village, listed for the
 * staff of that division, and the elder's family accounts are told. Identity has no look-up of a village's
 * accounts yet, so village staff find the request on their list (docs/hotline.md).
 */
@Service
@Transactional
public class VisitRequests {

    private final CallStore store;
    private final ServiceRecipients recipients;
    private final Notifier notifier;
    private final Clock clock;

    VisitRequests(CallStore store, ServiceRecipients recipients, Notifier notifier, Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.notifier = notifier;
        this.clock = clock;
    }

    public record VisitRequest(long id, long elderId, String elderName, String divisionCode, String status,
                               Instant createdAt, String doneBy, Instant doneAt) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }


    void request(CareCall call) {
        int created = store.sql("""
                INSERT INTO hotline_visit_request (care_call_id, elder_id, elder_name, division_code, status, created_at)
                SELECT :call, :elder, :name, :division, 'OPEN', :at WHERE NOT EXISTS
                    (SELECT 1 FROM hotline_visit_request WHERE care_call_id = :call)""")
                .param("call", call.id()).param("elder", call.elderId()).param("name", call.elderName())
                .param("division", call.divisionCode()).param("at", CallStore.ts(clock.instant())).update();
        if (created == 1) {
            List<Long> family = new ArrayList<>(recipients.accountsToNotify(call.elderId()));
            notifier.notify(family, new Notice("hotline-visit:" + call.id(), "hotline.notice.visitRequested",
                    List.of(call.elderName()), "/"));
        }
    }

    @Transactional(readOnly = true)
    public ListPage<VisitRequest> page(Viewer viewer, boolean openOnly, int page, int size) {
        var scope = viewer.scope();
        String where = " FROM hotline_visit_request v WHERE " + scope.where("v.division_code")
                + (openOnly ? " AND v.status = 'OPEN'" : "");
        List<VisitRequest> rows = scope.bind(store.sql("SELECT v.*" + where
                        + " ORDER BY v.status DESC, v.id DESC LIMIT :limit OFFSET :offset"))
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new VisitRequest(rs.getLong("id"), rs.getLong("elder_id"), rs.getString("elder_name"),
                        rs.getString("division_code"), rs.getString("status"), CallStore.instant(rs, "created_at"),
                        rs.getString("done_by"), CallStore.instant(rs, "done_at")))
                .list();
        long total = scope.bind(store.sql("SELECT COUNT(*)" + where)).query(Long.class).single();
        return new ListPage<>(rows, total, page, size);
    }

    /** The village has visited; refused for a request already done. */
    public void markDone(Viewer viewer, long id) {
        int changed = viewer.scope().bind(store.sql("UPDATE hotline_visit_request SET status = 'DONE', done_by = :by, "
                        + "done_at = :at WHERE id = :id AND status = 'OPEN' AND " + viewer.scope().where("division_code")))
                .param("by", viewer.username()).param("at", CallStore.ts(clock.instant())).param("id", id).update();
        if (changed == 0) {
            boolean exists = viewer.scope().bind(store.sql("SELECT COUNT(*) FROM hotline_visit_request WHERE id = :id AND "
                    + viewer.scope().where("division_code"))).param("id", id).query(Long.class).single() > 0;
            throw exists ? HotlineProblem.conflict("hotline.visit.alreadyDone") : HotlineProblem.notFound();
        }
    }
}
