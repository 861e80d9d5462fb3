package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.TestClock.today;
import static uk.org.throughline.it.VictimCases.CODE_WORD;
import static uk.org.throughline.it.VictimCases.HOME;
import static uk.org.throughline.it.VictimCases.HOME_TOWN;
import static uk.org.throughline.it.VictimCases.REFUGE;
import static uk.org.throughline.it.VictimCases.REFUGE_TOWN;
import static uk.org.throughline.it.VictimCases.SAFE_PHONE;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.org.throughline.it.VictimCases.OnProgramme;
import uk.org.throughline.it.VictimCases.Pair;

/**
 * Victim safety through the REST API: a perpetrator-facing user learns that a victim exists, never
 * how to reach her, through any endpoint; a linked perpetrator's referral opens a partner-contact
 * plan; each triggering event leaves alerts in the right inboxes, and they are still there after the
 * server is reloaded.
 */
@ExtendWith(ArquillianExtension.class)
class VictimSafetyApiIT {

    /** The request header that carries why one is looking at her details (never the address). */
    private static final String ACCESS_REASON = "Access-Reason";

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

    @Test
    void aPerpetratorFacingUserLearnsThatSheIsAVictimButNeverHowToReachHer() {
        Pair pair = VictimCases.victimWithPerpetrator();
        for (ApiClient perpetratorFacing : List.of(probation, yot, facilitator)) {
            List<ApiClient.Response> answers = List.of(
                    perpetratorFacing.get("/api/persons?q=" + pair.victimSurname()),
                    perpetratorFacing.get("/api/persons/" + pair.victimId()),
                    perpetratorFacing.get("/api/persons/" + pair.victimId() + "/chronology"),
                    perpetratorFacing.get("/api/victims/" + pair.victimId()),
                    perpetratorFacing.get("/api/victims/" + pair.victimId(), ACCESS_REASON, "curious"),
                    perpetratorFacing.get("/api/victims/" + pair.victimId() + "/contacts", ACCESS_REASON, "curious"),
                    perpetratorFacing.get("/api/persons/" + pair.perpetratorId()),
                    perpetratorFacing.get("/api/persons/" + pair.perpetratorId() + "/chronology"));
            for (ApiClient.Response answer : answers) {
                assertHidesHerWhereabouts(answer);
            }
            assertEquals(403, answers.get(1).status(), "she is on no perpetrator-facing caseload: " + answers.get(1));
            assertEquals(403, answers.get(3).status(), "nor is he yet, so not even that she is a victim");
            assertEquals(403, answers.get(5).status(), answers.get(5)::toString);
            ApiClient.Response edit = perpetratorFacing.put("/api/persons/" + pair.victimId(),
                    People.person(pair.victimSurname(), "Leanne", null, ",\"version\":0"));
            assertTrue(edit.status() == 403, "a perpetrator-facing role may not rewrite her record: " + edit);
        }

        People.allocatedTo(pair.perpetratorId(), "probation.demo");
        ApiClient.Response summary = probation.get("/api/victims/" + pair.victimId());
        assertEquals(200, summary.status(), "his offender manager learns she is his victim: " + summary);
        assertEquals("Not assessed", summary.json().getString("riskLevel"));
        assertHidesHerWhereabouts(summary);
        assertEquals(403, probation.get("/api/persons/" + pair.victimId()).status(), "but not her person record");
        assertEquals(403, yot.get("/api/victims/" + pair.victimId()).status(), "and only his own workers learn it");

        ApiClient.Response policeView = police.get("/api/victims/" + pair.victimId());
        assertEquals(200, policeView.status(), policeView::toString);
        assertFalse(policeView.body().contains(SAFE_PHONE) || policeView.body().contains(REFUGE), policeView::toString);
    }

    @Test
    void thePartnerContactWorkerSeesHerDetailsOnlyWithAReason() {
        Pair pair = VictimCases.victimWithPerpetrator();
        for (String withoutHeader : List.of("", "/contacts")) {
            ApiClient.Response inTheAddress = partner.get("/api/victims/" + pair.victimId() + withoutHeader
                    + "?reason=planned%20contact");
            PersonApiIT.assertProblem(inTheAddress, 400);
            assertEquals(List.of(ACCESS_REASON), PersonApiIT.fields(inTheAddress), "a reason in the address does not "
                    + "count: " + inTheAddress);
            assertHidesHerWhereabouts(inTheAddress);
        }
        ApiClient.Response read = partner.get("/api/victims/" + pair.victimId(), ACCESS_REASON, "planned contact");
        assertEquals(200, read.status(), read::toString);
        assertEquals(SAFE_PHONE, read.json().getString("safePhone"));
        assertEquals(REFUGE, read.json().getString("addressLine1"));
        assertEquals(pair.perpetratorId(), read.json().getJsonArray("perpetrators").getJsonObject(0)
                .getJsonNumber("personId").longValue());
        ApiClient.Response audit = ApiClient.as("admin.demo").get("/api/audit?recordType=VictimRecord&recordId="
                + pair.victimId());
        assertTrue(audit.body().contains("planned contact"), "the reason is in the audit trail: " + audit);
        assertTrue(ApiClient.anonymous().get("/openapi").body().contains(ACCESS_REASON),
                "the OpenAPI document tells clients where the reason goes");
    }

    @Test
    void eachEventLeavesAlertsForTheWorkersAndTheyOutliveAServerReload() throws Exception {
        Pair pair = VictimCases.victimWithPerpetrator();
        OnProgramme onProgramme = VictimCases.onCaringDadsToday(pair.perpetratorId());
        long referralId = onProgramme.referralId();
        JsonObject plan = partner.get("/api/victims/" + pair.victimId() + "/contacts", ACCESS_REASON,
                "planned contact")
                .structure().asJsonArray().getJsonObject(0);
        assertEquals(referralId, plan.getJsonNumber("referralId").longValue(), "the referral opened her plan");
        assertEquals("Initial contact", plan.getString("nextContactReason"));
        assertAlert(partner, "PARTNER_CONTACT_DUE", pair.victimId());

        ApiClient.Response missed = facilitator.put("/api/sessions/" + onProgramme.sessionId() + "/attendance",
                Json.createObjectBuilder().add("version", onProgramme.session().getJsonNumber("version").longValue())
                        .add("lines", lines(referralId, "ABSENT_UNACCEPTABLE")).build().toString());
        assertEquals(200, missed.status(), missed::toString);
        assertAlert(partner, "MISSED_SESSION", pair.victimId());
        assertAlert(facilitator, "MISSED_SESSION", pair.perpetratorId());
        assertAlert(probation, "MISSED_SESSION", pair.perpetratorId());

        ApiClient.Response incident = police.post("/api/incidents", PoliceCases.incident(PoliceCases.uniqueReference(),
                PoliceCases.daysAgo(1), pair.perpetratorId(), pair.victimId()).build().toString());
        assertEquals(201, incident.status(), incident::toString);
        assertAlert(partner, "NEW_INCIDENT", pair.victimId());
        String toProbation = alert(probation, "NEW_INCIDENT", pair.perpetratorId()).getString("message");
        assertTrue(toProbation.endsWith("is a suspect.") && !toProbation.contains(pair.victimName()), toProbation);

        ApiClient.Response high = partner.post("/api/risk-assessments",
                RiskCases.dash(pair.victimId(), 15).build().toString());
        assertEquals(201, high.status(), high::toString);
        assertTrue(alert(partner, "RISK_RISING_TO_HIGH", pair.victimId()).getString("message").contains("DASH score 15"));
        String toHisFacilitator = alert(facilitator, "RISK_RISING_TO_HIGH", pair.victimId()).getString("message");
        assertTrue(toHisFacilitator.endsWith("is now high.") && !toHisFacilitator.contains("DASH"), toHisFacilitator);
        ApiClient.Response marac = partner.post("/api/marac/referrals", RiskCases.referral(pair.victimId(),
                "VISIBLE_HIGH_RISK", null).toString());
        assertEquals(201, marac.status(), marac::toString);
        assertAlert(partner, "MARAC_REFERRAL", pair.victimId());
        assertFalse(alerts(probation).anyMatch(alert -> alert.getString("kind").equals("MARAC_REFERRAL")),
                "MARAC business stays with the victim-facing side");

        JsonObject order = VictimCases.orderProtecting(pair);
        ApiClient.Response breach = police.post("/api/orders/" + order.getJsonNumber("id") + "/breaches",
                Json.createObjectBuilder().add("occurredAt", PoliceCases.daysAgo(1).toString())
                        .add("conditionId", order.getJsonArray("conditions").getJsonObject(0).getJsonNumber("id").longValue())
                        .add("whatHappened", "Sent her twelve text messages in an evening")
                        .add("reportedBy", "The victim, to her IDVA").add("policeAction", "ARRESTED")
                        .add("route", "CRIMINAL").build().toString());
        assertEquals(201, breach.status(), breach::toString);
        assertAlert(partner, "ORDER_BREACH", pair.victimId());
        assertAlert(probation, "ORDER_BREACH", pair.perpetratorId());
        assertAlert(facilitator, "ORDER_BREACH", pair.perpetratorId());
        String protecting = facilitator.get("/api/victims/" + pair.victimId()).json().getJsonArray("protectiveOrders")
                .toString();
        assertTrue(protecting.contains("Non-molestation order until " + today().plusMonths(6).format(PoliceCases.UK_DATE)),
                protecting);

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
    void aHighDashLevelAtTheSceneAlertsHerWorkerThatHerRiskRoseToHigh() {
        Pair pair = VictimCases.victimWithPerpetrator();
        ApiClient.Response medium = police.post("/api/incidents", PoliceCases.incident(PoliceCases.uniqueReference(),
                PoliceCases.daysAgo(3), pair.perpetratorId(), pair.victimId()).add("dashLevel", "MEDIUM").build()
                .toString());
        assertEquals(201, medium.status(), medium::toString);
        assertFalse(alerts(partner).anyMatch(alert -> alert.getString("kind").equals("RISK_RISING_TO_HIGH")
                && alert.getJsonNumber("personId").longValue() == pair.victimId()), "medium is not high");

        String reference = PoliceCases.uniqueReference();
        ApiClient.Response high = police.post("/api/incidents", PoliceCases.incident(reference, PoliceCases.daysAgo(1),
                pair.perpetratorId(), pair.victimId()).add("dashLevel", "HIGH").build().toString());
        assertEquals(201, high.status(), high::toString);
        String message = alert(partner, "RISK_RISING_TO_HIGH", pair.victimId()).getString("message");
        assertTrue(message.contains("recorded by police at the scene of " + reference), message);
        People.allocatedTo(pair.perpetratorId(), "probation.demo");
        assertTrue(probation.get("/api/victims/" + pair.victimId()).json().getString("riskLevel")
                .startsWith("High (recorded by police at the scene on "), "his workers see the level, not how it was reached");
    }

    @Test
    void hisFirstSessionBringsHerNextContactForwardAndADisclosureAlertsHerWorker() {
        Pair pair = VictimCases.victimWithPerpetrator();
        OnProgramme onProgramme = VictimCases.onCaringDadsToday(pair.perpetratorId());
        JsonObjectBuilder line = Json.createObjectBuilder().add("referralId", onProgramme.referralId())
                .add("mark", "ATTENDED").add("disclosureOrConcern", true)
                .add("engagementNotes", "Said he drives past her refuge");
        ApiClient.Response saved = facilitator.put("/api/sessions/" + onProgramme.sessionId() + "/attendance",
                Json.createObjectBuilder().add("version", onProgramme.session().getJsonNumber("version").longValue())
                        .add("lines", Json.createArrayBuilder().add(line)).build().toString());
        assertEquals(200, saved.status(), saved::toString);
        assertAlert(partner, "DISCLOSURE_IN_SESSION", pair.victimId());
        assertAlert(probation, "DISCLOSURE_IN_SESSION", pair.perpetratorId());
        JsonObject plan = partner.get("/api/victims/" + pair.victimId() + "/contacts", ACCESS_REASON,
                "planned contact")
                .structure().asJsonArray().getJsonObject(0);
        assertEquals("He started the programme", plan.getString("nextContactReason"));
        assertEquals("In progress", plan.getString("perpetratorStatus"));
    }

    @Test
    void linkingAVictimToAManAlreadyReferredOpensHerPlan() {
        Pair first = VictimCases.victimWithPerpetrator();
        VictimCases.referToCaringDads(first.perpetratorId());
        long secondVictim = People.register(police, first.victimSurname(), "Shannon", People.uniqueDateOfBirth());
        VictimCases.openRecord(secondVictim, first.perpetratorId());
        List<JsonObject> plans = partner.get("/api/victims/" + secondVictim + "/contacts", ACCESS_REASON,
                "planned contact")
                .structure().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, plans.size(), plans::toString);
        assertEquals("Initial contact", plans.get(0).getString("nextContactReason"));
        List<JsonObject> opened = manager.get("/api/audit?recordType=PartnerContactPlan&recordId="
                + plans.get(0).getJsonNumber("id")).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(opened.stream().anyMatch(row -> row.getString("action").equals("CREATE")
                && row.getString("username").equals("partner.demo")), opened::toString);
        assertEquals(1, partner.get("/api/victims/" + first.victimId() + "/contacts", ACCESS_REASON,
                "planned contact")
                .structure().asJsonArray().size(), "the first victim keeps her one plan");

        JsonObject task = alert(partner, "PARTNER_CONTACT_DUE", secondVictim);
        assertEquals(plans.get(0).getString("nextContactDue"), task.getString("dueOn"));
        ApiClient.Response done = partner.post("/api/alerts/" + task.getJsonNumber("id") + "/done", "");
        assertEquals(200, done.status(), done::toString);
        assertEquals("partner.demo", done.json().getString("doneBy"));
        PersonApiIT.assertProblem(partner.post("/api/alerts/" + task.getJsonNumber("id") + "/done", ""), 422);
    }

    @Test
    void threeFailedAttemptsInARowEscalateToTheManagers() {
        Pair pair = VictimCases.victimWithPerpetrator();
        VictimCases.referToCaringDads(pair.perpetratorId());
        JsonObject plan = partner.get("/api/victims/" + pair.victimId() + "/contacts", ACCESS_REASON,
                "planned contact")
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
        JsonObject escalation = alert(manager, "CONTACT_ATTEMPTS_FAILED", pair.victimId());
        PersonApiIT.assertProblem(manager.post("/api/alerts/" + escalation.getJsonNumber("id") + "/done", ""), 422);
        assertTrue(ApiClient.isNull(alert(partner, "PARTNER_CONTACT_DUE", pair.victimId()).get("doneAt")));
        ApiClient.Response stale = partner.post("/api/victims/" + pair.victimId() + "/contacts",
                Json.createObjectBuilder().add("planId", plan.getJsonNumber("id").longValue()).add("version", 0)
                        .add("attemptedOn", today().toString()).add("method", "PHONE").add("outcome", "MADE")
                        .build().toString());
        PersonApiIT.assertProblem(stale, 409);

        ApiClient.Response reached = partner.post("/api/victims/" + pair.victimId() + "/contacts",
                Json.createObjectBuilder().add("planId", plan.getJsonNumber("id").longValue())
                        .add("version", plan.getJsonNumber("version").longValue())
                        .add("attemptedOn", today().toString()).add("method", "IN_PERSON").add("outcome", "MADE")
                        .add("disclosures", "He waits outside the school gates").build().toString());
        assertEquals(200, reached.status(), reached::toString);
        assertEquals(0, reached.json().getInt("failedAttempts"));
        assertFalse(ApiClient.isNull(alert(partner, "PARTNER_CONTACT_DUE", pair.victimId()).get("doneAt")),
                "reaching her does the task to contact her");
    }

    @Test
    void readingAlertsIsAuditedAsOneRowNamingTheAlertsRead() {
        Pair pair = VictimCases.victimWithPerpetrator();
        VictimCases.referToCaringDads(pair.perpetratorId());
        ApiClient admin = ApiClient.as("admin.demo");
        String partnersReads = "/api/audit?recordType=Alert&username=partner.demo&size=5";
        long before = admin.get(partnersReads).json().getJsonNumber("total").longValue();

        List<JsonObject> read = partner.get("/api/alerts?limit=10").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        List<JsonObject> rows = admin.get(partnersReads).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(before + 1, admin.get(partnersReads).json().getJsonNumber("total").longValue(),
                "one audit row for the request, not one per alert");
        assertEquals("VIEW", rows.get(0).getString("action"));
        assertEquals(read.stream().map(alert -> alert.getJsonNumber("id").longValue()).toList(),
                idsNamed(rows.get(0).getString("summary")), rows.get(0)::toString);

        JsonObject task = partner.get("/api/alerts/tasks").structure().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getString("kind").equals("PARTNER_CONTACT_DUE")
                        && t.getJsonNumber("personId").longValue() == pair.victimId())
                .findFirst().orElseThrow();
        assertTrue(idsNamed(admin.get(partnersReads).json().getJsonArray("items").getJsonObject(0).getString("summary"))
                .contains(task.getJsonNumber("id").longValue()), "reading the tasks names them too");
        assertEquals(200, partner.post("/api/alerts/" + task.getJsonNumber("id") + "/read", "").status());
        JsonObject marked = admin.get(partnersReads + "&recordId=" + task.getJsonNumber("id")).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(List.of("UPDATE", "Marked read"), List.of(marked.getString("action"), marked.getString("summary")));
    }

    /** The alert ids an audit row's summary names: "Read 3 alerts: 12, 15, 19". */
    private static List<Long> idsNamed(String summary) {
        assertTrue(summary.startsWith("Read "), summary);
        return Stream.of(summary.substring(summary.indexOf(": ") + 2).split(", ")).map(Long::valueOf).toList();
    }

    private static JsonArrayBuilder lines(long referralId, String mark) {
        JsonObjectBuilder line = Json.createObjectBuilder().add("referralId", referralId).add("mark", mark);
        return Json.createArrayBuilder().add(line);
    }

    private static void assertHidesHerWhereabouts(ApiClient.Response answer) {
        for (String secret : List.of(SAFE_PHONE, CODE_WORD, REFUGE, REFUGE_TOWN, HOME, HOME_TOWN)) {
            assertFalse(answer.body().contains(secret), () -> "\"" + secret + "\" leaked: " + answer);
        }
    }

    private static Stream<JsonObject> alerts(ApiClient inbox) {
        return inbox.get("/api/alerts?limit=200").structure().asJsonArray().getValuesAs(JsonObject.class).stream();
    }

    private static JsonObject alert(ApiClient inbox, String kind, long personId) {
        return alerts(inbox)
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
