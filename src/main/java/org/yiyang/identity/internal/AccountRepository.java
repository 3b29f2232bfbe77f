package org.yiyang.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface AccountRepository extends CrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    @Query("SELECT COUNT(*) FROM identity_account WHERE role = 'ADMIN' AND enabled = TRUE")
    long countEnabledAdmins();

    @Query("""
            SELECT id FROM identity_account WHERE division_code = :division AND role = :role AND enabled = TRUE
            ORDER BY id LIMIT 200""")
    List<Long> enabledIdsAt(String division, String role);
}
