package uk.org.throughline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Talks to the deployed API over real HTTP, signed in as one of the demo staff (HTTP Basic). */
public final class ApiClient {

    public static final String BASE = System.getProperty("throughline.url", "http://localhost:8080");
    public static final String DEMO_PASSWORD = "Throughline-Demo-2026";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String authorization;
    private final Duration timeout;

    private ApiClient(String authorization, Duration timeout) {
        this.authorization = authorization;
        this.timeout = timeout;
    }

    public static ApiClient as(String username) {
        return as(username, DEMO_PASSWORD);
    }

    public static ApiClient as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient("Basic " + token, Duration.ofSeconds(60));
    }

    public static ApiClient anonymous() {
        return new ApiClient(null, Duration.ofSeconds(60));
    }

    /** The same caller, waiting longer for each answer (bulk loads). */
    public ApiClient waitingUpTo(Duration longerTimeout) {
        return new ApiClient(authorization, longerTimeout);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET with one more request header, e.g. the Access-Reason a victim's record needs. */
    public Response get(String path, String header, String value) {
        return send(request(path).header(header, value).GET());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A PUT conditional on the record still having the ETag {@code etag} (optimistic locking). */
    public Response putIfMatch(String path, String etag, String json) {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** A DELETE conditional on the record still having the ETag {@code etag} (optimistic locking). */
    public Response deleteIfMatch(String path, String etag) {
        return send(request(path).header("If-Match", etag).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path))
                .timeout(timeout)
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            return new Response(HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body parsed as JSON when it is JSON. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return raw.body();
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(raw.body()))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("Expected JSON but got HTTP " + status() + ": " + raw.body(), e);
            }
        }

        /** A compact description for assertion messages. */
        @Override
        public String toString() {
            return "HTTP " + status() + " " + raw.body();
        }
    }

    /** JSON string literal for building request bodies safely. */
    public static String quote(String value) {
        return value == null ? "null" : Json.createValue(value).toString();
    }

    public static boolean isNull(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }
}
