package org.yiyang.notify.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.notify.Notice;
import org.yiyang.notify.Notifier;
import org.yiyang.notify.internal.InboxStore;
import org.yiyang.notify.internal.LiveStreams;

/**
 * A notice sent while the inbox page is open arrives over the real event stream: the header badge counts it, the
 * list refreshes through the {@code yy:live} htmx event, and the polite live region carries its text.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class LiveBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    @Autowired
    Notifier notifier;

    @Autowired
    InboxStore inbox;

    @Autowired
    LiveStreams streams;

    @Autowired
    AccountDirectory directory;

    private ChromeDriver driver;
    private long volunteer;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium not installed: browser tests skipped; .ci/run installs it");
        volunteer = directory.findByUsername("volunteer").orElseThrow().id();
        inbox.markAllRead(volunteer);
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-sync", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build(), options);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (volunteer != 0) {
            inbox.markAllRead(volunteer);
        }
    }

    @Test
    void aNoticeArrivesLiveOnTheOpenInboxPage() throws Exception {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys("volunteer");
        driver.findElement(By.id("password")).sendKeys("Yiyang@2026");
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.cards[data-role]")));
        driver.get("http://localhost:" + port + "/inbox");
        for (int i = 0; i < 100 && streams.openStreams(volunteer) == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(streams.openStreams(volunteer)).as("the page opened its event stream").isPositive();

        notifier.notify(List.of(volunteer), new Notice("task:7", "shell.total", List.of("77"), "/"));

        wait.until(d -> "1".equals(d.findElement(By.id("inbox-badge")).getDomAttribute("data-count")));
        assertThat(driver.findElement(By.id("inbox-badge")).getText()).contains("1 条未读消息");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-announcer"), "共 77 条"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-list"), "共 77 条"));
        assertThat(driver.findElement(By.id("live-announcer")).getDomAttribute("aria-live")).isEqualTo("polite");
    }
}
