package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.PersonApiIT.assertProblem;
import static uk.org.throughline.it.People.person;
import static uk.org.throughline.it.People.uniqueDateOfBirth;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in, roles and the platform endpoints (OpenAPI, health), over real HTTP. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void asksForCredentialsWhenThereAreNone() {
        ApiClient.Response refused = ApiClient.anonymous().get("/api/persons?q=smith");

        assertProblem(refused, 401);
        assertTrue(refused.header("WWW-Authenticate").startsWith("Basic"), refused::toString);
    }

    @Test
    void refusesAWrongPasswordAndAuditsTheAttempt() {
        assertProblem(ApiClient.as("police.demo", "not-the-password").get("/api/persons?q=smith"), 401);

        List<JsonObject> rows = ApiClient.as("admin.demo").get("/api/audit?action=LOGIN_FAILED&username=police.demo&size=5")
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(!rows.isEmpty(), "a failed sign-in leaves an audit row");
    }

    @Test
    void auditsAFailedSignInWithAnUnknownNameWithoutWhatWasTyped() {
        String typed = "Kerry-" + UUID.randomUUID();
        assertProblem(ApiClient.as(typed, "not-the-password").get("/api/persons?q=smith"), 401);

        ApiClient.Response trail = ApiClient.as("admin.demo").get("/api/audit?action=LOGIN_FAILED&size=20");
        assertFalse(trail.body().contains(typed), trail::body);
        JsonObject refused = trail.json().getJsonArray("items").getJsonObject(0);
        assertEquals("(unknown username)", refused.getString("username"), refused::toString);
        assertTrue(refused.getString("summary").startsWith("Sign-in refused, from "), refused::toString);
    }

    /**
     * Faces answers *.xhtml only: the mappings it had by default as well (/faces/*, *.jsf, *.faces) gave
     * every page further addresses that its constraint did not cover.
     */
    @Test
    void refusesEveryAddressOfThePagesARoleMayNotOpen() {
        PageSession probation = PageSession.signIn("probation.demo");
        assertEquals(200, probation.get("/index.xhtml").statusCode(), "signed in");

        for (String page : List.of("/person/merge", "/audit", "/programme/catalogue", "/programme/catalogue-entry",
                "/programme/bank-holidays")) {
            for (String address : List.of(page + ".xhtml", page + ".jsf", page + ".faces", "/faces" + page + ".xhtml",
                    "/faces" + page + ".jsf")) {
                HttpResponse<String> answer = probation.get(address);
                assertTrue(answer.statusCode() == 403 || answer.statusCode() == 404,
                        () -> address + ": HTTP " + answer.statusCode());
                assertTrue(answer.body().contains("You cannot open this page") || answer.body().contains("Page not found"),
                        () -> address + ": " + answer.body());
            }
        }
        assertEquals(200, PageSession.signIn("admin.demo").get("/audit.xhtml").statusCode(), "the page itself works");
    }

    @Test
    void letsAFacilitatorSearchButNotRegister() {
        ApiClient facilitator = ApiClient.as("facilitator.demo");

        assertEquals(200, facilitator.get("/api/persons?q=smith").status());
        assertProblem(facilitator.post("/api/persons?confirmNew=true", person("Ashworth", "Kyle", uniqueDateOfBirth())), 403);
    }

    @Test
    void showsTheAuditTrailOnlyToAdministratorsAndManagers() {
        assertEquals(200, ApiClient.as("manager.demo").get("/api/audit").status());
        assertEquals(200, ApiClient.as("admin.demo").get("/api/audit").status());
        assertProblem(ApiClient.as("probation.demo").get("/api/audit"), 403);
        assertProblem(ApiClient.as("partner.demo").get("/api/audit"), 403);
    }

    @Test
    void letsOnlyAnAdministratorMerge() {
        assertProblem(ApiClient.as("police.demo").post("/api/persons/1/merge", "{\"duplicateId\":2,\"reason\":\"test\"}"), 403);
    }

    @Test
    void sendsAnonymousVisitorsOfThePagesToTheSignInPage() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(ApiClient.BASE + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

        boolean redirected = page.statusCode() == 302 && page.headers().firstValue("Location").orElse("").contains("login");
        boolean shownLogin = page.statusCode() == 200 && page.body().contains("id=\"username\"");
        assertTrue(redirected || shownLogin, "HTTP " + page.statusCode() + " " + page.headers().map());
    }

    @Test
    void publishesTheOpenApiDocumentAndHealth() throws Exception {
        ApiClient.Response openapi = ApiClient.anonymous().get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/persons"), "the document describes the person API");

        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(System.getProperty("throughline.management.url", "http://localhost:9990") + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"UP\""), health.body());
    }
}
