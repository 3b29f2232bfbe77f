package org.yiyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.yiyang.elder.TestElders;

/** The registry as an operator uses it in a real browser, in elder mode and on a 360 px phone. */
class RegistryBrowserTests extends BrowserTest {

    @Test
    void anOperatorRegistersAnElderFromTheHomePageAndRevealsTheIdNumberOnce() {
        page.signIn("operator");
        page.chooseLanguage("zh-CN");
        driver().findElement(By.cssSelector("a[href='/elders']")).click();
        page.await("the registry list", d -> d.findElements(By.id("elder-rows")).isEmpty() ? null : true);
        driver().findElement(By.cssSelector("a[href='/elders/new']")).click();

        String idNumber = TestElders.idNumber("152201", 1938);
        driver().findElement(By.id("name")).sendKeys("浏览器老人");
        String wrongCheck = idNumber.substring(0, 17) + (idNumber.charAt(17) == '0' ? '1' : '0');
        driver().findElement(By.id("idNumber")).sendKeys(wrongCheck);
        driver().findElement(By.id("divisionCode")).sendKeys(TestElders.HINGGAN_VILLAGE);
        driver().findElement(By.cssSelector("#livingSituation option[value='ALONE']")).click();
        driver().findElement(By.cssSelector("#elder-form button[type=submit]")).click();

        page.await("the check-character error", d -> d.findElements(By.id("idNumber-error")).isEmpty() ? null : true);
        assertThat(driver().findElement(By.id("name")).getDomProperty("value")).isEqualTo("浏览器老人");
        AccessibilityScan formWithErrors = AccessibilityScan.of(driver());

        driver().findElement(By.id("idNumber")).clear();
        driver().findElement(By.id("idNumber")).sendKeys(idNumber);
        driver().findElement(By.cssSelector("#elder-form button[type=submit]")).click();
        page.await("the elder's file", d -> d.findElements(By.id("id-number")).isEmpty() ? null : true);
        assertThat(driver().findElement(By.id("id-number")).getText()).doesNotContain(idNumber);

        driver().findElement(By.cssSelector("#id-number button")).click();
        page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("id-number"), idNumber));
        AccessibilityScan file = AccessibilityScan.of(driver());

        assertThat(formWithErrors.blockingViolations()).as(formWithErrors::report).isEmpty();
        assertThat(file.blockingViolations()).as(file::report).isEmpty();
    }

    @Test
    void theRegistryListWorksInElderModeOnA360PixelPhone() {
        page.signIn("regulator");
        page.chooseLanguage("zh-CN");
        page.useElderMode(true);
        driver().manage().window().setSize(new Dimension(360, 800));
        page.open("/elders");

        Number overflow = (Number) page.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object widest = page.script("""
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                                 && !e.closest('.table-wrap'))
                    .slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))
                    .join(', ');""");
        AccessibilityScan scan = AccessibilityScan.of(driver());
        double fontSize = Double.parseDouble(page.computedStyle("body", "font-size").replace("px", ""));
        page.useElderMode(false);

        assertThat(overflow.intValue()).as("page wider than the phone; widest elements: %s", widest).isLessThanOrEqualTo(0);
        assertThat(fontSize).isGreaterThanOrEqualTo(20);
        assertThat(scan.blockingViolations()).as(scan::report).isEmpty();
    }

}
