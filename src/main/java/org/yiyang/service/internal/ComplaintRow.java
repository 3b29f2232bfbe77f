package org.yiyang.service.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.yiyang.service.Complaint;
import org.yiyang.service.ComplaintSource;
import org.yiyang.service.ComplaintStatus;

/** A service_complaint row as the module works with it. */
record ComplaintRow(long id, Long orderId, String offeringName, long providerId, String providerName,
                    String providerDivision, String divisionCode, long elderId, String elderName,
                    ComplaintSource source, String text, long filedBy, Instant openedAt, Instant dueAt,
                    ComplaintStatus status, String response, Instant respondedAt, String respondedName,
                    Instant escalatedAt, Instant closedAt, String closedRole, String outcome, Boolean satisfied) {

    static final String COLUMNS = """
            c.id, c.order_id, c.offering_name, c.provider_id, c.provider_name, c.provider_division, c.division_code,
            c.elder_id, c.elder_name, c.source, c.text, c.filed_by, c.opened_at, c.due_at, c.status, c.response,
            c.responded_at, c.responded_name, c.escalated_at, c.closed_at, c.closed_role, c.outcome, c.satisfied""";

    Complaint complaint(Instant now) {
        boolean overdue = status.answerable() && dueAt.isBefore(now);
        return new Complaint(id, orderId, offeringName, providerId, providerName, divisionCode, providerDivision,
                elderId, elderName, source, text, openedAt, dueAt, status, response, respondedAt, respondedName,
                escalatedAt, closedAt, closedRole, outcome, satisfied, overdue);
    }

    static ComplaintRow row(ResultSet rs, int n) throws SQLException {
        long order = rs.getLong("order_id");
        Long orderId = rs.wasNull() ? null : order;
        boolean satisfied = rs.getBoolean("satisfied");
        Boolean satisfiedOrNull = rs.wasNull() ? null : satisfied;
        return new ComplaintRow(rs.getLong("id"), orderId, rs.getString("offering_name"), rs.getLong("provider_id"),
                rs.getString("provider_name"), rs.getString("provider_division"), rs.getString("division_code"),
                rs.getLong("elder_id"), rs.getString("elder_name"), ComplaintSource.valueOf(rs.getString("source")),
                rs.getString("text"), rs.getLong("filed_by"), instant(rs, "opened_at"), instant(rs, "due_at"),
                ComplaintStatus.valueOf(rs.getString("status")), rs.getString("response"),
                instant(rs, "responded_at"), rs.getString("responded_name"), instant(rs, "escalated_at"),
                instant(rs, "closed_at"), rs.getString("closed_role"), rs.getString("outcome"), satisfiedOrNull);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
