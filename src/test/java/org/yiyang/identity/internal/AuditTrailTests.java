package org.yiyang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;

@IntegrationTest
class AuditTrailTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void chainsEveryRecordToThePreviousOneSoThatTheTrailVerifies() {
        for (int i = 0; i < 5; i++) {
            trail.record(AuditEntry.success("tester", "TEST_EVENT", "item:" + i));
        }
        var verification = log.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.checked()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void detectsAModifiedRecord() throws Exception {
        trail.record(AuditEntry.success("tester", "TEST_EVENT", "to-modify"));
        long seq = seqOf("to-modify");
        withTriggersDisabled(() -> jdbc.sql("UPDATE identity_audit_event SET actor = 'mallory' WHERE seq = :s")
                .param("s", seq).update());
        try {
            var verification = log.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.brokenAt()).isEqualTo(seq);
            assertThat(verification.problem()).isEqualTo("content");
        } finally {
            withTriggersDisabled(() -> jdbc.sql("UPDATE identity_audit_event SET actor = 'tester' WHERE seq = :s")
                    .param("s", seq).update());
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void detectsADeletedRecord() throws Exception {
        trail.record(AuditEntry.success("tester", "TEST_EVENT", "to-delete"));
        trail.record(AuditEntry.success("tester", "TEST_EVENT", "after-deleted"));
        long seq = seqOf("to-delete");
        Map<String, Object> row = jdbc.sql("SELECT * FROM identity_audit_event WHERE seq = :s").param("s", seq)
                .query().singleRow();
        withTriggersDisabled(() -> jdbc.sql("DELETE FROM identity_audit_event WHERE seq = :s").param("s", seq).update());
        try {
            var verification = log.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.brokenAt()).isEqualTo(seq);
        } finally {
            withTriggersDisabled(() -> jdbc.sql("""
                    INSERT INTO identity_audit_event (seq, occurred_at, actor, action, outcome, target, division_code,
                                                      client_ip, detail, prev_hash, hash)
                    VALUES (:seq, :occurred_at, :actor, :action, :outcome, :target, :division_code, :client_ip,
                            :detail, :prev_hash, :hash)""").params(row).update());
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void refusesUpdatesAndDeletesInTheDatabaseItselfOnPostgresql() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(isPostgres(), "append-only trigger exists on PostgreSQL only");
        trail.record(AuditEntry.success("tester", "TEST_EVENT", "immutable"));
        long seq = seqOf("immutable");
        assertThatThrownBy(() -> jdbc.sql("UPDATE identity_audit_event SET actor = 'x' WHERE seq = :s")
                .param("s", seq).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM identity_audit_event WHERE seq = :s")
                .param("s", seq).update()).hasMessageContaining("append-only");
    }

    @Test
    void searchesByActionWithinTheViewersDivisionNewestFirst() {
        trail.record(AuditEntry.success("tester", "TEST_SCOPED", "a").inDivision("152221000000"));
        trail.record(AuditEntry.success("tester", "TEST_SCOPED", "b").inDivision("150702000000"));
        var bannerAdmin = new org.yiyang.identity.Viewer(0, "x", "x", org.yiyang.identity.Role.ADMIN,
                org.yiyang.shared.DivisionCode.of("152221000000"));
        var filter = new AuditLog.Filter(null, "TEST_SCOPED", null, null, null);
        assertThat(log.search(bannerAdmin, filter, 0, 50)).extracting(AuditRecord::divisionCode)
                .containsOnly("152221000000");
        assertThat(log.search(TestAccounts.REGION_ADMIN, filter, 0, 50)).extracting(AuditRecord::target)
                .startsWith("b", "a");
    }

    private long seqOf(String target) {
        return jdbc.sql("SELECT MAX(seq) FROM identity_audit_event WHERE target = :t").param("t", target)
                .query(Long.class).single();
    }

    private boolean isPostgres() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** Plays a database administrator who bypasses the append-only trigger (PostgreSQL), to tamper. */
    private void withTriggersDisabled(Runnable tampering) throws Exception {
        boolean pg = isPostgres();
        if (pg) {
            jdbc.sql("ALTER TABLE identity_audit_event DISABLE TRIGGER identity_audit_event_append_only").update();
        }
        try {
            tampering.run();
        } finally {
            if (pg) {
                jdbc.sql("ALTER TABLE identity_audit_event ENABLE TRIGGER identity_audit_event_append_only").update();
            }
        }
    }
}
