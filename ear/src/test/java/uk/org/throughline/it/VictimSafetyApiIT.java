package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.PoliceCases.today;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Victim safety through the REST API: a perpetrator-facing user learns that a victim exists, never
 * how to reach her, through any endpoint; a linked perpetrator's referral opens a partner-contact
 * plan; each triggering event leaves alerts in the right inboxes, and they are still there after the
 * server is reloaded.
 */
@ExtendWith(ArquillianExtension.class)
class VictimSafetyApiIT {

    private static final String SAFE_PHONE = "07700 900417";
    private static final String CODE_WORD = "bluebell";
    private static final String REFUGE = "The Haven, 1 Sanctuary Way";
    private static final String HOME = "12 Quietwater Lane";
    private static final String HOME_TOWN = "Brackley";

    private final ApiClient police = ApiClient.as("police.demo");
    private final ApiClient probation = ApiClient.as("probation.demo");
    private final ApiClient yot = ApiClient.as("yot.demo");
    private final ApiClient facilitator = ApiClient.as("facilitator.demo");
    private final ApiClient partner = ApiClient.as("partner.demo");
    private final ApiClient manager = ApiClient.as("manager.demo");

    @ArquillianResource
    private ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    /** A victim living at {@link #HOME} in {@link #HOME_TOWN}, now in a refuge, linked to a new perpetrator. */
    private record Pair(long victimId, long perpetratorId, String victimSurname) {
    }

    private Pair victimWithPerpetrator() {
        String surname = "Quill" + PoliceCases.uniqueReference().replaceAll("[^0-9]", "").chars()
                .mapToObj(digit -> String.valueOf((char) ('a' + digit - '0'))).reduce("", String::concat);
        long perpetratorId = People.register(police, surname, "Darren", People.uniqueDateOfBirth());
        ApiClient.Response victim = police.post("/api/persons?confirmNew=true", People.person(surname, "Leanne",
                People.uniqueDateOfBirth(), ",\"addresses\":[{\"line1\":\"" + HOME + "\",\"town\":\"" + HOME_TOWN
                        + "\",\"postcode\":\"NN13 7AB\",\"from\":\"2020-01-01\"}]").replace("MALE", "FEMALE"));
        assertEquals(201, victim.status(), victim::toString);
        long victimId = victim.json().getJsonNumber("id").longValue();
        ApiClient.Response opened = partner.post("/api/victims", Json.createObjectBuilder()
                .add("personId", victimId).add("partnerContactWorker", "partner.demo")
                .add("safePhone", SAFE_PHONE).add("safeTimes", "Weekdays 10:00-14:00").add("messagesMayBeLeft", false)
                .add("codeWord", CODE_WORD).add("addressLine1", REFUGE).add("addressTown", "Towcester")
                .add("inRefuge", true).add("consent", "GIVEN").add("consentOn", today().toString())
                .add("perpetrators", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("personId", perpetratorId).add("relationship", "FORMER_INTIMATE_PARTNER")))
                .add("children", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Mia")))
                .build().toString());
        assertEquals(201, opened.status(), opened::toString);
        assertTrue(opened.header("Location").endsWith("/api/victims/" + victimId), opened.header("Location"));
        return new Pair(victimId, perpetratorId, surname);
    }

    @Test
    void aPerpetratorFacingUserLearnsThatSheIsAVictimButNeverHowToReachHer() {
        Pair pair = victimWithPerpetrator();
        for (ApiClient perpetratorFacing : List.of(probation, yot, facilitator)) {
            List<ApiClient.Response> answers = List.of(
                    perpetratorFacing.get("/api/persons?q=" + pair.victimSurname()),
                    perpetratorFacing.get("/api/persons/" + pair.victimId()),
                    perpetratorFacing.get("/api/persons/" + pair.victimId() + "/chronology"),
                    perpetratorFacing.get("/api/victims/" + pair.victimId()),
                    perpetratorFacing.get("/api/victims/" + pair.victimId() + "?reason=curious"),
                    perpetratorFacing.get("/api/victims/" + pair.victimId() + "/contacts?reason=curious"),
                    perpetratorFacing.get("/api/persons/" + pair.perpetratorId()),
                    perpetratorFacing.get("/api/persons/" + pair.perpetratorId() + "/chronology"));
            for (ApiClient.Response answer : answers) {
                assertHidesHerWhereabouts(answer);
            }
            JsonObject summary = answers.get(3).json();
            assertEquals(200, answers.get(3).status(), answers.get(3)::toString);
            assertEquals("Not assessed", summary.getString("riskLevel"));
            assertEquals(403, answers.get(5).status(), answers.get(5)::toString);
            assertTrue(answers.get(1).json().getJsonArray("addresses").isEmpty());
            ApiClient.Response edit = perpetratorFacing.put("/api/persons/" + pair.victimId(),
                    People.person(pair.victimSurname(), "Leanne", null, ",\"version\":0"));
            assertTrue(edit.status() == 403, "a perpetrator-facing role may not rewrite her record: " + edit);
        }
        ApiClient.Response policeView = police.get("/api/victims/" + pair.victimId());
        assertEquals(200, policeView.status(), policeView::toString);
        assertFalse(policeView.body().contains(SAFE_PHONE) || policeView.body().contains(REFUGE), policeView::toString);
    }

    @Test
    void thePartnerContactWorkerSeesHerDetailsOnlyWithAReason() {
        Pair pair = victimWithPerpetrator();
        PersonApiIT.assertProblem(partner.get("/api/victims/" + pair.victimId()), 400);
        ApiClient.Response read = partner.get("/api/victims/" + pair.victimId() + "?reason=planned%20contact");
        assertEquals(200, read.status(), read::toString);
        assertEquals(SAFE_PHONE, read.json().getString("safePhone"));
        assertEquals(REFUGE, read.json().getString("addressLine1"));
        assertEquals(pair.perpetratorId(), read.json().getJsonArray("perpetrators").getJsonObject(0)
                .getJsonNumber("personId").longValue());
        ApiClient.Response audit = ApiClient.as("admin.demo").get("/api/audit?recordType=VictimRecord&recordId="
                + pair.victimId());
        assertTrue(audit.body().contains("planned contact"), "the reason is in the audit trail: " + audit);
    }

    @Test
    void eachEventLeavesAlertsForTheWorkersAndTheyOutliveAServerReload() throws Exception {
        Pair pair = victimWithPerpetrator();
        long programmeId = ProgrammeCases.programmeId(probation, "Caring Dads");
        // a group meeting today, with him on it
        JsonObject cohort = facilitator.post("/api/cohorts", Json.createObjectBuilder().add("programmeId", programmeId)
                .add("name", "Caring Dads " + PoliceCases.uniqueReference()).add("venue", "Daventry Family Hub")
                .add("facilitators", Json.createArrayBuilder().add("facilitator.demo")).build().toString()).json();
        JsonObject session = facilitator.post("/api/cohorts/" + cohort.getJsonNumber("id") + "/schedule",
                Json.createObjectBuilder().add("from", today().toString()).add("day", today().getDayOfWeek().name())
                        .add("startTime", "00:00").build().toString()).json().getJsonArray("sessions").getJsonObject(0);
        assertEquals(today().toString(), session.getString("date"), "no session today: a bank holiday?");
        ApiClient.Response referred = probation.post("/api/referrals", Json.createObjectBuilder()
                .add("programmeId", programmeId).add("personId", pair.perpetratorId()).add("route", "VOLUNTARY")
                .add("referredOn", today().toString()).add("youngestChildAge", 5).add("regularContactWithChild", true)
                .add("riskLevel", "MEDIUM").build().toString());
        assertEquals(201, referred.status(), referred::toString);
        long referralId = referred.json().getJsonNumber("id").longValue();

        JsonObject plan = partner.get("/api/victims/" + pair.victimId() + "/contacts?reason=planned%20contact")
                .structure().asJsonArray().getJsonObject(0);
        assertEquals(referralId, plan.getJsonNumber("referralId").longValue(), "the referral opened her plan");
        assertEquals("Initial contact", plan.getString("nextContactReason"));
        assertAlert(partner, "PARTNER_CONTACT_DUE", pair.victimId());

        JsonObject assessed = ProgrammeCases.step(probation, referralId, "assessment", referred.json(),
                Json.createObjectBuilder().add("suitable", true).add("on", today().toString()));
        ProgrammeCases.step(facilitator, referralId, "allocation", assessed, Json.createObjectBuilder()
                .add("cohortId", cohort.getJsonNumber("id").longValue()).add("on", today().toString()));
        ApiClient.Response missed = facilitator.put("/api/sessions/" + session.getJsonNumber("id") + "/attendance",
                Json.createObjectBuilder().add("version", session.getJsonNumber("version").longValue())
                        .add("lines", lines(referralId, "ABSENT_UNACCEPTABLE")).build().toString());
        assertEquals(200, missed.status(), missed::toString);
        assertAlert(partner, "MISSED_SESSION", pair.victimId());
        assertAlert(facilitator, "MISSED_SESSION", pair.perpetratorId());
        assertAlert(probation, "MISSED_SESSION", pair.perpetratorId());

        ApiClient.Response incident = police.post("/api/incidents", PoliceCases.incident(PoliceCases.uniqueReference(),
                PoliceCases.daysAgo(1), pair.perpetratorId(), pair.victimId()).build().toString());
        assertEquals(201, incident.status(), incident::toString);
        assertAlert(partner, "NEW_INCIDENT", pair.victimId());
        assertAlert(probation, "NEW_INCIDENT", pair.perpetratorId());

        JsonObject current = probation.get("/api/referrals/" + referralId).json();
        ProgrammeCases.step(probation, referralId, "non-completion", current, Json.createObjectBuilder()
                .add("reason", "DROPPED_OUT").add("on", today().toString()));
        assertAlert(partner, "PROGRAMME_EXIT", pair.victimId());
        assertAlert(facilitator, "PROGRAMME_EXIT", pair.perpetratorId());

        long unreadBefore = partner.get("/api/alerts/unread-count").json().getJsonNumber("unread").longValue();
        reloadServer();
        assertAlert(partner, "MISSED_SESSION", pair.victimId());
        assertAlert(partner, "PROGRAMME_EXIT", pair.victimId());
        assertEquals(unreadBefore, partner.get("/api/alerts/unread-count").json().getJsonNumber("unread").longValue());

        JsonObject exit = alert(partner, "PROGRAMME_EXIT", pair.victimId());
        ApiClient.Response read = partner.post("/api/alerts/" + exit.getJsonNumber("id") + "/read", "");
        assertEquals(200, read.status(), read::toString);
        assertEquals(unreadBefore - 1, partner.get("/api/alerts/unread-count").json().getJsonNumber("unread")
                .longValue());
        PersonApiIT.assertProblem(manager.post("/api/alerts/" + exit.getJsonNumber("id") + "/read", ""), 404);
    }

    @Test
    void threeFailedAttemptsInARowEscalateToTheManagers() {
        Pair pair = victimWithPerpetrator();
        ApiClient.Response referred = probation.post("/api/referrals", Json.createObjectBuilder()
                .add("programmeId", ProgrammeCases.programmeId(probation, "Caring Dads"))
                .add("personId", pair.perpetratorId()).add("route", "VOLUNTARY").add("referredOn", today().toString())
                .add("youngestChildAge", 5).add("regularContactWithChild", true).add("riskLevel", "MEDIUM")
                .build().toString());
        assertEquals(201, referred.status(), referred::toString);
        JsonObject plan = partner.get("/api/victims/" + pair.victimId() + "/contacts?reason=planned%20contact")
                .structure().asJsonArray().getJsonObject(0);
        for (String outcome : List.of("NO_ANSWER", "UNSAFE_TO_TALK", "NO_ANSWER")) {
            ApiClient.Response logged = partner.post("/api/victims/" + pair.victimId() + "/contacts",
                    Json.createObjectBuilder().add("planId", plan.getJsonNumber("id").longValue())
                            .add("version", plan.getJsonNumber("version").longValue())
                            .add("attemptedOn", today().toString()).add("method", "PHONE").add("outcome", outcome)
                            .build().toString());
            assertEquals(200, logged.status(), logged::toString);
            plan = logged.json();
        }
        assertEquals(3, plan.getInt("failedAttempts"));
        assertEquals(today().toString(), plan.getString("escalatedOn"));
        assertAlert(manager, "CONTACT_ATTEMPTS_FAILED", pair.victimId());
        ApiClient.Response stale = partner.post("/api/victims/" + pair.victimId() + "/contacts",
                Json.createObjectBuilder().add("planId", plan.getJsonNumber("id").longValue()).add("version", 0)
                        .add("attemptedOn", today().toString()).add("method", "PHONE").add("outcome", "MADE")
                        .build().toString());
        PersonApiIT.assertProblem(stale, 409);
    }

    private static JsonArrayBuilder lines(long referralId, String mark) {
        JsonObjectBuilder line = Json.createObjectBuilder().add("referralId", referralId).add("mark", mark);
        return Json.createArrayBuilder().add(line);
    }

    private static void assertHidesHerWhereabouts(ApiClient.Response answer) {
        for (String secret : List.of(SAFE_PHONE, CODE_WORD, REFUGE, HOME, HOME_TOWN, "Towcester")) {
            assertFalse(answer.body().contains(secret), () -> "\"" + secret + "\" leaked: " + answer);
        }
    }

    private static JsonObject alert(ApiClient inbox, String kind, long personId) {
        return inbox.get("/api/alerts?limit=200").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(alert -> alert.getString("kind").equals(kind) && !ApiClient.isNull(alert.get("personId"))
                        && alert.getJsonNumber("personId").longValue() == personId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " alert about person " + personId));
    }

    private static void assertAlert(ApiClient inbox, String kind, long personId) {
        alert(inbox, kind, personId);
    }

    /**
     * Reloads the server through its management API (every service, the deployment and the
     * datasource stop and start again; the JVM stays up) and waits for the API to answer again.
     */
    private void reloadServer() throws Exception {
        ModelNode result = management.getControllerClient().execute(Operations.createOperation("reload"));
        assertTrue(Operations.isSuccessfulOutcome(result), result::toString);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            try {
                ModelNode state = management.getControllerClient().execute(Operations.createReadAttributeOperation(
                        new ModelNode().setEmptyList(), "server-state"));
                if (Operations.isSuccessfulOutcome(state) && "running".equals(Operations.readResult(state).asString())
                        && partner.get("/api/alerts/unread-count").status() == 200) {
                    return;
                }
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // still reloading: the management connection drops and comes back
            }
        }
        throw new AssertionError("The server did not come back within 120 seconds of the reload");
    }
}
