package org.yiyang.provider.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.provider.ProviderDirectory.Membership;

/** Which provider an account works for ({@code provider_member}): one provider per account. */
@Component
class Memberships {

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Membership> ofAccount(long accountId) {
        return jdbc.sql("SELECT provider_id, staff_id FROM provider_member WHERE account_id = :account")
                .param("account", accountId)
                .query((rs, n) -> new Membership(rs.getLong("provider_id"), (Long) rs.getObject("staff_id", Long.class)))
                .optional();
    }

    boolean tied(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM provider_member WHERE account_id = :account")
                .param("account", accountId).query(Long.class).single() > 0;
    }

    void tie(long accountId, String username, long providerId, Long staffId, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO provider_member (account_id, username, provider_id, staff_id, created_at, created_by)
                        VALUES (:account, :username, :provider, :staff, :at, :by)""")
                .param("account", accountId).param("username", username).param("provider", providerId)
                .param("staff", staffId).param("at", Timestamp.from(at)).param("by", by).update();
    }

    /** Ends a staff member's tie when they leave the roster, so the account may join another provider. */
    void releaseStaff(long staffId) {
        jdbc.sql("DELETE FROM provider_member WHERE staff_id = :staff").param("staff", staffId).update();
    }

    List<Long> adminAccounts(long providerId) {
        return jdbc.sql("""
                        SELECT account_id FROM provider_member WHERE provider_id = :provider AND staff_id IS NULL
                        ORDER BY account_id""")
                .param("provider", providerId).query(Long.class).list();
    }

    List<String> adminUsernames(long providerId) {
        return jdbc.sql("""
                        SELECT username FROM provider_member WHERE provider_id = :provider AND staff_id IS NULL
                        ORDER BY username""")
                .param("provider", providerId).query(String.class).list();
    }
}
