package org.yiyang.elder.internal;

import java.time.Clock;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.elder.ContactRelation;
import org.yiyang.elder.FamilyRelation;
import org.yiyang.elder.internal.EmergencyContactService.ValidContact;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.AccountDirectory.AccountRef;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.PhoneNumber;

/**
 * Demo mode: the demo elder account is 宝音's own, the demo family account (宝音之女) has asked to be linked
 * (so signing in as {@code elder} shows a request to confirm), and 宝音 has one emergency contact.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "yiyang.demo.enabled", havingValue = "true")
class DemoFamily implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFamily.class);

    private record DemoElder(long id, String idNumberMasked) {
    }

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;
    private final FamilyLinkStore links;
    private final EmergencyContactStore contacts;
    private final Clock clock;

    DemoFamily(JdbcClient jdbc, AccountDirectory accounts, FamilyLinkStore links, EmergencyContactStore contacts,
               Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.links = links;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var elderAccount = accounts.findByUsername("elder").filter(a -> a.role() == Role.ELDER);
        var familyAccount = accounts.findByUsername("family").filter(a -> a.role() == Role.FAMILY);
        var elder = jdbc.sql("SELECT id, id_number_masked FROM elder_person WHERE name = '宝音' AND created_by = 'demo' "
                        + "ORDER BY id LIMIT 1")
                .query((rs, n) -> new DemoElder(rs.getLong(1), rs.getString(2))).optional();
        boolean empty = jdbc.sql("SELECT COUNT(*) FROM elder_account").query(Long.class).single() == 0
                && jdbc.sql("SELECT COUNT(*) FROM elder_family_link").query(Long.class).single() == 0;
        if (elderAccount.isEmpty() || familyAccount.isEmpty() || elder.isEmpty() || !empty) {
            return;
        }
        long elderId = elder.get().id();
        AccountRef own = elderAccount.get();
        jdbc.sql("""
                INSERT INTO elder_account (elder_id, account_id, username, elder_key, account_key, assigned_by, assigned_at)
                VALUES (:elder, :account, :username, :elder, :account, 'demo', :now)""")
                .param("elder", elderId).param("account", own.id()).param("username", own.username())
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
        AccountRef f = familyAccount.get();
        links.insertRequested(elderId, new Viewer(f.id(), f.username(), f.displayName(), f.role(), f.division()),
                FamilyRelation.CHILD, elder.get().idNumberMasked(), clock.instant());
        contacts.insert(elderId, new ValidContact("宝音之女", ContactRelation.CHILD, PhoneNumber.parse("13904829001"),
                "在呼和浩特工作"), 1, "demo", clock.instant());
        log.info("DEMO MODE: elder account tied to a demo elder, one family request waiting for confirmation");
    }
}
