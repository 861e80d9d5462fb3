package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.PersonApiIT.assertProblem;
import static uk.org.throughline.it.PersonApiIT.fields;
import static uk.org.throughline.it.PoliceCases.UK_DATE;
import static uk.org.throughline.it.PoliceCases.arrested;
import static uk.org.throughline.it.PoliceCases.caution;
import static uk.org.throughline.it.PoliceCases.daysAgo;
import static uk.org.throughline.it.PoliceCases.pipaSchemeId;
import static uk.org.throughline.it.TestClock.today;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.org.throughline.it.PoliceCases.ArrestedCase;

/**
 * The safeguards on a conditional caution over real HTTP: the victim's own DASH checklist counts
 * against eligibility, the look-back counts domestic abuse and violence only, only an inspector or above may caution despite failed rules, and a decision to
 * prosecute a failed caution charges the original offence and opens its court case.
 */
@ExtendWith(ArquillianExtension.class)
class CautionSafeguardsIT {

    private final ApiClient police = ApiClient.as("police.demo");
    private final ApiClient constable = ApiClient.as("constable.demo");
    private final ApiClient admin = ApiClient.as("admin.demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void aDashChecklistOfFifteenForTheIncidentsVictimMakesTheCautionIneligibleNamingTheRule() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(6));
        JsonObject proposed = caution(arrested.arrestId(), pipaSchemeId(police), today()).build();
        assertTrue(police.post("/api/cautions/eligibility", proposed.toString()).json().getBoolean("eligible"),
                "standard at the scene and no checklist: eligible");

        ApiClient.Response checklist = police.post("/api/risk-assessments", RiskCases.dash(arrested.victimId(), 15)
                .add("incidentId", arrested.incidentId()).build().toString());
        assertEquals(201, checklist.status(), checklist::toString);

        ApiClient.Response eligibility = police.post("/api/cautions/eligibility", proposed.toString());
        assertEquals(200, eligibility.status(), eligibility::toString);
        assertFalse(eligibility.json().getBoolean("eligible"), eligibility::toString);
        String expected = "DASH high (checklist of " + UK_DATE.format(today()) + ", 15 yes answers) \u2014 the scheme "
                + "allows standard or medium";
        List<JsonObject> failed = failedRules(eligibility.json().getJsonArray("rules").getValuesAs(JsonObject.class));
        assertEquals(List.of("DASH_LEVEL"), failed.stream().map(rule -> rule.getString("code")).toList());
        assertEquals(expected, failed.get(0).getString("reason"));

        ApiClient.Response refused = police.post("/api/cautions", proposed.toString());
        assertProblem(refused, 422);
        assertEquals(expected, refused.json().getJsonArray("failedRules").getJsonObject(0).getString("reason"));
    }

    @Test
    void theLookBackCountsAnEarlierCautionForDomesticAbuseButNotOneForTheftFromHisFourteenYearOld() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(6));
        JsonObject proposed = caution(arrested.arrestId(), pipaSchemeId(police), today()).build();
        long daughter = People.register(police, "Ashby", "Mia", today().minusYears(14));
        cautionedEarlier(arrested.suspectId(), daughter, "PARENT_TO_CHILD", "ECONOMIC", "Theft", 200);
        assertTrue(lookBack(proposed).getBoolean("passed"), "theft from a child is neither: " + lookBack(proposed));

        cautionedEarlier(arrested.suspectId(), arrested.victimId(), "CURRENT_INTIMATE_PARTNER",
                "PSYCHOLOGICAL_EMOTIONAL", "Criminal damage", 100);
        JsonObject counted = lookBack(proposed);
        assertFalse(counted.getBoolean("passed"), counted::toString);
        assertTrue(counted.getString("reason").startsWith("Convicted or cautioned in the last 24 months: cautioned on "
                + UK_DATE.format(daysAgo(99).toLocalDate()) + " for domestic abuse"), counted::toString);
        assertFalse(counted.getString("reason").contains(UK_DATE.format(daysAgo(199).toLocalDate())),
                "the caution for the theft is still left out: " + counted);
    }

    /** Records an incident {@code daysAgo} between him and her, his arrest and a simple caution the next day. */
    private void cautionedEarlier(long suspectId, long victimId, String relationship, String abuse, String offence,
            int daysAgo) {
        long incident = PoliceCases.created(police, "/api/incidents", PoliceCases.incident(
                PoliceCases.uniqueReference(), daysAgo(daysAgo), suspectId, victimId)
                .add("relationship", relationship)
                .add("abuseTypes", Json.createArrayBuilder().add(abuse))
                .add("offences", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("description", offence).add("offenceClass", "EITHER_WAY")))
                .build());
        long arrest = PoliceCases.created(police, "/api/arrests",
                PoliceCases.arrest(incident, suspectId, daysAgo(daysAgo).plusHours(1)).build());
        PoliceCases.created(police, "/api/disposals", Json.createObjectBuilder().add("arrestId", arrest)
                .add("outcomeType", "CAUTION_ADULT").add("decisionMaker", "POLICE")
                .add("decidedOn", daysAgo(daysAgo - 1).toLocalDate().toString())
                .add("reason", "Admitted; simple caution").build());
    }

    private JsonObject lookBack(JsonObject proposed) {
        return police.post("/api/cautions/eligibility", proposed.toString()).json().getJsonArray("rules")
                .getValuesAs(JsonObject.class).stream()
                .filter(rule -> rule.getString("code").equals("NO_RECENT_DOMESTIC_ABUSE_OR_VIOLENCE"))
                .findFirst().orElseThrow();
    }

    @Test
    void onlyAnInspectorOrAboveMayCautionDespiteFailedRulesAndIsRecordedWithTheirRank() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(6));
        police.post("/api/risk-assessments", RiskCases.dash(arrested.victimId(), 16)
                .add("incidentId", arrested.incidentId()).build().toString());
        String reason = "Risk reassessed with the IDVA: he has moved to his mother's in Leicester";
        String overridden = Json.createObjectBuilder(caution(arrested.arrestId(), pipaSchemeId(police), today())
                .build()).add("eligibilityOverrideReason", reason).build().toString();
        assertEquals(204, admin.put("/api/staff/constable.demo/rank", "{\"rank\":\"CONSTABLE\"}").status());

        ApiClient.Response refused = constable.post("/api/cautions", overridden);
        assertProblem(refused, 400);
        assertEquals(List.of("eligibilityOverrideReason"), fields(refused), refused::toString);
        assertTrue(refused.toString().contains("Only an authorised officer, an inspector or above, may caution "
                + "although scheme rules failed: you are recorded as a constable"), refused::toString);

        ApiClient.Response given = police.post("/api/cautions", overridden);
        assertEquals(201, given.status(), given::toString);
        assertEquals(reason, given.json().getString("eligibilityOverrideReason"));
        assertEquals("police.demo", given.json().getString("eligibilityOverrideBy"));
        assertEquals("INSPECTOR", given.json().getString("eligibilityOverrideRank"));
    }

    @Test
    void anAdministratorRecordsARankAndOnlyAnAdministrator() {
        assertEquals(403, police.put("/api/staff/constable.demo/rank", "{\"rank\":\"INSPECTOR\"}").status());
        assertEquals(204, admin.put("/api/staff/constable.demo/rank", "{\"rank\":\"SERGEANT\"}").status());
        List<String> audited = admin.get("/api/audit?recordType=Staff&recordId=constable.demo&size=10").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getString("summary")).toList();
        assertTrue(audited.contains("Rank now Sergeant"), audited::toString);
        assertEquals(204, admin.put("/api/staff/constable.demo/rank", "{\"rank\":\"CONSTABLE\"}").status());
    }

    @Test
    void theStaffPageListsEachAccountsRankToAnAdministratorOnly() {
        StaffReader.Answer page = StaffReader.signedIn("admin.demo").read(StaffReader.Request.get("/staff/accounts.xhtml"));
        assertEquals(200, page.status(), page::toString);
        String inspectorRow = page.text().substring(page.text().indexOf("Insp Sarah Mitchell"));
        assertTrue(inspectorRow.substring(0, inspectorRow.indexOf("</tr>")).contains("Inspector"), page::text);
        assertEquals(403, StaffReader.signedIn("police.demo").read(StaffReader.Request.get("/staff/accounts.xhtml"))
                .status());
    }

    @Test
    void aDecisionToProsecuteTheFailedCautionOpensTheCourtCaseOnTheOriginalOffence() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(20));
        LocalDate cautionedOn = today().minusDays(10);
        JsonObject caution = police.post("/api/cautions", caution(arrested.arrestId(), pipaSchemeId(police),
                cautionedOn).build().toString()).json();
        long cautionId = caution.getJsonNumber("id").longValue();
        long conditionId = caution.getJsonArray("conditions").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject failed = police.post("/api/cautions/" + cautionId + "/conditions/" + conditionId + "/status",
                Json.createObjectBuilder().add("version", caution.getJsonNumber("version").longValue())
                        .add("status", "FAILED").add("on", today().minusDays(5).toString())
                        .add("note", "Did not attend the second workshop; no reason given").build().toString()).json();

        ApiClient.Response decided = police.post("/api/cautions/" + cautionId + "/decision", Json.createObjectBuilder()
                .add("version", failed.getJsonNumber("version").longValue())
                .add("decision", "PROSECUTE_ORIGINAL_OFFENCE").add("decisionMaker", "CPS")
                .add("decidedOn", today().minusDays(3).toString())
                .add("reason", "No reasonable excuse for missing the workshop").build().toString());
        assertEquals(200, decided.status(), decided::toString);
        long courtCaseId = decided.json().getJsonNumber("prosecutionCourtCaseId").longValue();
        long chargeId = decided.json().getJsonNumber("prosecutionDisposalId").longValue();

        JsonObject charge = police.get("/api/disposals/" + chargeId).json();
        assertEquals("CHARGED_OR_SUMMONSED", charge.getString("outcomeType"));
        assertEquals(arrested.arrestId(), charge.getJsonNumber("arrestId").longValue());
        assertEquals(courtCaseId, charge.getJsonNumber("courtCaseId").longValue());
        assertTrue(charge.getString("reason").contains("Common assault (battery)"), charge::toString);
        JsonObject courtCase = police.get("/api/court-cases/" + courtCaseId).json();
        assertEquals("AWAITING_PLEA", courtCase.getString("stage"), courtCase::toString);

        ApiClient.Response again = police.post("/api/disposals", Json.createObjectBuilder()
                .add("arrestId", arrested.arrestId()).add("outcomeType", "CHARGED_OR_SUMMONSED")
                .add("decisionMaker", "CPS").add("decidedOn", today().minusDays(2).toString())
                .add("reason", "Charged by hand").build().toString());
        assertProblem(again, 400);
        assertEquals(List.of("arrestId"), fields(again), "nobody charges it a second time: " + again);
    }

    private static List<JsonObject> failedRules(List<JsonObject> rules) {
        return rules.stream().filter(rule -> !rule.getBoolean("passed")).toList();
    }
}
