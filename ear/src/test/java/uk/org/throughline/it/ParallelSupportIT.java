package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.ProgrammeCases.id;
import static uk.org.throughline.it.ProgrammeCases.ok;
import static uk.org.throughline.it.TestClock.today;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.org.throughline.it.VictimCases.OnProgramme;
import uk.org.throughline.it.VictimCases.Pair;

/**
 * Parallel support through the REST API: his referral to Caring Dads offers the mother support, her
 * contacts are logged by her worker and his exit shows whether she was supported throughout, while his
 * workers never read her contacts; a YUVA parent group's register counts as her support; and a Caring
 * Dads group of five starts only with a manager's reason, which is audited.
 */
@ExtendWith(ArquillianExtension.class)
class ParallelSupportIT {

    private static final String ACCESS_REASON = "Access-Reason";
    private static final String DISCLOSURE = "He turned up at the school gates on Friday";

    private final ApiClient partner = ApiClient.as("partner.demo");
    private final ApiClient probation = ApiClient.as("probation.demo");
    private final ApiClient facilitator = ApiClient.as("facilitator.demo");
    private final ApiClient manager = ApiClient.as("manager.demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void aCaringDadsReferralOffersTheMotherSupportAndHisWorkerSeesOnlyThatItWasOffered() {
        Pair pair = VictimCases.victimWithPerpetrator();
        long referralId = id(VictimCases.referToCaringDads(pair.perpetratorId()));

        JsonObject support = herSupport(pair.victimId());
        assertEquals("MOTHERS_SUPPORT", support.getString("support"));
        assertEquals("OFFERED", support.getString("decision"));
        assertEquals(today().toString(), support.getString("offeredOn"));
        assertEquals("partner.demo", support.getString("worker"));
        assertEquals(referralId, support.getJsonNumber("referralId").longValue());

        ApiClient.Response hisView = probation.get("/api/parallel-support/referrals/" + referralId);
        JsonObject offered = only(hisView);
        assertEquals("Mother", offered.getString("supported"));
        assertEquals("OFFERED", offered.getString("decision"));
        assertFalse(offered.getBoolean("open"));
        assertFalse(hisView.body().contains(pair.victimSurname()), hisView::toString);
    }

    @Test
    void herContactsAreLoggedAndHisExitShowsSheWasSupportedThroughoutWhileHisWorkersNeverReadThem() {
        Pair pair = VictimCases.victimWithPerpetrator();
        OnProgramme onProgramme = VictimCases.onCaringDadsToday(pair.perpetratorId());
        LocalDate day = ProgrammeCases.lastMeetingDay();
        JsonObject offered = herSupport(pair.victimId());
        long planId = offered.getJsonNumber("planId").longValue();

        JsonObject accepted = ok(200, partner.post("/api/parallel-support/victims/" + pair.victimId() + "/plans/"
                + planId + "/decision", Json.createObjectBuilder()
                .add("version", offered.getJsonNumber("planVersion").longValue()).add("decision", "ACCEPTED")
                .add("on", day.toString()).build().toString()));
        assertEquals("ACCEPTED", accepted.getString("decision"));
        ok(200, partner.post("/api/victims/" + pair.victimId() + "/contacts", Json.createObjectBuilder()
                .add("planId", planId).add("version", accepted.getJsonNumber("planVersion").longValue())
                .add("attemptedOn", day.toString()).add("method", "SUPPORT_SESSION").add("outcome", "MADE")
                .add("disclosures", DISCLOSURE).build().toString()));

        ok(200, facilitator.put("/api/sessions/" + onProgramme.sessionId() + "/attendance", Json.createObjectBuilder()
                .add("version", onProgramme.session().getJsonNumber("version").longValue())
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("referralId", onProgramme.referralId()).add("mark", "ATTENDED"))).build().toString()));
        JsonObject current = probation.get("/api/referrals/" + onProgramme.referralId()).json();
        ProgrammeCases.step(probation, onProgramme.referralId(), "non-completion", current, Json.createObjectBuilder()
                .add("reason", "MOVED_AWAY").add("on", today().toString()));

        JsonObject atExit = only(probation.get("/api/parallel-support/referrals/" + onProgramme.referralId()));
        assertEquals("Mother supported throughout", atExit.getString("heading"));
        assertEquals("yes — 1 contact, last " + day.format(PoliceCases.UK_DATE), atExit.getString("throughout"));
        assertTrue(atExit.getBoolean("open"));
        assertEquals(atExit.getString("throughout"), herSupport(pair.victimId()).getString("throughout"),
                "her worker sees the same answer");

        for (ApiClient hisWorker : List.of(probation, facilitator)) {
            ApiClient.Response contacts = hisWorker.get("/api/victims/" + pair.victimId() + "/contacts",
                    ACCESS_REASON, "checking she was supported");
            PersonApiIT.assertProblem(contacts, 403);
            ApiClient.Response support = hisWorker.get("/api/parallel-support/victims/" + pair.victimId(),
                    ACCESS_REASON, "checking she was supported");
            PersonApiIT.assertProblem(support, 403);
            String answer = hisWorker.get("/api/parallel-support/referrals/" + onProgramme.referralId()).body();
            for (String secret : List.of(DISCLOSURE, pair.victimSurname(), VictimCases.SAFE_PHONE)) {
                assertFalse(answer.contains(secret), answer);
            }
        }
    }

    @Test
    void aYuvaParentGroupKeepsItsOwnRegisterAndAttendanceCountsAsHerSupport() {
        long youngPerson = People.register(probation, "Fenwick", "Jay", today().minusYears(15).minusDays(
                People.uniqueDateOfBirth().getDayOfYear()));
        ApiClient.Response referred = probation.post("/api/referrals", Json.createObjectBuilder()
                .add("programmeId", ProgrammeCases.programmeId(probation, "YUVA")).add("personId", youngPerson)
                .add("route", "VOLUNTARY").add("referredOn", today().toString()).add("riskLevel", "MEDIUM")
                .build().toString());
        ok(201, referred);
        ApiClient police = ApiClient.as("police.demo");
        long mother = id(ok(201, police.post("/api/persons?confirmNew=true", People.person("Fenwick", "Carol",
                People.uniqueDateOfBirth()).replace("MALE", "FEMALE"))));
        ok(201, partner.post("/api/victims", Json.createObjectBuilder().add("personId", mother)
                .add("partnerContactWorker", "partner.demo").add("consent", "GIVEN").add("consentOn", today().toString())
                .add("perpetrators", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("personId", youngPerson).add("relationship", "CHILD_TO_PARENT")))
                .build().toString()));
        JsonObject offered = herSupport(mother);
        assertEquals("PARENT_SUPPORT", offered.getString("support"));
        long planId = offered.getJsonNumber("planId").longValue();

        String groups = "/api/parallel-support/parent-groups";
        long groupId = id(ok(201, partner.post(groups, Json.createObjectBuilder()
                .add("name", "YUVA parents " + PoliceCases.uniqueReference()).add("venue", "Kettering Family Hub")
                .add("worker", "partner.demo").build().toString())));
        PersonApiIT.assertProblem(partner.post(groups + "/" + groupId + "/parents",
                Json.createObjectBuilder().add("planId", planId).build().toString()), 422);
        ok(200, partner.post("/api/parallel-support/victims/" + mother + "/plans/" + planId + "/decision",
                Json.createObjectBuilder().add("version", offered.getJsonNumber("planVersion").longValue())
                        .add("decision", "ACCEPTED").add("on", today().toString()).build().toString()));
        ok(200, partner.post(groups + "/" + groupId + "/parents",
                Json.createObjectBuilder().add("planId", planId).build().toString()));
        JsonObject scheduled = ok(200, partner.post(groups + "/" + groupId + "/sessions", Json.createObjectBuilder()
                .add("date", today().toString()).add("startTime", "00:00").build().toString()));
        JsonObject session = scheduled.getJsonArray("sessions").getJsonObject(0);

        JsonObject saved = ok(200, partner.put(groups + "/sessions/" + id(session) + "/register",
                Json.createObjectBuilder().add("version", session.getJsonNumber("version").longValue())
                        .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("planId", planId).add("attended", true))).build().toString()));
        JsonArray register = saved.getJsonArray("sessions").getJsonObject(0).getJsonArray("register");
        assertEquals(1, register.size(), saved::toString);
        assertTrue(register.getJsonObject(0).getBoolean("attended"));
        assertEquals(ok(200, partner.get(groups + "/" + groupId)), saved, "the register was saved");
        assertEquals(1, herSupport(mother).getInt("contactsMade"), "the session she attended is support");
        assertEquals(today().toString(), herSupport(mother).getString("lastContact"));

        PersonApiIT.assertProblem(ApiClient.as("yot.demo").get(groups + "/" + groupId), 403);
    }

    @Test
    void aCaringDadsGroupOfFiveStartsOnlyWithAManagersReason() {
        LocalDate day = ProgrammeCases.lastMeetingDay();
        long programmeId = ProgrammeCases.programmeId(facilitator, "Caring Dads");
        String name = "Caring Dads " + PoliceCases.uniqueReference();
        long cohortId = id(ok(201, facilitator.post("/api/cohorts", Json.createObjectBuilder()
                .add("programmeId", programmeId).add("name", name).add("venue", "Oundle Children's Centre")
                .add("facilitators", Json.createArrayBuilder().add("facilitator.demo")).build().toString())));
        BankHolidayCalendar.recordedThroughNextYear();
        JsonObject first = ok(200, facilitator.post("/api/cohorts/" + cohortId + "/schedule", Json.createObjectBuilder()
                .add("from", day.toString()).add("day", day.getDayOfWeek().name()).add("startTime", "00:00")
                .build().toString())).getJsonArray("sessions").getJsonObject(0);
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (String surname : List.of("Abbott", "Barlow", "Cooke", "Dixon", "Eccles")) {
            long referralId = id(ProgrammeCases.allocatedFather(programmeId, cohortId, surname, "Sam", day));
            lines.add(Json.createObjectBuilder().add("referralId", referralId).add("mark", "ATTENDED"));
        }
        String register = Json.createObjectBuilder().add("version", first.getJsonNumber("version").longValue())
                .add("lines", lines).build().toString();
        String attendance = "/api/sessions/" + id(first) + "/attendance";

        ApiClient.Response refused = facilitator.put(attendance, register);
        PersonApiIT.assertProblem(refused, 422);
        assertTrue(refused.json().getString("detail").contains("has 5 people for its first session: Caring Dads "
                + "groups start with 6 to 10. A manager must record why it may start smaller."), refused::toString);

        String reason = Json.createObjectBuilder().add("reason", "Two fathers moved away; the next group is months off")
                .build().toString();
        PersonApiIT.assertProblem(facilitator.post("/api/cohorts/" + cohortId + "/small-group-reason", reason), 403);
        PersonApiIT.assertProblem(manager.post("/api/cohorts/" + cohortId + "/small-group-reason",
                Json.createObjectBuilder().add("reason", " ").build().toString()), 400);
        JsonObject agreed = ok(200, manager.post("/api/cohorts/" + cohortId + "/small-group-reason", reason));
        assertEquals("Two fathers moved away; the next group is months off", agreed.getString("smallGroupReason"));
        JsonObject audited = ApiClient.as("admin.demo").get("/api/audit?recordType=Cohort&recordId=" + cohortId
                + "&action=UPDATE").json().getJsonArray("items").getJsonObject(0);
        assertEquals("Two fathers moved away; the next group is months off", audited.getString("reason"));
        assertEquals("manager.demo", audited.getString("username"));

        ok(200, facilitator.put(attendance, register));
    }

    /** Her one support plan, as her worker reads it with a reason. */
    private JsonObject herSupport(long victimId) {
        return only(partner.get("/api/parallel-support/victims/" + victimId, ACCESS_REASON, "planned contact"));
    }

    /** The one entry of a list answered 200. */
    private static JsonObject only(ApiClient.Response read) {
        assertEquals(200, read.status(), read::toString);
        JsonArray entries = read.structure().asJsonArray();
        assertEquals(1, entries.size(), read::toString);
        return entries.getJsonObject(0);
    }
}
