package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Programme records a browser test builds through the API for itself, so it depends on no demo data
 * and on no earlier run: a Caring Dads group of new fathers, each referred, found suitable and given
 * a place, whose first session is today (on a bank holiday, the last day before it) and started at
 * midnight, so its register can be taken now; and the steps the API tests take with programmes.
 */
final class ProgrammeCases {

    private static final String[][] FATHERS = {{"Ashworth", "Gavin"}, {"Brennan", "Luke"}, {"Chadwick", "Owen"},
        {"Dolan", "Ricky"}, {"Ellery", "Tom"}, {"Fairbairn", "Scott"}, {"Gledhill", "Aaron"}, {"Hanlon", "Dale"},
        {"Iqbal", "Tariq"}, {"Jessop", "Wayne"}};

    private ProgrammeCases() {
    }

    /** The group: the cohort's unique name, its first session and the fathers in register order. */
    record Group(String name, long sessionId, List<String> fathers, boolean meetsToday) {
    }

    /**
     * Ten fathers in a new Caring Dads group, all referred and given their places on the day of its
     * first session: today, or on a bank holiday (when no group meets) the last day before it that is
     * not one.
     */
    static Group caringDadsMeetingToday() {
        LocalDate day = lastMeetingDay();
        long programmeId = programmeId(ApiClient.as("probation.demo"), "Caring Dads");
        String name = "Caring Dads " + PoliceCases.uniqueReference();
        JsonObject cohort = scheduledCohort("Caring Dads", name, day, day.getDayOfWeek(), "00:00");
        long cohortId = id(cohort);
        JsonObject first = cohort.getJsonArray("sessions").getJsonObject(0);
        assertEquals(day.toString(), first.getString("date"), first::toString);
        List<String> fathers = new ArrayList<>();
        for (String[] father : FATHERS) {
            allocatedFather(programmeId, cohortId, father[0], father[1], day);
            fathers.add(father[0].toUpperCase(Locale.UK) + ", " + father[1]);
        }
        return new Group(name, id(first), fathers, day.equals(TestClock.today()));
    }

    /** Today, or on a bank holiday (when no session can be held) the last day before it that is not one. */
    static LocalDate lastMeetingDay() {
        LocalDate day = TestClock.today();
        while (BankHolidayCalendar.isBankHoliday(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * A new cohort of {@code programme} run by facilitator.demo, scheduled weekly on {@code day} from
     * {@code from}, once the bank holiday table reaches as far as its sessions may; a manager has agreed that
     * it may start smaller than the programme's smallest group.
     */
    static JsonObject scheduledCohort(String programme, String name, LocalDate from, DayOfWeek day,
            String startTime) {
        BankHolidayCalendar.recordedThroughNextYear();
        ApiClient facilitator = ApiClient.as("facilitator.demo");
        long cohortId = id(ok(201, facilitator.post("/api/cohorts", Json.createObjectBuilder()
                .add("programmeId", programmeId(facilitator, programme)).add("name", name)
                .add("venue", "Corby Family Hub, Room 3")
                .add("facilitators", Json.createArrayBuilder().add("facilitator.demo")).build().toString())));
        agreeSmallStart(cohortId);
        return ok(200, facilitator.post("/api/cohorts/" + cohortId + "/schedule", Json.createObjectBuilder()
                .add("from", from.toString()).add("day", day.name()).add("startTime", startTime)
                .build().toString()));
    }

    /**
     * A new father referred to Caring Dads (voluntarily, a child of 5 he sees regularly), found suitable
     * and given a place in the cohort by its facilitator, facilitator.demo, all on {@code on}; returns the
     * referral.
     */
    static JsonObject allocatedFather(long programmeId, long cohortId, String surname, String forenames,
            LocalDate on) {
        return allocatedFather(ApiClient.as("facilitator.demo"), programmeId, cohortId, surname, forenames, on);
    }

    /** The same, given his place by {@code allocator} (a manager, for a cohort facilitator.demo does not run). */
    static JsonObject allocatedFather(ApiClient allocator, long programmeId, long cohortId, String surname,
            String forenames, LocalDate on) {
        ApiClient probation = ApiClient.as("probation.demo");
        long personId = People.register(probation, surname, forenames, People.uniqueDateOfBirth());
        JsonObject referral = ok(201, probation.post("/api/referrals", Json.createObjectBuilder()
                .add("programmeId", programmeId).add("personId", personId).add("route", "VOLUNTARY")
                .add("referredOn", on.toString()).add("youngestChildAge", 5)
                .add("regularContactWithChild", true).add("riskLevel", "MEDIUM").build().toString()));
        JsonObject assessed = step(probation, id(referral), "assessment", referral, Json.createObjectBuilder()
                .add("suitable", true).add("on", on.toString()));
        return step(allocator, id(referral), "allocation", assessed, Json.createObjectBuilder()
                .add("cohortId", cohortId).add("on", on.toString()));
    }

    /**
     * manager.demo lets the cohort start with fewer people than its programme's smallest group (Caring Dads: 6),
     * as the small groups the tests build do.
     */
    static void agreeSmallStart(long cohortId) {
        ok(200, ApiClient.as("manager.demo").post("/api/cohorts/" + cohortId + "/small-group-reason",
                Json.createObjectBuilder().add("reason", "A small test group").build().toString()));
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

    static JsonObject ok(int status, ApiClient.Response response) {
        if (response.status() != status) {
            throw new AssertionError("Expected " + status + ": " + response);
        }
        return response.json();
    }

    static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }
}
