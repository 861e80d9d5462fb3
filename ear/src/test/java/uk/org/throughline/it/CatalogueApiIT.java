package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.PersonApiIT.assertProblem;
import static uk.org.throughline.it.PersonApiIT.fields;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator's upkeep of the programme catalogue and the bank holiday table through the REST
 * API over real HTTP: only administrators change them, bad input is refused naming the field, a change
 * made at a stale version is refused with 409, and every change is audited.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueApiIT {

    private final ApiClient admin = ApiClient.as("admin.demo");
    private final ApiClient facilitator = ApiClient.as("facilitator.demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void anAdministratorAddsAndChangesAProgrammeAndAStaleChangeIsRefused() {
        String name = "Respect Young People " + PoliceCases.uniqueReference();
        ApiClient.Response added = admin.post("/api/programmes", entry(name, 10).build().toString());
        assertEquals(201, added.status(), added::toString);
        long id = added.json().getJsonNumber("id").longValue();
        assertTrue(added.header("Location").endsWith("/api/programmes/" + id), added.header("Location"));
        assertEquals(List.of("YOUTH_OFFENDING_TEAM"), added.json().getJsonArray("enforcementByRoute")
                .getValuesAs(JsonObject.class).stream().map(route -> route.getString("route")).toList());
        assertTrue(facilitator.get("/api/programmes").body().contains(name), "the catalogue lists it for referrers");

        ApiClient.Response read = admin.get("/api/programmes/" + id + "/catalogue-entry");
        assertEquals(200, read.status(), read::toString);
        long version = read.json().getJsonNumber("version").longValue();
        assertEquals("\"" + version + "\"", read.header("ETag"));
        ApiClient.Response changed = admin.put("/api/programmes/" + id, entry(name, 8).add("version", version).build()
                .toString());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(8, changed.json().getInt("capacity"));
        assertEquals(version + 1, changed.json().getJsonNumber("version").longValue());

        ApiClient.Response stale = admin.putIfMatch("/api/programmes/" + id, "\"" + version + "\"",
                entry(name, 6).build().toString());
        assertProblem(stale, 409);
        assertEquals(8, admin.get("/api/programmes/" + id + "/catalogue-entry").json().getInt("capacity"),
                "the stale change was not applied");

        List<JsonObject> audit = admin.get("/api/audit?recordType=Programme&recordId=" + id + "&size=50").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(row -> row.getString("action").equals("CREATE")), audit::toString);
        assertTrue(audit.stream().anyMatch(row -> row.getString("action").equals("UPDATE")
                && row.getString("summary").contains("capacity") && row.getString("username").equals("admin.demo")),
                audit::toString);
    }

    @Test
    void refusesBadEntriesNamingTheFieldAndEveryoneButAdministrators() {
        String name = "Respect Young People " + PoliceCases.uniqueReference();
        assertProblem(facilitator.post("/api/programmes", entry(name, 10).build().toString()), 403);
        assertProblem(ApiClient.as("manager.demo").get("/api/programmes/1/catalogue-entry"), 403);

        ApiClient.Response noCapacity = admin.post("/api/programmes", entry(name, 10).addNull("capacity")
                .add("riskLevels", Json.createArrayBuilder()).build().toString());
        assertProblem(noCapacity, 400);
        assertEquals(List.of("capacity", "riskLevels"), fields(noCapacity).stream().sorted().toList());

        ApiClient.Response percentageWithModules = admin.post("/api/programmes", entry(name, 10)
                .add("completionRule", "ALL_REQUIRED_MODULES").build().toString());
        assertProblem(percentageWithModules, 400);
        assertEquals(List.of("completionPercentage"), fields(percentageWithModules), percentageWithModules::toString);

        ApiClient.Response cautionPolicyForYot = admin.post("/api/programmes", entry(name, 10)
                .add("enforcementByRoute", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("route", "YOUTH_OFFENDING_TEAM").add("policy", "CAUTION_NON_COMPLIANCE"))).build().toString());
        assertProblem(cautionPolicyForYot, 400);
        assertEquals(List.of("enforcementByRoute"), fields(cautionPolicyForYot), cautionPolicyForYot::toString);

        ApiClient.Response taken = admin.post("/api/programmes", entry("Caring Dads", 10).build().toString());
        assertProblem(taken, 400);
        assertEquals(List.of("name"), fields(taken), taken::toString);
    }

    @Test
    void anAdministratorAddsAndRemovesABankHoliday() {
        List<String> easter2027 = admin.get("/api/bank-holidays?year=2027").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(day -> day.getString("date")).toList();
        assertTrue(easter2027.contains("2027-03-29"), easter2027::toString);

        // a day of a distant year no other run is likely to have left behind
        LocalDate day = LocalDate.of(2099, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(360));
        String body = Json.createObjectBuilder().add("date", day.toString()).add("name", "Coronation bank holiday")
                .build().toString();
        assertProblem(facilitator.post("/api/bank-holidays", body), 403);
        ApiClient.Response added = admin.post("/api/bank-holidays", body);
        assertEquals(201, added.status(), added::toString);
        assertTrue(added.header("Location").endsWith("/api/bank-holidays/" + day), added.header("Location"));
        ApiClient.Response twice = admin.post("/api/bank-holidays", body);
        assertProblem(twice, 400);
        assertEquals(List.of("date"), fields(twice));
        assertTrue(admin.get("/api/bank-holidays?year=2099").body().contains("Coronation bank holiday"));

        ApiClient.Response unnamed = admin.post("/api/bank-holidays", Json.createObjectBuilder()
                .add("date", day.toString()).build().toString());
        assertProblem(unnamed, 400);
        assertEquals(List.of("name"), fields(unnamed));
        assertProblem(admin.get("/api/bank-holidays?year=next"), 400);
        assertProblem(admin.delete("/api/bank-holidays/2099-02-30"), 400);

        assertProblem(facilitator.delete("/api/bank-holidays/" + day), 403);
        assertEquals(204, admin.delete("/api/bank-holidays/" + day).status());
        assertProblem(admin.delete("/api/bank-holidays/" + day), 404);
        List<JsonObject> audit = admin.get("/api/audit?recordType=BankHoliday&recordId=" + day + "&size=50").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("CREATE", "DELETE"), audit.stream().map(row -> row.getString("action")).sorted().toList());
    }

    /** A one-to-one programme for young people referred by the YOT, taking {@code capacity} people. */
    private static JsonObjectBuilder entry(String name, int capacity) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("targetGroup", "Young people 13-17 using violence or abuse towards a parent")
                .add("minimumAge", 13).add("maximumAge", 17)
                .add("riskLevels", Json.createArrayBuilder().add("LOW").add("MEDIUM"))
                .add("enforcementByRoute", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("route", "YOUTH_OFFENDING_TEAM").add("policy", "CASE_WORKER_DECIDES")))
                .add("deliveryMode", "GROUP")
                .add("modules", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "Understanding behaviour").add("sessions", 6)
                                .add("required", true))
                        .add(Json.createObjectBuilder().add("name", "Repairing relationships").add("sessions", 4)))
                .add("sessionMinutes", 90).add("weeksBetweenSessions", 1).add("minimumGroupSize", 4)
                .add("capacity", capacity)
                .add("completionRule", "ATTENDANCE_PERCENTAGE").add("completionPercentage", 75)
                .add("parallelSupport", Json.createArrayBuilder().add("PARENT_SUPPORT"));
    }
}
