package org.yiyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The flows people actually do in a real browser (headless Chromium): sign in per role, languages, elder
 * mode (长辈模式), read-aloud, keyboard use, and axe-core accessibility scans. Each test has its own
 * browser, so no cookie or session leaks from one test into another.
 */
class BrowserTests extends BrowserTest {

    private static final double ELDER_MIN_FONT_PX = 20;
    private static final double ELDER_MIN_TARGET_PX = 48;

    @ParameterizedTest(name = "{0} signs in to the {1} home and signs out")
    @CsvSource({"admin, ADMIN", "regulator, REGULATOR", "operator, OPERATOR", "provider, PROVIDER_ADMIN",
            "caregiver, CAREGIVER", "assessor, ASSESSOR", "volunteer, VOLUNTEER", "elder, ELDER", "family, FAMILY"})
    void everyDemoAccountSignsInToItsOwnHomeAndSignsOutAgain(String username, String role) {
        page.signIn(username);

        assertThat(page.path()).isEqualTo("/");
        assertThat(driver().findElement(By.id("home-heading")).isDisplayed()).isTrue();
        assertThat(driver().findElement(By.cssSelector("ul.cards")).getDomAttribute("data-role")).isEqualTo(role);
        assertThat(driver().findElements(By.id("login-link"))).isEmpty();

        page.signOut();

        assertThat(page.path()).startsWith("/login");
        assertThat(driver().findElement(By.id("login-form")).isDisplayed()).isTrue();
        assertThat(driver().findElement(By.id("login-link")).isDisplayed()).isTrue();
        assertThat(driver().findElements(By.id("logout"))).isEmpty();
        page.open("/");
        assertThat(driver().findElements(By.id("home-heading"))).as("home after sign-out").isEmpty();
    }

    @Test
    void wrongPasswordShowsTheErrorAndKeepsTheTypedUsername() {
        page.submitLogin("volunteer", "not-the-password");

        WebElement error = page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(error.getText()).isNotBlank();
        WebElement username = driver().findElement(By.id("username"));
        assertThat(username.getDomProperty("value")).isEqualTo("volunteer");
        assertThat(username.getDomAttribute("aria-describedby")).isEqualTo("login-error");
        assertThat(driver().findElement(By.id("password")).getDomProperty("value")).isEmpty();

        page.signIn("volunteer"); // and a right password afterwards resets the failure count
        assertThat(driver().findElement(By.cssSelector("ul.cards")).getDomAttribute("data-role")).isEqualTo("VOLUNTEER");
    }

    @Test
    void englishChosenOnTheLoginPageTranslatesItAndSurvivesAReload() {
        page.open("/login");
        assertThat(page.language()).isEqualTo("zh-CN");

        page.chooseLanguage("en");

        assertThat(page.path()).isEqualTo("/login");
        assertThat(driver().findElement(By.id("login-submit")).getText()).isEqualTo("Sign in");
        assertThat(driver().findElement(By.cssSelector(".lang-switch button[value='en']")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
        page.reload();
        assertThat(page.language()).isEqualTo("en");
        assertThat(driver().findElement(By.id("login-submit")).getText()).isEqualTo("Sign in");
    }

    @Test
    void mongolianChosenOnTheLoginPageUsesTheMongolianFontAndSurvivesAReload() {
        page.open("/login");

        page.chooseLanguage("mn-Mong");

        assertThat(page.computedStyle("body", "font-family")).contains("Noto Sans Mongolian");
        assertThat(driver().findElement(By.tagName("html")).getDomAttribute("data-script")).isEqualTo("mong");
        assertThat(page.mongolianFontLoaded()).as("the self-hosted Noto Sans Mongolian web font loaded").isTrue();
        page.reload();
        assertThat(page.language()).isEqualTo("mn-Mong");
        assertThat(page.computedStyle("body", "font-family")).contains("Noto Sans Mongolian");
    }

    @Test
    void elderModeEnlargesTextAndTouchTargetsAndTurnsOffAgain() {
        page.open("/");
        assertThat(page.htmlClasses()).contains("standard");
        assertThat(elderToggle().getDomAttribute("aria-pressed")).isEqualTo("false");

        page.toggleElderMode();

        assertThat(page.path()).isEqualTo("/");
        assertThat(page.htmlClasses()).contains("elder").doesNotContain("standard");
        assertThat(elderToggle().getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(page.bodyFontSize()).isGreaterThanOrEqualTo(ELDER_MIN_FONT_PX);
        assertTouchTargetsAreLarge(".topbar a, .topbar button, .card a, a.card");

        page.toggleElderMode();

        assertThat(page.htmlClasses()).contains("standard").doesNotContain("elder");
        assertThat(elderToggle().getDomAttribute("aria-pressed")).isEqualTo("false");
        assertThat(page.bodyFontSize()).isLessThan(ELDER_MIN_FONT_PX);
    }

    @Test
    void elderModeChosenBySignedInElderIsSavedOnTheAccountForTheNextSignIn() {
        page.signIn("elder");
        page.useElderMode(false);
        page.toggleElderMode();
        assertThat(page.elderMode()).isTrue();
        assertTouchTargetsAreLarge(".topbar a, .topbar button, .card a");
        page.signOut();

        openFreshBrowser();
        page.open("/login");
        assertThat(page.elderMode()).as("a fresh browser starts in standard mode").isFalse();
        page.signIn("elder");
        assertThat(page.elderMode()).as("elder mode restored from the account").isTrue();
        page.toggleElderMode();
        page.signOut();

        openFreshBrowser();
        page.signIn("elder");
        assertThat(page.elderMode()).as("elder mode turned off on the account").isFalse();
    }

    @Test
    void readAloudSpeaksTheMainTextWithoutScriptErrors() {
        page.open("/login");
        WebElement button = driver().findElement(By.id("read-aloud"));
        assertThat(button.getAccessibleName()).isNotBlank().isEqualTo(button.getText());
        assertThat(button.isEnabled()).as("speech synthesis available in Chromium").isTrue();
        page.script(SpeechRecorder.INSTALL);

        button.click();

        page.waiting().until(d -> "true".equals(button.getDomAttribute("aria-pressed")));
        assertThat(SpeechRecorder.errors(page)).isEmpty();
        List<Map<String, Object>> spoken = SpeechRecorder.spoken(page);
        assertThat(spoken).hasSize(1);
        assertThat(spoken.get(0)).containsEntry("text", page.script("return document.getElementById('main').innerText.trim();"))
                .containsEntry("lang", "zh-CN");
        assertThat((String) spoken.get(0).get("text")).contains(driver().findElement(By.tagName("h1")).getText());
        assertThat(button.getText()).isEqualTo(button.getDomAttribute("data-stop"));

        button.click();

        page.waiting().until(d -> "false".equals(button.getDomAttribute("aria-pressed")));
        assertThat(SpeechRecorder.errors(page)).isEmpty();
        assertThat(button.getText()).isEqualTo(button.getDomAttribute("data-start"));
    }

    @Test
    void loginPageHasNoSeriousAccessibilityViolations() {
        page.open("/login");
        page.chooseLanguage("zh-CN");

        AccessibilityScan scan = AccessibilityScan.of(driver());

        assertThat(scan.blockingViolations()).as(scan::report).isEmpty();
        assertThat(scan.rulesPassed()).isPositive();
    }

    @Test
    void eldersHomeInElderModeHasNoSeriousAccessibilityViolations() {
        page.signIn("elder");
        page.chooseLanguage("zh-CN");
        page.useElderMode(true);
        assertThat(driver().findElement(By.cssSelector("ul.cards")).getDomAttribute("data-role")).isEqualTo("ELDER");

        AccessibilityScan scan = AccessibilityScan.of(driver());
        page.useElderMode(false);

        assertThat(scan.blockingViolations()).as(scan::report).isEmpty();
    }

    @Test
    void divisionsPageAndItsLiveSearchHaveNoSeriousAccessibilityViolations() {
        page.open("/divisions");
        page.chooseLanguage("zh-CN");
        assertThat(driver().findElements(By.cssSelector("#division-children a"))).isNotEmpty();

        AccessibilityScan browsing = AccessibilityScan.of(driver());
        driver().findElement(By.id("division-q")).sendKeys("科尔沁");
        page.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#division-search-results a")));
        AccessibilityScan searching = AccessibilityScan.of(driver());

        assertThat(browsing.blockingViolations()).as(browsing::report).isEmpty();
        assertThat(searching.blockingViolations()).as(searching::report).isEmpty();
    }

    @Test
    void firstTabOnTheLoginPageReachesTheSkipLinkWhichMovesFocusToMain() {
        page.open("/login");

        new Actions(driver()).sendKeys(Keys.TAB).perform();

        WebElement skip = page.await("focus on the skip link after one Tab",
                d -> page.focusIsOn(".skip-link") ? d.switchTo().activeElement() : null);
        assertThat(skip.isDisplayed()).isTrue();
        assertThat(skip.getRect().getX()).as("skip link shown on screen when focused").isGreaterThanOrEqualTo(0);

        new Actions(driver()).sendKeys(Keys.ENTER).perform();

        page.await("focus on main#main after activating the skip link", d -> page.focusIsOn("main#main"));
    }

    private WebElement elderToggle() {
        return driver().findElement(By.id("elder-toggle"));
    }

    private void assertTouchTargetsAreLarge(String selector) {
        assertThat(page.countVisible(selector)).as("visible controls matching %s", selector).isPositive();
        assertThat(page.visibleElementsLowerThan(selector, ELDER_MIN_TARGET_PX))
                .as("elder-mode touch targets lower than %spx among %s", ELDER_MIN_TARGET_PX, selector).isEmpty();
    }
}
