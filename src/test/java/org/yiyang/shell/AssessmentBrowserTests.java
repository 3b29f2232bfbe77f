package org.yiyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.yiyang.TestAccounts;
import org.yiyang.elder.AssessmentSheet;
import org.yiyang.elder.CapabilityAssessments;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.HealthRecord;
import org.yiyang.elder.TestAssessments;
import org.yiyang.elder.TestElders;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Language;

/** A capability assessment as an assessor does it on a tablet in elder mode, and its printable report. */
class AssessmentBrowserTests extends BrowserTest {

    private static final Viewer OPERATOR = new Viewer(3, "banner-operator", "O", Role.OPERATOR,
            DivisionCode.of("152221000000"));
    private static final Viewer ASSESSOR = new Viewer(0, "assessor", "A", Role.ASSESSOR,
            DivisionCode.of("152221000000"));

    @Autowired
    ElderRegistry registry;

    @Autowired
    CapabilityAssessments assessments;

    @Autowired
    AccountAdministration administration;

    @Test
    void anAssessorPicksOptionsByTheirDescriptionOnATabletInElderModeAndSavesTheDraftTwiceInPlace() {
        long id = assessments.startDraft(ASSESSOR, newElder());
        page.signIn("assessor");
        page.chooseLanguage("zh-CN");
        page.useElderMode(true);
        driver().manage().window().setSize(new Dimension(800, 1280));
        page.open("/assessments/" + id);

        pick("在他人指导或提示下完成，或独立使用辅具，没有呛咳");
        driver().findElement(By.id("save-draft")).click();
        page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("assessment-status"), "草稿已保存"));
        pick("偶尔尿失禁（每天少于1次，每周多于1次），或需他人少量协助使用尿布、尿垫等");
        driver().findElement(By.id("save-draft")).click();
        page.waiting().ignoring(StaleElementReferenceException.class) // htmx swaps the version field out of band
                .until(d -> "2".equals(d.findElement(By.id("assessment-version")).getDomProperty("value")));

        Number overflow = (Number) page.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Number optionHeight = (Number) page.script(
                "return document.querySelector('.option').getBoundingClientRect().height;");
        AccessibilityScan scan = AccessibilityScan.of(driver());
        screenshot("assessment-form.png");
        page.useElderMode(false);

        assertThat(page.path()).isEqualTo("/assessments/" + id);
        assertThat(assessments.find(ASSESSOR, id).orElseThrow().answers()).containsKey("B1.1").hasSize(2);
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        assertThat(optionHeight.doubleValue()).isGreaterThanOrEqualTo(56);
        assertThat(scan.blockingViolations()).as(scan::report).isEmpty();
    }

    @Test
    void theReportOfACompletedAssessmentIsAccessibleAndHasItsPrintButton() {
        long elder = newElder();
        long id = assessments.startDraft(ASSESSOR, elder);
        AssessmentSheet sheet = assessments.sheet(TestAssessments.STANDARD, TestAssessments.VERSION, Language.ZH);
        assessments.complete(ASSESSOR, id, TestAssessments.draft(TestAssessments.totalling(sheet, 58), "assessor",
                TestAccounts.create(administration, Role.ASSESSOR, "152221000000"), LocalDate.now(ZoneId.of("Asia/Shanghai")), HealthRecord.none(), List.of(), 0));
        page.signIn("assessor");
        page.chooseLanguage("zh-CN");
        page.open("/assessments/" + id + "/report");

        AccessibilityScan scan = AccessibilityScan.of(driver());
        screenshot("assessment-report.png");

        assertThat(driver().findElements(By.cssSelector("[data-item]"))).hasSize(26);
        assertThat(driver().findElement(By.id("final-level")).getText()).isEqualTo("中度失能");
        assertThat(driver().findElement(By.id("print-report")).isDisplayed()).isTrue();
        assertThat(scan.blockingViolations()).as(scan::report).isEmpty();
    }

    private void pick(String description) {
        var option = driver().findElement(By.xpath("//label[contains(@class,'option')][span[normalize-space()='"
                + description + "']]"));
        page.script("arguments[0].scrollIntoView({block: 'center'});", option); // as a person scrolls to it
        option.click();
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", name), browser.driver().getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long newElder() {
        return registry.register(OPERATOR, TestElders.draft("浏览器评估", TestElders.idNumber("152221", 1942),
                "152221103002"));
    }

}
