package org.yiyang.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.TestAccounts;
import org.yiyang.elder.ElderAccounts;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.FamilyRelation;
import org.yiyang.elder.LinkRequest;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;

/** The demo elder answers a family request in three steps, in elder mode on a 360 px phone. */
class FamilyBrowserTests extends BrowserTest {

    @Autowired
    ElderAccounts elderAccounts;

    @Autowired
    ElderRegistry registry;

    @Autowired
    FamilyLinks links;

    @Autowired
    AccountDirectory directory;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theElderConfirmsAFamilyRequestFromTheHomePageInThreeSteps() {
        Viewer elder = viewer("elder");
        var own = elderAccounts.ownElder(elder);
        assumeTrue(own.isPresent(), "the demo elder account is tied to a demo elder");
        Viewer operator = viewer("operator");
        String idNumber = registry.revealIdNumber(operator, own.get().id());
        Viewer family = viewer(TestAccounts.create(administration, Role.FAMILY, operator.division().value()));
        links.request(family, new LinkRequest(idNumber, FamilyRelation.CHILD));
        long linkId = jdbc.sql("SELECT id FROM elder_family_link WHERE family_account_id = :a AND status = 'REQUESTED'")
                .param("a", family.accountId()).query(Long.class).single();

        page.signIn("elder");
        page.chooseLanguage("zh-CN");
        page.useElderMode(true);
        driver().manage().window().setSize(new Dimension(360, 800));
        page.open("/");
        driver().findElement(By.cssSelector("ul.cards a[href='/my/elder/requests']")).click();
        page.await("the family requests", d -> d.findElements(By.cssSelector("[data-link='" + linkId + "']")).isEmpty() ? null : true);
        Number overflow = (Number) page.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        AccessibilityScan requests = AccessibilityScan.of(driver());

        driver().findElement(By.cssSelector("[data-link='" + linkId + "'] form[action$='/confirm'] button")).click();
        page.await("the confirmation", d -> d.findElements(By.cssSelector("p.notice")).isEmpty() ? null : true);
        String status = jdbc.sql("SELECT status FROM elder_family_link WHERE id = :id").param("id", linkId)
                .query(String.class).single();
        page.open("/my/elder");
        AccessibilityScan ownPage = AccessibilityScan.of(driver());
        page.useElderMode(false);

        assertThat(status).isEqualTo("CONFIRMED");
        assertThat(overflow.intValue()).as("page wider than the phone").isLessThanOrEqualTo(0);
        assertThat(requests.blockingViolations()).as(requests::report).isEmpty();
        assertThat(ownPage.blockingViolations()).as(ownPage::report).isEmpty();
    }

    private Viewer viewer(String username) {
        var account = directory.findByUsername(username).orElseThrow();
        return new Viewer(account.id(), account.username(), account.displayName(), account.role(), account.division());
    }

}
