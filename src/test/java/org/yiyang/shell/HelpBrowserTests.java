package org.yiyang.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.elder.ElderAccounts;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Viewer;

/**
 * The demo elder calls for help from the home page with the keyboard alone, in elder mode on a 360 px phone, and sees
 * the call among their alarms; both pages pass the accessibility scan.
 */
class HelpBrowserTests extends BrowserTest {

    @Autowired ElderAccounts elderAccounts;
    @Autowired AccountDirectory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void theElderCallsForHelpAndSeesTheCallAmongTheirAlarms() {
        var account = directory.findByUsername("elder").orElseThrow();
        var own = elderAccounts.ownElder(new Viewer(account.id(), account.username(), account.displayName(),
                account.role(), account.division()));
        assumeTrue(own.isPresent(), "the demo elder account is tied to a demo elder");

        page.signIn("elder");
        page.chooseLanguage("zh-CN");
        page.useElderMode(true);
        driver().manage().window().setSize(new Dimension(360, 800));
        page.open("/");
        driver().findElement(By.cssSelector("ul.cards a[href='/care/help']")).click();
        page.await("the help page", d -> d.findElements(By.id("help-form")).isEmpty() ? null : true);
        AccessibilityScan help = AccessibilityScan.of(driver());
        var button = driver().findElement(By.cssSelector("#help-form button"));
        int buttonHeight = button.getSize().getHeight();
        button.sendKeys(Keys.ENTER);
        page.await("the confirmation", d -> d.findElements(By.id("help-sent")).isEmpty() ? null : true);
        String sent = driver().findElement(By.id("help-sent")).getText();
        String role = driver().findElement(By.id("help-sent")).getAttribute("role");
        long alarm = jdbc.sql("SELECT MAX(id) FROM care_alarm WHERE source = :s").param("s", "app:" + account.id())
                .query(Long.class).single();

        driver().findElement(By.cssSelector("a[href='/care/my-alarms']")).click();
        page.await("the elder's alarms", d -> d.findElements(By.id("home-alarm-" + alarm)).isEmpty() ? null : true);
        String card = driver().findElement(By.id("home-alarm-" + alarm)).getText();
        Number overflow = (Number) page.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        AccessibilityScan mine = AccessibilityScan.of(driver());
        page.useElderMode(false);

        assertThat(sent).contains("求助已发出", String.valueOf(alarm));
        assertThat(role).isEqualTo("alert");
        assertThat(buttonHeight).as("a button as large as a thumb").isGreaterThanOrEqualTo(100);
        assertThat(card).contains("一键呼叫");
        assertThat(overflow.intValue()).as("page wider than the phone").isLessThanOrEqualTo(0);
        assertThat(help.blockingViolations()).as(help::report).isEmpty();
        assertThat(mine.blockingViolations()).as(mine::report).isEmpty();
    }
}
