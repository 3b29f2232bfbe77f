package org.yiyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yiyang.elder.ImportFiles;
import org.yiyang.elder.TestElders;
import org.yiyang.elder.UniqueIdNumbers;

/**
 * The bulk import in a real browser: an operator uploads a list, the job page follows the import by itself
 * (htmx polling) to the counts and the error report, and both pages pass the axe-core scan in elder mode.
 */
class ElderImportBrowserTests extends BrowserTest {

    @Test
    void anOperatorUploadsAListAndTheJobPageFollowsTheImportToTheErrorReportWithoutSeriousViolations()
            throws Exception {
        var ids = new UniqueIdNumbers("150125");
        Path file = ImportFiles.csv(List.of(ImportFiles.HEADER,
                ImportFiles.row("浏览器导入", ids.next(), TestElders.HINGGAN_VILLAGE, "独居", "低保"),
                ImportFiles.row("校验码错", ImportFiles.withWrongCheck(ids.next()), TestElders.HINGGAN_VILLAGE, "独居", "")));
        page.signIn("operator");
        // elder mode and Chinese by their cookies, so that the operator's saved preferences stay as they are
        browser.driver().manage().addCookie(new Cookie("yy_elder", "1", "/"));
        browser.driver().manage().addCookie(new Cookie("yy_lang", "zh-CN", "/"));

        page.open("/elders/import");
        assertThat(page.htmlClasses()).contains("elder");
        AccessibilityScan form = AccessibilityScan.of(browser.driver());
        assertThat(form.blockingViolations()).as(form::report).isEmpty();

        browser.driver().findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        browser.driver().findElement(By.id("import-start")).click();
        page.waiting().until(ExpectedConditions.urlMatches("/elders/import/\\d+$"));

        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#import-progress[data-status='DONE']")));
        assertThat(browser.driver().findElement(By.cssSelector("[data-count='imported']")).getText()).isEqualTo("1");
        assertThat(browser.driver().findElement(By.cssSelector("[data-count='failed']")).getText()).isEqualTo("1");
        assertThat(browser.driver().findElement(By.id("import-report")).getDomAttribute("href")).endsWith("/errors.csv");
        AccessibilityScan job = AccessibilityScan.of(browser.driver());
        assertThat(job.blockingViolations()).as(job::report).isEmpty();
    }
}
