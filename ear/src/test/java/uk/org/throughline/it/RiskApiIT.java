package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.PersonApiIT.assertProblem;
import static uk.org.throughline.it.PersonApiIT.fields;
import static uk.org.throughline.it.TestClock.today;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Victim risk through its REST API over real HTTP: DASH scoring and the judgement that may only
 * raise a level, MARAC suggestions, criteria and repeats, meetings with their agenda and actions,
 * safety plans with optimistic locking, who may see what, and the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class RiskApiIT {

    private final ApiClient police = ApiClient.as("police.demo");
    private final ApiClient partner = ApiClient.as("partner.demo");
    private final ApiClient probation = ApiClient.as("probation.demo");
    private final ApiClient facilitator = ApiClient.as("facilitator.demo");
    private final ApiClient admin = ApiClient.as("admin.demo");
    private final ApiClient manager = ApiClient.as("manager.demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void fifteenYesAnswersAreHighRiskAndSuggestAMaracReferral() {
        long victim = RiskCases.victim(police, "Harrowden");
        ApiClient.Response recorded = partner.post("/api/risk-assessments", RiskCases.dash(victim, 15).build().toString());

        assertEquals(201, recorded.status(), recorded::toString);
        JsonObject assessment = recorded.json();
        assertEquals(15, assessment.getInt("score"));
        assertEquals("HIGH", assessment.getString("level"));
        assertEquals("SafeLives DASH RIC 2009", assessment.getString("instrument"));
        assertTrue(assessment.getBoolean("roseToHigh"));
        assertEquals(24, assessment.getJsonArray("answers").size());
        JsonObject suggestion = assessment.getJsonObject("maracSuggestion");
        assertEquals("VISIBLE_HIGH_RISK", suggestion.getString("criterion"));
        assertEquals("MARAC referral suggested: visible high risk (DASH score 15).", suggestion.getString("text"));
        assertEquals("HIGH", police.get("/api/persons/" + victim + "/risk-level").json().getString("level"));

        ApiClient.Response medium = partner.post("/api/risk-assessments", RiskCases.dash(victim, 11).build().toString());
        assertEquals("MEDIUM", medium.json().getString("level"));
        assertFalse(medium.json().getBoolean("roseToHigh"));
        JsonObject history = partner.get("/api/risk-assessments/history?personId=" + victim).json();
        assertEquals("MEDIUM", history.getString("currentLevel"));
        assertEquals(List.of(15, 11), history.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getInt("score")).toList());
    }

    @Test
    void professionalJudgementMayRaiseTheLevelButNeverLowerIt() {
        long victim = RiskCases.victim(police, "Irthlingborough");
        ApiClient.Response lowered = partner.post("/api/risk-assessments", RiskCases.dash(victim, 15)
                .add("judgedLevel", "MEDIUM").add("judgementReason", "She says he has calmed down").build().toString());
        assertProblem(lowered, 400);
        assertEquals(List.of("judgedLevel"), fields(lowered));
        assertTrue(lowered.body().contains("never lower it"), lowered::toString);

        ApiClient.Response incomplete = partner.post("/api/risk-assessments", RiskCases.dash(victim, 3)
                .add("answers", Json.createObjectBuilder().add("INJURY", "YES")).build().toString());
        assertProblem(incomplete, 400);

        ApiClient.Response raised = partner.post("/api/risk-assessments", RiskCases.dash(victim, 8)
                .add("judgedLevel", "HIGH").add("judgementReason", "He has bought a knife and knows her new address")
                .build().toString());
        assertEquals(201, raised.status(), raised::toString);
        assertEquals("STANDARD", raised.json().getString("checklistLevel"));
        assertEquals("HIGH", raised.json().getString("level"));
        assertEquals("PROFESSIONAL_JUDGEMENT", raised.json().getJsonObject("maracSuggestion").getString("criterion"));
    }

    @Test
    void aSecondReferralWithinTwelveMonthsIsARepeatAndACriterionNotMetIsRefused() {
        long victim = RiskCases.victim(police, "Wollaston");
        partner.post("/api/risk-assessments", RiskCases.dash(victim, 9).build().toString());
        ApiClient.Response notHigh = police.post("/api/marac/referrals",
                RiskCases.referral(victim, "VISIBLE_HIGH_RISK", null).toString());
        assertProblem(notHigh, 400);
        assertEquals(List.of("criterion"), fields(notHigh));

        ApiClient.Response first = police.post("/api/marac/referrals",
                RiskCases.referral(victim, "PROFESSIONAL_JUDGEMENT", "Threats to kill made to her sister").toString());
        assertEquals(201, first.status(), first::toString);
        assertFalse(first.json().getBoolean("repeat"));
        assertTrue(partner.get("/api/marac/suggestion?personId=" + victim).json().getBoolean("repeat"),
                "a referral today would be within 12 months of the first");

        partner.post("/api/risk-assessments", RiskCases.dash(victim, 16).build().toString());
        ApiClient.Response second = partner.post("/api/marac/referrals",
                RiskCases.referral(victim, "VISIBLE_HIGH_RISK", null).toString());
        assertEquals(201, second.status(), second::toString);
        assertTrue(second.json().getBoolean("repeat"));
        assertEquals(today().toString(), second.json().getString("previousReferralOn"));
        assertEquals(16, second.json().getInt("dashScore"));
    }

    @Test
    void threeIncidentsAsTheVictimSuggestPotentialEscalation() {
        long victim = RiskCases.victim(police, "Raunds");
        long suspect = People.register(police, "Raunds", "Lee", People.uniqueDateOfBirth());
        for (int daysAgo : new int[] {200, 90, 10}) {
            PoliceCases.created(police, "/api/incidents", PoliceCases.incident(PoliceCases.uniqueReference(),
                    PoliceCases.daysAgo(daysAgo), suspect, victim).build());
        }
        JsonObject suggestion = partner.get("/api/marac/suggestion?personId=" + victim).json();
        assertEquals("POTENTIAL_ESCALATION", suggestion.getString("criterion"), suggestion::toString);
        assertEquals(3, suggestion.getInt("recentIncidents"));
        JsonObject history = partner.get("/api/risk-assessments/history?personId=" + victim).json();
        assertEquals(3, history.getJsonArray("entries").size(), "the DASH levels recorded at the scene");
        assertEquals("STANDARD", history.getString("currentLevel"));
    }

    @Test
    void aMeetingHasAnAgendaToExportAndActionsToComplete() {
        long victim = RiskCases.victim(police, "Rushden");
        partner.post("/api/risk-assessments", RiskCases.dash(victim, 14).build().toString());
        JsonObject referral = partner.post("/api/marac/referrals",
                RiskCases.referral(victim, "VISIBLE_HIGH_RISK", null).toString()).json();
        ApiClient.Response meeting = partner.post("/api/marac/meetings", Json.createObjectBuilder()
                .add("meetsOn", today().plusDays(7).toString()).add("area", "East Northamptonshire").build().toString());
        assertEquals(201, meeting.status(), meeting::toString);
        long meetingId = meeting.json().getJsonNumber("id").longValue();
        long referralId = referral.getJsonNumber("id").longValue();

        ApiClient.Response listed = partner.post("/api/marac/referrals/" + referralId + "/listing",
                Json.createObjectBuilder().add("version", referral.getInt("version")).add("meetingId", meetingId)
                        .build().toString());
        assertEquals(200, listed.status(), listed::toString);
        assertProblem(partner.post("/api/marac/referrals/" + referralId + "/listing", Json.createObjectBuilder()
                .add("version", referral.getInt("version")).add("meetingId", meetingId).build().toString()), 409);

        ApiClient.Response agenda = police.get("/api/marac/meetings/" + meetingId + "/agenda");
        assertEquals(200, agenda.status(), agenda::toString);
        assertTrue(agenda.header("Content-Type").startsWith("text/csv"), agenda::toString);
        assertTrue(agenda.body().contains("\"RUSHDEN, Joanne\""), agenda::toString);
        for (String perpetratorFacing : List.of("probation.demo", "yot.demo", "facilitator.demo")) {
            assertEquals(403, ApiClient.as(perpetratorFacing).get("/api/marac/meetings/" + meetingId + "/agenda")
                    .status(), () -> perpetratorFacing + " may not export the agenda");
        }
        assertTrue(agenda.body().contains("\"Visible high risk\""), agenda::toString);

        ApiClient.Response action = partner.post("/api/marac/referrals/" + referralId + "/actions",
                Json.createObjectBuilder().add("agency", "HOUSING").add("action", "Fit target hardening")
                        .add("dueOn", today().plusDays(14).toString()).build().toString());
        assertEquals(201, action.status(), action::toString);
        long actionId = action.json().getJsonNumber("id").longValue();
        String done = Json.createObjectBuilder().add("version", action.json().getInt("version"))
                .add("completedOn", today().toString()).build().toString();
        assertEquals(200, partner.post("/api/marac/actions/" + actionId + "/completion", done).status());
        assertProblem(partner.post("/api/marac/actions/" + actionId + "/completion", done), 409);
        JsonObject agendaRead = partner.get("/api/marac/meetings/" + meetingId).json();
        assertEquals(today().toString(), agendaRead.getJsonArray("agenda").getJsonObject(0).getJsonArray("actions")
                .getJsonObject(0).getString("completedOn"));
        assertEquals(1, admin.get("/api/audit?action=EXPORT&recordType=MaracMeeting&recordId=" + meetingId)
                .json().getJsonArray("items").size(), "the export is audited");
    }

    @Test
    void aSafetyPlanItemChangedMeanwhileIsAConflict() {
        long victim = RiskCases.victim(police, "Oundle");
        ApiClient.Response added = partner.post("/api/safety-plans/" + victim + "/items",
                RiskCases.safetyMeasure("Panic alarm fitted", "AGREED", today().plusDays(3)).build().toString());
        assertEquals(201, added.status(), added::toString);
        JsonObject item = added.json().getJsonArray("items").getJsonObject(0);
        long itemId = item.getJsonNumber("id").longValue();
        String inPlace = RiskCases.safetyMeasure("Panic alarm fitted", "IN_PLACE", today().plusDays(3))
                .add("version", item.getInt("version")).build().toString();

        ApiClient.Response changed = partner.put("/api/safety-plans/items/" + itemId, inPlace);
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("IN_PLACE", changed.json().getJsonArray("items").getJsonObject(0).getString("status"));
        assertProblem(partner.put("/api/safety-plans/items/" + itemId, inPlace), 409);
        assertEquals(200, police.get("/api/safety-plans/" + victim).status(), "police may read the plan");
        assertEquals(403, police.put("/api/safety-plans/items/" + itemId, inPlace).status());
    }

    @Test
    void perpetratorFacingRolesSeeOnlyTheCurrentLevel() {
        VictimCases.Pair pair = VictimCases.victimWithPerpetrator();
        long victim = pair.victimId();
        JsonObject assessment = partner.post("/api/risk-assessments", RiskCases.dash(victim, 14).build().toString())
                .json();
        long assessmentId = assessment.getJsonNumber("id").longValue();
        partner.post("/api/safety-plans/" + victim + "/items",
                RiskCases.safetyMeasure("Safe route to work agreed", "AGREED", today()).build().toString());
        long referralId = partner.post("/api/marac/referrals", RiskCases.referral(victim, "VISIBLE_HIGH_RISK", null)
                .toString()).json().getJsonNumber("id").longValue();
        People.allocatedTo(pair.perpetratorId(), "probation.demo");

        ApiClient.Response level = probation.get("/api/persons/" + victim + "/risk-level");
        assertEquals(200, level.status(), "his offender manager reads the level of the woman he harmed: " + level);
        assertEquals("HIGH", level.json().getString("level"));
        assertEquals(List.of("level", "personId", "personName", "since"),
                level.json().keySet().stream().sorted().toList(), "nothing but the level");
        for (ApiClient notHisWorker : List.of(facilitator, ApiClient.as("yot.demo"))) {
            assertEquals(403, notHisWorker.get("/api/persons/" + victim + "/risk-level").status(),
                    "not even the level for a worker whose caseload he is not on");
        }
        for (ApiClient perpetratorFacing : List.of(probation, facilitator, ApiClient.as("yot.demo"))) {
            for (String hidden : List.of("/api/risk-assessments/" + assessmentId,
                    "/api/risk-assessments?personId=" + victim, "/api/risk-assessments/history?personId=" + victim,
                    "/api/marac/referrals/" + referralId, "/api/marac/referrals?personId=" + victim,
                    "/api/marac/suggestion?personId=" + victim, "/api/marac/meetings",
                    "/api/safety-plans/" + victim)) {
                assertEquals(403, perpetratorFacing.get(hidden).status(), hidden);
            }
            assertEquals(403, perpetratorFacing.post("/api/risk-assessments", RiskCases.dash(victim, 2).build()
                    .toString()).status());
        }
    }

    @Test
    void auditsWhoRecordedAndWhoReadAnAssessment() {
        long victim = RiskCases.victim(police, "Brackley");
        long assessmentId = police.post("/api/risk-assessments", RiskCases.dash(victim, 4).build().toString()).json()
                .getJsonNumber("id").longValue();
        partner.get("/api/risk-assessments/" + assessmentId);
        manager.get("/api/persons/" + victim + "/risk-level");

        List<JsonObject> rows = admin.get("/api/audit?recordType=RiskAssessment&size=50&recordId=" + assessmentId)
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(rows.stream().anyMatch(row -> row.getString("action").equals("CREATE")
                && row.getString("username").equals("police.demo")), rows::toString);
        assertTrue(rows.stream().anyMatch(row -> row.getString("action").equals("VIEW")
                && row.getString("username").equals("partner.demo")), rows::toString);
        assertEquals(1, admin.get("/api/audit?recordType=RiskLevel&username=manager.demo&recordId=" + victim)
                .json().getJsonArray("items").size());
    }
}
