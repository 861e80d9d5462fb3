package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Programme records a browser test builds through the API for itself, so it depends on no demo data
 * and on no earlier run: a Caring Dads group of new fathers, each referred, found suitable and given
 * a place, whose first session is today and started at midnight, so its register can be taken now;
 * and the steps the API tests take with programmes.
 */
final class ProgrammeCases {

    private static final String[][] FATHERS = {{"Ashworth", "Gavin"}, {"Brennan", "Luke"}, {"Chadwick", "Owen"},
        {"Dolan", "Ricky"}, {"Ellery", "Tom"}, {"Fairbairn", "Scott"}, {"Gledhill", "Aaron"}, {"Hanlon", "Dale"},
        {"Iqbal", "Tariq"}, {"Jessop", "Wayne"}};

    private ProgrammeCases() {
    }

    /** The group: the cohort's unique name, today's session and the fathers in register order. */
    record Group(String name, long sessionId, List<String> fathers) {
    }

    /**
     * Ten fathers in a new Caring Dads group. On a bank holiday there is no session today, which
     * the schedule says and the caller is told.
     */
    static Group caringDadsMeetingToday() {
        ApiClient probation = ApiClient.as("probation.demo");
        ApiClient facilitator = ApiClient.as("facilitator.demo");
        LocalDate today = PoliceCases.today();
        long programmeId = programmeId(probation, "Caring Dads");
        String name = "Caring Dads " + PoliceCases.uniqueReference();
        JsonObject first = scheduledCohort(facilitator, "Caring Dads", name, today, "00:00").get(0);
        long cohortId = first.getJsonNumber("cohortId").longValue();
        if (!first.getString("date").equals(today.toString())) {
            throw new AssertionError("No session can be held today (a bank holiday?): " + first);
        }
        List<String> fathers = new ArrayList<>();
        for (String[] father : FATHERS) {
            long personId = People.register(probation, father[0], father[1], People.uniqueDateOfBirth());
            JsonObject referral = ok(201, probation.post("/api/referrals", Json.createObjectBuilder()
                    .add("programmeId", programmeId).add("personId", personId).add("route", "VOLUNTARY")
                    .add("referredOn", today.toString()).add("youngestChildAge", 5)
                    .add("regularContactWithChild", true).add("riskLevel", "MEDIUM").build().toString()));
            JsonObject assessed = step(probation, id(referral), "assessment", referral, Json.createObjectBuilder()
                    .add("suitable", true).add("on", today.toString()));
            step(facilitator, id(referral), "allocation", assessed, Json.createObjectBuilder()
                    .add("cohortId", cohortId).add("on", today.toString()));
            fathers.add(father[0].toUpperCase(Locale.UK) + ", " + father[1]);
        }
        return new Group(name, id(first), fathers);
    }

    /**
     * A new cohort of the programme that facilitator.demo runs, scheduled weekly on {@code from}'s
     * day of the week from {@code from}, at {@code startTime}; its sessions in date order.
     */
    static List<JsonObject> scheduledCohort(ApiClient facilitator, String programme, String name, LocalDate from,
            String startTime) {
        long cohortId = id(ok(201, facilitator.post("/api/cohorts", Json.createObjectBuilder()
                .add("programmeId", programmeId(facilitator, programme)).add("name", name)
                .add("venue", "Corby Family Hub, Room 3")
                .add("facilitators", Json.createArrayBuilder().add("facilitator.demo")).build().toString())));
        return ok(200, facilitator.post("/api/cohorts/" + cohortId + "/schedule", Json.createObjectBuilder()
                .add("from", from.toString()).add("day", from.getDayOfWeek().name()).add("startTime", startTime)
                .build().toString())).getJsonArray("sessions").getValuesAs(JsonObject.class);
    }

    /** The id of the catalogue's programme of that name. */
    static long programmeId(ApiClient client, String name) {
        return client.get("/api/programmes").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(programme -> programme.getString("name").equals(name))
                .mapToLong(ProgrammeCases::id)
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the catalogue"));
    }

    /** Posts one lifecycle step at the version last read and returns the referral after it. */
    static JsonObject step(ApiClient client, long referralId, String step, JsonObject before,
            JsonObjectBuilder body) {
        ApiClient.Response after = client.post("/api/referrals/" + referralId + "/" + step,
                body.add("version", before.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, after.status(), after::toString);
        assertEquals(before.getJsonNumber("version").longValue() + 1, after.json().getJsonNumber("version").longValue());
        return after.json();
    }

    private static JsonObject ok(int status, ApiClient.Response response) {
        if (response.status() != status) {
            throw new AssertionError("Expected " + status + ": " + response);
        }
        return response.json();
    }

    private static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }
}
