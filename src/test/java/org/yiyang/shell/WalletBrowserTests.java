package org.yiyang.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.benefit.internal.WalletScenario;
import org.yiyang.elder.ElderAccounts;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.Money;

/** The demo elder reads their subsidy wallet (/benefit/my) from the home page, in elder mode on a 360 px phone. */
class WalletBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ElderAccounts elderAccounts;

    @Autowired
    AccountDirectory directory;

    @Test
    void theElderFindsTheirBalanceFromTheHomePageInElderMode() {
        var account = directory.findByUsername("elder").orElseThrow();
        var own = elderAccounts.ownElder(new Viewer(account.id(), account.username(), account.displayName(),
                account.role(), account.division()));
        assumeTrue(own.isPresent(), "the demo elder account is tied to a demo elder");
        WalletScenario wallets = WalletScenario.of(context);
        Programme subsidy = wallets.programme(ProgrammeKind.SERVICE_SUBSIDY, Payout.SUBSIDY_WALLET,
                RuleAmounts.monthly(Money.ofFen(12_300)));
        wallets.enrol(subsidy, own.get().id());
        wallets.credit(subsidy, own.get().id(), 12_300);

        page.signIn("elder");
        page.chooseLanguage("zh-CN");
        page.useElderMode(true);
        driver().manage().window().setSize(new Dimension(360, 800));
        page.open("/");
        driver().findElement(By.cssSelector("ul.cards a[href='/benefit/my']")).click();
        page.await("the wallet", d -> d.findElements(By.id("purse-SUBSIDY")).isEmpty() ? null : true);
        String purse = driver().findElement(By.id("purse-SUBSIDY")).getText();
        String programmes = driver().findElement(By.id("wallet-programmes")).getText();
        Number overflow = (Number) page.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        AccessibilityScan wallet = AccessibilityScan.of(driver());
        page.useElderMode(false);

        assertThat(purse).contains("¥123.00");
        assertThat(programmes).contains(subsidy.name());
        assertThat(overflow.intValue()).as("page wider than the phone").isLessThanOrEqualTo(0);
        assertThat(wallet.blockingViolations()).as(wallet::report).isEmpty();
    }
}
