package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.TestClock.today;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
 * What a register tells her partner-contact worker (every late arrival, leaving early and absence, and
 * each judgement or correction of one), the 5-working-day evidence clock that prompts his workers once to
 * judge an absence still awaiting evidence, and the DASH reassessments due on her worker's worklist,
 * through the REST API.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceSignalsIT {

    private final ApiClient probation = ApiClient.as("probation.demo");
    private final ApiClient facilitator = ApiClient.as("facilitator.demo");
    private final ApiClient partner = ApiClient.as("partner.demo");
    private final ApiClient manager = ApiClient.as("manager.demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void aLateArrivalReachesHerWorkerAndSoDoesItsCorrectionToAnAbsenceAwaitingEvidence() {
        Pair pair = VictimCases.victimWithPerpetrator();
        OnProgramme onProgramme = VictimCases.onCaringDadsToday(pair.perpetratorId());

        save(onProgramme, Json.createObjectBuilder().add("referralId", onProgramme.referralId()).add("mark", "LATE"));
        String late = onlyAlert(partner, "LATE_OR_LEFT_EARLY", pair.victimId()).getString("message");
        assertTrue(late.endsWith("(Caring Dads): late."), late);
        assertTrue(late.startsWith(hisName(pair) + " at session 1 on " + LocalDate.parse(onProgramme.session()
                .getString("date")).format(PoliceCases.UK_DATE) + " of \"Caring Dads "), late);
        assertEquals(List.of(), alertsAbout(facilitator, "LATE_OR_LEFT_EARLY", pair.perpetratorId()),
                "his workers took the register: a late arrival is news only to her worker");

        save(onProgramme, Json.createObjectBuilder().add("referralId", onProgramme.referralId())
                .add("mark", "ABSENT_AWAITING_EVIDENCE").add("correctionReason", "Marked against the wrong name"));
        String absent = onlyAlert(partner, "MISSED_SESSION", pair.victimId()).getString("message");
        assertTrue(absent.endsWith(": absent, awaiting evidence of a reasonable excuse (until now: late)."), absent);
        assertEquals(List.of(), alertsAbout(probation, "MISSED_SESSION", pair.perpetratorId()),
                "his case worker hears of an absence once it is judged unacceptable, or when its window closes");

        ApiClient.Response check = manager.post("/api/programme-worklists/evidence-windows", "");
        assertEquals(200, check.status(), check::toString);
        assertEquals(List.of(), alertsAbout(probation, "EVIDENCE_WINDOW_CLOSED", pair.perpetratorId()),
                "today's absence still has its 5 working days to show a reasonable excuse");
    }

    @Test
    void anAbsenceStillAwaitingEvidenceWhenItsWindowClosesPromptsHisWorkersOnceNotTwice() {
        Pair pair = VictimCases.victimWithPerpetrator();
        LocalDate threeWeeksAgo = today().minusWeeks(3);
        while (BankHolidayCalendar.isBankHoliday(threeWeeksAgo)) {
            threeWeeksAgo = threeWeeksAgo.minusDays(1);
        }
        OnProgramme onProgramme = VictimCases.onCaringDads(pair.perpetratorId(), threeWeeksAgo);
        save(onProgramme, Json.createObjectBuilder().add("referralId", onProgramme.referralId())
                .add("mark", "ABSENT_AWAITING_EVIDENCE"));
        assertTrue(onlyAlert(partner, "MISSED_SESSION", pair.victimId()).getString("message")
                .endsWith(": absent, awaiting evidence of a reasonable excuse."));

        for (int check = 1; check <= 2; check++) {
            ApiClient.Response checked = manager.post("/api/programme-worklists/evidence-windows", "");
            assertEquals(200, checked.status(), checked::toString);
            if (check == 2) {
                assertEquals(0, checked.json().getInt("prompted"), "nothing new since the first check: " + checked);
            }
        }
        for (ApiClient hisWorker : List.of(probation, facilitator)) {
            JsonObject prompt = onlyAlert(hisWorker, "EVIDENCE_WINDOW_CLOSED", pair.perpetratorId());
            String message = prompt.getString("message");
            assertTrue(message.startsWith(hisName(pair)
                    + "'s absence from session 1 on " + LocalDate.parse(onProgramme.session().getString("date"))
                    .format(PoliceCases.UK_DATE)), message);
            assertFalse(message.contains("Leanne"), "nothing about her: " + message);
            assertEquals(today().toString(), prompt.getString("dueOn"), "a task for today: " + prompt);
        }
        assertEquals(List.of(), alertsAbout(partner, "EVIDENCE_WINDOW_CLOSED", pair.victimId()));
        assertEquals(403, probation.post("/api/programme-worklists/evidence-windows", "").status(),
                "the check is the server's, or a manager's");

        save(onProgramme, Json.createObjectBuilder().add("referralId", onProgramme.referralId())
                .add("mark", "ABSENT_UNACCEPTABLE"));
        assertTrue(alertsAbout(partner, "MISSED_SESSION", pair.victimId()).stream()
                .anyMatch(alert -> alert.getString("message").endsWith(": absent, absence not accepted (no reasonable "
                        + "excuse) (until now: absent, awaiting evidence of a reasonable excuse).")),
                "the judgement reaches her worker too");
    }

    @Test
    void anOpenCaseWithNoDashForEightWeeksIsOnHerWorkersWorklist() {
        Pair nineWeeks = assessedDaysAgo(9 * 7);
        Pair exactlyEight = assessedDaysAgo(8 * 7);
        Pair dayShort = assessedDaysAgo(8 * 7 - 1);

        List<JsonObject> due = partner.get("/api/victims/reassessments-due").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        JsonObject overdue = dueFor(due, nineWeeks);
        assertEquals(today().minusWeeks(9).toString(), overdue.getString("lastAssessedOn"));
        assertEquals(today().minusWeeks(1).toString(), overdue.getString("dueOn"));
        assertEquals(7, overdue.getInt("daysOverdue"));
        assertEquals(0, dueFor(due, exactlyEight).getInt("daysOverdue"), "due on the day 8 weeks have passed");
        assertTrue(due.stream().noneMatch(item -> item.getJsonNumber("victimPersonId").longValue()
                == dayShort.victimId()), "not due a day before: " + due);
        assertTrue(due.indexOf(overdue) < due.indexOf(dueFor(due, exactlyEight)), "most overdue first: " + due);
        assertEquals(403, probation.get("/api/victims/reassessments-due").status());
    }

    private static String hisName(Pair pair) {
        return ApiClient.as("police.demo").get("/api/persons/" + pair.perpetratorId()).json().getString("displayName");
    }

    /** A victim with an open case (his referral opened her plan today) whose DASH was that long ago. */
    private Pair assessedDaysAgo(int days) {
        Pair pair = VictimCases.victimWithPerpetrator();
        VictimCases.referToCaringDads(pair.perpetratorId());
        ApiClient.Response assessed = partner.post("/api/risk-assessments", RiskCases.dash(pair.victimId(), 3)
                .add("assessedOn", today().minusDays(days).toString()).build().toString());
        assertEquals(201, assessed.status(), assessed::toString);
        return pair;
    }

    private static JsonObject dueFor(List<JsonObject> due, Pair pair) {
        return due.stream().filter(item -> item.getJsonNumber("victimPersonId").longValue() == pair.victimId())
                .findFirst().orElseThrow(() -> new AssertionError(pair.victimName() + " is not due: " + due));
    }

    /** Saves his line of the register at the version read now, as its facilitator. */
    private void save(OnProgramme onProgramme, JsonObjectBuilder line) {
        String register = "/api/sessions/" + onProgramme.sessionId() + "/attendance";
        long version = facilitator.get(register).json().getJsonObject("session").getJsonNumber("version").longValue();
        ApiClient.Response saved = facilitator.put(register, Json.createObjectBuilder().add("version", version)
                .add("lines", Json.createArrayBuilder().add(line)).build().toString());
        assertEquals(200, saved.status(), saved::toString);
    }

    private static List<JsonObject> alertsAbout(ApiClient inbox, String kind, long personId) {
        return inbox.get("/api/alerts?limit=200").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(alert -> alert.getString("kind").equals(kind) && !ApiClient.isNull(alert.get("personId"))
                        && alert.getJsonNumber("personId").longValue() == personId)
                .toList();
    }

    /** The one alert of that kind about the person, newest first in the inbox. */
    private static JsonObject onlyAlert(ApiClient inbox, String kind, long personId) {
        List<JsonObject> found = alertsAbout(inbox, kind, personId);
        assertEquals(1, found.size(), () -> "one " + kind + " alert about person " + personId + ": " + found);
        return found.get(0);
    }
}
