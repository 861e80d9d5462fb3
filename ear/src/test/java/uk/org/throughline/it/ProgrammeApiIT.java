package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.PersonApiIT.assertProblem;
import static uk.org.throughline.it.PersonApiIT.fields;
import static uk.org.throughline.it.PoliceCases.arrested;
import static uk.org.throughline.it.PoliceCases.caution;
import static uk.org.throughline.it.PoliceCases.daysAgo;
import static uk.org.throughline.it.PoliceCases.pipaSchemeId;
import static uk.org.throughline.it.ProgrammeCases.step;
import static uk.org.throughline.it.TestClock.today;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.org.throughline.it.PoliceCases.ArrestedCase;

/**
 * Programmes through their REST API over real HTTP: referrals from a court order, children's social
 * care, self-referral and a conditional caution; cohorts scheduled around the bank holidays;
 * registers saved with the route's enforcement; and the rules on bad input.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammeApiIT {

    private final ApiClient police = ApiClient.as("police.demo");
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
    void givesACourtOrderedManAWarningThenABreachReferral() {
        // weekly on Mondays from two weeks before a Monday bank holiday of the last half year, so that its
        // first four sessions are past and its last still to come: it steps over that holiday and any after
        LocalDate today = today();
        LocalDate holiday = BankHolidayCalendar.between(today.minusDays(188), today.minusDays(35)).descendingKeySet()
                .stream().filter(day -> day.getDayOfWeek() == DayOfWeek.MONDAY).findFirst()
                .orElseThrow(() -> new AssertionError("No Monday bank holiday from 5 to 27 weeks before " + today));
        LocalDate firstMonday = holiday.minusWeeks(2);
        ArrestedCase arrested = arrested(police, LocalDate.of(1988, 3, 14),
                daysAgo((int) ChronoUnit.DAYS.between(firstMonday.minusDays(38), today)));
        ApiClient.Response charged = police.post("/api/disposals", Json.createObjectBuilder()
                .add("arrestId", arrested.arrestId()).add("outcomeType", "CHARGED_OR_SUMMONSED")
                .add("decisionMaker", "CPS").add("decidedOn", firstMonday.minusDays(28).toString())
                .add("reason", "Sufficient evidence; CPS authorised charge").build().toString());
        assertEquals(201, charged.status(), charged::toString);
        LocalDate referredOn = firstMonday.minusDays(20);

        ApiClient.Response referred = probation.post("/api/referrals", Json.createObjectBuilder()
                .add("programmeId", programmeId("Building Better Relationships"))
                .add("personId", arrested.suspectId()).add("route", "COURT_ORDER")
                .add("referredOn", referredOn.toString())
                .add("courtCaseId", charged.json().getJsonNumber("courtCaseId").longValue())
                .add("caseWorker", "probation.demo").add("riskLevel", "MEDIUM").build().toString());
        assertEquals(201, referred.status(), referred::toString);
        long referralId = id(referred.json());
        assertTrue(referred.header("Location").endsWith("/api/referrals/" + referralId), referred.header("Location"));
        assertEquals("RECEIVED", referred.json().getString("status"));
        JsonObject waiting = toWaitingList(referred.json(), referredOn);

        JsonObject cohort = cohort("Building Better Relationships", "BBR Monday evenings " + PoliceCases.uniqueReference(),
                null);
        JsonObject scheduled = schedule(id(cohort), firstMonday, "MONDAY");
        List<JsonObject> sessions = scheduled.getJsonArray("sessions").getValuesAs(JsonObject.class);
        List<String> mondayHolidays = on(DayOfWeek.MONDAY, BankHolidayCalendar.between(firstMonday,
                LocalDate.parse(sessions.get(sessions.size() - 1).getString("date"))).keySet());
        assertEquals(mondayHolidays, scheduled.getJsonArray("skipped").getValuesAs(JsonObject.class)
                .stream().map(day -> day.getString("date")).toList());
        assertEquals(30, sessions.size());
        assertEquals(firstMondaysWithout(firstMonday, mondayHolidays, 3),
                sessions.subList(0, 3).stream().map(s -> s.getString("date")).toList());
        assertFalse(sessions.stream().anyMatch(s -> mondayHolidays.contains(s.getString("date"))), sessions::toString);

        JsonObject allocated = step(facilitator, referralId, "allocation", waiting, Json.createObjectBuilder()
                .add("cohortId", id(cohort)).add("on", firstMonday.minusDays(3).toString()));
        assertEquals("ALLOCATED", allocated.getString("status"));

        JsonObject first = saveRegister(id(sessions.get(0)), line(referralId, "ATTENDED"));
        assertTrue(first.getJsonArray("actions").isEmpty(), first::toString);
        assertEquals("IN_PROGRESS", probation.get("/api/referrals/" + referralId).json().getString("status"),
                "the first register he is on starts his programme");

        JsonObject warned = saveRegister(id(sessions.get(1)), line(referralId, "ABSENT_UNACCEPTABLE"));
        assertEquals(1, warned.getJsonArray("actions").size(), warned::toString);
        assertTrue(warned.getJsonArray("actions").getString(0).startsWith("Warning"), warned::toString);

        JsonObject breached = saveRegister(id(sessions.get(2)), line(referralId, "ABSENT_UNACCEPTABLE"));
        assertTrue(breached.getJsonArray("actions").getString(0).toLowerCase().contains("breach"),
                "a second failure within 12 months of a warning is a breach referral: " + breached);

        JsonObject worklist = probation.get("/api/programme-worklists/case-worker").json();
        assertTrue(referralIds(worklist, "warningsAwaitingResponse").contains(referralId), worklist::toString);
        assertTrue(referralIds(worklist, "breaches").contains(referralId), worklist::toString);
        JsonObject person = worklist.getJsonArray("people").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("referralId").longValue() == referralId).findFirst().orElseThrow();
        assertEquals(2, person.getInt("absences"), person::toString);
        assertEquals(2, person.getInt("failures"), person::toString);
        assertFalse(ApiClient.isNull(person.get("nextSession")), person::toString);
        assertTrue(facilitator.get("/api/programme-worklists/facilitator").json().getJsonArray("registersNotCompleted")
                .getValuesAs(JsonObject.class).stream().anyMatch(session -> id(session) == id(sessions.get(3))),
                "the fourth session is past and nobody marked it");

        long warningId = actionId(worklist, "warningsAwaitingResponse", referralId);
        assertPdf(probation.get("/api/enforcement-actions/" + warningId + "/warning-letter"),
                "warning-letter-" + warningId + ".pdf");
        assertPdf(facilitator.post("/api/referrals/" + referralId + "/end-of-programme-report",
                "{\"facilitatorComments\":\"Engaged well in the first session.\"}"),
                "end-of-programme-report-" + referralId + ".pdf");
        assertEquals(422, probation.get("/api/enforcement-actions/" + actionId(worklist, "breaches", referralId)
                + "/warning-letter").status(), "a breach referral has no warning letter");
        assertEquals(403, police.get("/api/enforcement-actions/" + warningId + "/warning-letter").status());
        assertProblem(yot.get("/api/enforcement-actions/" + warningId + "/warning-letter"), 403);
        assertProblem(yot.post("/api/referrals/" + referralId + "/end-of-programme-report", "{}"), 403);
        ApiClient.Response notTheirs = yot.post("/api/enforcement-actions/" + actionId(worklist, "breaches", referralId)
                + "/resolution", resolution(worklist, "breaches", referralId, "Order continued").build().toString());
        assertProblem(notTheirs, 403);
        assertEquals("This referral's case worker is Gareth Lloyd. Only they or a manager can resolve its breach "
                + "referrals and tasks.", notTheirs.json().getString("detail"));
        assertProblem(probation.post("/api/enforcement-actions/" + warningId + "/resolution", resolution(worklist,
                "warningsAwaitingResponse", referralId, "He rang the next morning").build().toString()), 422);
        long breachId = actionId(worklist, "breaches", referralId);
        ApiClient.Response resolved = probation.post("/api/enforcement-actions/" + breachId + "/resolution",
                resolution(worklist, "breaches", referralId, "Order continued with a fine").build().toString());
        assertEquals(200, resolved.status(), resolved::toString);
        assertEquals("BREACH_REFERRAL", resolved.json().getString("kind"));
        assertEquals("Order continued with a fine", resolved.json().getString("resolution"));
        assertEquals("probation.demo", resolved.json().getString("resolvedBy"));
        assertFalse(referralIds(probation.get("/api/programme-worklists/case-worker").json(), "breaches")
                .contains(referralId), "a resolved breach leaves the worklist");
        assertEquals(2, admin.get("/api/audit?action=EXPORT&recordType=ProgrammeReferral&recordId=" + referralId)
                .json().getJsonArray("items").size(), "each document produced is audited as an export");

        JsonObject future = sessions.get(sessions.size() - 1);
        ApiClient.Response tooEarly = facilitator.put("/api/sessions/" + id(future) + "/attendance",
                Json.createObjectBuilder().add("version", future.getJsonNumber("version").longValue())
                        .add("lines", Json.createArrayBuilder().add(line(referralId, "ATTENDED"))).build().toString());
        assertProblem(tooEarly, 422);
    }

    @Test
    void refusesAFatherOutsideCaringDadsNamingTheRule() {
        long father = People.register(probation, "Corby", "Darren", LocalDate.of(1985, 6, 2));
        ApiClient.Response refused = probation.post("/api/referrals", caringDads(father, 15).build().toString());

        assertProblem(refused, 422);
        List<JsonObject> failed = refused.json().getJsonArray("failedRules").getValuesAs(JsonObject.class);
        assertEquals(1, failed.size(), refused::toString);
        assertFalse(failed.get(0).getBoolean("passed"));
        assertTrue(refused.json().getString("detail").contains("Caring Dads"), refused::toString);

        ApiClient.Response noPlan = probation.post("/api/referrals", caringDads(father, 4)
                .remove("childProtectionPlanReference").build().toString());
        assertProblem(noPlan, 400);
        assertTrue(noPlan.body().contains("childProtectionPlanReference"), noPlan::toString);
    }

    @Test
    void fillsACaringDadsCohortOverGoodFridayAndNoMore() {
        long father = People.register(probation, "Rushden", "Gavin", LocalDate.of(1990, 1, 20));
        long volunteer = People.register(probation, "Rushden", "Mark", LocalDate.of(1987, 9, 9));
        ApiClient.Response referred = probation.post("/api/referrals", caringDads(father, 4).build().toString());
        assertEquals(201, referred.status(), referred::toString);
        assertEquals("CP/2026/0412", referred.json().getString("childProtectionPlanReference"));
        ApiClient.Response selfReferred = probation.post("/api/referrals", Json.createObjectBuilder()
                .add("programmeId", programmeId("Caring Dads")).add("personId", volunteer).add("route", "VOLUNTARY")
                .add("referredOn", today().minusDays(10).toString()).add("youngestChildAge", 7)
                .add("regularContactWithChild", true).add("riskLevel", "LOW").build().toString());
        assertEquals(201, selfReferred.status(), selfReferred::toString);

        JsonObject cohort = cohort("Caring Dads", "Caring Dads Fridays " + PoliceCases.uniqueReference(), 1);
        // weekly on Fridays from the week before a Good Friday more than a week away: it starts in the future
        // and steps over Good Friday and any other Friday bank holiday in its 17 weeks
        LocalDate goodFriday = BankHolidayCalendar.next("Good Friday", today().plusWeeks(1));
        LocalDate firstFriday = goodFriday.minusWeeks(1);
        JsonObject scheduled = schedule(id(cohort), firstFriday, "FRIDAY");
        List<JsonObject> sessions = scheduled.getJsonArray("sessions").getValuesAs(JsonObject.class);
        List<String> fridayHolidays = on(DayOfWeek.FRIDAY, BankHolidayCalendar.between(firstFriday,
                LocalDate.parse(sessions.get(sessions.size() - 1).getString("date"))).keySet());
        assertEquals(goodFriday.toString(), fridayHolidays.get(0));
        assertEquals(fridayHolidays, scheduled.getJsonArray("skipped")
                .getValuesAs(JsonObject.class).stream().map(day -> day.getString("date")).toList());
        LocalDate secondFriday = goodFriday.plusWeeks(1);
        assertEquals(List.of(firstFriday.toString(), secondFriday.toString()), List.of(sessions.get(0).getString("date"),
                sessions.get(1).getString("date")));

        JsonObject first = step(facilitator, id(referred.json()), "allocation",
                toWaitingList(referred.json(), today().minusDays(10)), Json.createObjectBuilder()
                        .add("cohortId", id(cohort)).add("on", today().toString()));
        assertEquals(id(cohort), first.getJsonNumber("cohortId").longValue());
        JsonObject secondWaiting = toWaitingList(selfReferred.json(), today().minusDays(10));
        ApiClient.Response full = facilitator.post("/api/referrals/" + id(secondWaiting) + "/allocation",
                Json.createObjectBuilder().add("version", secondWaiting.getJsonNumber("version").longValue())
                        .add("cohortId", id(cohort)).add("on", today().toString()).build().toString());
        assertProblem(full, 422);
        assertTrue(full.json().getString("detail").contains("full"), full::toString);
        JsonObject caringDads = manager.get("/api/programme-worklists/manager").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(figures -> figures.getString("programmeName").equals("Caring Dads")).findFirst().orElseThrow();
        JsonObject stillWaiting = caringDads.getJsonArray("waiting").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("referralId").longValue() == id(secondWaiting)).findFirst()
                .orElseThrow(() -> new AssertionError("not on the waiting list: " + caringDads));
        assertEquals(8, stillWaiting.getInt("daysWaiting"), stillWaiting::toString);

        ApiClient.Response tooEarly = facilitator.put("/api/sessions/" + id(sessions.get(0)) + "/attendance",
                Json.createObjectBuilder().add("version", sessions.get(0).getJsonNumber("version").longValue())
                        .add("lines", Json.createArrayBuilder().add(line(id(referred.json()), "ATTENDED")))
                        .build().toString());
        assertProblem(tooEarly, 422);

        JsonObject second = sessions.get(1);
        String reschedule = "/api/sessions/" + id(second) + "/reschedule";
        JsonObject move = Json.createObjectBuilder().add("version", second.getJsonNumber("version").longValue())
                .add("date", secondFriday.minusDays(1).toString()).add("startTime", "18:00")
                .add("reason", "The family centre is closed").build();
        ApiClient.Response moved = facilitator.post(reschedule, move.toString());
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(secondFriday.minusDays(1).toString(), moved.json().getString("date"));
        assertEquals(secondFriday.toString(), moved.json().getString("rescheduledFrom"));
        assertProblem(facilitator.post(reschedule, Json.createObjectBuilder(move)
                .add("date", secondFriday.minusDays(2).toString()).build().toString()), 409);
    }

    @Test
    void failsTheCautionWhenAPipaManMissesAWorkshop() {
        PipaPlace place = pipaPlace(LocalDate.of(1979, 11, 30));

        JsonObject register = saveRegister(id(place.sessions().get(0)), line(place.referralId(), "ABSENT_UNACCEPTABLE"));
        assertFalse(register.getJsonArray("actions").isEmpty(), register::toString);

        JsonObject caution = police.get("/api/cautions/" + place.cautionId()).json();
        assertEquals("FAILED", caution.getString("status"), caution::toString);
        assertEquals("FAILED", caution.getJsonArray("conditions").getJsonObject(0).getString("status"));
        assertTrue(police.get("/api/police-worklist").json().getJsonArray("awaitingDecision")
                .getValuesAs(JsonObject.class).stream()
                .anyMatch(item -> item.getJsonNumber("cautionId").longValue() == place.cautionId()),
                "the failed caution waits for a decision on the police worklist");
    }

    @Test
    void compliesWithTheCautionWhenAPipaManCompletesBothWorkshops() {
        PipaPlace place = pipaPlace(LocalDate.of(1983, 2, 8));
        saveRegister(id(place.sessions().get(0)), line(place.referralId(), "ATTENDED"));
        // the facilitator has him on their caseload (their cohort); no probation officer has taken him on
        JsonObject inProgress = facilitator.get("/api/referrals/" + place.referralId()).json();
        ApiClient.Response tooSoon = facilitator.post("/api/referrals/" + place.referralId() + "/completion",
                Json.createObjectBuilder().add("version", inProgress.getJsonNumber("version").longValue())
                        .add("on", today().toString()).build().toString());
        assertProblem(tooSoon, 422);

        saveRegister(id(place.sessions().get(1)), line(place.referralId(), "ATTENDED"));
        JsonObject completed = step(facilitator, place.referralId(), "completion",
                facilitator.get("/api/referrals/" + place.referralId()).json(),
                Json.createObjectBuilder().add("on", today().toString()));

        assertEquals("COMPLETED", completed.getString("status"), completed::toString);
        JsonObject caution = police.get("/api/cautions/" + place.cautionId()).json();
        assertEquals("COMPLIED", caution.getJsonArray("conditions").getJsonObject(0).getString("status"),
                caution::toString);
        assertEquals("COMPLIED", caution.getString("status"), caution::toString);
    }

    @Test
    void tiesALooselyNamedCautionReferralToPipaAndFailsTheConditionWhenItEnds() {
        ArrestedCase arrested = arrested(police, LocalDate.of(1981, 8, 8), daysAgo(30));
        LocalDate cautionedOn = today().minusDays(20);
        JsonObject proposed = caution(arrested.arrestId(), pipaSchemeId(police), cautionedOn, "PIPA workshops").build();
        ApiClient.Response given = police.post("/api/cautions", proposed.toString());
        assertEquals(201, given.status(), given::toString);
        long cautionId = id(given.json());
        long referralId = id(given.json().getJsonArray("referrals").getJsonObject(0));
        JsonObject received = manager.get("/api/referrals/" + referralId).json();
        assertTrue(ApiClient.isNull(received.get("programmeId")), received::toString);

        ApiClient.Response linked = facilitator.post("/api/referrals/" + referralId + "/programme",
                Json.createObjectBuilder().add("version", received.getJsonNumber("version").longValue())
                        .add("programmeId", programmeId("Project PIPA")).build().toString());
        assertEquals(200, linked.status(), linked::toString);
        assertEquals("Project PIPA", linked.json().getString("programmeName"));

        ApiClient.Response noReason = probation.post("/api/referrals/" + referralId + "/assessment",
                Json.createObjectBuilder().add("version", linked.json().getJsonNumber("version").longValue())
                        .add("suitable", false).add("on", today().toString()).build().toString());
        assertProblem(noReason, 400);
        JsonObject ended = step(probation, referralId, "non-completion", toWaitingList(linked.json(), cautionedOn),
                Json.createObjectBuilder().add("reason", "MOVED_AWAY").add("note", "Moved to Leicester")
                        .add("on", today().toString()));
        assertEquals("NOT_COMPLETED", ended.getString("status"), ended::toString);
        assertEquals(List.of("RECEIVED", "SUITABLE", "WAITING", "NOT_COMPLETED"), ended.getJsonArray("history").getValuesAs(JsonObject.class)
                .stream().map(step -> step.getString("status")).toList());
        assertEquals("FAILED", police.get("/api/cautions/" + cautionId).json().getString("status"));
    }

    @Test
    void aProbationOfficerTakesOnACautionReferralAndHearsOfHisMissedWorkshop() {
        PipaPlace place = pipaPlace(LocalDate.of(1984, 7, 19));
        long referralId = place.referralId();
        String caseWorker = "/api/referrals/" + referralId + "/case-worker";
        // not on the officer's caseload until he takes him on (he would open his records for a reason to find
        // the referral; the manager's copy gives the version here)
        assertProblem(probation.get("/api/referrals/" + referralId), 403);
        JsonObject allocated = manager.get("/api/referrals/" + referralId).json();
        assertEquals(allocated.getString("referredBy"), allocated.getString("caseWorker"),
                "the officer who gave the caution answers for him");
        assertFalse(referralIds(probation.get("/api/programme-worklists/case-worker").json(), "people")
                .contains(referralId));

        long version = allocated.getJsonNumber("version").longValue();
        assertProblem(probation.post(caseWorker, Json.createObjectBuilder().add("version", version)
                .add("caseWorker", "yot.demo").add("on", today().toString()).build().toString()), 403);
        ApiClient.Response notAWorker = manager.post(caseWorker, Json.createObjectBuilder().add("version", version)
                .add("caseWorker", "facilitator.demo").add("on", today().toString()).build().toString());
        assertProblem(notAWorker, 400);
        assertEquals(List.of("caseWorker"), fields(notAWorker));
        ApiClient.Response noDate = probation.post(caseWorker, Json.createObjectBuilder().add("version", version)
                .build().toString());
        assertProblem(noDate, 400);
        assertEquals(List.of("on"), fields(noDate));

        JsonObject takenOn = step(probation, referralId, "case-worker", allocated,
                Json.createObjectBuilder().add("on", today().toString()));
        assertEquals("probation.demo", takenOn.getString("caseWorker"));
        assertEquals("ALLOCATED", takenOn.getString("status"), "taking him on leaves the status as it was");
        List<JsonObject> history = takenOn.getJsonArray("history").getValuesAs(JsonObject.class);
        JsonObject last = history.get(history.size() - 1);
        assertEquals("Case worker: probation.demo", last.getString("label"));
        assertEquals("probation.demo", last.getString("by"));
        assertEquals(today().toString(), last.getString("on"));
        assertEquals(200, probation.get("/api/referrals/" + referralId).status(), "on the officer's caseload now");
        assertProblem(manager.post(caseWorker, Json.createObjectBuilder().add("version", version)
                .add("caseWorker", "yot.demo").add("on", today().toString()).build().toString()), 409);
        assertTrue(referralIds(probation.get("/api/programme-worklists/case-worker").json(), "people")
                .contains(referralId), "he is on the officer's My people");
        assertTrue(admin.get("/api/audit?action=UPDATE&recordType=ProgrammeReferral&recordId=" + referralId).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(row -> row.getString("summary").startsWith("Took on as case worker")), "audited");

        saveRegister(id(place.sessions().get(0)), line(referralId, "ABSENT_UNACCEPTABLE"));
        assertTrue(probation.get("/api/alerts?limit=200").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(alert -> alert.getString("kind").equals("MISSED_SESSION")
                        && alert.getJsonNumber("recordId").longValue() == referralId),
                "the missed workshop alerts his case worker");
    }

    @Test
    void refusesAStaleRegisterAndSomeoneNotInTheCohort() {
        long man = People.register(probation, "Daventry", "Kyle", LocalDate.of(1992, 4, 4));
        long other = People.register(probation, "Daventry", "Shane", LocalDate.of(1991, 5, 5));
        LocalDate firstSession = today().minusDays(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        JsonObject referral = selfReferral(man, firstSession.minusDays(10));
        JsonObject outsider = selfReferral(other, firstSession.minusDays(10));
        JsonObject cohort = cohort("Caring Dads", "Caring Dads Tuesdays " + PoliceCases.uniqueReference(), null);
        JsonObject session = schedule(id(cohort), firstSession, "TUESDAY").getJsonArray("sessions").getJsonObject(0);
        step(facilitator, id(referral), "allocation", toWaitingList(referral, firstSession.minusDays(10)),
                Json.createObjectBuilder().add("cohortId", id(cohort)).add("on", firstSession.minusDays(1).toString()));

        String attendance = "/api/sessions/" + id(session) + "/attendance";
        ApiClient.Response read = facilitator.get(attendance);
        assertEquals(200, read.status(), read::toString);
        assertEquals(1, read.json().getJsonArray("lines").size());
        String etag = read.header("ETag");

        ApiClient.Response saved = facilitator.putIfMatch(attendance, etag, registerBody(line(id(referral), "LATE")));
        assertEquals(200, saved.status(), saved::toString);
        ApiClient.Response stale = manager.putIfMatch(attendance, etag, registerBody(line(id(referral), "ATTENDED")));
        assertProblem(stale, 409);
        assertEquals("LATE", facilitator.get(attendance).json().getJsonArray("lines").getJsonObject(0).getString("mark"),
                "the first save's mark is kept");

        ApiClient.Response unexplained = facilitator.putIfMatch(attendance, saved.header("ETag"),
                registerBody(line(id(referral), "ATTENDED")));
        assertProblem(unexplained, 400);
        assertEquals("lines[0].correctionReason", unexplained.json().getJsonArray("errors").getJsonObject(0)
                .getString("field"), "the problem names the line whose mark changed without a reason");
        ApiClient.Response corrected = facilitator.putIfMatch(attendance, saved.header("ETag"), registerBody(
                line(id(referral), "ATTENDED").add("correctionReason", "Marked late in error: he arrived on time")));
        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals(1, corrected.json().getJsonArray("lines").getJsonObject(0).getInt("corrections"));

        ApiClient.Response notInCohort = facilitator.putIfMatch(attendance, corrected.header("ETag"),
                registerBody(line(id(outsider), "ATTENDED")));
        assertProblem(notInCohort, 422);
        assertTrue(notInCohort.json().getString("detail").contains("not on the register"), notInCohort::toString);
    }

    @Test
    void completesACaringDadsFatherAtEightyPerCentWithATaskForHisSocialWorker() {
        long father = People.register(probation, "Thrapston", "Wayne", LocalDate.of(1989, 12, 1));
        // 17 weekly sessions from 22 weeks ago are all past, even with four bank holidays to step over
        LocalDate firstSession = today().minusWeeks(22);
        ApiClient.Response referred = probation.post("/api/referrals", caringDads(father, 6)
                .add("referredOn", firstSession.minusDays(14).toString()).build().toString());
        assertEquals(201, referred.status(), referred::toString);
        long referralId = id(referred.json());
        JsonObject cohort = cohort("Caring Dads", "Caring Dads daytime " + PoliceCases.uniqueReference(), null);
        List<JsonObject> sessions = schedule(id(cohort), firstSession, firstSession.getDayOfWeek().name())
                .getJsonArray("sessions").getValuesAs(JsonObject.class);
        step(facilitator, referralId, "allocation", toWaitingList(referred.json(), firstSession.minusDays(14)),
                Json.createObjectBuilder().add("cohortId", id(cohort)).add("on", firstSession.minusDays(1).toString()));

        JsonObject missed = saveRegister(id(sessions.get(0)), line(referralId, "ABSENT_UNACCEPTABLE"));
        assertTrue(missed.getJsonArray("actions").getString(0).startsWith("Task for the case worker"), missed::toString);
        JsonObject withTask = probation.get("/api/programme-worklists/case-worker").json();
        assertTrue(referralIds(withTask, "tasks").contains(referralId), "children's social care decides what a missed "
                + "session means");
        String resolve = "/api/enforcement-actions/" + actionId(withTask, "tasks", referralId) + "/resolution";
        ApiClient.Response noOutcome = probation.post(resolve, resolution(withTask, "tasks", referralId, " ").build()
                .toString());
        assertProblem(noOutcome, 400);
        assertEquals(List.of("resolution"), fields(noOutcome));
        assertProblem(facilitator.post(resolve, resolution(withTask, "tasks", referralId, "Seen").build().toString()),
                403);
        String decided = "Spoke with him and his social worker: the appointment clashed; no further action";
        ApiClient.Response resolved = probation.post(resolve, resolution(withTask, "tasks", referralId, decided).build()
                .toString());
        assertEquals(200, resolved.status(), resolved::toString);
        assertEquals(today().toString(), resolved.json().getString("resolvedOn"));
        assertProblem(manager.post(resolve, resolution(withTask, "tasks", referralId, "Again").build().toString()), 409);
        assertFalse(referralIds(probation.get("/api/programme-worklists/case-worker").json(), "tasks")
                .contains(referralId), "a resolved task leaves the worklist");
        List<JsonObject> resolvedAudit = admin.get("/api/audit?action=UPDATE&recordType=EnforcementAction&recordId="
                + resolved.json().getJsonNumber("id")).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(resolvedAudit.size() == 1 && resolvedAudit.get(0).getString("summary").contains(decided),
                resolvedAudit::toString);
        for (int session = 1; session < 3; session++) {
            saveRegister(id(sessions.get(session)), line(referralId, "ABSENT_ACCEPTABLE")
                    .add("absenceReason", "Child's hospital appointment; letter seen"));
        }
        for (int session = 3; session < 16; session++) {
            saveRegister(id(sessions.get(session)), line(referralId, "ATTENDED"));
        }
        JsonObject sixteenSessions = probation.get("/api/referrals/" + referralId).json();
        ApiClient.Response tooSoon = probation.post("/api/referrals/" + referralId + "/completion",
                Json.createObjectBuilder().add("version", sixteenSessions.getJsonNumber("version").longValue())
                        .add("on", today().toString()).build().toString());
        assertProblem(tooSoon, 422);

        saveRegister(id(sessions.get(16)), line(referralId, "ATTENDED"));
        JsonObject completed = step(probation, referralId, "completion",
                probation.get("/api/referrals/" + referralId).json(), Json.createObjectBuilder()
                        .add("on", today().toString()));
        assertEquals("COMPLETED", completed.getString("status"), completed::toString);
        List<JsonObject> audit = admin.get("/api/audit?recordType=AttendanceRecord&size=50&username=facilitator.demo")
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(row -> row.getString("summary").toLowerCase(Locale.UK).contains("thrapston")),
                "each register line is audited: " + audit);
    }

    @Test
    void refusesReferralsAndRegistersThatBreakTheRules() {
        long man = People.register(probation, "Brackley", "Jordan", LocalDate.of(1986, 7, 21));
        JsonObject courtOrder = Json.createObjectBuilder()
                .add("programmeId", programmeId("Building Better Relationships")).add("personId", man)
                .add("route", "COURT_ORDER").add("referredOn", today().minusDays(3).toString())
                .add("courtCaseId", Long.MAX_VALUE).add("caseWorker", "probation.demo").add("riskLevel", "HIGH").build();
        ApiClient.Response noSuchCase = probation.post("/api/referrals", courtOrder.toString());
        assertProblem(noSuchCase, 400);
        assertTrue(noSuchCase.body().contains("courtCaseId"), noSuchCase::toString);
        assertProblem(police.post("/api/referrals", courtOrder.toString()), 403);
        assertProblem(probation.get("/api/programmes/" + Long.MAX_VALUE), 404);
        ApiClient.Response tooBig = facilitator.post("/api/cohorts", Json.createObjectBuilder()
                .add("programmeId", programmeId("Caring Dads")).add("name", "Caring Dads for everyone")
                .add("venue", "Corby Cube").add("capacity", 11)
                .add("facilitators", Json.createArrayBuilder().add("facilitator.demo")).build().toString());
        assertProblem(tooBig, 400);
        assertTrue(tooBig.body().contains("capacity"), tooBig::toString);

        LocalDate referredOn = today().minusDays(20);
        JsonObject first = selfReferral(man, referredOn);
        JsonObject second = selfReferral(man, referredOn);
        JsonObject cohortA = cohort("Caring Dads", "Caring Dads A " + PoliceCases.uniqueReference(), null);
        JsonObject cohortB = cohort("Caring Dads", "Caring Dads B " + PoliceCases.uniqueReference(), null);
        step(facilitator, id(first), "allocation", toWaitingList(first, referredOn),
                Json.createObjectBuilder().add("cohortId", id(cohortA)).add("on", today().toString()));
        JsonObject secondWaiting = toWaitingList(second, referredOn);
        ApiClient.Response twice = facilitator.post("/api/referrals/" + id(secondWaiting) + "/allocation",
                Json.createObjectBuilder().add("version", secondWaiting.getJsonNumber("version").longValue())
                        .add("cohortId", id(cohortB)).add("on", today().toString()).build().toString());
        assertProblem(twice, 422);
        assertTrue(twice.json().getString("detail").contains("already has a place"), twice::toString);

        List<JsonObject> sessions = schedule(id(cohortA), today().minusDays(7),
                today().minusDays(7).getDayOfWeek().name()).getJsonArray("sessions").getValuesAs(JsonObject.class);
        JsonObject session = sessions.get(0);
        if (sessions.get(1).getString("date").equals(today().toString())) { // unless today is a bank holiday
            JsonObject mine = facilitator.get("/api/programme-worklists/facilitator").json();
            assertTrue(mine.getJsonArray("sessionsToday").getValuesAs(JsonObject.class).stream()
                    .anyMatch(today -> id(today) == id(sessions.get(1))), "tonight's session: " + mine);
        }
        ApiClient.Response empty = facilitator.put("/api/sessions/" + id(session) + "/attendance",
                Json.createObjectBuilder().add("version", session.getJsonNumber("version").longValue())
                        .add("lines", Json.createArrayBuilder()).build().toString());
        assertProblem(empty, 400);
        assertTrue(empty.body().contains("\"lines\""), empty::toString);
        ApiClient.Response unmarked = facilitator.put("/api/sessions/" + id(session) + "/attendance",
                Json.createObjectBuilder().add("version", session.getJsonNumber("version").longValue())
                        .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("referralId", id(first)))).build().toString());
        assertProblem(unmarked, 400);
        assertTrue(unmarked.body().contains("mark"), unmarked::toString);
    }

    @Test
    void plansACatchUpForAMissedSession() {
        long man = People.register(probation, "Oundle", "Craig", LocalDate.of(1984, 10, 10));
        LocalDate firstSession = today().minusDays(14);
        JsonObject referral = selfReferral(man, firstSession.minusDays(10));
        JsonObject cohort = cohort("Caring Dads", "Caring Dads catch-ups " + PoliceCases.uniqueReference(), null);
        JsonObject missed = schedule(id(cohort), firstSession, firstSession.getDayOfWeek().name())
                .getJsonArray("sessions").getJsonObject(0);
        step(facilitator, id(referral), "allocation", toWaitingList(referral, firstSession.minusDays(10)),
                Json.createObjectBuilder().add("cohortId", id(cohort)).add("on", firstSession.minusDays(1).toString()));
        saveRegister(id(missed), line(id(referral), "ABSENT_ACCEPTABLE").add("absenceReason", "In hospital; letter seen"));

        LocalDate catchUpOn = today().plusDays(1);
        while (BankHolidayCalendar.isBankHoliday(catchUpOn)) { // no session, a catch-up neither, on a bank holiday
            catchUpOn = catchUpOn.plusDays(1);
        }
        ApiClient.Response planned = facilitator.post("/api/sessions/" + id(missed) + "/catch-ups",
                Json.createObjectBuilder().add("referralIds", Json.createArrayBuilder().add(id(referral)))
                        .add("date", catchUpOn.toString()).add("startTime", "10:00").build().toString());
        assertEquals(201, planned.status(), planned::toString);
        assertEquals(id(missed), planned.json().getJsonNumber("catchUpForId").longValue());
        ApiClient.Response register = facilitator.get(planned.header("Location").replace(ApiClient.BASE, ""));
        assertEquals(200, register.status(), register::toString);
        assertEquals(List.of(id(referral)), register.json().getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(line -> line.getJsonNumber("referralId").longValue()).toList());
    }

    @Test
    void describesProgrammesInTheOpenApiDocument() {
        String document = ApiClient.anonymous().get("/openapi").body();

        for (String path : List.of("/api/programmes", "/api/referrals", "/api/referrals/{id}/allocation",
                "/api/referrals/{id}/non-completion", "/api/cohorts/{id}/schedule", "/api/sessions/{id}/attendance",
                "/api/sessions/{id}/reschedule", "/api/programme-worklists/case-worker",
                "/api/referrals/{id}/case-worker", "/api/enforcement-actions/{id}/resolution")) {
            assertTrue(document.contains("\"" + path + "\""), "the document lists " + path);
        }
    }

    /** A man cautioned 50 days ago with a place in a PIPA cohort whose two workshops have both been held. */
    private PipaPlace pipaPlace(LocalDate born) {
        ArrestedCase arrested = arrested(police, born, daysAgo(60));
        LocalDate cautionedOn = today().minusDays(50);
        ApiClient.Response given = police.post("/api/cautions",
                caution(arrested.arrestId(), pipaSchemeId(police), cautionedOn).build().toString());
        assertEquals(201, given.status(), given::toString);
        long cautionId = id(given.json());
        long referralId = id(given.json().getJsonArray("referrals").getJsonObject(0));

        // the officer who gave the caution answers for him: he is on no probation officer's caseload yet
        JsonObject referral = manager.get("/api/referrals/" + referralId).json();
        assertEquals(programmeId("Project PIPA"), referral.getJsonNumber("programmeId").longValue(), referral::toString);
        assertEquals(cautionId, referral.getJsonNumber("conditionalCautionId").longValue());
        JsonObject waiting = toWaitingList(referral, cautionedOn);

        JsonObject cohort = cohort("Project PIPA", "PIPA workshops " + PoliceCases.uniqueReference(), null);
        LocalDate from = cautionedOn.plusDays(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        List<JsonObject> sessions = schedule(id(cohort), from, "WEDNESDAY").getJsonArray("sessions")
                .getValuesAs(JsonObject.class);
        step(facilitator, referralId, "allocation", waiting, Json.createObjectBuilder()
                .add("cohortId", id(cohort)).add("on", from.minusDays(2).toString()));
        return new PipaPlace(cautionId, referralId, sessions);
    }

    private record PipaPlace(long cautionId, long referralId, List<JsonObject> sessions) {
    }

    private long programmeId(String name) {
        return ProgrammeCases.programmeId(probation, name);
    }

    private JsonObjectBuilder caringDads(long father, int youngestChildAge) {
        return Json.createObjectBuilder()
                .add("programmeId", programmeId("Caring Dads")).add("personId", father)
                .add("route", "CHILDRENS_SOCIAL_CARE").add("referredOn", today().minusDays(10).toString())
                .add("childProtectionPlanReference", "CP/2026/0412").add("caseWorker", "probation.demo")
                .add("youngestChildAge", youngestChildAge).add("regularContactWithChild", true)
                .add("riskLevel", "MEDIUM");
    }

    private JsonObject selfReferral(long father, LocalDate on) {
        ApiClient.Response referred = probation.post("/api/referrals", Json.createObjectBuilder()
                .add("programmeId", programmeId("Caring Dads")).add("personId", father).add("route", "VOLUNTARY")
                .add("referredOn", on.toString()).add("youngestChildAge", 3).add("regularContactWithChild", true)
                .add("riskLevel", "LOW").build().toString());
        assertEquals(201, referred.status(), referred::toString);
        return referred.json();
    }

    /** Assessed suitable and put on the waiting list, a day apart from {@code referredOn}. */
    private JsonObject toWaitingList(JsonObject referral, LocalDate referredOn) {
        JsonObject assessed = step(probation, id(referral), "assessment", referral, Json.createObjectBuilder()
                .add("suitable", true).add("on", referredOn.plusDays(1).toString())
                .add("reason", "Motivated to change; understands the commitment"));
        assertEquals("SUITABLE", assessed.getString("status"), assessed::toString);
        JsonObject waiting = step(probation, id(referral), "waiting", assessed,
                Json.createObjectBuilder().add("on", referredOn.plusDays(2).toString()));
        assertEquals("WAITING", waiting.getString("status"), waiting::toString);
        return waiting;
    }

    private JsonObject cohort(String programme, String name, Integer capacity) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("programmeId", programmeId(programme)).add("name", name)
                .add("venue", "Kettering Family Centre, Room 2")
                .add("facilitators", Json.createArrayBuilder().add("facilitator.demo"));
        if (capacity != null) {
            body.add("capacity", capacity);
        }
        ApiClient.Response created = facilitator.post("/api/cohorts", body.build().toString());
        assertEquals(201, created.status(), created::toString);
        ProgrammeCases.agreeSmallStart(id(created.json()));
        return created.json();
    }

    private JsonObject schedule(long cohortId, LocalDate from, String day) {
        BankHolidayCalendar.recordedThroughNextYear();
        ApiClient.Response scheduled = facilitator.post("/api/cohorts/" + cohortId + "/schedule",
                Json.createObjectBuilder().add("from", from.toString()).add("day", day).add("startTime", "18:00")
                        .build().toString());
        assertEquals(200, scheduled.status(), scheduled::toString);
        return scheduled.json();
    }

    /** Reads the session's register and saves it with the lines given, at the version read. */
    private JsonObject saveRegister(long sessionId, JsonObjectBuilder... lines) {
        String attendance = "/api/sessions/" + sessionId + "/attendance";
        ApiClient.Response read = facilitator.get(attendance);
        assertEquals(200, read.status(), read::toString);
        ApiClient.Response saved = facilitator.putIfMatch(attendance, read.header("ETag"), registerBody(lines));
        assertEquals(200, saved.status(), saved::toString);
        return saved.json();
    }

    private static String registerBody(JsonObjectBuilder... lines) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder line : lines) {
            array.add(line);
        }
        return Json.createObjectBuilder().add("lines", array).build().toString();
    }

    private static JsonObjectBuilder line(long referralId, String mark) {
        return Json.createObjectBuilder().add("referralId", referralId).add("mark", mark);
    }

    private static long actionId(JsonObject worklist, String list, long referralId) {
        return worklist.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("referralId").longValue() == referralId)
                .mapToLong(item -> item.getJsonNumber("actionId").longValue()).findFirst().orElseThrow();
    }

    /** A resolution of today of the action listed for the referral, at the version listed. */
    private static JsonObjectBuilder resolution(JsonObject worklist, String list, long referralId, String outcome) {
        JsonObject item = worklist.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(listed -> listed.getJsonNumber("referralId").longValue() == referralId).findFirst().orElseThrow();
        return Json.createObjectBuilder().add("version", item.getJsonNumber("version").longValue())
                .add("resolvedOn", today().toString()).add("resolution", outcome);
    }

    private static void assertPdf(ApiClient.Response response, String fileName) {
        assertEquals(200, response.status(), response::toString);
        assertEquals("application/pdf", response.header("Content-Type"));
        assertEquals("attachment; filename=\"" + fileName + "\"", response.header("Content-Disposition"));
        assertEquals("no-store", response.header("Cache-Control"));
        assertTrue(response.body().startsWith("%PDF-"), "a PDF document");
    }

    /** Those of {@code days} that fall on {@code weekday}, as ISO dates. */
    private static List<String> on(DayOfWeek weekday, Collection<LocalDate> days) {
        return days.stream().filter(day -> day.getDayOfWeek() == weekday).map(LocalDate::toString).toList();
    }

    /** The first {@code count} Mondays from {@code monday} on that are not among {@code holidays}. */
    private static List<String> firstMondaysWithout(LocalDate monday, List<String> holidays, int count) {
        return Stream.iterate(monday, day -> day.plusWeeks(1)).map(LocalDate::toString)
                .filter(day -> !holidays.contains(day)).limit(count).toList();
    }

    private static List<Long> referralIds(JsonObject worklist, String list) {
        return worklist.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .map(item -> item.getJsonNumber("referralId").longValue()).toList();
    }

    private static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }
}
