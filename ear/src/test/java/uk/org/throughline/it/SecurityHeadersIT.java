package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The headers of pages and API responses, the session cookie's flags, and HTTPS. */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    /** The https socket binding, moved by the same offset as the test server's other ports. */
    private static final String HTTPS_BASE = "https://localhost:" + (8443 + Integer.getInteger("it.port.offset", 0));

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void givesAPageOnePolicyWhoseNonceItsScriptsCarry() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(ApiClient.BASE + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, page.statusCode());
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies::toString);
        String policy = policies.get(0);
        for (String directive : List.of("frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'",
                "script-src 'self' 'nonce-")) {
            assertTrue(policy.contains(directive), () -> directive + " missing from " + policy);
        }
        assertFalse(policy.matches(".*script-src[^;]*'unsafe-.*"), "scripts need the nonce: " + policy);
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), policy);
        assertTrue(page.body().contains("<script nonce=\"" + nonce.group(1) + "\">"), page::body);
        assertNeitherReferrerNorSniffing(page.headers());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.toLowerCase(Locale.ROOT).contains("secure"), "not over plain HTTP: " + cookie);
    }

    @Test
    void forbidsFramingAndLoadingAnythingInApiResponses() {
        ApiClient.Response found = ApiClient.as("police.demo").get("/api/persons?q=smith");
        ApiClient.Response refused = ApiClient.anonymous().get("/api/persons?q=smith");

        for (ApiClient.Response response : List.of(found, refused)) {
            String policy = response.header("Content-Security-Policy");
            assertTrue(policy != null && policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'"),
                    response.status() + ": " + policy);
            assertNeitherReferrerNorSniffing(response.raw().headers());
        }
        assertEquals(200, found.status());
        assertEquals(401, refused.status());
    }

    @Test
    void servesPagesOverHttpsWithASecureSessionCookie() throws Exception {
        HttpClient trustingTheSelfSignedCertificate = HttpClient.newBuilder().sslContext(trustingAnyCertificate()).build();

        HttpResponse<String> page = trustingTheSelfSignedCertificate.send(
                HttpRequest.newBuilder(URI.create(HTTPS_BASE + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"username\""), page::body);
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("secure"), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    }

    private static void assertNeitherReferrerNorSniffing(HttpHeaders headers) {
        assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(null), headers.map()::toString);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), headers.map()::toString);
    }

    /** The server generates its certificate itself on first use: nobody vouches for it. */
    private static SSLContext trustingAnyCertificate() throws GeneralSecurityException {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // trusted
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // trusted
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }
}
