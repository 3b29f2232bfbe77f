package org.yiyang.hotline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.Viewer;

/** Consultation tickets (咨询工单) of the viewer's division: the list, open ones first, and answering one later. */
@Service
@Transactional
public class Tickets {

    private final CallStore store;
    private final Clock clock;

    Tickets(CallStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public record Ticket(long id, long callId, TicketTopic topic, String question, String answer, String status,
                         String createdBy, Instant createdAt) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }


    @Transactional(readOnly = true)
    public ListPage<Ticket> page(Viewer viewer, boolean openOnly, int page, int size) {
        var scope = viewer.scope();
        String where = " FROM hotline_ticket t WHERE " + scope.where("t.division_code")
                + (openOnly ? " AND t.status = 'OPEN'" : "");
        List<Ticket> rows = scope.bind(store.sql("SELECT t.*" + where
                        + " ORDER BY t.status DESC, t.id DESC LIMIT :limit OFFSET :offset"))
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new Ticket(rs.getLong("id"), rs.getLong("call_id"),
                        TicketTopic.valueOf(rs.getString("topic")), rs.getString("question"), rs.getString("answer"),
                        rs.getString("status"), rs.getString("created_by"), CallStore.instant(rs, "created_at")))
                .list();
        long total = scope.bind(store.sql("SELECT COUNT(*)" + where)).query(Long.class).single();
        return new ListPage<>(rows, total, page, size);
    }

    /** Answers an open ticket of the viewer's division; refused for an empty answer or one already answered. */
    public void answer(Viewer viewer, long id, String answer) {
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw HotlineProblem.badInput("answer", "hotline.error.required");
        }
        if (text.length() > CallActions.MAX_TEXT) {
            throw HotlineProblem.badInput("answer", "hotline.error.tooLong", CallActions.MAX_TEXT);
        }
        var scope = viewer.scope();
        int changed = scope.bind(store.sql("UPDATE hotline_ticket SET answer = :answer, status = 'ANSWERED' "
                        + "WHERE id = :id AND status = 'OPEN' AND " + scope.where("division_code")))
                .param("answer", text).param("id", id).update();
        if (changed == 0) {
            boolean exists = scope.bind(store.sql("SELECT COUNT(*) FROM hotline_ticket WHERE id = :id AND "
                    + scope.where("division_code"))).param("id", id).query(Long.class).single() > 0;
            throw exists ? HotlineProblem.conflict("hotline.ticket.alreadyAnswered") : HotlineProblem.notFound();
        }
    }
}
