package org.givefirst.web.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One member's plain HTTP conversation with GiveFirst, without a browser: pages, Faces forms
 * (their hidden fields and ViewState sent back as a browser would), cookies and redirects. Each
 * request can have its SQL statements counted ({@link StatementCounter}).
 */
public final class PageClient {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");

    /** What a counted request answered, the SQL it sent, and the queries translated into SQL for it. */
    public record Counted(String path, int status, String html, String location, List<String> statements,
                          List<String> translations) {
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    public PageClient(URL base) {
        this.base = URI.create(base.toString());
    }

    public void signIn(String email, String password) throws IOException, InterruptedException {
        String html = submit("signin", get("signin").html(), Map.of("signin:email", email, "signin:password", password),
                "signin:submit").html();
        if (!html.contains("signOutForm")) {
            throw new AssertionError("sign-in of " + email + " failed");
        }
    }

    public Counted get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Submits the form with this id on the page, with these fields set, by this button. */
    public Counted submit(String formId, String pageHtml, Map<String, String> fields, String button)
            throws IOException, InterruptedException {
        Matcher form = Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]*)\".*?</form>", Pattern.DOTALL)
                .matcher(pageHtml);
        if (!form.find()) {
            throw new AssertionError("no form " + formId + " on the page");
        }
        Map<String, String> sent = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form.group());
        while (hidden.find()) {
            sent.put(attribute(hidden.group(), "name"), attribute(hidden.group(), "value"));
        }
        sent.putAll(fields);
        sent.put(button, "submit");
        StringBuilder body = new StringBuilder();
        sent.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(base.resolve(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Sends the request and follows its redirects as a browser would; counts the last page's statements. */
    private Counted send(HttpRequest.Builder request) throws IOException, InterruptedException {
        Counted page = sendCounted(request);
        for (int hops = 0; hops < 5 && page.status() / 100 == 3; hops++) {
            page = sendCounted(HttpRequest.newBuilder(base.resolve(page.location())).GET());
        }
        return page;
    }

    private Counted sendCounted(HttpRequest.Builder request) throws IOException, InterruptedException {
        String token = UUID.randomUUID().toString();
        HttpResponse<String> response = http.send(request.header(StatementCounter.HEADER, token).build(),
                HttpResponse.BodyHandlers.ofString());
        // The server records the count when the request ends, which can be a moment after the answer.
        StatementCounter.Recording recording = null;
        for (int wait = 0; recording == null && wait < 100; wait++) {
            recording = StatementCounter.recorded(token).orElse(null);
            if (recording == null) {
                Thread.sleep(20);
            }
        }
        if (recording == null) {
            throw new AssertionError("no statement count for " + response.uri());
        }
        return new Counted(response.uri().getPath(), response.statusCode(), response.body(),
                response.headers().firstValue("Location").orElse(null), recording.statements(), recording.translations());
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? value.group(1).replace("&amp;", "&") : "";
    }
}
