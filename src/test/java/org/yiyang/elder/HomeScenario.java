package org.yiyang.elder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.TestAccounts;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.shared.DivisionCode;

/**
 * One elder of the demo banner with everyone who may or may not act for them: their own tied account, a
 * family member with a confirmed link, one whose request is still pending, one whose link was revoked, and
 * one with no link at all; fresh accounts each time.
 */
final class HomeScenario {

    static final Viewer OTHER_DIVISION_OPERATOR =
            new Viewer(4, "hulunbuir-operator", "O", Role.OPERATOR, DivisionCode.of("150702000000"));
    static final Viewer BANNER_ASSESSOR =
            new Viewer(5, "banner-assessor", "A", Role.ASSESSOR, DivisionCode.of(FamilyScenario.BANNER));

    final long elderId;
    final String idNumber;
    final Viewer self;
    final Viewer family;
    final Viewer pendingFamily;
    final Viewer revokedFamily;
    final Viewer strangerFamily;

    HomeScenario(ElderRegistry registry, ElderAccounts accounts, FamilyLinks links, JdbcClient jdbc,
                 AccountAdministration administration, AccountDirectory directory, String name) {
        idNumber = TestElders.idNumber("152201", 1938);
        elderId = registry.register(FamilyScenario.BANNER_OPERATOR,
                TestElders.draft(name, idNumber, TestElders.HINGGAN_VILLAGE));
        self = viewer(directory, TestAccounts.create(administration, Role.ELDER, FamilyScenario.BANNER));
        accounts.assign(FamilyScenario.BANNER_OPERATOR, elderId, self.username());
        family = familyMember(administration, directory);
        pendingFamily = familyMember(administration, directory);
        revokedFamily = familyMember(administration, directory);
        strangerFamily = familyMember(administration, directory);
        links.request(family, new LinkRequest(idNumber, FamilyRelation.CHILD));
        links.confirm(FamilyScenario.BANNER_OPERATOR, pendingLink(jdbc));
        links.request(revokedFamily, new LinkRequest(idNumber, FamilyRelation.GRANDCHILD));
        long revoked = pendingLink(jdbc);
        links.confirm(FamilyScenario.BANNER_OPERATOR, revoked);
        links.revoke(FamilyScenario.BANNER_OPERATOR, revoked, "测试");
        links.request(pendingFamily, new LinkRequest(idNumber, FamilyRelation.SPOUSE));
    }

    private long pendingLink(JdbcClient jdbc) {
        return jdbc.sql("SELECT MAX(id) FROM elder_family_link WHERE elder_id = :elder AND status = 'REQUESTED'")
                .param("elder", elderId).query(Long.class).single();
    }

    private static Viewer familyMember(AccountAdministration administration, AccountDirectory directory) {
        return viewer(directory, TestAccounts.create(administration, Role.FAMILY, FamilyScenario.BANNER));
    }

    static Viewer viewer(AccountDirectory directory, String username) {
        var a = directory.findByUsername(username).orElseThrow();
        return new Viewer(a.id(), a.username(), a.displayName(), a.role(), a.division());
    }
}
