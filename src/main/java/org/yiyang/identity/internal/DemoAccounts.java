package org.yiyang.identity.internal;

import java.time.Clock;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.identity.Role;
import org.yiyang.shared.DivisionCode;

/**
 * Demo mode (演示模式): one account per role, all in one real banner, with a password that is printed on
 * the login page and here. Never active under the postgres profile unless YIYANG_DEMO=true.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "yiyang.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Yiyang@2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final DivisionCode division;

    DemoAccounts(AccountRepository accounts, PasswordEncoder passwords, Clock clock,
                 @Value("${yiyang.demo.division}") String division) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.division = DivisionCode.of(division);
    }

    /** Display names of the demo people: 演示 marks them as not real. */
    private static final Map<Role, String> NAMES = Map.of(
            Role.ADMIN, "演示·管理员 其木格", Role.REGULATOR, "演示·民政 巴特尔", Role.OPERATOR, "演示·话务员 王芳",
            Role.PROVIDER_ADMIN, "演示·服务中心 李强", Role.CAREGIVER, "演示·护理员 萨仁", Role.ASSESSOR, "演示·评估员 张敏",
            Role.VOLUNTEER, "演示·志愿者 刘洋", Role.ELDER, "演示·老人 宝音", Role.FAMILY, "演示·家属 宝音之女");

    static String usernameOf(Role role) {
        return role == Role.PROVIDER_ADMIN ? "provider" : role.name().toLowerCase();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = null;
        for (Role role : Role.values()) {
            String username = usernameOf(role);
            if (accounts.findByUsername(username).isEmpty()) {
                hash = hash == null ? passwords.encode(PASSWORD) : hash;
                accounts.save(Account.create(username, NAMES.get(role), hash, role, division, false, "demo",
                        clock.instant()));
            }
        }
        log.warn("DEMO MODE: demo accounts admin, regulator, operator, provider, caregiver, assessor, volunteer, "
                + "elder, family in division {} with password {}", division, PASSWORD);
    }
}
