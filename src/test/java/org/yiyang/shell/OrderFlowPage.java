package org.yiyang.shell;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yiyang.TestAccounts;
import org.yiyang.shared.GeoPoint;

/**
 * What the order-flow browser tests do on top of {@link ShellPage}: follow a link or send a form and wait for the
 * next page (also when a script sends the form a moment later), read texts once they are there, sign in for the
 * first time past the change-password page, and put the phone somewhere (Chromium's geolocation, emulated).
 */
final class OrderFlowPage {

    /** Generous: the machine is shared, and a slow page is not what these tests are about. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final ShellPage page;
    private final String baseUrl;

    OrderFlowPage(ChromiumBrowser browser, String baseUrl) {
        this.driver = browser.driver();
        this.page = new ShellPage(driver, baseUrl);
        this.baseUrl = baseUrl;
    }

    ShellPage shell() {
        return page;
    }

    /** Clicks a link or a submit button and waits until the next page has loaded. */
    void follow(String selector) {
        WebElement html = driver.findElement(By.tagName("html"));
        WebElement target = new WebDriverWait(driver, PATIENCE)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector)));
        page.script("arguments[0].scrollIntoView({block: 'center'});", target); // as a person scrolls to it
        target.click();
        // Chromium may answer the staleness probe with a generic "node does not belong to the document" while the
        // old page is being replaced; that too means the page has gone.
        new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(html));
        new WebDriverWait(driver, PATIENCE).until(d -> "complete".equals(page.script("return document.readyState;")));
    }

    /** Clicks something that stays on the page (a checkbox, a star). */
    void click(String selector) {
        WebElement target = new WebDriverWait(driver, PATIENCE)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector)));
        page.script("arguments[0].scrollIntoView({block: 'center'});", target);
        target.click();
    }

    void type(String selector, String text) {
        WebElement field = new WebDriverWait(driver, PATIENCE)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector)));
        field.clear();
        field.sendKeys(text);
    }

    /** Waits until the element is there and its text contains {@code expected}; returns the whole text. */
    String awaitText(String selector, String expected) {
        return new WebDriverWait(driver, PATIENCE)
                .withMessage(() -> "'" + expected + "' in " + selector + " on " + page.path() + ", which reads: "
                        + texts(selector))
                .ignoring(WebDriverException.class)
                .until(d -> {
                    String text = d.findElement(By.cssSelector(selector)).getText();
                    return text.contains(expected) ? text : null;
                });
    }

    String text(String selector) {
        return driver.findElement(By.cssSelector(selector)).getText();
    }

    boolean present(String selector) {
        return !driver.findElements(By.cssSelector(selector)).isEmpty();
    }

    /** The order's status as its page shows it. */
    String orderStatus() {
        return text("#order-panel .status-line .status");
    }

    /** A new account's first sign-in: the temporary password, then a password of its own; ends on the home page. */
    void firstSignIn(String username, String newPassword) {
        page.submitLogin(username, TestAccounts.PASSWORD);
        awaitText("h1.page-title", "修改密码");
        for (String field : List.of("currentPassword", "newPassword", "confirmPassword")) {
            type("#" + field, "currentPassword".equals(field) ? TestAccounts.PASSWORD : newPassword);
        }
        follow("form[action$='/account/password'] button[type=submit]");
        awaitHome();
    }

    void signIn(String username, String password) {
        page.submitLogin(username, password);
        awaitHome();
    }

    /**
     * Puts the phone at {@code point}: Chromium's geolocation answers with it (DevTools emulation), and the
     * platform's origin may ask for it without a prompt, as if the caregiver had allowed it once.
     */
    void placePhoneAt(GeoPoint point, double accuracyMetres) {
        driver.executeCdpCommand("Browser.grantPermissions",
                Map.of("origin", baseUrl, "permissions", List.of("geolocation")));
        driver.executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", point.latitude(), "longitude", point.longitude(), "accuracy", accuracyMetres));
    }

    AccessibilityScan scan() {
        return AccessibilityScan.of(driver);
    }

    private void awaitHome() {
        page.await("the home page", d -> d.findElements(By.cssSelector("ul.cards[data-role]")).isEmpty() ? null : true);
    }

    private String texts(String selector) {
        try {
            return driver.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList().toString();
        } catch (WebDriverException gone) {
            return "(page changing)";
        }
    }
}
