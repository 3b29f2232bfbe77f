package org.yiyang.shell;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.yiyang.benefit.internal.BenefitFixtures;

/**
 * The platform on a random port and a fresh headless Chromium per test. Skipped, with the reason, where
 * Chromium is not installed; {@code .ci/run} installs it.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@Import(BenefitFixtures.class)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    ChromiumBrowser browser;
    ShellPage page;

    @BeforeEach
    void startBrowser() {
        // per test, not @BeforeAll: Surefire does not report a class-level skip or its reason
        assumeTrue(ChromiumBrowser.installed(), ChromiumBrowser.NOT_INSTALLED);
        openFreshBrowser();
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Closes the current browser and starts one with an empty profile: no cookies, no session. */
    void openFreshBrowser() {
        quitBrowser();
        browser = ChromiumBrowser.start();
        page = new ShellPage(browser.driver(), "http://localhost:" + port);
    }

    WebDriver driver() {
        return browser.driver();
    }
}
