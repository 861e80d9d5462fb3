package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cohorts in the browser. A Caring Dads father reaching 80% attendance completes: his group met on
 * Wednesdays from 22 weeks ago (made through the API with 16 registers taken), the facilitator takes
 * the last register from the cohort page, which brings him to 14 of 17, records his completion there,
 * arranges a catch-up for the other father, and the manager's figures count one more completion. And
 * a facilitator sets up a cohort through the pages: a capacity above the programme's refused, the
 * schedule stepping over bank holidays, a session moved but not onto a bank holiday. Every page
 * visited is checked for accessibility.
 */
class CaringDadsCompletionJourneyIT extends BrowserJourney {

    /** Whoever completes: absent (acceptably) from sessions 3, 8 and 12, so 13 of 17 before the last. */
    private static final Set<Integer> COMPLETER_ABSENT = Set.of(3, 8, 12);

    /** The other father: absent from sessions 2, 5, 9 and 13, so 13 of 17 even after the last (76%). */
    private static final Set<Integer> OTHER_ABSENT = Set.of(2, 5, 9, 13);

    @Test
    void aFatherReachingEightyPerCentCompletesAndTheManagerCountsHim() {
        LocalDate today = TestClock.today();
        String name = "Caring Dads " + PoliceCases.uniqueReference();
        // Wednesdays: only Christmas and New Year can put a bank holiday on one, so 22 weeks hold 17 sessions
        JsonObject cohort = ProgrammeCases.scheduledCohort("Caring Dads", name, today.minusWeeks(22), DayOfWeek.WEDNESDAY, "10:00");
        long cohortId = ProgrammeCases.id(cohort);
        List<JsonObject> sessions = cohort.getJsonArray("sessions").getValuesAs(JsonObject.class);
        assertTrue(LocalDate.parse(sessions.get(16).getString("date")).isBefore(today), sessions::toString);
        long programmeId = cohort.getJsonNumber("programmeId").longValue();
        JsonObject completer = ProgrammeCases.allocatedFather(programmeId, cohortId, "Kershaw", "Paul",
                today.minusWeeks(23));
        JsonObject other = ProgrammeCases.allocatedFather(programmeId, cohortId, "Mellor", "Jason",
                today.minusWeeks(23));
        for (JsonObject session : sessions.subList(0, 16)) {
            int number = session.getInt("number");
            saveRegister(ProgrammeCases.id(session), line(completer, COMPLETER_ABSENT.contains(number)),
                    line(other, OTHER_ABSENT.contains(number)));
        }
        ApiClient manager = ApiClient.as("manager.demo");
        long completedBefore = completed(manager, programmeId);

        browser.signIn("facilitator.demo");
        browser.open("/programme/cohort.xhtml?id=" + cohortId);
        assertTrue(browser.text("membersTable").contains("13 of 17 sessions attended (76%); Caring Dads needs 80%"),
                () -> browser.text("membersTable"));
        assertFalse(browser.isPresent("complete"), "no one has met the completion rule yet");
        assertEquals("2 of 10", browser.text("placesTaken"));
        browser.assertAccessible("Cohort");

        String last = shown(LocalDate.parse(sessions.get(16).getString("date")));
        browser.followLink("sessionsTable", "Register: session 17, " + last);
        browser.waitForUrl("/programme/register.xhtml?session=" + ProgrammeCases.id(sessions.get(16)));
        browser.submit("markRestAttended");
        browser.submit("saveRegister");
        assertTrue(browser.text("notices").contains("Register saved for " + name + ", session 17"),
                () -> browser.text("notices"));
        browser.click("cohortLink");
        browser.waitForUrl("/programme/cohort.xhtml?id=" + cohortId);
        String members = browser.text("membersTable");
        assertTrue(members.contains("14 of 17 sessions attended (82%)"), members);
        assertTrue(members.contains("13 of 17 sessions attended (76%)"), members);
        assertEquals("Record completion: KERSHAW, Paul", browser.element("complete").getAttribute("value"),
                "only the father who met the rule");
        browser.assertAccessible("Cohort with a completion to record");

        browser.submit("complete");
        assertTrue(browser.text("notices").contains("Completion recorded for KERSHAW, Paul: 14 of 17 sessions "
                + "attended (82%)"), () -> browser.text("notices"));
        assertTrue(browser.text("finishedTable").contains("KERSHAW, Paul"), () -> browser.text("finishedTable"));
        assertTrue(browser.text("finishedTable").contains("Completed"), () -> browser.text("finishedTable"));
        assertFalse(browser.text("membersTable").contains("KERSHAW"), () -> browser.text("membersTable"));
        assertEquals("COMPLETED", ApiClient.as("probation.demo")
                .get("/api/referrals/" + ProgrammeCases.id(completer)).json().getString("status"));
        browser.assertAccessible("Cohort after a completion");

        // the other father missed session 2: a catch-up for him alone
        browser.followLink("sessionsTable", "Catch-up of session 2");
        browser.waitForUrl("/programme/catch-up.xhtml");
        String offered = browser.text("catchUpForm");
        assertTrue(offered.contains("MELLOR, Jason"), offered);
        assertFalse(offered.contains("KERSHAW"), "he attended session 2");
        LocalDate catchUpDay = safeWednesdayAfter(today);
        browser.type("date", shown(catchUpDay));
        browser.type("startTime", "18:00");
        browser.submit("save");
        assertTrue(browser.fieldError("referralIds").contains("Choose who the catch-up is for"),
                () -> browser.text("errorSummary"));
        browser.assertAccessible("Catch-up with an error");
        browser.click("referralIds:0");
        browser.submit("save");
        assertTrue(browser.text("notices").contains("Catch-up of session 2 arranged for 1 person"),
                () -> browser.text("notices"));
        assertTrue(browser.text("sessionsTable").contains("Catch-up of 2"), () -> browser.text("sessionsTable"));

        browser.submit("signOut");
        browser.signIn("manager.demo");
        browser.click("navProgrammeFigures");
        browser.waitForUrl("/programme/figures.xhtml");
        assertEquals(String.valueOf(completedBefore + 1), browser.text("completed" + programmeId));
        assertTrue(browser.text("cohorts" + programmeId).contains(name + " 1 of 10"), "Paul's place is free again");
        browser.assertAccessible("Programme figures");
    }

    @Test
    void setsUpACohortWhoseScheduleStepsOverBankHolidays() {
        // a Monday schedule starting two weeks before the next Easter Monday at least three weeks away steps over it
        LocalDate easterMonday = BankHolidayCalendar.next("Easter Monday", TestClock.today().plusWeeks(3));
        String name = "Caring Dads Kettering " + PoliceCases.uniqueReference();
        browser.signIn("facilitator.demo");
        browser.click("navProgrammes");
        browser.click("newCohort");
        browser.waitForUrl("/programme/cohort-new.xhtml");
        browser.assertAccessible("Set up a cohort");

        browser.choose("programmeId", String.valueOf(ProgrammeCases.programmeId(ApiClient.as("facilitator.demo"),
                "Caring Dads")));
        browser.type("name", name);
        browser.type("venue", "Kettering Children's Centre");
        browser.type("capacity", "12");
        browser.submit("save");
        assertTrue(browser.fieldError("capacity").contains("Caring Dads takes from 1 to 10 people in a group"),
                () -> browser.text("errorSummary"));
        browser.assertAccessible("Set up a cohort with an error");

        browser.type("capacity", "8");
        browser.submit("save");
        browser.waitForUrl("/programme/cohort.xhtml");
        assertTrue(browser.text("notices").contains("Cohort \"" + name + "\" set up for 8 people"),
                () -> browser.text("notices"));
        assertEquals("0 of 8", browser.text("placesTaken"));
        browser.assertAccessible("New cohort");

        LocalDate from = easterMonday.minusWeeks(2);
        browser.choose("day", "MONDAY");
        browser.type("from", shown(from));
        browser.type("startTime", "18:00");
        browser.submit("schedule");
        String skipped = browser.text("skipped");
        assertTrue(skipped.contains(shown(easterMonday) + " (Easter Monday)"), skipped);
        String planned = browser.text("sessionsTable");
        assertTrue(planned.contains("17:"), planned);
        assertFalse(planned.contains(shown(easterMonday)), "no session on Easter Monday");
        browser.assertAccessible("Cohort scheduled");

        browser.followLink("sessionsTable", "Move session 1");
        browser.waitForUrl("/programme/session-move.xhtml");
        browser.assertAccessible("Move a session");
        browser.type("date", shown(easterMonday));
        browser.type("startTime", "18:30");
        browser.submit("save");
        assertTrue(browser.fieldError("reason").contains("Say why the session is moving"),
                () -> browser.text("errorSummary"));
        browser.type("reason", "The children's centre is closed for a staff training day");
        browser.submit("save");
        assertTrue(browser.fieldError("date").contains("is a bank holiday (Easter Monday)"),
                () -> browser.text("errorSummary"));
        browser.assertAccessible("Move a session with an error");

        LocalDate tuesday = from.plusDays(1);
        browser.type("date", shown(tuesday));
        browser.submit("save");
        assertTrue(browser.text("notices").contains("Session 1 moved"), () -> browser.text("notices"));
        assertTrue(browser.text("sessionsTable").contains(shown(tuesday) + " (moved from "
                + shown(from)), () -> browser.text("sessionsTable"));

        // a colleague moves session 2 while this page has it open: the move made here is refused
        browser.followLink("sessionsTable", "Move session 2");
        browser.waitForUrl("/programme/session-move.xhtml?session=");
        String sessionId = browser.currentUrl().replaceAll(".*session=(\\d+).*", "$1");
        ApiClient.Response moved = ApiClient.as("facilitator.demo").post("/api/sessions/" + sessionId + "/reschedule",
                Json.createObjectBuilder().add("version", sessionVersion(Long.parseLong(sessionId)))
                        .add("date", tuesday.plusWeeks(1).toString())
                        .add("startTime", "19:00").add("reason", "Room double-booked").build().toString());
        assertEquals(200, moved.status(), moved::toString);
        browser.type("date", shown(tuesday.plusWeeks(1)));
        browser.type("startTime", "18:00");
        browser.type("reason", "Facilitator on leave");
        browser.submit("save");
        assertTrue(browser.text("errorSummary").contains("changed by someone else"), () -> browser.text("errorSummary"));
        browser.assertAccessible("Move a session moved meanwhile");
    }

    /** A Wednesday at least a week ahead away from Christmas and New Year, so never a bank holiday. */
    private static LocalDate safeWednesdayAfter(LocalDate today) {
        LocalDate day = today.plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        while (!MonthDay.from(day).isBefore(MonthDay.of(12, 24)) || MonthDay.from(day).isBefore(MonthDay.of(1, 3))) {
            day = day.plusWeeks(1);
        }
        return day;
    }

    private static JsonObject line(JsonObject referral, boolean absent) {
        var line = Json.createObjectBuilder().add("referralId", ProgrammeCases.id(referral));
        return (absent ? line.add("mark", "ABSENT_ACCEPTABLE").add("absenceReason", "GP appointment; letter seen")
                : line.add("mark", "ATTENDED")).build();
    }

    private static long sessionVersion(long sessionId) {
        return ApiClient.as("facilitator.demo").get("/api/sessions/" + sessionId + "/attendance").json()
                .getJsonObject("session").getJsonNumber("version").longValue();
    }

    private static void saveRegister(long sessionId, JsonObject... lines) {
        ApiClient facilitator = ApiClient.as("facilitator.demo");
        long version = sessionVersion(sessionId);
        JsonArrayBuilder body = Json.createArrayBuilder();
        for (JsonObject line : lines) {
            body.add(line);
        }
        ApiClient.Response saved = facilitator.put("/api/sessions/" + sessionId + "/attendance",
                Json.createObjectBuilder().add("version", version).add("lines", body).build().toString());
        assertEquals(200, saved.status(), saved::toString);
    }

    /** Completed referrals of the programme as the manager's figures count them. */
    private static long completed(ApiClient manager, long programmeId) {
        return manager.get("/api/programme-worklists/manager").structure().asJsonArray().getValuesAs(JsonObject.class)
                .stream()
                .filter(figures -> figures.getJsonNumber("programmeId").longValue() == programmeId)
                .mapToLong(figures -> figures.getJsonNumber("completed").longValue())
                .findFirst()
                .orElseThrow();
    }

    private static String shown(LocalDate date) {
        return date.format(PoliceCases.UK_DATE);
    }
}
