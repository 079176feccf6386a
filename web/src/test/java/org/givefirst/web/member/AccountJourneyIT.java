package org.givefirst.web.member;

import org.givefirst.web.support.Deployments;
import org.givefirst.web.support.Mailbox;
import org.givefirst.web.support.ScreenshotOnFailure;
import org.givefirst.web.support.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person does with their account, in a real headless Chromium: sign up, sign out, sign in,
 * edit the profile and see it as others do — and what they see when they type something wrong.
 * Screenshots land in target/screenshots (always of the profile; of the page on a failure).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountJourneyIT {

    private static final String PASSWORD = "walking the long way home";

    private static Visitor visitor;

    @RegisterExtension
    static final ScreenshotOnFailure SCREENSHOTS = new ScreenshotOnFailure(() -> visitor.browser());

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.givefirstWar();
    }

    @BeforeAll
    static void openBrowser() {
        visitor = new Visitor();
    }

    @AfterAll
    static void closeBrowser() {
        if (visitor != null) {
            visitor.close();
        }
    }

    @BeforeEach
    void startSignedOut() {
        visitor.at(base).forgetSession();
    }

    @Test
    void signUpSignOutSignInEditTheProfileAndSeeItOnTheProfilePage() {
        open("");
        assertThat(text("content")).contains("Give before you receive");
        visitor.screenshot("landing");
        click("ctaSignUp");

        String email = uniqueEmail();
        signUp("Zoë Ñúñez 李娜 🌱", email, PASSWORD);
        assertThat(driver().getCurrentUrl()).contains("/profile/edit");
        assertThat(text("pageMessages")).contains("Welcome to GiveFirst, Zoë Ñúñez 李娜 🌱!");

        click("signOutForm:signOut");
        assertThat(text("content")).contains("You are signed out.");
        assertThat(driver().findElements(By.id("navSignIn"))).hasSize(1);

        // A members-only page sends the visitor to sign in, and back there afterwards.
        open("profile/edit");
        assertThat(driver().getCurrentUrl()).contains("/signin?next=");
        String sessionBefore = visitor.sessionId();
        fill("signin:email", email.toUpperCase());
        fill("signin:password", PASSWORD);
        click("signin:submit");
        assertThat(driver().getCurrentUrl()).contains("/profile/edit");
        assertThat(visitor.sessionId()).as("a new session id on sign-in").isNotEqualTo(sessionBefore);

        fill("profile:headline", "Backend engineer, payments — 12 years");
        fill("profile:location", "São Paulo");
        fill("profile:bio", "I review CVs and give references.\nAsk me about Java.");
        addSkill("Java");
        addSkill("Backend");
        addSkill("数据工程");
        assertThat(texts(By.cssSelector("#skillList .tag-text"))).containsExactly("java", "backend", "数据工程");
        visitor.click(driver().findElement(By.cssSelector("input[title='Remove java']")));
        assertThat(texts(By.cssSelector("#skillList .tag-text"))).containsExactly("backend", "数据工程");
        // The other fields were kept across the add and remove clicks.
        assertThat(value("profile:headline")).isEqualTo("Backend engineer, payments — 12 years");
        click("profile:save");

        assertThat(driver().getCurrentUrl()).contains("/members/profile?id=");
        assertThat(text("pageMessages")).contains("Your profile is saved.");
        assertThat(text("displayName")).isEqualTo("Zoë Ñúñez 李娜 🌱");
        assertThat(text("headline")).isEqualTo("Backend engineer, payments — 12 years");
        assertThat(text("location")).isEqualTo("São Paulo");
        assertThat(text("bio")).isEqualTo("I review CVs and give references.\nAsk me about Java.");
        assertThat(texts(By.cssSelector("#skills .tag"))).containsExactly("backend", "数据工程");
        visitor.screenshot("profile");

        // Another member sees the same public profile, without the edit button.
        String profileUrl = driver().getCurrentUrl();
        click("signOutForm:signOut");
        open("signup");
        signUp("Kwame Mensah", uniqueEmail(), PASSWORD);
        driver().get(profileUrl);
        assertThat(text("displayName")).isEqualTo("Zoë Ñúñez 李娜 🌱");
        assertThat(text("headline")).isEqualTo("Backend engineer, payments — 12 years");
        assertThat(driver().findElements(By.id("editProfile"))).isEmpty();
    }

    @Test
    void badSignUpInputGetsAMessageBesideEachFieldKeepsTheRestAndSavesNothing() {
        open("signup");
        click("signup:submit");
        assertThat(message("signup:displayName")).isEqualTo("Please tell us your name.");
        assertThat(message("signup:email")).isEqualTo("Please enter your email address.");
        assertThat(message("signup:password")).isEqualTo("Please choose a password.");
        assertThat(message("signup:guidelines")).isEqualTo("Please accept the community guidelines to join.");

        fill("signup:displayName", "Ñandú Đặng 🐦");
        fill("signup:email", "nandu.example.org");
        fill("signup:password", "too short");
        click("signup:submit");
        assertThat(message("signup:email")).startsWith("That does not look like an email address");
        assertThat(message("signup:password")).isEqualTo("Please use at least 12 characters.");
        assertThat(message("signup:displayName")).isEmpty();
        assertThat(value("signup:displayName")).isEqualTo("Ñandú Đặng 🐦");
        assertThat(value("signup:email")).isEqualTo("nandu.example.org");

        fill("signup:email", "nandu@example.org");
        fill("signup:password", "Password1234");
        click("signup:submit");
        assertThat(message("signup:password")).startsWith("This password is one of the most common ones");
        assertThat(message("signup:email")).isEmpty();

        fill("signup:displayName", "n".repeat(81));
        fill("signup:password", "x".repeat(129));
        click("signup:submit");
        assertThat(message("signup:displayName")).isEqualTo("Please keep your name to 80 characters.");
        assertThat(message("signup:password")).isEqualTo("Please use at most 128 characters.");

        // An email that is taken, typed in another case: refused beside the email, nothing saved.
        String email = uniqueEmail();
        open("signup");
        signUp("First Owner", email, PASSWORD);
        click("signOutForm:signOut");
        String membersBefore = text("memberCount");
        open("signup");
        signUp("Second Try", "  " + email.toUpperCase(), PASSWORD);
        assertThat(message("signup:email")).isEqualTo("An account with this email already exists. Sign in instead?");
        assertThat(value("signup:displayName")).isEqualTo("Second Try");
        open("");
        assertThat(text("memberCount")).isEqualTo(membersBefore);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        String email = uniqueEmail();
        open("signup");
        signUp("Ana", email, PASSWORD);
        click("signOutForm:signOut");

        open("signin");
        fill("signin:email", email);
        fill("signin:password", PASSWORD + " not");
        click("signin:submit");
        assertThat(text("pageMessages")).isEqualTo("That email and password do not match an account. Please try again.");
        assertThat(value("signin:email")).isEqualTo(email);

        fill("signin:email", uniqueEmail());
        fill("signin:password", PASSWORD);
        click("signin:submit");
        assertThat(text("pageMessages")).isEqualTo("That email and password do not match an account. Please try again.");
    }

    @Test
    void tenWrongPasswordsPauseSigningInWithThatEmailEvenWithTheRightOne() throws Exception {
        String email = uniqueEmail();
        open("signup");
        signUp("Lea", email, PASSWORD);
        click("signOutForm:signOut");

        open("signin");
        for (int i = 0; i < 10; i++) {
            fill("signin:email", email);
            fill("signin:password", "guess number " + i);
            click("signin:submit");
            assertThat(text("pageMessages")).isEqualTo("That email and password do not match an account. Please try again.");
        }
        fill("signin:email", email);
        fill("signin:password", PASSWORD);
        click("signin:submit");
        assertThat(text("pageMessages")).startsWith("Too many failed attempts with this email.");
        assertThat(driver().getCurrentUrl()).contains("/signin");

        // The answer is HTTP 429, as a script trying passwords sees it.
        HttpClient script = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> refused = postSignIn(script, email, "x");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many failed attempts with this email.");
    }

    @Test
    void aForgottenPasswordIsResetByEmailAndSessionsWithTheOldOneEnd() throws Exception {
        String email = uniqueEmail();
        open("signup");
        signUp("Noor", email, PASSWORD);
        click("signOutForm:signOut");
        // Noor is still signed in on another device.
        HttpClient otherDevice = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(postSignIn(otherDevice, email, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(otherDevice.send(HttpRequest.newBuilder(url("dashboard")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);

        open("signin");
        click("forgotPassword");
        fill("forgot:email", email);
        click("forgot:send");
        assertThat(text("pageMessages")).startsWith("If an account exists for " + email + ", a link");
        String mail = Mailbox.of(email).await(1, Duration.ofSeconds(20)).getFirst().text();
        String link = mail.substring(mail.indexOf("/password/reset?t=")).lines().findFirst().orElseThrow().strip();

        open(link.substring(1));
        fill("reset:password", "too short");
        click("reset:save");
        assertThat(visitor.message("reset:password")).isNotEmpty();
        visitor.screenshot("password-reset");
        fill("reset:password", "a new password for a new start");
        click("reset:save");
        assertThat(text("pageMessages")).isEqualTo("Your new password is saved. Sign in with it.");
        fill("signin:email", email);
        fill("signin:password", "a new password for a new start");
        click("signin:submit");
        assertThat(driver().getCurrentUrl()).contains("/dashboard");

        // The other device was signed in with the old password: it is signed out now.
        HttpResponse<String> old = otherDevice.send(HttpRequest.newBuilder(url("dashboard")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location").orElse("")).contains("/signin");
        // And the link worked once.
        open(link.substring(1));
        assertThat(text("invalidLink")).startsWith("This link has expired or was already used.");
    }

    @Test
    void signingOutTakesThePostOfTheSessionsOwnFormNotALinkOrAnotherSite() throws Exception {
        String email = uniqueEmail();
        open("signup");
        signUp("Ana", email, PASSWORD);
        click("signOutForm:signOut");
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        assertThat(postSignIn(client, email, PASSWORD).statusCode()).isEqualTo(302);

        // Another site's form cannot know the token; a link (GET) changes nothing.
        assertThat(postSignOut(client, "forged").statusCode()).isEqualTo(403);
        assertThat(client.send(HttpRequest.newBuilder(url("signout")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(302);
        String dashboard = client.send(HttpRequest.newBuilder(url("dashboard")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(dashboard).as("still signed in").contains("signOutForm");

        String token = dashboard.replaceAll("(?s).*name=\"token\" value=\"([^\"]*)\".*", "$1");
        HttpResponse<String> signedOut = postSignOut(client, token);
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElse("")).endsWith("/?signedOut=true");
        assertThat(client.send(HttpRequest.newBuilder(url("dashboard")).build(), HttpResponse.BodyHandlers.ofString())
                .headers().firstValue("Location").orElse("")).contains("/signin");
        // A page left open from before, in a visitor's session: already signed out, no error page.
        client.send(HttpRequest.newBuilder(url("signin")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(postSignOut(client, token).headers().firstValue("Location").orElse("")).endsWith("/?signedOut=true");
    }

    @Test
    void aMemberHidesDetailsFromStrangersDownloadsTheirDataAndDeletesTheAccount() throws Exception {
        String email = uniqueEmail();
        open("signup");
        signUp("Vera Private", email, PASSWORD);
        fill("profile:headline", "Midwife and mentor");
        fill("profile:bio", "I help people returning to work after a break.");
        click("profile:save");
        String profileUrl = driver().getCurrentUrl();

        open("settings");
        WebElement bio = driver().findElements(By.cssSelector("#privacy tbody tr")).stream()
                .filter(row -> row.getText().contains("About you")).findFirst().orElseThrow()
                .findElement(By.cssSelector("input[type='checkbox']"));
        bio.click();
        click("privacyForm:savePrivacy");
        assertThat(text("pageMessages")).contains("Your choices about your profile are saved.");

        // The download, as the browser's session asks for it.
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(postSignIn(session, email, PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> download = session.send(HttpRequest.newBuilder(url("settings/export")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        assertThat(download.body()).contains("\"email\": \"" + email + "\"").contains("I help people returning to work")
                .doesNotContain("PBKDF2");
        assertThat(get("settings/export").statusCode()).as("nobody else's download").isEqualTo(302);

        // A stranger sees the headline but not the bio.
        click("signOutForm:signOut");
        open("signup");
        signUp("Stan Stranger", uniqueEmail(), PASSWORD);
        driver().get(profileUrl);
        assertThat(text("headline")).isEqualTo("Midwife and mentor");
        assertThat(text("bio")).doesNotContain("returning to work");
        assertThat(text("detailsHidden")).contains("shown only to members this person has been matched with");
        click("signOutForm:signOut");

        // Deleting takes the password; then nothing of Vera signs in, and her open session ends.
        open("signin");
        fill("signin:email", email);
        fill("signin:password", PASSWORD);
        click("signin:submit");
        open("settings");
        fill("delete:password", "not the right one at all");
        click("delete:confirmDelete");
        assertThat(visitor.message("delete:password")).isEqualTo("Please type your current password to confirm.");
        visitor.screenshot("settings-delete");
        fill("delete:password", PASSWORD);
        click("delete:confirmDelete");
        assertThat(text("pageMessages")).contains("Your account is deleted.");
        assertThat(session.send(HttpRequest.newBuilder(url("dashboard")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("her other session ended").isEqualTo(302);
        open("signin");
        fill("signin:email", email);
        fill("signin:password", PASSWORD);
        click("signin:submit");
        assertThat(text("pageMessages")).isEqualTo("That email and password do not match an account. Please try again.");
        driver().get(profileUrl);
        assertThat(driver().getCurrentUrl()).contains("/signin");
    }

    private HttpResponse<String> postSignOut(HttpClient client, String token) throws Exception {
        return postForm(client, "signout", "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** Posts a form body as a browser would, without following the redirect. */
    private HttpResponse<String> postForm(HttpClient client, String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the sign-in form as a script would (with the form's ViewState), without following the redirect. */
    private HttpResponse<String> postSignIn(HttpClient client, String email, String password) throws Exception {
        String form = client.send(HttpRequest.newBuilder(url("signin")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String viewState = form.replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\".*", "$1");
        return postForm(client, "signin", "signin=signin&signin%3Aemail=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&signin%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&signin%3Asubmit=Sign+in&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8));
    }

    @Test
    void overlongProfileFieldsGetAMessageAndTheRestIsKept() {
        open("signup");
        signUp("Ana", uniqueEmail(), PASSWORD);
        fill("profile:headline", "h".repeat(121));
        fill("profile:location", "Lisboa");
        fill("profile:newSkill", "<script>");
        click("profile:addSkill");
        assertThat(message("profile:headline")).isEqualTo("Please keep your headline to 120 characters.");
        assertThat(value("profile:location")).isEqualTo("Lisboa");

        fill("profile:headline", "Engineer");
        fill("profile:newSkill", "<script>");
        click("profile:addSkill");
        assertThat(message("profile:newSkill")).startsWith("A tag is made of letters and digits");
        assertThat(value("profile:newSkill")).isEqualTo("<script>");
    }

    @Test
    void unknownPagesAndMembersGetAFriendly404() throws Exception {
        HttpResponse<String> missing = get("no/such/page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").doesNotContain("Exception");

        open("signup");
        signUp("Ana", uniqueEmail(), PASSWORD);
        for (String id : List.of("999999999", "abc", "-1", "99999999999999999999999")) {
            open("members/profile?id=" + id);
            assertThat(text("content")).as("id " + id).contains("Page not found");
        }
        open("requests/view?id=1");
        assertThat(text("content")).as("a request that is not theirs").contains("Page not found");
        open("matches/view?id=x");
        assertThat(text("content")).contains("Page not found");
    }

    @Test
    void anExpiredFormGetsAFriendlyPageNotAStackTrace() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        client.send(HttpRequest.newBuilder(url("signin")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> response = postForm(client, "signin", "signin=signin&signin%3Aemail=a%40example.org"
                + "&signin%3Apassword=x&signin%3Asubmit=Sign+in&jakarta.faces.ViewState=-1%3A-1");
        assertThat(response.body()).contains("This page was open for a long time").doesNotContain("Exception");
    }

    @Test
    void sessionCookiesAreHttpOnlyAndSameSiteLaxSecureOverHttpsAndHeadersProtectThePages() throws Exception {
        HttpResponse<String> signIn = get("signin");
        List<String> cookies = signIn.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        // Every answer carries the protective headers: a page, an error page, a stylesheet.
        for (HttpResponse<String> response : List.of(signIn, get("no/such/page"), get("jakarta.faces.resource/css/givefirst.css"))) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'")
                    .contains("base-uri 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                    .contains("camera=()").contains("geolocation=()"));
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("only over HTTPS").isEmpty();
        }

        // Behind a balancer that ends HTTPS (X-Forwarded-Proto), the cookie is Secure and HSTS is sent.
        HttpResponse<String> overHttps = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("signin"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(overHttps.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void theReadinessCheckIsUpWhenTheDatabaseAnswers() throws Exception {
        URI health = base.toURI().resolve("/health/ready");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(health).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"database\"").contains("\"status\":\"UP\"");
    }

    // --- in a few words ---

    private void open(String path) {
        visitor.open(path);
    }

    private URI url(String path) {
        return visitor.url(path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static WebDriver driver() {
        return visitor.driver();
    }

    private static void signUp(String name, String email, String password) {
        visitor.signUp(name, email, password);
    }

    private static String uniqueEmail() {
        return Visitor.uniqueEmail();
    }

    private static void fill(String id, String text) {
        visitor.fill(id, text);
    }

    private static void click(String id) {
        visitor.click(id);
    }

    private static String text(String id) {
        return visitor.text(id);
    }

    private static String value(String id) {
        return visitor.value(id);
    }

    private static String message(String inputId) {
        return visitor.message(inputId);
    }

    private static List<String> texts(By selector) {
        return visitor.texts(selector);
    }

    private static void addSkill(String skill) {
        fill("profile:newSkill", skill);
        click("profile:addSkill");
    }
}
