import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What members do in the cluster test (cluster/cluster-test.sh), as a browser would: real Faces
 * forms with their ViewState, through the balancer, each member with their own cookies. Runs with
 * the JDK alone ({@code java cluster/ClusterDrill.java COMMAND …}); prints KEY=value lines for the
 * script, and fails with a message and exit code 1 when what a member sees is wrong.
 *
 * <ul>
 *   <li>{@code failover BASE} — a giver accepts a reference request and starts writing it; the
 *       instance serving them is killed (kill -9); they submit without signing in again, and the
 *       reference is delivered once.</li>
 *   <li>{@code sessions BASE N FILE} — N members signed in through the balancer; their cookies,
 *       one line each, for the load generator.</li>
 *   <li>{@code cache BASE_A BASE_B} — one member's profile read on instance B, renamed through
 *       instance A, read again on B: the new name at once (coordinated cache).</li>
 *   <li>{@code proposal BASE} — a proposal left unanswered; prints its giver's email.</li>
 *   <li>{@code signin BASE EMAIL_FORMAT PASSWORD N FILE} — N existing members signed in (the email
 *       of member i is EMAIL_FORMAT with i from 1); their cookies, one line each, and their ids in
 *       FILE.ids — for the benchmark (bench/README.md) on a seeded community.</li>
 * </ul>
 */
public final class ClusterDrill {

    private static final String PASSWORD = "failover is invisible";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "failover" -> failover(args[1]);
            case "sessions" -> sessions(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
            case "cache" -> cache(args[1], args[2]);
            case "proposal" -> proposal(args[1]);
            case "signin" -> signIn(args[1], args[2], args[3], Integer.parseInt(args[4]), Path.of(args[5]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // ---------------------------------------------------------------- the scenarios

    static void failover(String base) throws Exception {
        String tag = token();
        Member giver = Member.signUp(base, "Gia Failover");
        giver.postOffer("REFERENCE", "References for " + tag + " engineers", tag);
        Member requester = Member.signUp(base, "Rui Failover");
        requester.postOffer("CHAT", "Chats about " + token(), token());
        requester.postRequest("REFERENCE", "A reference for a " + tag + " role", tag);

        String matchPath = giver.acceptFirstProposal();
        Page page = giver.get(matchPath);
        Form reference = page.form("reference");
        String node = giver.cookie("GFNODE");
        System.out.println("FAILOVER_NODE=" + node);
        System.out.println("FAILOVER_MATCH=" + matchPath.replaceAll(".*id=", ""));

        // The instance that served the page dies before the member presses "send".
        run("cluster/cluster.sh", "kill", node);

        reference.set("reference:howKnown", "We built the payments platform together for three years.");
        reference.set("reference:strengths", "Calm under pressure; writes code others can read.");
        reference.set("reference:example", "She moved the ledger without a minute of downtime.");
        reference.set("reference:forRole", "Senior engineer");
        long started = System.nanoTime();
        Page after = giver.submit(reference, "reference:send");
        long millis = (System.nanoTime() - started) / 1_000_000;
        expect(after.html.contains("Your reference is delivered"), "the reference was not confirmed:\n" + after.text());
        expect(!after.url.contains("signin"), "the member had to sign in again");
        expect(!giver.cookie("GFNODE").equals(node), "the balancer still sends the member to the dead instance");
        System.out.println("FAILOVER_SUBMIT_MS=" + millis);
        System.out.println("FAILOVER_SERVED_BY=" + giver.cookie("GFNODE"));
    }

    static void sessions(String base, int count, Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Member member = Member.signUp(base, "Load Member " + i);
            expect(member.get("/dashboard").html.contains("signOutForm"), "member " + i + " is not signed in");
            lines.add(member.cookieLine());
        }
        Files.write(file, lines);
        System.out.println("SESSIONS=" + count);
    }

    static void signIn(String base, String emailFormat, String password, int count, Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Member member = Member.signIn(base, String.format(emailFormat, i), password);
            ids.add(member.get("/dashboard").linkTo("/members/profile\\?id=\\d+").replaceAll(".*id=", ""));
            lines.add(member.cookieLine());
        }
        Files.write(file, lines);
        Files.write(Path.of(file + ".ids"), ids);
        System.out.println("SESSIONS=" + count);
    }

    static void cache(String baseA, String baseB) throws Exception {
        Member member = Member.signUp(baseA, "Cora Before");
        String profilePath = member.get("/dashboard").linkTo("/members/profile\\?id=\\d+");
        Member onB = member.at(baseB); // the same session, replicated, on the other instance
        Page first = onB.get(profilePath);
        expect(first.html.contains("Cora Before"), "instance B does not show the profile at " + first.url + ":\n" + first.text());

        Form edit = member.get("/profile/edit").form("profile");
        edit.set("profile:displayName", "Cora After");
        Page saved = member.submit(edit, "profile:save");
        expect(saved.html.contains("Cora After"), "instance A did not save the new name:\n" + saved.text());
        long started = System.nanoTime();
        String seen = onB.get(profilePath).html;
        long millis = (System.nanoTime() - started) / 1_000_000;
        expect(seen.contains("Cora After") && !seen.contains("Cora Before"), "instance B still shows the old name");
        System.out.println("CACHE_SEEN_ON_B_MS=" + millis);
    }

    static void proposal(String base) throws Exception {
        String tag = token();
        Member giver = Member.signUp(base, "Eli Expiring");
        giver.postOffer("ADVICE", "Advice on " + tag, tag);
        Member requester = Member.signUp(base, "Quinn Asking");
        requester.postOffer("CHAT", "Chats about " + token(), token());
        requester.postRequest("ADVICE", "Advice about " + tag + " please", tag);
        System.out.println("PROPOSAL_GIVER_EMAIL=" + giver.email);
    }

    // ---------------------------------------------------------------- a member in a browser

    /** One person with their own cookies, talking to one address (the balancer, or one instance). */
    static final class Member {
        private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        final String base;
        final String email;
        final Map<String, String> cookies;

        Member(String base, String email, Map<String, String> cookies) {
            this.base = base;
            this.email = email;
            this.cookies = cookies;
        }

        static Member signUp(String base, String name) throws Exception {
            Member member = new Member(base, "cluster-" + UUID.randomUUID() + "@example.org", new LinkedHashMap<>());
            Form form = member.get("/signup").form("signup");
            form.set("signup:displayName", name);
            form.set("signup:email", member.email);
            form.set("signup:password", PASSWORD);
            form.set("signup:guidelines", "on");
            Page welcome = member.submit(form, "signup:submit");
            expect(welcome.html.contains("signOutForm"), "sign-up of " + name + " failed:\n" + welcome.text());
            return member;
        }

        static Member signIn(String base, String email, String password) throws Exception {
            Member member = new Member(base, email, new LinkedHashMap<>());
            Form form = member.get("/signin").form("signin");
            form.set("signin:email", email);
            form.set("signin:password", password);
            Page signedIn = member.submit(form, "signin:submit");
            expect(signedIn.html.contains("signOutForm"), "sign-in of " + email + " failed:\n" + signedIn.text());
            return member;
        }

        /** The same person (the same cookies, from now on shared) talking to another address. */
        Member at(String otherBase) {
            return new Member(otherBase, email, cookies);
        }

        void postOffer(String kind, String title, String tags) throws Exception {
            Form form = get("/offers/new").form("offer");
            form.set("offer:kind", kind);
            form.set("offer:title", title);
            form.set("offer:tags", tags);
            form.set("offer:capacity", "3");
            Page done = submit(form, "offer:post");
            expect(done.html.contains("Your offer is live"), "offer not posted:\n" + done.text());
        }

        void postRequest(String kind, String title, String tags) throws Exception {
            Form form = get("/requests/new").form("request");
            form.set("request:kind", kind);
            form.set("request:title", title);
            form.set("request:tags", tags);
            Page done = submit(form, "request:post");
            expect(done.url.contains("/requests/view"), "request not posted:\n" + done.text());
        }

        /** Accepts the newest proposal in the inbox; returns the match page's path. */
        String acceptFirstProposal() throws Exception {
            Page inbox = get("/inbox");
            Form form = inbox.formWithButton("Accept");
            Page match = submit(form, form.buttonNamed("Accept"));
            expect(match.url.contains("/matches/view?id="), "accepting failed:\n" + match.text());
            return match.url.substring(match.url.indexOf("/matches/view"));
        }

        /** The session's cookies as a Cookie header, for the load generator. */
        String cookieLine() {
            return "JSESSIONID=" + cookie("JSESSIONID") + "; JSESSIONIDVERSION=" + cookie("JSESSIONIDVERSION")
                    + "; GFNODE=" + cookie("GFNODE");
        }

        String cookie(String name) {
            return cookies.getOrDefault(name, "");
        }

        Page get(String path) throws Exception {
            return follow(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        Page submit(Form form, String button) throws Exception {
            Map<String, String> fields = new LinkedHashMap<>(form.fields);
            fields.put(button, form.buttons.getOrDefault(button, "submit"));
            StringBuilder body = new StringBuilder();
            fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return follow(HttpRequest.newBuilder(URI.create(base).resolve(form.action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        /** Sends with every cookie, keeps the cookies set, follows redirects (as GETs) like a browser. */
        private Page follow(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> response = send(request);
            for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                response = send(HttpRequest.newBuilder(URI.create(base).resolve(next.getRawPath()
                        + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()))).GET());
            }
            expect(response.statusCode() == 200, response.statusCode() + " from " + response.uri() + ":\n" + response.body());
            return new Page(response.uri().toString(), response.body());
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
                request.header("Cookie", header.toString());
            }
            HttpResponse<String> response = HTTP.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
            return response;
        }
    }

    // ---------------------------------------------------------------- pages and forms

    record Page(String url, String html) {

        Form form(String id) {
            Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(id) + "\".*?</form>", Pattern.DOTALL).matcher(html);
            expect(form.find(), "no form " + id + " on " + url + ":\n" + text());
            return Form.of(form.group());
        }

        Form formWithButton(String label) {
            Matcher form = Pattern.compile("<form .*?</form>", Pattern.DOTALL).matcher(html);
            while (form.find()) {
                if (form.group().contains("value=\"" + label + "\"")) {
                    return Form.of(form.group());
                }
            }
            throw new AssertionError("no form with a button '" + label + "' on " + url + ":\n" + text());
        }

        String linkTo(String pathPattern) {
            Matcher link = Pattern.compile(pathPattern).matcher(html);
            expect(link.find(), "no link " + pathPattern + " on " + url);
            return "/" + link.group().replaceFirst("^/", "");
        }

        String text() {
            return html.replaceAll("(?s)<head>.*?</head>", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
        }
    }

    /** A form as the browser would send it: its action, its fields' current values, its buttons. */
    static final class Form {
        final String action;
        final Map<String, String> fields = new LinkedHashMap<>();
        final Map<String, String> buttons = new LinkedHashMap<>();

        private Form(String action) {
            this.action = action;
        }

        static Form of(String html) {
            Form form = new Form(unescape(attribute(html.substring(0, html.indexOf('>')), "action")));
            Matcher input = Pattern.compile("<input\\b[^>]*>").matcher(html);
            while (input.find()) {
                String tag = input.group();
                String name = attribute(tag, "name");
                String type = attribute(tag, "type");
                if (name == null) {
                    continue;
                }
                String value = unescape(attribute(tag, "value") == null ? "" : attribute(tag, "value"));
                if ("submit".equals(type)) {
                    form.buttons.put(name, value);
                } else if (("checkbox".equals(type) || "radio".equals(type)) && !tag.contains("checked")) {
                    continue;
                } else {
                    form.fields.put(name, value);
                }
            }
            Matcher textarea = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL).matcher(html);
            while (textarea.find()) {
                form.fields.put(attribute(textarea.group(1), "name"), unescape(textarea.group(2)));
            }
            Matcher select = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL).matcher(html);
            while (select.find()) {
                Matcher selected = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected").matcher(select.group(2));
                Matcher first = Pattern.compile("<option[^>]*value=\"([^\"]*)\"").matcher(select.group(2));
                String value = selected.find() ? selected.group(1) : first.find() ? first.group(1) : "";
                form.fields.put(attribute(select.group(1), "name"), unescape(value));
            }
            return form;
        }

        void set(String name, String value) {
            fields.put(name, value);
        }

        String buttonNamed(String label) {
            return buttons.entrySet().stream().filter(e -> e.getValue().equals(label)).map(Map.Entry::getKey)
                    .findFirst().orElseThrow(() -> new AssertionError("no button " + label));
        }

        private static String attribute(String tag, String name) {
            Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
            return value.find() ? value.group(1) : null;
        }

        private static String unescape(String html) {
            return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&");
        }
    }

    // ---------------------------------------------------------------- small things

    static String token() {
        return "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static void expect(boolean condition, String failure) {
        if (!condition) {
            throw new AssertionError(failure);
        }
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        expect(process.waitFor() == 0, String.join(" ", command) + " failed");
    }
}
