package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.PersonApiIT.assertProblem;
import static uk.org.throughline.it.PersonApiIT.fields;
import static uk.org.throughline.it.PoliceCases.arrested;
import static uk.org.throughline.it.PoliceCases.caution;
import static uk.org.throughline.it.PoliceCases.created;
import static uk.org.throughline.it.PoliceCases.daysAgo;
import static uk.org.throughline.it.PoliceCases.incident;
import static uk.org.throughline.it.PoliceCases.pipaSchemeId;
import static uk.org.throughline.it.PoliceCases.uniqueReference;
import static uk.org.throughline.it.TestClock.today;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.org.throughline.it.PoliceCases.ArrestedCase;

/**
 * The police journey through its REST API over real HTTP: incident, arrest, custody, disposal,
 * court case and the conditional caution to its non-compliance decision; the rules on bad input;
 * who may read and record what; the audit trail and the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
class PoliceApiIT {

    private final ApiClient police = ApiClient.as("police.demo");
    private final ApiClient admin = ApiClient.as("admin.demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void followsACautionFromTheIncidentToTheProsecutionDecision() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(20));
        LocalDate cautionedOn = today().minusDays(10);

        JsonObject bailed = recordCustodyResult(arrested.arrestId(), Json.createObjectBuilder()
                .add("result", "BAILED_WITH_CONDITIONS")
                .add("decidedOn", arrested.occurredAt().toLocalDate().plusDays(1).toString())
                .add("bailConditions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("text", "Not to contact Leanne Ashby directly or indirectly")
                        .add("expiresOn", today().plusDays(30).toString()))));
        assertEquals("BAILED_WITH_CONDITIONS", bailed.getString("custodyResult"));
        assertTrue(bailed.getJsonArray("bailConditions").getJsonObject(0).getBoolean("inForce"), bailed::toString);
        JsonObject released = recordCustodyResult(arrested.arrestId(), Json.createObjectBuilder()
                .add("result", "OUT_OF_COURT_DISPOSAL").add("decidedOn", cautionedOn.toString()));
        assertFalse(released.getJsonArray("bailConditions").getJsonObject(0).getBoolean("inForce"),
                "the final result lifts the bail condition: " + released);

        JsonObject proposed = caution(arrested.arrestId(), pipaSchemeId(police), cautionedOn).build();
        ApiClient.Response eligibility = police.post("/api/cautions/eligibility", proposed.toString());
        assertEquals(200, eligibility.status(), eligibility::toString);
        List<JsonObject> rules = eligibility.json().getJsonArray("rules").getValuesAs(JsonObject.class);
        assertEquals(Set.of("SEX", "MINIMUM_AGE", "INTIMATE_PARTNER", "NO_RECENT_DOMESTIC_ABUSE_OR_VIOLENCE",
                "LOW_LEVEL_OFFENCE", "ADMITS_OFFENCE", "NOT_ON_BAIL_OR_ORDER", "DASH_LEVEL", "VICTIM_CONSULTED",
                "NO_COERCIVE_CONTROL"), rules.stream().map(r -> r.getString("code")).collect(Collectors.toSet()));
        assertTrue(rules.stream().allMatch(r -> r.getBoolean("passed") && !r.getString("reason").isBlank()),
                rules::toString);
        assertTrue(eligibility.json().getBoolean("eligible"), eligibility::toString);

        ApiClient.Response given = police.post("/api/cautions", proposed.toString());
        assertEquals(201, given.status(), given::toString);
        JsonObject caution = given.json();
        long cautionId = caution.getJsonNumber("id").longValue();
        assertTrue(given.header("Location").endsWith("/api/cautions/" + cautionId), given.header("Location"));
        assertEquals("ACTIVE", caution.getString("status"));
        assertEquals(cautionedOn.plusWeeks(16).toString(), caution.getString("complianceDeadline"),
                "the default compliance period is 16 weeks");
        JsonObject referral = caution.getJsonArray("referrals").getJsonObject(0);
        assertEquals("CONDITIONAL_CAUTION", referral.getString("route"));
        assertEquals("Project PIPA", referral.getString("programmeName"));
        assertEquals(caution.getJsonNumber("disposalId").longValue(),
                police.get("/api/disposals/" + caution.getJsonNumber("disposalId")).json().getJsonNumber("id").longValue());

        long conditionId = caution.getJsonArray("conditions").getJsonObject(0).getJsonNumber("id").longValue();
        String conditionStatus = "/api/cautions/" + cautionId + "/conditions/" + conditionId + "/status";
        ApiClient.Response failed = police.post(conditionStatus, Json.createObjectBuilder()
                .add("version", caution.getJsonNumber("version").longValue())
                .add("status", "FAILED").add("on", today().minusDays(5).toString())
                .add("note", "Did not attend the second workshop; no reason given").build().toString());
        assertEquals(200, failed.status(), failed::toString);
        assertEquals("FAILED", failed.json().getString("status"), "a failed condition fails the caution");
        assertTrue(cautionIds(police.get("/api/police-worklist").json(), "awaitingDecision").contains(cautionId),
                "a failed caution waits for a decision on the worklist");

        ApiClient.Response illegal = police.post(conditionStatus, Json.createObjectBuilder()
                .add("version", failed.json().getJsonNumber("version").longValue())
                .add("status", "COMPLIED").add("on", today().minusDays(4).toString()).build().toString());
        assertProblem(illegal, 422);
        assertTrue(illegal.json().getString("detail").contains("Failed"), "names the current status: " + illegal);

        ApiClient.Response decided = police.post("/api/cautions/" + cautionId + "/decision", Json.createObjectBuilder()
                .add("version", failed.json().getJsonNumber("version").longValue())
                .add("decision", "PROSECUTE_ORIGINAL_OFFENCE").add("decisionMaker", "POLICE")
                .add("decidedOn", today().minusDays(3).toString())
                .add("reason", "No reasonable excuse for missing the workshop").build().toString());
        assertEquals(200, decided.status(), decided::toString);
        JsonObject read = police.get("/api/cautions/" + cautionId).json();
        assertEquals("PROSECUTE_ORIGINAL_OFFENCE", read.getString("decision"));
        assertEquals("No reasonable excuse for missing the workshop", read.getString("decisionReason"));
        assertFalse(cautionIds(police.get("/api/police-worklist").json(), "awaitingDecision").contains(cautionId),
                "once decided, the caution leaves the worklist");

        assertFalse(ApiClient.isNull(read.get("prosecutionCourtCaseId")),
                "the decision charged the original offence and opened its court case: " + read);
        ApiClient.Response third = police.post("/api/disposals", outcome(arrested.arrestId(), "COMMUNITY_RESOLUTION",
                "POLICE", today().minusDays(1)).toString());
        assertProblem(third, 400);
        assertEquals(List.of("arrestId"), fields(third), third::toString);

        List<JsonObject> chronology = police.get("/api/persons/" + arrested.suspectId() + "/chronology").structure()
                .asJsonArray().getValuesAs(JsonObject.class);
        List<String> kinds = chronology.stream().map(e -> e.getString("kind")).toList();
        List<String> journey = List.of("INCIDENT", "ARREST", "BAIL_CONDITION", "CONDITIONAL_CAUTION",
                "NON_COMPLIANCE_DECISION");
        assertTrue(kinds.containsAll(journey), kinds::toString);
        assertEquals(journey, journey.stream().sorted(Comparator.comparing(kinds::indexOf)).toList(),
                "the journey in the order it happened: " + kinds);
        List<LocalDate> dates = chronology.stream().map(e -> LocalDate.parse(e.getString("date"))).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "entries in date order");
    }

    @Test
    void findsAnIncidentByItsReferenceTypedInAnyCaseAtTheSameMoment() {
        long suspect = People.register(police, "Renshaw", "Dale", People.uniqueDateOfBirth());
        long victim = People.register(police, "Renshaw", "Kelly", People.uniqueDateOfBirth());
        String reference = uniqueReference();
        OffsetDateTime occurredAt = daysAgo(3).withOffsetSameInstant(ZoneOffset.ofHours(-5));

        ApiClient.Response recorded = police.post("/api/incidents",
                incident(reference.toLowerCase(Locale.UK), occurredAt, suspect, victim).build().toString());
        assertEquals(201, recorded.status(), recorded::toString);
        long id = recorded.json().getJsonNumber("id").longValue();
        assertTrue(recorded.header("Location").endsWith("/api/incidents/" + id), recorded.header("Location"));

        List<JsonObject> found = police.get("/api/incidents?policeReference="
                + URLEncoder.encode(reference.toLowerCase(Locale.UK), StandardCharsets.UTF_8)).structure()
                .asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, found.size(), found::toString);
        JsonObject read = found.get(0);
        assertEquals(reference, read.getString("policeReference"), "held in capitals");
        assertEquals(occurredAt.toInstant(), OffsetDateTime.parse(read.getString("occurredAt")).toInstant());
        assertEquals(occurredAt.atZoneSameInstant(PoliceCases.LONDON).getOffset(),
                OffsetDateTime.parse(read.getString("occurredAt")).getOffset(), "shown on London time");
        assertEquals(Set.of("SUSPECT", "VICTIM"), read.getJsonArray("people").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("role")).collect(Collectors.toSet()));
        assertTrue(police.get("/api/incidents?policeReference=" + uniqueReference()).structure().asJsonArray().isEmpty());
    }

    @Test
    void refusesAnIncidentInTheFuture() {
        long suspect = People.register(police, "Dunmore", "Shane", People.uniqueDateOfBirth());
        long victim = People.register(police, "Dunmore", "Tracey", People.uniqueDateOfBirth());
        JsonObject offenceToday = Json.createObjectBuilder().add("description", "Criminal damage")
                .add("offenceClass", "EITHER_WAY").add("offenceDate", today().toString()).build();

        ApiClient.Response refused = police.post("/api/incidents", incident(uniqueReference(), daysAgo(-2), suspect,
                victim).add("offences", Json.createArrayBuilder().add(offenceToday)).build().toString());

        assertProblem(refused, 400);
        assertTrue(fields(refused).contains("occurredAt"), refused::toString);
    }

    @Test
    void recordsViolenceByAChildUnder16ToAParentAsChildToParentViolenceNotAsDomesticAbuse() {
        LocalDate fourteenYearsAgo = today().minusYears(14);
        long boy = People.register(police, "Pellow", "Kai", fourteenYearsAgo);
        long mother = People.register(police, "Pellow", "Donna", People.uniqueDateOfBirth());
        long girlfriend = People.register(police, "Trevena", "Amber", fourteenYearsAgo.plusMonths(3));

        ApiClient.Response partners = police.post("/api/incidents", incident(uniqueReference(), daysAgo(1), boy,
                girlfriend).build().toString());
        assertProblem(partners, 400);
        assertEquals(List.of("relationship"), fields(partners));
        ApiClient.Response asDomesticAbuse = police.post("/api/incidents", incident(uniqueReference(), daysAgo(1), boy,
                mother).add("relationship", "CHILD_TO_PARENT").build().toString());
        assertProblem(asDomesticAbuse, 400);
        assertTrue(asDomesticAbuse.toString().contains("child-to-parent violence"), asDomesticAbuse::toString);

        ApiClient.Response childToParent = police.post("/api/incidents", incident(uniqueReference(), daysAgo(1), boy,
                mother).add("relationship", "CHILD_UNDER_16_TO_PARENT").build().toString());
        assertEquals(201, childToParent.status(), childToParent::toString);
        assertEquals("CHILD_UNDER_16_TO_PARENT", childToParent.json().getString("relationship"));
    }

    @Test
    void namesADateTimeSentWithoutItsOffset() {
        JsonObject incident = incident(uniqueReference(), daysAgo(1), 1, 2).add("occurredAt", "2026-01-10T22:40")
                .build();

        ApiClient.Response refused = police.post("/api/incidents", incident.toString());

        assertProblem(refused, 400);
        assertTrue(fields(refused).contains("occurredAt"), refused::toString);
    }

    @Test
    void refusesAnArrestBeforeTheIncident() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(4));

        ApiClient.Response refused = police.post("/api/arrests", PoliceCases.arrest(arrested.incidentId(),
                arrested.suspectId(), arrested.occurredAt().minusHours(2)).build().toString());

        assertProblem(refused, 400);
        assertTrue(fields(refused).contains("arrestedAt"), refused::toString);
    }

    @Test
    void refusesADisposalWithNeitherArrestNorInterview() {
        ApiClient.Response refused = police.post("/api/disposals", Json.createObjectBuilder()
                .add("outcomeType", "COMMUNITY_RESOLUTION").add("decisionMaker", "POLICE")
                .add("decidedOn", today().toString()).add("reason", "Apologised; victim content").build().toString());

        assertProblem(refused, 400);
        assertTrue(fields(refused).contains("arrestId") || fields(refused).contains("voluntaryInterviewId"),
                refused::toString);
    }

    @Test
    void refusesAnAdultCautionForASixteenYearOld() {
        LocalDate sixteen = today().minusYears(16).minusMonths(2);
        ArrestedCase arrested = arrested(police, sixteen, daysAgo(6));

        ApiClient.Response refused = police.post("/api/cautions",
                caution(arrested.arrestId(), pipaSchemeId(police), today().minusDays(1)).build().toString());

        assertProblem(refused, 400);
        assertTrue(fields(refused).contains("cautionType"), refused::toString);
        assertTrue(refused.body().contains("youth conditional caution"), refused::toString);
    }

    @Test
    void refusesASimpleAdultCautionForASixteenYearOldThroughTheOutcomeForm() {
        ArrestedCase arrested = arrested(police, today().minusYears(16).minusMonths(2), daysAgo(6));

        ApiClient.Response refused = police.post("/api/disposals", outcome(arrested.arrestId(), "CAUTION_ADULT",
                "POLICE", today().minusDays(1)).toString());

        assertProblem(refused, 400);
        assertEquals(List.of("outcomeType"), fields(refused), refused::toString);
        assertTrue(refused.body().contains("Use a youth caution"), refused::toString);
        assertEquals(201, police.post("/api/disposals", outcome(arrested.arrestId(), "CAUTION_YOUTH", "POLICE",
                today().minusDays(1)).toString()).status(), "a simple youth caution fits his age");
    }

    @Test
    void refusesACautionDatedTomorrowBothInTheEligibilityCheckAndWhenGiven() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(6));
        String tomorrow = caution(arrested.arrestId(), pipaSchemeId(police), today().plusDays(1)).build().toString();

        for (String path : List.of("/api/cautions/eligibility", "/api/cautions")) {
            ApiClient.Response refused = police.post(path, tomorrow);
            assertProblem(refused, 400);
            assertEquals(List.of("cautionedOn"), fields(refused), path + ": " + refused);
        }
    }

    @Test
    void refusesACautionWithoutSignedConsentAndSavesNothing() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(6));

        ApiClient.Response refused = police.post("/api/cautions",
                caution(arrested.arrestId(), pipaSchemeId(police), today().minusDays(1)).add("consentSigned", false)
                        .build().toString());

        assertProblem(refused, 400);
        assertTrue(fields(refused).contains("consentSigned"), refused::toString);
        List<String> kinds = kindsInChronology(arrested.suspectId());
        assertFalse(kinds.contains("CONDITIONAL_CAUTION") || kinds.contains("DISPOSAL"), "nothing half-saved: " + kinds);

        ApiClient.Response retried = police.post("/api/cautions",
                caution(arrested.arrestId(), pipaSchemeId(police), today().minusDays(1)).build().toString());
        assertEquals(201, retried.status(), "the caution is the arrest's first outcome: " + retried);
        assertEquals(1, retried.json().getJsonArray("referrals").size(), retried::toString);
        assertEquals(1, kindsInChronology(arrested.suspectId()).stream().filter("DISPOSAL"::equals).count(),
                "one outcome, the caution's");
    }

    @Test
    void refusesASecondOutcomeForTheSameArrestNamingTheFirst() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(10));
        LocalDate decidedOn = today().minusDays(3);
        assertEquals(201, police.post("/api/disposals", outcome(arrested.arrestId(), "COMMUNITY_RESOLUTION", "POLICE",
                decidedOn).toString()).status());

        ApiClient.Response again = police.post("/api/disposals", outcome(arrested.arrestId(),
                "EVIDENTIAL_DIFFICULTIES_VICTIM_DOES_NOT_SUPPORT", "POLICE", today()).toString());
        assertProblem(again, 400);
        assertEquals(List.of("arrestId"), fields(again), again::toString);
        assertTrue(again.body().contains("Community resolution") && again.body().contains(decidedOn.format(PoliceCases.UK_DATE)),
                "names the outcome already recorded and its date: " + again);

        ApiClient.Response caution = police.post("/api/cautions",
                caution(arrested.arrestId(), pipaSchemeId(police), today().minusDays(1)).build().toString());
        assertProblem(caution, 400);
        assertEquals(List.of("arrestId"), fields(caution), caution::toString);
    }

    @Test
    void refusesAnIneligibleCautionListingTheFailedRulesUntilAReasonIsGiven() {
        long suspect = People.register(police, "Kirkby", "Wayne", People.uniqueDateOfBirth());
        long victim = People.register(police, "Kirkby", "Donna", People.uniqueDateOfBirth());
        OffsetDateTime occurredAt = daysAgo(8);
        long incidentId = created(police, "/api/incidents",
                incident(uniqueReference(), occurredAt, suspect, victim).add("dashLevel", "HIGH").build());
        long arrestId = created(police, "/api/arrests",
                PoliceCases.arrest(incidentId, suspect, occurredAt.plusHours(1)).build());
        JsonObject proposed = caution(arrestId, pipaSchemeId(police), today().minusDays(1)).build();

        ApiClient.Response refused = police.post("/api/cautions", proposed.toString());
        assertProblem(refused, 422);
        List<JsonObject> failedRules = refused.json().getJsonArray("failedRules").getValuesAs(JsonObject.class);
        assertEquals(List.of("DASH_LEVEL"), failedRules.stream().map(r -> r.getString("code")).toList());
        assertFalse(failedRules.get(0).getBoolean("passed"));
        assertTrue(failedRules.get(0).getString("reason").toLowerCase(Locale.UK).contains("high"), refused::toString);

        ApiClient.Response overridden = police.post("/api/cautions", Json.createObjectBuilder(proposed)
                .add("eligibilityOverrideReason", "Inspector: risk reassessed as standard after victim interview")
                .build().toString());
        assertEquals(201, overridden.status(), overridden::toString);
        assertEquals("Inspector: risk reassessed as standard after victim interview",
                overridden.json().getString("eligibilityOverrideReason"));
    }

    @Test
    void refusesASecondIncidentWithTheSamePoliceReference() {
        ArrestedCase first = arrested(police, People.uniqueDateOfBirth(), daysAgo(5));

        ApiClient.Response refused = police.post("/api/incidents",
                incident(first.policeReference(), daysAgo(1), first.suspectId(), first.victimId()).build().toString());

        assertProblem(refused, 400);
        assertTrue(fields(refused).contains("policeReference"), refused::toString);
    }

    @Test
    void refusesAStaleCorrectionAndKeepsTheOneThatWon() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(2));
        ApiClient.Response read = police.get("/api/incidents/" + arrested.incidentId());
        String etag = read.header("ETag");
        JsonObject incident = incident(arrested.policeReference(), arrested.occurredAt(), arrested.suspectId(),
                arrested.victimId()).build();

        ApiClient.Response first = police.putIfMatch("/api/incidents/" + arrested.incidentId(), etag,
                Json.createObjectBuilder(incident).add("location", "Car park, Weston Favell").build().toString());
        assertEquals(200, first.status(), first::toString);
        ApiClient.Response second = admin.put("/api/incidents/" + arrested.incidentId(),
                Json.createObjectBuilder(incident).add("version", read.json().getJsonNumber("version").longValue())
                        .add("location", "Town centre").build().toString());

        assertProblem(second, 409);
        assertEquals("Car park, Weston Favell",
                police.get("/api/incidents/" + arrested.incidentId()).json().getString("location"));
    }

    @Test
    void followsAChargeThroughCourtToSentence() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(30));
        LocalDate charged = today().minusDays(25);
        ApiClient.Response disposal = police.post("/api/disposals", Json.createObjectBuilder()
                .add("arrestId", arrested.arrestId()).add("outcomeType", "CHARGED_OR_SUMMONSED")
                .add("decisionMaker", "CPS").add("decidedOn", charged.toString())
                .add("reason", "Sufficient evidence; CPS authorised charge").build().toString());
        assertEquals(201, disposal.status(), disposal::toString);
        assertEquals(1, disposal.json().getInt("outcomeCode"));
        String courtCase = "/api/court-cases/" + disposal.json().getJsonNumber("courtCaseId").longValue();

        JsonObject heard = courtStep(courtCase + "/hearings", police.get(courtCase).json(), Json.createObjectBuilder()
                .add("hearingDate", today().minusDays(20).toString())
                .add("court", "Northampton Magistrates' Court").add("result", "Guilty plea entered").build());
        JsonObject pleaded = courtStep(courtCase + "/plea", heard, Json.createObjectBuilder()
                .add("plea", "GUILTY").add("pleadedOn", today().minusDays(20).toString()).build());
        assertEquals("AWAITING_SENTENCE", pleaded.getString("stage"));

        ApiClient.Response verdictAfterPlea = police.post(courtCase + "/verdict", Json.createObjectBuilder()
                .add("version", pleaded.getJsonNumber("version").longValue())
                .add("verdict", "NOT_GUILTY").add("verdictOn", today().minusDays(19).toString()).build().toString());
        assertProblem(verdictAfterPlea, 422);

        JsonObject sentenced = courtStep(courtCase + "/sentence", pleaded, Json.createObjectBuilder()
                .add("sentenceType", "COMMUNITY_ORDER").add("sentencedOn", today().minusDays(10).toString())
                .add("endsOn", today().plusMonths(12).toString())
                .add("requirements", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "ACCREDITED_PROGRAMME").add("detail", "Building Better Relationships")))
                .build());
        JsonObject ordered = courtStep(courtCase + "/restraining-order", sentenced, Json.createObjectBuilder()
                .add("madeOn", today().minusDays(10).toString()).build());

        assertEquals("CONCLUDED", ordered.getString("stage"));
        assertEquals("ACCREDITED_PROGRAMME", ordered.getJsonArray("requirements").getJsonObject(0).getString("type"));
        assertEquals(today().minusDays(10).toString(), ordered.getString("restrainingOrderMadeOn"));
        assertEquals(1, ordered.getJsonArray("hearings").size());
    }

    @Test
    void recordsAnOutcomeAfterAVoluntaryInterview() {
        long suspect = People.register(police, "Brampton", "Lee", People.uniqueDateOfBirth());
        long victim = People.register(police, "Brampton", "Gemma", People.uniqueDateOfBirth());
        OffsetDateTime occurredAt = daysAgo(12);
        long incidentId = created(police, "/api/incidents", incident(uniqueReference(), occurredAt, suspect, victim).build());

        ApiClient.Response interview = police.post("/api/voluntary-interviews", Json.createObjectBuilder()
                .add("incidentId", incidentId).add("personId", suspect)
                .add("interviewedAt", occurredAt.plusDays(2).toString())
                .add("location", "Weston Favell police station").build().toString());
        assertEquals(201, interview.status(), interview::toString);
        long interviewId = interview.json().getJsonNumber("id").longValue();
        assertEquals(200, police.get("/api/voluntary-interviews/" + interviewId).status());

        ApiClient.Response disposal = police.post("/api/disposals", Json.createObjectBuilder()
                .add("voluntaryInterviewId", interviewId).add("outcomeType", "EVIDENTIAL_DIFFICULTIES_VICTIM_DOES_NOT_SUPPORT")
                .add("decisionMaker", "POLICE").add("decidedOn", today().minusDays(5).toString())
                .add("reason", "Victim withdrew support; no independent evidence").build().toString());
        assertEquals(201, disposal.status(), disposal::toString);
        JsonObject read = police.get(disposal.header("Location").replaceFirst("^https?://[^/]+", "")).json();
        assertEquals(16, read.getInt("outcomeCode"));
        assertEquals(interviewId, read.getJsonNumber("voluntaryInterviewId").longValue());
        assertTrue(ApiClient.isNull(read.get("courtCaseId")), read::toString);
    }

    @Test
    void letsEachRoleReadOnlyWhatItNeeds() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(9));
        long cautionId = created(police, "/api/cautions",
                caution(arrested.arrestId(), pipaSchemeId(police), today().minusDays(1)).build());
        String incident = "/api/incidents/" + arrested.incidentId();
        String caution = "/api/cautions/" + cautionId;
        ApiClient probation = ApiClient.as("probation.demo");
        ApiClient partner = ApiClient.as("partner.demo");

        assertProblem(ApiClient.anonymous().get(incident), 401);
        assertProblem(ApiClient.as("facilitator.demo").get(caution), 403);
        assertProblem(probation.get(caution), 403);
        People.allocatedTo(arrested.suspectId(), "probation.demo");
        assertEquals(200, probation.get(caution).status(), "once he is on her caseload");
        assertProblem(probation.post("/api/incidents", incident(uniqueReference(), daysAgo(1), arrested.suspectId(),
                arrested.victimId()).build().toString()), 403);
        assertEquals(200, partner.get(incident).status());
        assertProblem(partner.get(caution), 403);
        assertProblem(partner.get("/api/police-worklist"), 403);
    }

    @Test
    void withholdsWhereTheIncidentHappenedAndTheAccountFromManagers() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(5));
        String incident = "/api/incidents/" + arrested.incidentId();
        String byReference = "/api/incidents?policeReference="
                + URLEncoder.encode(arrested.policeReference(), StandardCharsets.UTF_8);
        ApiClient manager = ApiClient.as("manager.demo");

        for (JsonObject read : List.of(manager.get(incident).json(),
                manager.get(byReference).structure().asJsonArray().getJsonObject(0))) {
            assertTrue(ApiClient.isNull(read.get("location")) && ApiClient.isNull(read.get("account")), read::toString);
            assertTrue(read.getBoolean("placeAndAccountWithheld"), read::toString);
            assertEquals(arrested.policeReference(), read.getString("policeReference"), "the rest is there");
        }
        for (ApiClient reader : List.of(police, ApiClient.as("partner.demo"))) {
            JsonObject read = reader.get(incident).json();
            assertEquals("Home address, Kingsthorpe, Northampton", read.getString("location"), read::toString);
            assertFalse(read.getString("account").isBlank(), read::toString);
            assertFalse(read.getBoolean("placeAndAccountWithheld"), read::toString);
        }
    }

    @Test
    void auditsWhoRecordedAndWhoReadAnIncident() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(7));
        ApiClient.as("partner.demo").get("/api/incidents/" + arrested.incidentId());

        List<JsonObject> rows = admin.get("/api/audit?recordType=Incident&size=50&recordId=" + arrested.incidentId())
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(rows.stream().anyMatch(r -> r.getString("action").equals("CREATE")
                && r.getString("username").equals("police.demo")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.getString("action").equals("VIEW")
                && r.getString("username").equals("partner.demo")), rows::toString);
    }

    @Test
    void describesThePoliceJourneyInTheOpenApiDocument() {
        String document = ApiClient.anonymous().get("/openapi").body();

        for (String path : List.of("/api/incidents", "/api/incidents/{id}", "/api/arrests/{id}/custody-result",
                "/api/voluntary-interviews", "/api/disposals", "/api/court-cases/{id}/sentence",
                "/api/cautions/eligibility", "/api/cautions/{id}/conditions/{conditionId}/status",
                "/api/cautions/{id}/decision", "/api/police-worklist", "/api/persons/{id}/chronology")) {
            assertTrue(document.contains("\"" + path + "\""), "the document lists " + path);
        }
    }

    private static JsonObject outcome(long arrestId, String outcomeType, String decisionMaker, LocalDate decidedOn) {
        return Json.createObjectBuilder().add("arrestId", arrestId).add("outcomeType", outcomeType)
                .add("decisionMaker", decisionMaker).add("decidedOn", decidedOn.toString())
                .add("reason", "Decided on the evidence and the victim's views").build();
    }

    private JsonObject recordCustodyResult(long arrestId, JsonObjectBuilder result) {
        long version = police.get("/api/arrests/" + arrestId).json().getJsonNumber("version").longValue();
        ApiClient.Response recorded = police.post("/api/arrests/" + arrestId + "/custody-result",
                result.add("version", version).build().toString());
        assertEquals(200, recorded.status(), recorded::toString);
        return recorded.json();
    }

    /** Posts one step of a court case at the version last read and returns the case after it. */
    private JsonObject courtStep(String path, JsonObject before, JsonObject step) {
        ApiClient.Response after = police.post(path, Json.createObjectBuilder(step)
                .add("version", before.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, after.status(), after::toString);
        return after.json();
    }

    private List<String> kindsInChronology(long personId) {
        return police.get("/api/persons/" + personId + "/chronology").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind")).toList();
    }

    private static List<Long> cautionIds(JsonObject worklist, String list) {
        return worklist.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .map(item -> item.getJsonNumber("cautionId").longValue()).toList();
    }
}
