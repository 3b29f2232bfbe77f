package org.yiyang.identity.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.Role;
import org.yiyang.shared.DivisionCode;

/**
 * A real installation starts with no accounts: while no enabled administrator exists, YIYANG_ADMIN_PASSWORD
 * creates a region-level administrator {@code sysadmin}, who must change that password at first sign-in.
 */
@Component
@Order(20)
class BootstrapAdmin implements ApplicationRunner {

    static final String USERNAME = "sysadmin";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String password;

    BootstrapAdmin(AccountRepository accounts, PasswordEncoder passwords, Clock clock,
                   @Value("${yiyang.security.bootstrap-admin-password:}") String password) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.countEnabledAdmins() > 0 || accounts.findByUsername(USERNAME).isPresent()) {
            return;
        }
        if (password == null || password.isBlank()) {
            log.warn("No administrator exists. Set YIYANG_ADMIN_PASSWORD and restart to create '{}'.", USERNAME);
            return;
        }
        if (PasswordPolicy.violation(USERNAME, password).isPresent()) {
            log.error("YIYANG_ADMIN_PASSWORD does not meet the password policy (10+ characters, letters and digits)");
            return;
        }
        accounts.save(Account.create(USERNAME, "系统管理员", passwords.encode(password), Role.ADMIN,
                DivisionCode.INNER_MONGOLIA, true, "bootstrap", clock.instant()));
        log.warn("Created region administrator '{}'; the password must be changed at first sign-in.", USERNAME);
    }
}
