package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.People.person;
import static uk.org.throughline.it.People.uniqueDateOfBirth;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Need to know over real HTTP: a probation officer reads the records of the men on their caseload, finds
 * everyone else by name and year of birth only, and opens anyone else's records only with a reason, which
 * is audited and reaches their manager; a restricted record is closed to all but the staff named.
 */
@ExtendWith(ArquillianExtension.class)
class NeedToKnowIT {

    private final ApiClient police = ApiClient.as("police.demo");
    private final ApiClient probation = ApiClient.as("probation.demo");
    private final ApiClient partner = ApiClient.as("partner.demo");
    private final ApiClient manager = ApiClient.as("manager.demo");
    private final ApiClient admin = ApiClient.as("admin.demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void probationIsRefusedAManOffTheirCaseloadUntilAManagerAllocatesHim() {
        String surname = unique("Farrington");
        long man = registered(surname, "Neil");

        ApiClient.Response refused = probation.get("/api/persons/" + man);
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").contains("not on your caseload"), refused::toString);
        assertEquals(403, probation.get("/api/persons/" + man + "/chronology").status());
        assertEquals(403, probation.get("/api/orders?personId=" + man).status());
        assertEquals(403, probation.get("/api/persons/" + man + "/risk-level").status());

        JsonObject hit = hit(probation, surname, man);
        assertTrue(hit.getBoolean("notOnCaseload"), hit::toString);
        assertEquals(1984, hit.getInt("birthYear"));
        assertTrue(absent(hit, "dateOfBirth") && absent(hit, "currentTown") && absent(hit, "pncId"), hit::toString);
        assertEquals("OFF_CASELOAD", probation.get("/api/persons/" + man + "/access").json().getString("access"));

        People.allocatedTo(man, "probation.demo");

        JsonObject read = probation.get("/api/persons/" + man).json();
        assertEquals("14 Sandringham Road", read.getJsonArray("addresses").getJsonObject(0).getString("line1"),
                "his own offender manager sees where he lives");
        assertFalse(hit(probation, surname, man).getBoolean("notOnCaseload"));
        assertEquals("Northampton", hit(probation, surname, man).getString("currentTown"));
        assertEquals("probation.demo", probation.get("/api/persons/" + man + "/offender-managers").structure()
                .asJsonArray().getJsonObject(0).getString("username"));
        assertTrue(refusalAudited(man), "the refused read is in the audit trail");
    }

    @Test
    void aReasonOpensTheRecordWithoutHisAddressAndTellsTheManager() {
        String surname = unique("Ellwood");
        long man = registered(surname, "Craig");
        String reason = "Duty officer covering court for his offender manager " + UUID.randomUUID();

        ApiClient.Response blank = probation.post("/api/persons/" + man + "/access/reasons", "{\"reason\":\" \"}");
        assertEquals(400, blank.status(), blank::toString);
        assertEquals(403, probation.get("/api/persons/" + man).status(), "no reason, still closed");

        ApiClient.Response opened = probation.post("/api/persons/" + man + "/access/reasons",
                "{\"reason\":\"" + reason + "\"}");
        assertEquals(204, opened.status(), opened::toString);

        JsonObject read = probation.get("/api/persons/" + man).json();
        assertEquals(surname, read.getString("surname"));
        assertTrue(read.getJsonArray("addresses").isEmpty(), "addresses only of men on the caseload: " + read);
        assertEquals("OPENED_FOR_REASON", probation.get("/api/persons/" + man + "/access").json().getString("access"));

        assertTrue(manager.get("/api/alerts?limit=200").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(alert -> alert.getString("kind").equals("OPENED_OUTSIDE_CASELOAD")
                        && alert.getString("message").contains(reason)), "the manager is told");
        assertTrue(manager.get("/api/access-outside-caseload").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(row -> row.getJsonNumber("personId").longValue() == man
                        && row.getString("reason").equals(reason)
                        && row.getString("username").equals("probation.demo")), "and sees it on the report");
        JsonObject audited = admin.get("/api/audit?recordType=Person&recordId=" + man + "&action=OPENED_FOR_REASON")
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals(reason, audited.getString("reason"));
        assertEquals(403, police.post("/api/persons/" + man + "/access/reasons", "{\"reason\":\"x\"}").status(),
                "police read everyone already: the reason is only for perpetrator-facing roles");
    }

    @Test
    void aWomanKnownOnlyThroughADashAssessmentShowsNoAddressToAPerpetratorFacingWorker() {
        String surname = unique("Ashdown");
        long woman = registered(surname, "Leanne");
        ApiClient.Response assessed = partner.post("/api/risk-assessments", RiskCases.dash(woman, 15).build().toString());
        assertEquals(201, assessed.status(), assessed::toString);
        People.allocatedTo(woman, "probation.demo");

        JsonObject read = probation.get("/api/persons/" + woman).json();
        assertTrue(read.getJsonArray("addresses").isEmpty(), read::toString);
        assertTrue(absent(hit(probation, surname, woman), "currentTown"));
        assertEquals("Northampton", hit(police, surname, woman).getString("currentTown"), "police still see it");
    }

    @Test
    void aRecordRestrictedToNamedStaffIsClosedToEveryoneElseAndLeftOutOfSearch() {
        String surname = unique("Kingsley");
        long person = registered(surname, "Joanne");
        ApiClient.Response restricted = admin.post("/api/persons/" + person + "/restrictions",
                "{\"kind\":\"RESTRICTED_TO\",\"username\":\"admin.demo\",\"reason\":\"A member of staff\"}");
        assertEquals(201, restricted.status(), restricted::toString);

        assertEquals(403, police.get("/api/persons/" + person).status());
        assertEquals(403, manager.get("/api/persons/" + person + "/chronology").status());
        assertTrue(police.get("/api/persons?q=" + surname).json().getJsonArray("items").isEmpty(),
                "search leaves a restricted record out");
        JsonObject access = police.get("/api/persons/" + person + "/access").json();
        assertEquals("RESTRICTED", access.getString("access"));
        assertTrue(absent(access, "displayName"), access::toString);
        assertEquals(200, admin.get("/api/persons/" + person).status(), "the named member of staff reads it");

        long version = restricted.json().getJsonNumber("version").longValue();
        long id = restricted.json().getJsonNumber("id").longValue();
        ApiClient.Response lifted = admin.deleteIfMatch("/api/persons/" + person + "/restrictions/" + id,
                "\"" + version + "\"");
        assertEquals(204, lifted.status(), lifted::toString);
        assertEquals(200, police.get("/api/persons/" + person).status(), "lifted, open again");
    }

    @Test
    void aSearchRecordsTheIdsItReturned() {
        String surname = unique("Penhaligon");
        long person = registered(surname, "Ruth");
        police.get("/api/persons?q=" + surname);

        List<String> summaries = admin.get("/api/audit?username=police.demo&action=SEARCH&size=20").json()
                .getJsonArray("items").stream().map(entry -> entry.asJsonObject().getString("summary")).toList();
        assertTrue(summaries.stream().anyMatch(summary -> summary.contains(surname)
                && summary.contains("returned " + person)), summaries::toString);
    }

    private boolean refusalAudited(long personId) {
        return !admin.get("/api/audit?username=probation.demo&recordType=Person&recordId=" + personId
                + "&action=REFUSED").json().getJsonArray("items").isEmpty();
    }

    private long registered(String surname, String forenames) {
        LocalDate born = LocalDate.of(1984, 1, 1).plusDays(uniqueDateOfBirth().getDayOfYear());
        ApiClient.Response created = police.post("/api/persons?confirmNew=true", person(surname, forenames, born,
                ",\"addresses\":[{\"line1\":\"14 Sandringham Road\",\"town\":\"Northampton\",\"postcode\":\"NN1 5NB\","
                        + "\"from\":\"2020-01-01\"}]"));
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    /** The search result for that person (a search also finds names that sound alike). */
    private static JsonObject hit(ApiClient client, String surname, long personId) {
        var items = client.get("/api/persons?q=" + surname).json().getJsonArray("items");
        return items.getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("id").longValue() == personId)
                .findFirst().orElseThrow(() -> new AssertionError(personId + " not found: " + items));
    }

    private static boolean absent(JsonObject json, String field) {
        return !json.containsKey(field) || json.isNull(field);
    }

    /** A surname no other test has used: letters only, so the name search takes it as typed. */
    private static String unique(String stem) {
        StringBuilder letters = new StringBuilder(stem);
        UUID.randomUUID().toString().chars().filter(Character::isDigit).limit(6)
                .forEach(digit -> letters.append((char) ('a' + digit - '0')));
        return letters.toString();
    }
}
