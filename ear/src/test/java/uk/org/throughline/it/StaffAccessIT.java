package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.PersonApiIT.assertProblem;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * An administrator disables an account or changes its roles, and it applies to the account's very
 * next request: an API caller whose password was checked a moment ago, and a page session signed in
 * before. Each test gives yot.demo back as it found it.
 */
class StaffAccessIT extends BrowserJourney {

    private static final String SEARCH = "/api/persons?q=smith";

    private final ApiClient admin = ApiClient.as("admin.demo");
    private final ApiClient yot = ApiClient.as("yot.demo");

    @Test
    void endsADisabledAccountsApiAccessAndPageSessionsAtOnce() {
        browser.signIn("yot.demo");
        PageSession ajaxPage = PageSession.signIn("yot.demo");
        assertEquals(200, yot.get(SEARCH).status(), "its password was checked, and is remembered for five minutes");

        try {
            assertEquals(204, admin.post("/api/staff/yot.demo/deactivation", "").status());

            assertProblem(yot.get(SEARCH), 401);
            browser.open("/index.xhtml");
            assertTrue(browser.currentUrl().contains("/login.xhtml"), browser::currentUrl);
            HttpResponse<String> ajax = ajaxPage.ajax("/index.xhtml");
            assertTrue(ajax.body().contains("<redirect url=\"/login.xhtml\">"), ajax::body);
        } finally {
            assertEquals(204, admin.delete("/api/staff/yot.demo/deactivation").status());
        }
        assertEquals(200, yot.get(SEARCH).status(), "enabled again");
        browser.open("/index.xhtml");
        assertTrue(browser.currentUrl().contains("/login.xhtml"), "the ended session stays ended");
        JsonObject audited = admin.get("/api/audit?recordType=Staff&recordId=yot.demo&action=UPDATE&size=2").json()
                .getJsonArray("items").getJsonObject(1);
        assertEquals("admin.demo", audited.getString("username"));
        assertEquals("Disabled the account", audited.getString("summary"));
    }

    @Test
    void appliesChangedRolesToTheNextRequestOfPagesAndApi() {
        browser.signIn("yot.demo");
        assertProblem(yot.get("/api/audit"), 403);
        browser.open("/audit.xhtml");
        assertTrue(browser.pageText().contains("You cannot open this page"), browser::pageText);

        try {
            assertEquals(204, admin.put("/api/staff/yot.demo/roles", "{\"roles\":[\"YOT\",\"MANAGER\"]}").status());

            assertEquals(200, yot.get("/api/audit").status());
            browser.open("/audit.xhtml");
            assertTrue(browser.text("main").startsWith("Audit trail"), browser::pageText);
            assertTrue(browser.text("staffRoles").contains("Youth Offending Team, Manager"), browser::pageText);
            assertTrue(browser.isPresent("navAudit"), "the audit trail is in the navigation");
        } finally {
            assertEquals(204, admin.put("/api/staff/yot.demo/roles", "{\"roles\":[\"YOT\"]}").status());
        }
        assertProblem(yot.get("/api/audit"), 403);
        browser.open("/audit.xhtml");
        assertTrue(browser.pageText().contains("You cannot open this page"), browser::pageText);
    }

    @Test
    void letsOnlyAnotherAdministratorChangeAnAccount() {
        assertProblem(admin.post("/api/staff/admin.demo/deactivation", ""), 422);
        assertProblem(admin.put("/api/staff/admin.demo/roles", "{\"roles\":[\"POLICE\"]}"), 422);
        assertProblem(ApiClient.as("manager.demo").post("/api/staff/yot.demo/deactivation", ""), 403);
        assertProblem(admin.put("/api/staff/yot.demo/roles", "{\"roles\":[]}"), 400);
        assertEquals(200, yot.get(SEARCH).status(), "still enabled, still YOT");
    }
}
