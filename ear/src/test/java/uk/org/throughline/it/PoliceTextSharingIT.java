package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.PersonApiIT.assertProblem;
import static uk.org.throughline.it.PoliceCases.arrested;
import static uk.org.throughline.it.PoliceCases.caution;
import static uk.org.throughline.it.PoliceCases.created;
import static uk.org.throughline.it.PoliceCases.daysAgo;
import static uk.org.throughline.it.PoliceCases.pipaSchemeId;
import static uk.org.throughline.it.TestClock.today;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.org.throughline.it.PoliceCases.ArrestedCase;

/**
 * Free text police typed that may carry a victim's details, through the REST API: her views on a
 * caution, a condition's wording, a note, bail wording, an order's wording, a variation, a breach's
 * account, a sentence requirement's detail and a warning marker's notes. Police record each with a
 * sentinel (a street of her own); probation, YOT and facilitators then read every related record and
 * get "Held by police: ask the officer in the case" instead, never the street. Police and
 * partner-contact workers still read it, and once police mark a text shareable, probation does too.
 */
@ExtendWith(ArquillianExtension.class)
class PoliceTextSharingIT {

    private static final String HELD = "Held by police: ask the officer in the case";
    private static final List<String> OFFENDER_MANAGERS = List.of("probation.demo", "yot.demo", "facilitator.demo");

    private final ApiClient police = ApiClient.as("police.demo");
    private final ApiClient probation = ApiClient.as("probation.demo");
    private final ApiClient partner = ApiClient.as("partner.demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void aCautionsVictimViewsWordingNoteAndBailWordingAreHeldFromOffenderManagers() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(20));
        LocalDate cautionedOn = today().minusDays(10);
        String arrest = "/api/arrests/" + arrested.arrestId();
        custodyResult(arrest, Json.createObjectBuilder().add("result", "BAILED_WITH_CONDITIONS")
                .add("decidedOn", cautionedOn.minusDays(5).toString())
                .add("bailConditions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("text", "Not to enter Quince Row, Corby, where she is staying")
                        .add("expiresOn", today().plusDays(30).toString()))));
        custodyResult(arrest, Json.createObjectBuilder().add("result", "OUT_OF_COURT_DISPOSAL")
                .add("decidedOn", cautionedOn.toString()));
        JsonObject given = step("/api/cautions", null, caution(arrested.arrestId(), pipaSchemeId(police), cautionedOn)
                .add("victimViews", "Priya supports the caution; she is staying at her sister's, 4 Quince Row")
                .add("conditions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "REHABILITATIVE")
                                .add("description", "Attend and complete both Project PIPA workshops")
                                .add("wordingShareable", true).add("programmeName", "Project PIPA"))
                        .add(Json.createObjectBuilder().add("type", "RESTRICTIVE")
                                .add("description", "Not to go to 4 Quince Row, Corby")
                                .add("startsOn", cautionedOn.toString())
                                .add("endsOn", today().plusDays(30).toString()))),
                201);
        String caution = "/api/cautions/" + given.getJsonNumber("id").longValue();
        long restrictive = ofType(given, "RESTRICTIVE").getJsonNumber("id").longValue();
        step(caution + "/conditions/" + restrictive + "/status", given, Json.createObjectBuilder()
                .add("status", "FAILED").add("on", today().minusDays(2).toString())
                .add("note", "Seen outside her sister's house in Quince Row"), 200);
        String chronology = "/api/persons/" + arrested.suspectId() + "/chronology";
        People.openedWithAReasonBy(arrested.suspectId(), OFFENDER_MANAGERS.toArray(String[]::new));

        for (String user : List.of("probation.demo", "yot.demo")) {
            ApiClient reader = ApiClient.as(user);
            JsonObject read = heldFrom(reader, caution, "Quince").json();
            assertEquals(HELD, read.getString("victimViews"), user);
            assertEquals("Attend and complete both Project PIPA workshops",
                    ofType(read, "REHABILITATIVE").getString("description"), "police shared it");
            assertEquals(HELD, ofType(read, "RESTRICTIVE").getString("description"), user);
            assertEquals(HELD, ofType(read, "RESTRICTIVE").getString("statusNote"), user);
            heldFrom(reader, chronology, "Quince");
            assertProblem(reader.get(arrest), 403);
        }
        ApiClient facilitator = ApiClient.as("facilitator.demo");
        assertProblem(facilitator.get(caution), 403);
        assertProblem(facilitator.get(arrest), 403);
        assertFalse(facilitator.get(chronology).body().contains("Quince"));

        String asPolice = police.get(caution).body();
        for (String typed : List.of("she is staying at her sister's, 4 Quince Row", "Not to go to 4 Quince Row, Corby",
                "Seen outside her sister's house in Quince Row")) {
            assertTrue(asPolice.contains(typed), "police read " + typed + ": " + asPolice);
        }
        assertTrue(police.get(arrest).body().contains("Not to enter Quince Row, Corby, where she is staying"));
        assertTrue(police.get(chronology).body().contains("Not to enter Quince Row"), "bail wording for police");
    }

    @Test
    void anOrdersWordingVariationAndBreachAccountAreHeldUntilPoliceShareThem() {
        long respondent = People.register(police, "Tamworth", "Gavin", People.uniqueDateOfBirth());
        long victim = People.register(police, "Tamworth", "Ruth", People.uniqueDateOfBirth());
        JsonObject order = step("/api/orders", null, Json.createObjectBuilder()
                .add("orderType", "NON_MOLESTATION").add("respondentId", respondent).add("applicant", "VICTIM")
                .add("court", "Northampton Family Court").add("madeOn", today().minusDays(5).toString())
                .add("expiresOn", today().plusMonths(6).toString())
                .add("protectedPersons", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("personId", victim).add("role", "VICTIM")))
                .add("conditions", Json.createArrayBuilder()
                        .add(condition("NO_CONTACT", "Not to contact her at 9 Tamarisk Close"))
                        .add(condition("EXCLUSION_ZONE", "Not to enter Tamarisk Close or the streets around it"))),
                201);
        String path = "/api/orders/" + order.getJsonNumber("id").longValue();
        People.openedWithAReasonBy(respondent, OFFENDER_MANAGERS.toArray(String[]::new));
        JsonObject served = step(path + "/service", order, Json.createObjectBuilder()
                .add("servedAt", daysAgo(4).toString()), 200);
        long noContact = served.getJsonArray("conditions").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject breach = step(path + "/breaches", null, Json.createObjectBuilder()
                .add("occurredAt", daysAgo(2).toString()).add("conditionId", noContact)
                .add("whatHappened", "Stood outside her house in Tamarisk Close for twenty minutes")
                .add("reportedBy", "Her neighbour at 11 Tamarisk Close").add("policeAction", "ARRESTED"), 201);
        String breachPath = path + "/breaches/" + breach.getJsonNumber("id").longValue();
        step(path + "/variations", police.get(path).json(), Json.createObjectBuilder()
                .add("variedOn", today().toString())
                .add("description", "Exclusion zone widened to all of Tamarisk Close"), 200);

        for (String user : OFFENDER_MANAGERS) {
            ApiClient reader = ApiClient.as(user);
            JsonObject read = heldFrom(reader, path, "Tamarisk").json();
            assertEquals("No contact \u2014 " + HELD, read.getJsonArray("conditions").getJsonObject(0)
                    .getString("description"), user);
            assertEquals("Exclusion zone \u2014 " + HELD, read.getJsonArray("conditions").getJsonObject(1)
                    .getString("description"), user);
            assertEquals(HELD, read.getJsonArray("history").getJsonObject(1).getString("description"), "the variation");
            JsonObject readBreach = heldFrom(reader, breachPath, "Tamarisk").json();
            assertEquals(HELD, readBreach.getString("whatHappened"), user);
            assertEquals(HELD, readBreach.getString("reportedBy"), user);
            heldFrom(reader, path + "/breaches", "Tamarisk");
            assertFalse(reader.get("/api/orders?personId=" + respondent).body().contains("Tamarisk"), user);
        }
        for (ApiClient victimFacing : List.of(police, partner)) {
            String read = victimFacing.get(path).body();
            for (String typed : List.of("Not to contact her at 9 Tamarisk Close", "Stood outside her house in Tamarisk",
                    "Her neighbour at 11 Tamarisk Close", "Exclusion zone widened to all of Tamarisk Close")) {
                assertTrue(read.contains(typed), typed + ": " + read);
            }
            assertFalse(read.contains(HELD), read);
        }

        step(path + "/breaches", null, Json.createObjectBuilder()
                .add("occurredAt", daysAgo(1).toString()).add("conditionId", noContact)
                .add("whatHappened", "Sent her a birthday card through the post")
                .add("reportedBy", "The victim, at the front counter")
                .add("accountShareable", true).add("policeAction", "WORDS_OF_ADVICE"), 201);
        step(path + "/variations", police.get(path).json(), Json.createObjectBuilder()
                .add("variedOn", today().toString()).add("description", "No-approach distance of 200 metres added")
                .add("descriptionShareable", true)
                .add("addedConditions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("kind", "NO_APPROACH").add("metres", 200).add("detail", "Including her workplace")
                        .add("wordingShareable", true))), 200);
        String shared = probation.get(path).body();
        for (String typed : List.of("Sent her a birthday card through the post", "The victim, at the front counter",
                "No-approach distance of 200 metres added",
                "No approach within 200 metres \u2014 Including her workplace")) {
            assertTrue(shared.contains(typed), "police shared " + typed + ": " + shared);
        }
        assertFalse(shared.contains("Tamarisk"), "what they did not share stays held: " + shared);
    }

    @Test
    void aSentenceRequirementsDetailIsHeldUnlessShared() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(30));
        ApiClient.Response charged = police.post("/api/disposals", Json.createObjectBuilder()
                .add("arrestId", arrested.arrestId()).add("outcomeType", "CHARGED_OR_SUMMONSED")
                .add("decisionMaker", "CPS").add("decidedOn", today().minusDays(25).toString())
                .add("reason", "CPS authorised charge").build().toString());
        assertEquals(201, charged.status(), charged::toString);
        String courtCase = "/api/court-cases/" + charged.json().getJsonNumber("courtCaseId").longValue();
        JsonObject pleaded = step(courtCase + "/plea", police.get(courtCase).json(), Json.createObjectBuilder()
                .add("plea", "GUILTY").add("pleadedOn", today().minusDays(20).toString()), 200);
        step(courtCase + "/sentence", pleaded, Json.createObjectBuilder()
                .add("sentenceType", "COMMUNITY_ORDER").add("sentencedOn", today().minusDays(10).toString())
                .add("endsOn", today().plusMonths(12).toString())
                .add("requirements", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "EXCLUSION")
                                .add("detail", "Not to enter Juniper Crescent, Kettering, where she lives"))
                        .add(Json.createObjectBuilder().add("type", "ACCREDITED_PROGRAMME")
                                .add("detail", "Building Better Relationships").add("detailShareable", true))), 200);
        People.openedWithAReasonBy(arrested.suspectId(), OFFENDER_MANAGERS.toArray(String[]::new));

        for (String user : List.of("probation.demo", "yot.demo")) {
            ApiClient reader = ApiClient.as(user);
            JsonObject read = heldFrom(reader, courtCase, "Juniper").json();
            assertEquals(HELD, read.getJsonArray("requirements").getJsonObject(0).getString("detail"), user);
            assertEquals("Building Better Relationships",
                    read.getJsonArray("requirements").getJsonObject(1).getString("detail"), "police shared it");
            heldFrom(reader, "/api/persons/" + arrested.suspectId() + "/chronology", "Juniper");
        }
        assertProblem(ApiClient.as("facilitator.demo").get(courtCase), 403);
        assertTrue(police.get(courtCase).body().contains("Not to enter Juniper Crescent"));
    }

    @Test
    void warningMarkerNotesAreHeldAndSurviveAnOffenderManagersEdit() {
        String notes = "Threatened his ex-partner with a knife at 3 Medlar Court";
        LocalDate born = People.uniqueDateOfBirth();
        long person = created(police, "/api/persons?confirmNew=true", person(born, notes, null, null));
        String path = "/api/persons/" + person;
        People.allocatedTo(person, "probation.demo");
        People.openedWithAReasonBy(person, "yot.demo", "facilitator.demo");

        for (String user : OFFENDER_MANAGERS) {
            JsonObject read = heldFrom(ApiClient.as(user), path, "Medlar").json();
            assertEquals(HELD, read.getJsonArray("warningMarkers").getJsonObject(0).getString("notes"), user);
        }
        assertTrue(partner.get(path).body().contains(notes), "partner-contact workers read police's notes");

        JsonObject asProbation = probation.get(path).json();
        ApiClient.Response edited = probation.put(path, person(born, HELD, null, asProbation.getJsonNumber("version"))
                .toString());
        assertEquals(200, edited.status(), "probation corrects his record, sending the notes back as they read them: "
                + edited);
        JsonObject marker = police.get(path).json().getJsonArray("warningMarkers").getJsonObject(0);
        assertEquals(notes, marker.getString("notes"), "the notes police wrote stay");
        assertFalse(marker.getBoolean("notesShareable"));

        ApiClient.Response shared = police.put(path, person(born, notes, true,
                police.get(path).json().getJsonNumber("version")).toString());
        assertEquals(200, shared.status(), shared::toString);
        assertEquals(notes, probation.get(path).json().getJsonArray("warningMarkers").getJsonObject(0)
                .getString("notes"), "police shared the notes");
    }

    /** A man with one violence marker and these notes; {@code version} for an update, else null. */
    private static JsonObject person(LocalDate born, String notes, Boolean notesShareable, JsonNumber version) {
        JsonObjectBuilder marker = Json.createObjectBuilder().add("type", "VIOLENCE").add("since", "2024-03-01")
                .add("notes", notes);
        if (notesShareable != null) {
            marker.add("notesShareable", notesShareable);
        }
        JsonObjectBuilder person = Json.createObjectBuilder().add("surname", "Medway").add("forenames", "Carl")
                .add("dateOfBirth", born.toString()).add("gender", "MALE")
                .add("warningMarkers", Json.createArrayBuilder().add(marker));
        if (version != null) {
            person.add("version", version);
        }
        return person.build();
    }

    /** What {@code reader} gets at {@code path}: an answer without the secret, saying police hold it. */
    private static ApiClient.Response heldFrom(ApiClient reader, String path, String secret) {
        ApiClient.Response read = reader.get(path);
        assertEquals(200, read.status(), read::toString);
        assertFalse(read.body().contains(secret), path + " must not give " + secret + ": " + read.body());
        assertTrue(read.body().contains(HELD), path + " says police hold it: " + read.body());
        return read;
    }

    private static JsonObjectBuilder condition(String kind, String detail) {
        return Json.createObjectBuilder().add("kind", kind).add("detail", detail);
    }

    private void custodyResult(String arrest, JsonObjectBuilder result) {
        step(arrest + "/custody-result", police.get(arrest).json(), result, 200);
    }

    /** Posts as police, at the version of {@code before} when given, and returns the record after it. */
    private JsonObject step(String path, JsonObject before, JsonObjectBuilder body, int expectedStatus) {
        if (before != null) {
            body.add("version", before.getJsonNumber("version").longValue());
        }
        ApiClient.Response after = police.post(path, body.build().toString());
        assertEquals(expectedStatus, after.status(), after::toString);
        return after.json();
    }

    /** A caution's condition by its type: the order conditions come back in is not part of the contract. */
    private static JsonObject ofType(JsonObject caution, String type) {
        return caution.getJsonArray("conditions").getValuesAs(JsonObject.class).stream()
                .filter(condition -> condition.getString("type").equals(type))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " condition: " + caution));
    }
}
