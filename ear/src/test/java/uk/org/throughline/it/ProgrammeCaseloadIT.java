package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.PersonApiIT.assertProblem;
import static uk.org.throughline.it.ProgrammeCases.id;
import static uk.org.throughline.it.ProgrammeCases.ok;
import static uk.org.throughline.it.ProgrammeCases.step;
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

/**
 * Need to know in programmes, through the REST API over real HTTP: a YOT worker neither reads nor takes
 * over a probation officer's referral (each refused read audited), a manager reassigns it and the
 * caseload follows; a facilitator reads, saves and plans only the cohorts they run, a manager any.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammeCaseloadIT {

    private final ApiClient probation = ApiClient.as("probation.demo");
    private final ApiClient yot = ApiClient.as("yot.demo");
    private final ApiClient facilitator = ApiClient.as("facilitator.demo");
    private final ApiClient manager = ApiClient.as("manager.demo");
    private final ApiClient admin = ApiClient.as("admin.demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void aYotWorkerNeitherReadsNorTakesOverAProbationOfficersReferral() {
        long man = People.register(probation, "Wellingborough", "Carl", People.uniqueDateOfBirth());
        JsonObject referral = ok(201, probation.post("/api/referrals", Json.createObjectBuilder()
                .add("programmeId", ProgrammeCases.programmeId(probation, "Caring Dads")).add("personId", man)
                .add("route", "CHILDRENS_SOCIAL_CARE").add("referredOn", today().minusDays(5).toString())
                .add("childProtectionPlanReference", "CP/2026/0588").add("caseWorker", "probation.demo")
                .add("youngestChildAge", 3).add("regularContactWithChild", true).add("riskLevel", "MEDIUM").build()
                .toString()));
        long referralId = id(referral);

        ApiClient.Response read = yot.get("/api/referrals/" + referralId);
        assertProblem(read, 403);
        assertTrue(read.json().getString("detail").startsWith("This person is not on your caseload"), read::toString);
        assertProblem(yot.get("/api/referrals?person=" + man), 403);
        List<JsonObject> refused = admin.get("/api/audit?action=REFUSED&recordType=Person&recordId=" + man).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("yot.demo", "yot.demo"), refused.stream().map(row -> row.getString("username")).toList(),
                "each refused read is audited");

        ApiClient.Response takenOver = yot.post("/api/referrals/" + referralId + "/case-worker",
                Json.createObjectBuilder().add("version", referral.getJsonNumber("version").longValue())
                        .add("on", today().toString()).build().toString());
        assertProblem(takenOver, 403);
        assertEquals("This referral's case worker is Gareth Lloyd. Only a manager can reassign it.",
                takenOver.json().getString("detail"));
        assertEquals("probation.demo", probation.get("/api/referrals/" + referralId).json().getString("caseWorker"));

        JsonObject reassigned = step(manager, referralId, "case-worker", referral, Json.createObjectBuilder()
                .add("caseWorker", "yot.demo").add("on", today().toString()));
        assertEquals("yot.demo", reassigned.getString("caseWorker"));
        assertEquals(200, yot.get("/api/referrals/" + referralId).status(), "on the YOT worker's caseload now");
        assertProblem(probation.get("/api/referrals/" + referralId), 403);
    }

    @Test
    void aFacilitatorReadsSavesAndPlansOnlyTheCohortsTheyRun() {
        LocalDate from = today().minusWeeks(3);
        long caringDads = ProgrammeCases.programmeId(manager, "Caring Dads");
        String othersName = "Caring Dads Rushden " + PoliceCases.uniqueReference();
        long othersCohort = id(ok(201, manager.post("/api/cohorts", Json.createObjectBuilder()
                .add("programmeId", caringDads).add("name", othersName)
                .add("venue", "Rushden Family Hub").add("facilitators", Json.createArrayBuilder()
                        .add("facilitator.rushden")).build().toString())));
        ProgrammeCases.agreeSmallStart(othersCohort);
        String schedule = "/api/cohorts/" + othersCohort + "/schedule";
        String weekly = Json.createObjectBuilder().add("from", from.toString()).add("day", from.getDayOfWeek().name())
                .add("startTime", "18:00").build().toString();
        BankHolidayCalendar.recordedThroughNextYear();
        assertRefused(facilitator.post(schedule, weekly), othersName, "plan its sessions");
        List<JsonObject> sessions = ok(200, manager.post(schedule, weekly)).getJsonArray("sessions")
                .getValuesAs(JsonObject.class);
        long othersMan = id(ProgrammeCases.allocatedFather(manager, caringDads, othersCohort, "Irthlingborough", "Dean",
                from.minusDays(1)));

        String register = "/api/sessions/" + id(sessions.get(0)) + "/attendance";
        ApiClient.Response read = facilitator.get(register);
        assertProblem(read, 403);
        assertTrue(read.json().getString("detail").startsWith("Not everyone listed here is on your caseload"),
                read::toString);
        assertProblem(facilitator.get("/api/cohorts/" + othersCohort), 403);
        ApiClient.Response managersRead = manager.get(register);
        assertEquals(200, managersRead.status(), managersRead::toString);
        String attended = attended(othersMan);
        assertRefused(facilitator.putIfMatch(register, managersRead.header("ETag"), attended), othersName,
                "save its registers");
        JsonObject last = sessions.get(sessions.size() - 1);
        LocalDate lastDate = LocalDate.parse(last.getString("date"));
        assertRefused(facilitator.post("/api/sessions/" + id(last) + "/reschedule", Json.createObjectBuilder()
                .add("version", last.getJsonNumber("version").longValue()).add("date", lastDate.plusDays(1).toString())
                .add("startTime", "18:00").add("reason", "The hall is booked").build().toString()), othersName,
                "move its sessions");
        assertRefused(facilitator.post("/api/sessions/" + id(sessions.get(0)) + "/catch-ups",
                Json.createObjectBuilder().add("referralIds", Json.createArrayBuilder().add(othersMan))
                        .add("date", lastDate.plusDays(1).toString()).add("startTime", "10:00").build().toString()),
                othersName, "arrange its catch-ups");
        assertEquals(200, manager.putIfMatch(register, managersRead.header("ETag"), attended).status(),
                "a manager saves any register");

        JsonObject own = ProgrammeCases.scheduledCohort("Caring Dads",
                "Caring Dads Raunds " + PoliceCases.uniqueReference(), from, from.getDayOfWeek(), "18:00");
        long ownMan = id(ProgrammeCases.allocatedFather(caringDads, id(own), "Raunds", "Lee", from.minusDays(1)));
        String ownRegister = "/api/sessions/" + id(own.getJsonArray("sessions").getJsonObject(0)) + "/attendance";
        ApiClient.Response ownRead = facilitator.get(ownRegister);
        assertEquals(200, ownRead.status(), ownRead::toString);
        ApiClient.Response saved = facilitator.putIfMatch(ownRegister, ownRead.header("ETag"), attended(ownMan));
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(200, facilitator.get("/api/cohorts/" + id(own)).status());
    }

    private static String attended(long referralId) {
        return Json.createObjectBuilder().add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("referralId", referralId).add("mark", "ATTENDED"))).build().toString();
    }

    private static void assertRefused(ApiClient.Response response, String cohortName, String what) {
        assertProblem(response, 403);
        assertEquals("You do not run \"" + cohortName + "\": only its facilitators or a manager can " + what + ".",
                response.json().getString("detail"));
    }
}
