package uk.org.throughline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request bodies and steps of the police journey for the API tests. Each test builds its own case
 * (its own people and a police reference no other run uses), so none depends on another's data or
 * on the demo case load.
 */
public final class PoliceCases {

    public static final ZoneId LONDON = TestClock.LONDON;
    /** How the application writes dates in messages. */
    public static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PoliceCases() {
    }

    /** A suspect and victim on the index, an incident between them and the suspect's arrest. */
    public record ArrestedCase(long suspectId, long victimId, String policeReference, long incidentId,
            OffsetDateTime occurredAt, long arrestId) {
    }

    /** A reference like IT-LZ3K8ABC-7: this run's clock in base 36 and a counter, at most 20 characters. */
    public static String uniqueReference() {
        return "IT-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.UK) + "-"
                + SEQUENCE.incrementAndGet();
    }

    /** Now in London by the suite's clock, to the minute, moved back by {@code days}. */
    public static OffsetDateTime daysAgo(int days) {
        return TestClock.now().truncatedTo(ChronoUnit.MINUTES).minusDays(days);
    }

    /** A crime of common assault between current partners, standard risk: what Project PIPA takes. */
    public static JsonObjectBuilder incident(String policeReference, OffsetDateTime occurredAt, long suspectId,
            long victimId) {
        return Json.createObjectBuilder()
                .add("policeReference", policeReference)
                .add("occurredAt", occurredAt.toString())
                .add("location", "Home address, Kingsthorpe, Northampton")
                .add("abuseTypes", Json.createArrayBuilder().add("PHYSICAL").add("PSYCHOLOGICAL_EMOTIONAL"))
                .add("relationship", "CURRENT_INTIMATE_PARTNER")
                .add("people", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("personId", suspectId).add("role", "SUSPECT"))
                        .add(Json.createObjectBuilder().add("personId", victimId).add("role", "VICTIM")))
                .add("childrenPresent", false)
                .add("crime", true)
                .add("offences", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("description", "Common assault (battery)")
                        .add("offenceClass", "SUMMARY_ONLY")))
                .add("dashLevel", "STANDARD")
                .add("account", "Neighbour called police after hearing shouting; victim had a red mark on her arm.");
    }

    public static JsonObjectBuilder arrest(long incidentId, long personId, OffsetDateTime arrestedAt) {
        return Json.createObjectBuilder()
                .add("incidentId", incidentId)
                .add("personId", personId)
                .add("custodyRecordNumber", "NC/" + SEQUENCE.incrementAndGet())
                .add("arrestedAt", arrestedAt.toString())
                .add("station", "Northampton Criminal Justice Centre");
    }

    /**
     * An adult conditional caution under the scheme for the incident's first offence, admitted and
     * consented to, with a condition to attend the scheme's programme.
     */
    public static JsonObjectBuilder caution(long arrestId, long schemeId, LocalDate cautionedOn) {
        return Json.createObjectBuilder()
                .add("arrestId", arrestId)
                .add("cautionType", "ADULT")
                .add("schemeId", schemeId)
                .add("offenceIndex", 0)
                .add("cautionedOn", cautionedOn.toString())
                .add("offenceAdmitted", true)
                .add("consentSigned", true)
                .add("victimViews", "Consulted by phone; supports the caution and the programme")
                .add("victimRaisesSpecificRisk", false)
                .add("decisionMaker", "POLICE")
                .add("conditions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "REHABILITATIVE")
                        .add("description", "Attend and complete both Project PIPA workshops")
                        .add("programmeName", "Project PIPA")));
    }

    /** As {@link #caution}, with the one condition naming the programme as the officer wrote it, e.g. loosely. */
    public static JsonObjectBuilder caution(long arrestId, long schemeId, LocalDate cautionedOn, String programmeName) {
        return caution(arrestId, schemeId, cautionedOn).add("conditions", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "REHABILITATIVE")
                        .add("description", "Attend both " + programmeName).add("programmeName", programmeName)));
    }

    /** Registers a suspect born on {@code suspectBorn} and a victim, records an incident between them and the arrest. */
    public static ArrestedCase arrested(ApiClient police, LocalDate suspectBorn, OffsetDateTime occurredAt) {
        long suspect = People.register(police, "Ashby", "Connor", suspectBorn);
        long victim = created(police, "/api/persons?confirmNew=true", Json.createObjectBuilder()
                .add("surname", "Ashby").add("forenames", "Leanne").add("gender", "FEMALE")
                .add("dateOfBirth", People.uniqueDateOfBirth().toString()).build());
        String reference = uniqueReference();
        long incident = created(police, "/api/incidents", incident(reference, occurredAt, suspect, victim).build());
        long arrest = created(police, "/api/arrests", arrest(incident, suspect, occurredAt.plusMinutes(90)).build());
        return new ArrestedCase(suspect, victim, reference, incident, occurredAt, arrest);
    }

    /** The id of Project PIPA, the scheme the demo force diverts domestic abuse to. */
    public static long pipaSchemeId(ApiClient police) {
        return police.get("/api/cautions/schemes").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(scheme -> scheme.getString("name").equals("Project PIPA"))
                .mapToLong(scheme -> scheme.getJsonNumber("id").longValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("Project PIPA is not among the schemes"));
    }

    /** POSTs a new record and returns its id, failing the test unless it was created. */
    public static long created(ApiClient client, String path, JsonObject body) {
        ApiClient.Response response = client.post(path, body.toString());
        if (response.status() != 201) {
            throw new AssertionError("Could not create at " + path + ": " + response);
        }
        return response.json().getJsonNumber("id").longValue();
    }
}
