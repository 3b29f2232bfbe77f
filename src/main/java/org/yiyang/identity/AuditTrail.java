package org.yiyang.identity;

/**
 * The append-only, SM3-chained audit trail (审计日志). Modules record security-relevant events here:
 * logins, account changes, and every view of a full ID number. Never put personal data into
 * {@code target} or {@code detail}: name the record by its id.
 */
public interface AuditTrail {

    void record(AuditEntry entry);

    /** One event. {@code actor} null means anonymous; the client address is added by the trail. */
    record AuditEntry(String actor, String action, Outcome outcome, String target, String divisionCode, String detail) {

        public static AuditEntry success(String actor, String action, String target) {
            return new AuditEntry(actor, action, Outcome.SUCCESS, target, null, null);
        }

        public static AuditEntry failure(String actor, String action, String target, String detail) {
            return new AuditEntry(actor, action, Outcome.FAILURE, target, null, detail);
        }

        public static AuditEntry denied(String actor, String action, String target, String detail) {
            return new AuditEntry(actor, action, Outcome.DENIED, target, null, detail);
        }

        public AuditEntry inDivision(String code) {
            return new AuditEntry(actor, action, outcome, target, code, detail);
        }

        public AuditEntry withDetail(String text) {
            return new AuditEntry(actor, action, outcome, target, divisionCode, text);
        }
    }

    enum Outcome { SUCCESS, FAILURE, DENIED }
}
