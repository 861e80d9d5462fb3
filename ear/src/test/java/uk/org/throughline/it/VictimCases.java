package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.TestClock.today;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;

/**
 * Victim-safety records a test builds through the API for itself: a victim in a refuge with her safe
 * contact details, supported by partner.demo and linked to a new perpetrator; a non-molestation order
 * protecting her from him; and a Caring Dads group meeting today with him referred, found suitable and
 * given a place.
 */
final class VictimCases {

    static final String SAFE_PHONE = "07700 900417";
    static final String CODE_WORD = "bluebell";
    static final String REFUGE = "The Haven, 1 Sanctuary Way";
    static final String REFUGE_TOWN = "Towcester";
    static final String HOME = "12 Quietwater Lane";
    static final String HOME_TOWN = "Brackley";

    private VictimCases() {
    }

    /** A victim who lived at {@link #HOME} in {@link #HOME_TOWN}, now in a refuge, and the man who harmed her. */
    record Pair(long victimId, long perpetratorId, String victimSurname, String victimName) {
    }

    /** He is on a group meeting today (on a bank holiday, the last day before) whose register can be taken now. */
    record OnProgramme(long referralId, JsonObject referral, long sessionId, JsonObject session) {
    }

    static Pair victimWithPerpetrator() {
        ApiClient police = ApiClient.as("police.demo");
        // a surname of letters only, new on every run, so a search finds just this pair
        String surname = "Quill" + PoliceCases.uniqueReference().replaceAll("[^0-9]", "").chars()
                .mapToObj(digit -> String.valueOf((char) ('a' + digit - '0'))).reduce("", String::concat);
        long perpetratorId = People.register(police, surname, "Darren", People.uniqueDateOfBirth());
        ApiClient.Response victim = police.post("/api/persons?confirmNew=true", People.person(surname, "Leanne",
                People.uniqueDateOfBirth(), ",\"addresses\":[{\"line1\":\"" + HOME + "\",\"town\":\"" + HOME_TOWN
                        + "\",\"postcode\":\"NN13 7AB\",\"from\":\"2020-01-01\"}]").replace("MALE", "FEMALE"));
        assertEquals(201, victim.status(), victim::toString);
        long victimId = victim.json().getJsonNumber("id").longValue();
        openRecord(victimId, perpetratorId);
        return new Pair(victimId, perpetratorId, surname, victim.json().getString("displayName"));
    }

    /** partner.demo opens her victim record: safe contact details, a refuge, consent, a child and him. */
    static void openRecord(long victimId, long perpetratorId) {
        ApiClient.Response opened = ApiClient.as("partner.demo").post("/api/victims", Json.createObjectBuilder()
                .add("personId", victimId).add("partnerContactWorker", "partner.demo")
                .add("safePhone", SAFE_PHONE).add("safeTimes", "Weekdays 10:00-14:00").add("messagesMayBeLeft", false)
                .add("codeWord", CODE_WORD).add("addressLine1", REFUGE).add("addressTown", REFUGE_TOWN)
                .add("inRefuge", true).add("consent", "GIVEN").add("consentOn", today().toString())
                .add("perpetrators", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("personId", perpetratorId).add("relationship", "FORMER_INTIMATE_PARTNER")))
                .add("children", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Mia")))
                .build().toString());
        assertEquals(201, opened.status(), opened::toString);
        assertTrue(opened.header("Location").endsWith("/api/victims/" + victimId), opened.header("Location"));
    }

    /**
     * Refers him to Caring Dads (which opens her partner-contact plan) and places him on a group
     * meeting today, all on the day of its first session: today, or on a bank holiday the last day
     * before it.
     */
    static OnProgramme onCaringDadsToday(long perpetratorId) {
        return onCaringDads(perpetratorId, ProgrammeCases.lastMeetingDay());
    }

    /**
     * The same on a group whose first session is on {@code day} (not a bank holiday), at midnight: he is
     * referred and given his place that day.
     */
    static OnProgramme onCaringDads(long perpetratorId, LocalDate day) {
        ApiClient probation = ApiClient.as("probation.demo");
        ApiClient facilitator = ApiClient.as("facilitator.demo");
        long programmeId = ProgrammeCases.programmeId(probation, "Caring Dads");
        long cohortId = facilitator.post("/api/cohorts", Json.createObjectBuilder().add("programmeId", programmeId)
                .add("name", "Caring Dads " + PoliceCases.uniqueReference()).add("venue", "Daventry Family Hub")
                .add("facilitators", Json.createArrayBuilder().add("facilitator.demo")).build().toString()).json()
                .getJsonNumber("id").longValue();
        ProgrammeCases.agreeSmallStart(cohortId);
        BankHolidayCalendar.recordedThroughNextYear();
        JsonObject session = facilitator.post("/api/cohorts/" + cohortId + "/schedule",
                Json.createObjectBuilder().add("from", day.toString()).add("day", day.getDayOfWeek().name())
                        .add("startTime", "00:00").build().toString()).json().getJsonArray("sessions").getJsonObject(0);
        assertEquals(day.toString(), session.getString("date"), session::toString);
        JsonObject referred = referToCaringDads(perpetratorId, day);
        long referralId = referred.getJsonNumber("id").longValue();
        JsonObject assessed = ProgrammeCases.step(probation, referralId, "assessment", referred,
                Json.createObjectBuilder().add("suitable", true).add("on", day.toString()));
        JsonObject allocated = ProgrammeCases.step(facilitator, referralId, "allocation", assessed,
                Json.createObjectBuilder().add("cohortId", cohortId).add("on", day.toString()));
        return new OnProgramme(referralId, allocated, session.getJsonNumber("id").longValue(), session);
    }

    /** A non-molestation order made three days ago protecting her from him, served the next day. */
    static JsonObject orderProtecting(Pair pair) {
        ApiClient police = ApiClient.as("police.demo");
        ApiClient.Response made = police.post("/api/orders", Json.createObjectBuilder()
                .add("orderType", "NON_MOLESTATION").add("respondentId", pair.perpetratorId())
                .add("applicant", "VICTIM").add("court", "Northampton Family Court").add("caseNumber", "NN26F00456")
                .add("madeOn", today().minusDays(3).toString()).add("expiresOn", today().plusMonths(6).toString())
                .add("protectedPersons", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("personId", pair.victimId()).add("role", "VICTIM")))
                .add("conditions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "NO_CONTACT")))
                .build().toString());
        assertEquals(201, made.status(), made::toString);
        ApiClient.Response served = police.post("/api/orders/" + made.json().getJsonNumber("id") + "/service",
                Json.createObjectBuilder().add("servedAt", PoliceCases.daysAgo(2).toString())
                        .add("version", made.json().getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, served.status(), served::toString);
        return served.json();
    }

    /** A self-referral made today by probation.demo. */
    static JsonObject referToCaringDads(long perpetratorId) {
        return referToCaringDads(perpetratorId, today());
    }

    /** A self-referral made {@code on} that day by probation.demo; her plan counts working days from it. */
    static JsonObject referToCaringDads(long perpetratorId, LocalDate on) {
        BankHolidayCalendar.recordedThroughNextYear();
        ApiClient probation = ApiClient.as("probation.demo");
        ApiClient.Response referred = probation.post("/api/referrals", Json.createObjectBuilder()
                .add("programmeId", ProgrammeCases.programmeId(probation, "Caring Dads"))
                .add("personId", perpetratorId).add("route", "VOLUNTARY").add("referredOn", on.toString())
                .add("youngestChildAge", 5).add("regularContactWithChild", true).add("riskLevel", "MEDIUM")
                .build().toString());
        assertEquals(201, referred.status(), referred::toString);
        return referred.json();
    }
}
