package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member of staff signed in to the pages over plain HTTP, keeping the session cookie as a browser
 * does but following no redirect, for tests about what each address answers rather than what a page
 * looks like.
 */
final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** PrimeFaces' script puts the page's nonce into each form; without a browser, the test does. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    private PageSession() {
    }

    /** Signs in through the sign-in form with the demo password. */
    static PageSession signIn(String username) {
        PageSession session = new PageSession();
        String form = session.get("/login.xhtml").body();
        HttpResponse<String> signedIn = session.post("/login.xhtml", Map.of("signInForm", "signInForm",
                "username", username, "password", ApiClient.DEMO_PASSWORD, "signIn", "Sign in",
                "jakarta.faces.ViewState", found(VIEW_STATE, form), "primefaces.nonce", found(NONCE, form)));
        assertEquals(302, signedIn.statusCode(), () -> username + " was not signed in: " + signedIn.body());
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(ApiClient.BASE + path)).GET());
    }

    /** An ajax request of a page, as PrimeFaces' or Faces' script sends it. */
    HttpResponse<String> ajax(String path) {
        return send(HttpRequest.newBuilder(URI.create(ApiClient.BASE + path)).header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(ApiClient.BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String found(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("No " + pattern + " in the sign-in page: " + page);
        }
        return matcher.group(1);
    }
}
