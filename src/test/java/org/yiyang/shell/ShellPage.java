package org.yiyang.shell;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does with the shell of every page: sign in and out, switch language and elder mode. */
final class ShellPage {

    static final String DEMO_PASSWORD = "Yiyang@2026";

    private final WebDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    ShellPage(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    WebDriverWait waiting() {
        return wait;
    }

    ShellPage open(String path) {
        driver.get(baseUrl + path);
        awaitLoaded();
        return this;
    }

    void reload() {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.navigate().refresh();
        // Chromium may answer the staleness probe with a generic "node does not belong to the document" while the
        // old page is being replaced; that too means the page has gone.
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(html));
        awaitLoaded();
    }

    void submitLogin(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickAndAwaitNextPage(By.id("login-submit"));
    }

    /** Signs in and waits for the role's home page. */
    void signIn(String username) {
        submitLogin(username, DEMO_PASSWORD);
        await("home page of " + username, ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.cards[data-role]")));
    }

    void signOut() {
        clickAndAwaitNextPage(By.id("logout"));
    }

    void chooseLanguage(String tag) {
        if (!tag.equals(language())) {
            clickAndAwaitNextPage(By.cssSelector(".lang-switch button[name=lang][value='" + tag + "']"));
        }
        wait.until(d -> tag.equals(language()));
    }

    void toggleElderMode() {
        clickAndAwaitNextPage(By.id("elder-toggle"));
    }

    void useElderMode(boolean on) {
        if (elderMode() != on) {
            toggleElderMode();
        }
        wait.until(d -> elderMode() == on);
    }

    String language() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    boolean elderMode() {
        return htmlClasses().contains("elder");
    }

    List<String> htmlClasses() {
        return List.of(driver.findElement(By.tagName("html")).getDomAttribute("class").trim().split("\\s+"));
    }

    String path() {
        return (String) script("return location.pathname + location.search;");
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    String computedStyle(String selector, String property) {
        return (String) script("return getComputedStyle(document.querySelector(arguments[0]))"
                + ".getPropertyValue(arguments[1]);", selector, property);
    }

    /** Waits for a condition; on timeout says what was awaited and which element had the focus. */
    <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .withMessage(() -> what + " (page " + path() + " titled '" + driver.getTitle() + "', focus on "
                        + focused() + ")")
                .until(condition);
    }

    /** The focused element as tag#id.class, for failure messages. */
    String focused() {
        return (String) script("const e = document.activeElement; return e ? e.tagName.toLowerCase()"
                + " + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '') : 'none';");
    }

    /** Visible elements matching the selector that are lower than the given height, described for a message. */
    @SuppressWarnings("unchecked")
    List<String> visibleElementsLowerThan(String selector, double minHeight) {
        return (List<String>) script("""
                return [...document.querySelectorAll(arguments[0])]
                    .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
                    .map(e => [e, e.getBoundingClientRect().height])
                    .filter(([e, h]) => h < arguments[1])
                    .map(([e, h]) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
                        + ' "' + e.innerText.replace(/\\s+/g, ' ').trim().slice(0, 30) + '" ' + h.toFixed(1) + 'px');
                """, selector, minHeight);
    }

    double bodyFontSize() {
        return Double.parseDouble(computedStyle("body", "font-size").replace("px", ""));
    }

    boolean focusIsOn(String selector) {
        return Boolean.TRUE.equals(script("return document.activeElement.matches(arguments[0]);", selector));
    }

    /** Asks the browser to load the self-hosted Mongolian web font for Mongolian text; true once it has. */
    boolean mongolianFontLoaded() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.load('1em "Noto Sans Mongolian"', 'ᠮᠣᠩᠭᠣᠯ')
                    .then(faces => done(faces.length > 0 && faces.every(f => f.status === 'loaded')), () => done(false));
                """));
    }

    long countVisible(String selector) {
        return ((Number) script("return [...document.querySelectorAll(arguments[0])]"
                + ".filter(e => e.getClientRects().length > 0).length;", selector)).longValue();
    }

    private void type(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks something that submits a form or follows a link, and waits until the next page has loaded. */
    private void clickAndAwaitNextPage(By locator) {
        WebElement html = driver.findElement(By.tagName("html"));
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
        // Chromium may answer the staleness probe with a generic "node does not belong to the document" while the
        // old page is being replaced; that too means the page has gone.
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(html));
        awaitLoaded();
    }

    private void awaitLoaded() {
        wait.until(d -> "complete".equals(script("return document.readyState;")));
    }
}
