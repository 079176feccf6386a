package org.givefirst.web.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A person at a browser, on GiveFirst: opens pages, fills fields, clicks, reads what the page
 * says. Every click here navigates (no ajax), so {@link #click} waits for the next page.
 */
public final class Visitor implements AutoCloseable {

    private final Browser browser = new Browser();
    private URI base;

    /** Sets the application's base URL (Arquillian's deployment URL). */
    public Visitor at(URL base) {
        this.base = URI.create(base.toString());
        return this;
    }

    public WebDriver driver() {
        return browser.driver();
    }

    public Path screenshot(String name) {
        return browser.screenshot(name);
    }

    public Browser browser() {
        return browser;
    }

    public URI url(String path) {
        return base.resolve(path);
    }

    public void open(String path) {
        driver().get(url(path).toString());
    }

    public void forgetSession() {
        open("");
        driver().manage().deleteAllCookies();
    }

    public static String uniqueEmail() {
        return "m-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Fills in and submits the sign-up form (the page must be open). */
    public void signUp(String name, String email, String password) {
        fill("signup:displayName", name);
        fill("signup:email", email);
        fill("signup:password", password);
        WebElement guidelines = driver().findElement(By.id("signup:guidelines"));
        if (!guidelines.isSelected()) {
            guidelines.click(); // a checkbox: no navigation
        }
        click("signup:submit");
    }

    /** Posts an offer through the real form (capacity 3); the page after it is open. */
    public void postOffer(String kind, String title, String tags) {
        open("offers/new");
        choose("offer:kind", kind);
        fill("offer:title", title);
        fill("offer:tags", tags);
        fill("offer:capacity", "3");
        click("offer:post");
    }

    public void fill(String id, String text) {
        WebElement input = driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Sets an input's value directly, for inputs whose typing depends on the browser's locale (dates). */
    public void setValue(String id, String value) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];",
                driver().findElement(By.id(id)), value);
    }

    /** Picks the radio button of a choice by its value. */
    public void choose(String name, String value) {
        driver().findElement(By.cssSelector("input[type='radio'][name='" + name + "'][value='" + value + "']")).click();
    }

    public void click(String id) {
        click(driver().findElement(By.id(id)));
    }

    /** Clicks a link or button and waits until the next page has loaded. */
    public void click(WebElement target) {
        WebElement page = driver().findElement(By.tagName("html"));
        target.click();
        WebDriverWait wait = new WebDriverWait(driver(), Duration.ofSeconds(20));
        wait.until(driver -> isGone(page));
        wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /** Clicks the button (or link) with this visible text inside the element {@code within}. */
    public void clickButton(WebElement within, String label) {
        click(within.findElement(By.xpath(".//input[@type='submit' and @value=" + xpathLiteral(label) + "]")));
    }

    public String text(String id) {
        return driver().findElement(By.id(id)).getText().strip();
    }

    public String value(String id) {
        return driver().findElement(By.id(id)).getDomProperty("value");
    }

    public boolean has(String id) {
        return !driver().findElements(By.id(id)).isEmpty();
    }

    /** The message shown beside an input (empty when there is none). */
    public String message(String inputId) {
        List<WebElement> messages = driver().findElements(By.id(inputId + "Message"));
        return messages.isEmpty() ? "" : messages.get(0).getText().strip();
    }

    public List<String> texts(By selector) {
        return driver().findElements(selector).stream().map(element -> element.getText().strip()).toList();
    }

    public String sessionId() {
        Cookie cookie = driver().manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /** Whether an element belongs to a page that has been replaced (chromedriver words it two ways). */
    private static boolean isGone(WebElement element) {
        try {
            element.getTagName();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Override
    public void close() {
        browser.close();
    }
}
