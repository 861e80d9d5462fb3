package uk.org.throughline.it;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * One member of staff reading Throughline over plain HTTP, many requests at a time: the API with
 * HTTP Basic, or the pages in sessions the sign-in form gave (no browser: the pages' HTML is what is
 * checked, not what a script would do with it). A PDF answer comes back as the text a reader sees.
 */
final class StaffReader {

    /** Requests in flight at once: enough to keep the server busy, few enough not to swamp a shared machine. */
    private static final int PARALLEL = 4;
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final String username;
    private final String authorization;
    /** What {@link #readAll} reads with, one per request in flight: one client for the API, a session each for pages */
    private final List<HttpClient> clients;

    private StaffReader(String username, String authorization, List<HttpClient> clients) {
        this.username = username;
        this.authorization = authorization;
        this.clients = clients;
    }

    /** A request to send: a path with its query, and any further headers. */
    record Request(String method, String path, Map<String, String> headers, String json) {

        static Request get(String path) {
            return new Request("GET", path, Map.of(), null);
        }
    }

    /** What came back: the body as text (a PDF's extracted text). */
    record Answer(String username, Request request, int status, String contentType, String text) {

        @Override
        public String toString() {
            return username + " " + request.method() + " " + request.path()
                    + (request.headers().isEmpty() ? "" : " " + request.headers()) + " (HTTP " + status + ")";
        }
    }

    /** The API as {@code username}, with HTTP Basic. */
    static StaffReader api(String username) {
        String token = Base64.getEncoder().encodeToString((username + ":" + ApiClient.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return new StaffReader(username, "Basic " + token, Collections.nCopies(PARALLEL, client(null)));
    }

    /**
     * The pages as {@code username}, signed in through the sign-in form as a browser would be: a session for
     * each request in flight, so that no two requests of one session overlap (as a worker clicking through
     * the pages would not).
     */
    static StaffReader signedIn(String username) {
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            sessions.add(client(new CookieManager()));
        }
        StaffReader reader = new StaffReader(username, null, List.copyOf(sessions));
        sessions.forEach(reader::signIn);
        return reader;
    }

    private void signIn(HttpClient session) {
        Answer form = read(session, Request.get("/login.xhtml"));
        Matcher viewState = VIEW_STATE.matcher(form.text());
        if (form.status() != 200 || !viewState.find()) {
            throw new AssertionError("No sign-in form: " + form + " " + form.text());
        }
        String fields = "signInForm=signInForm&username=" + encode(username) + "&password="
                + encode(ApiClient.DEMO_PASSWORD) + "&signIn=Sign+in&jakarta.faces.ViewState="
                + encode(viewState.group(1));
        Answer signedIn = send(session, HttpRequest.newBuilder(URI.create(ApiClient.BASE + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)),
                new Request("POST", "/login.xhtml", Map.of(), null));
        Answer home = read(session, Request.get("/index.xhtml"));
        if (signedIn.status() != 302 || home.status() != 200 || home.text().contains("id=\"signInForm\"")) {
            throw new AssertionError(username + " could not sign in: " + signedIn + ", then " + home);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpClient client(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER);
        return (cookies == null ? builder : builder.cookieHandler(cookies)).build();
    }

    /**
     * Sends every request, {@value #PARALLEL} at a time (one after another in each client), and returns the
     * answers in the same order.
     */
    List<Answer> readAll(List<Request> requests) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<List<Answer>>> shares = new ArrayList<>();
            for (int first = 0; first < PARALLEL; first++) {
                HttpClient client = clients.get(first);
                List<Request> share = IntStream.iterate(first, i -> i < requests.size(), i -> i + PARALLEL)
                        .mapToObj(requests::get).toList();
                shares.add(pool.submit(() -> share.stream().map(request -> read(client, request)).toList()));
            }
            List<List<Answer>> answered = new ArrayList<>();
            for (Future<List<Answer>> share : shares) {
                answered.add(share.get());
            }
            return IntStream.range(0, requests.size())
                    .mapToObj(i -> answered.get(i % PARALLEL).get(i / PARALLEL)).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    Answer read(Request request) {
        return read(clients.get(0), request);
    }

    private Answer read(HttpClient client, Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(ApiClient.BASE + request.path()))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", request.path().startsWith("/api/")
                        ? "application/json, application/problem+json, application/pdf, text/csv" : "text/html");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        request.headers().forEach(builder::header);
        if (request.json() == null) {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(request.method(),
                    HttpRequest.BodyPublishers.ofString(request.json(), StandardCharsets.UTF_8));
        }
        return send(client, builder, request);
    }

    private Answer send(HttpClient client, HttpRequest.Builder builder, Request request) {
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String text = contentType.startsWith("application/pdf") && response.statusCode() == 200
                    ? pdfText(response.body()) : new String(response.body(), StandardCharsets.UTF_8);
            return new Answer(username, request, response.statusCode(), contentType, text);
        } catch (IOException e) {
            throw new UncheckedIOException(request.path(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }
}
