package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.PoliceCases.UK_DATE;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A Project PIPA referral made by a conditional caution, in the browser: the man is on no probation
 * officer's caseload (the police officer who gave the caution answers for him) until a manager assigns
 * one; the probation officer then finds it on the man's page, records him suitable and puts him on the
 * waiting list, finding him on "My people" (a colleague's stale copy of the page is refused, and a YOT
 * worker is refused the page, with the reason); the manager gives him a place in a cohort, and its
 * facilitator marks him absent without
 * a reasonable excuse on the register, which fails the caution's programme condition and puts the
 * caution on the police worklist awaiting a decision; the end-of-programme report so far downloads
 * as PDF with the facilitator's comments. Also: a caution's referral naming its programme loosely
 * tied to the catalogue by a manager; a referral made from the page of a person not on the probation
 * officer's caseload, refused with the failed criterion
 * named, made once put right and then on the case worker's "My people"; and a manager referring
 * although a criterion fails, with the reason; a case worker's task resolved from "My people". Cautions, cohorts and schedules come from the API;
 * the workshops lie weeks in the past, so the journey runs on any day, bank holidays included. The
 * API lists a person's referrals to the same staff as the person page. Every page built for it is
 * checked for accessibility.
 */
class PipaEnforcementJourneyIT extends BrowserJourney {

    private final ApiClient police = ApiClient.as("police.demo");
    private final ApiClient facilitatorApi = ApiClient.as("facilitator.demo");
    private final ApiClient managerApi = ApiClient.as("manager.demo");

    private Browser probation;
    private Browser colleague;
    private Browser facilitator;

    /** The probation officer's is the test's first window; her colleague and the facilitator have their own. */
    @BeforeEach
    void openColleaguesWindows() {
        probation = browser;
        colleague = newBrowser();
        facilitator = newBrowser();
    }

    @Test
    void anUnacceptableAbsenceFromAPipaWorkshopPutsTheCautionOnThePoliceWorklist() {
        LocalDate cautionedOn = TestClock.today().minusDays(50);
        PoliceCases.ArrestedCase arrested = PoliceCases.arrested(police, People.uniqueDateOfBirth(),
                PoliceCases.daysAgo(60));
        ApiClient.Response given = police.post("/api/cautions", PoliceCases.caution(arrested.arrestId(),
                PoliceCases.pipaSchemeId(police), cautionedOn).build().toString());
        assertEquals(201, given.status(), given::toString);
        long cautionId = given.json().getJsonNumber("id").longValue();
        String referralsOfHim = "/api/referrals?person=" + arrested.suspectId();
        assertEquals(403, ApiClient.as("probation.demo").get(referralsOfHim).status(),
                "the officer who gave the caution answers for him: he is on no probation officer's caseload");
        List<JsonObject> made = managerApi.get(referralsOfHim).structure().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("CONDITIONAL_CAUTION"), made.stream().map(referral -> referral.getString("route")).toList());
        assertEquals("police.demo", made.get(0).getString("caseWorker"));
        assertEquals(403, police.get(referralsOfHim).status(), "the police do not read programme referrals");
        ProgrammeCases.step(managerApi, ProgrammeCases.id(made.get(0)), "case-worker", made.get(0),
                Json.createObjectBuilder().add("caseWorker", "probation.demo").add("on", cautionedOn.toString()));
        String cohortName = "PIPA workshops " + PoliceCases.uniqueReference();
        List<JsonObject> workshops = ProgrammeCases.scheduledCohort("Project PIPA", cohortName,
                cautionedOn.plusDays(10), DayOfWeek.WEDNESDAY, "18:00").getJsonArray("sessions")
                .getValuesAs(JsonObject.class);
        LocalDate firstWorkshop = LocalDate.parse(workshops.get(0).getString("date"));

        probation.signIn("probation.demo");
        probation.open("/person/view.xhtml?id=" + arrested.suspectId());
        String referrals = probation.text("referralsTable");
        assertTrue(referrals.contains("Project PIPA") && referrals.contains("Conditional caution"), referrals);
        probation.assertAccessible("Person page with a programme referral");
        probation.followLink("referralsTable", "Open the referral");
        probation.waitForUrl("/programme/referral.xhtml");
        assertEquals("Received", probation.text("referralStatus"));
        probation.assertAccessible("Referral received");
        String referralPage = probation.currentUrl().substring(ApiClient.BASE.length());
        assertEquals("probation.demo", probation.text("caseWorker"));
        assertFalse(steps(probation).contains("Take on as case worker"), "he already answers for him");
        colleague.signIn("probation.demo");
        colleague.open(referralPage);

        probation.press("nextSteps", "Record the suitability assessment");
        probation.click("suitable:0");
        probation.type("reason", "Admits the assault and wants to stop; understands both workshops are required");
        probation.type("on", date(cautionedOn.plusDays(1)));
        probation.assertAccessible("Referral with the assessment form");
        probation.submit("saveStep");
        assertTrue(probation.text("notices").contains("Assessment recorded"), () -> probation.text("notices"));
        assertEquals("Assessed suitable", probation.text("referralStatus"));
        probation.press("nextSteps", "Add to the waiting list");
        probation.type("on", date(cautionedOn.plusDays(2)));
        probation.submit("saveStep");
        assertEquals("Waiting", probation.text("referralStatus"));
        String history = probation.text("historyTable");
        assertTrue(history.contains("Assessed suitable") && history.contains("probation.demo")
                && history.contains(date(cautionedOn.plusDays(1))), history);

        assertTrue(history.contains("Case worker: probation.demo") && history.contains("manager.demo"), history);
        probation.open("/programme/my-people.xhtml");
        assertTrue(probation.text("peopleTable").contains(made.get(0).getString("personName")),
                () -> probation.text("peopleTable"));
        probation.assertAccessible("My people with a cautioned man assigned");

        // the copy opened before the assessment is refused, and never overwrites it
        colleague.press("nextSteps", "Record the suitability assessment");
        colleague.click("suitable:1");
        colleague.type("reason", "Denies the offence");
        colleague.submit("saveStep");
        assertTrue(colleague.text("errorSummary").contains("changed by someone else"),
                () -> colleague.text("errorSummary"));
        colleague.assertAccessible("Referral changed by someone else");
        colleague.submit("reloadReferral");
        assertEquals("Waiting", colleague.text("referralStatus"));

        Browser yot = newBrowser();
        yot.signIn("yot.demo");
        yot.open(referralPage);
        yot.waitForUrl("/person/access.xhtml");
        String refused = yot.pageText();
        assertTrue(yot.text("offCaseload").contains("not on your caseload") && !refused.contains("Project PIPA"),
                refused);
        yot.assertAccessible("Referral refused off the caseload: the reason is asked for");

        // not on the facilitator's caseload until he has a place in a cohort they run
        Browser manager = newBrowser();
        manager.signIn("manager.demo");
        manager.open(referralPage);
        manager.press("nextSteps", "Allocate to a cohort");
        manager.choose("cohortId", String.valueOf(workshops.get(0).getJsonNumber("cohortId").longValue()));
        manager.type("on", date(firstWorkshop.minusDays(2)));
        manager.assertAccessible("Referral with the allocation form");
        manager.submit("saveStep");
        assertEquals("Allocated", manager.text("referralStatus"));
        assertEquals(cohortName, manager.text("cohortName"));

        facilitator.signIn("facilitator.demo");
        facilitator.click("navProgrammes");
        facilitator.waitForUrl("/programme/facilitator.xhtml");
        facilitator.followLink("registersNotCompletedTable", "Register: " + cohortName + ", session 1");
        facilitator.waitForUrl("/programme/register.xhtml");
        facilitator.click("lines:0:mark:5");
        facilitator.submit("saveRegister");
        String notices = facilitator.text("notices");
        assertTrue(notices.contains("Caution condition failed") && notices.contains("awaits the police's decision"),
                notices);

        facilitator.open(referralPage);
        assertTrue(facilitator.text("attendanceTable").contains("Absent \u2014 no reasonable excuse"),
                () -> facilitator.text("attendanceTable"));
        assertEquals("1", facilitator.text("absentUnacceptable"));
        assertTrue(facilitator.text("enforcementTable").contains("Caution condition failed"),
                () -> facilitator.text("enforcementTable"));
        facilitator.type("facilitatorComments", "Did not come to the first workshop and did not answer our calls.");
        facilitator.click("endOfProgrammeReport");
        String report = new String(facilitator.downloaded("end-of-programme-report-"
                + referralPage.substring(referralPage.indexOf("id=") + 3) + ".pdf"), StandardCharsets.ISO_8859_1);
        assertTrue(report.startsWith("%PDF-"), "the end-of-programme report is a PDF");
        facilitator.screenshot("referral-with-a-failure");
        facilitator.assertAccessible("Referral with a failure to comply");

        Browser officer = newBrowser();
        officer.signIn("police.demo");
        officer.click("navWorklist");
        officer.waitForUrl("/police/worklist.xhtml");
        assertTrue(officer.text("awaitingDecisionTable").contains(arrested.policeReference()),
                () -> officer.text("awaitingDecision"));
        officer.open("/police/caution.xhtml?id=" + cautionId);
        assertEquals("Failed", officer.text("cautionStatus"));
    }

    /** The man has no place in a cohort, so he is on no facilitator's caseload: a manager reads and links it. */
    @Test
    void aManagerTiesACautionsLooselyNamedProgrammeToTheCatalogue() {
        PoliceCases.ArrestedCase arrested = PoliceCases.arrested(police, People.uniqueDateOfBirth(),
                PoliceCases.daysAgo(30));
        ApiClient.Response given = police.post("/api/cautions", PoliceCases.caution(arrested.arrestId(),
                PoliceCases.pipaSchemeId(police), TestClock.today().minusDays(20), "PIPA workshops").build().toString());
        assertEquals(201, given.status(), given::toString);
        long referralId = given.json().getJsonArray("referrals").getJsonObject(0).getJsonNumber("id").longValue();

        Browser manager = browser;
        manager.signIn("manager.demo");
        manager.open("/programme/referral.xhtml?id=" + referralId);
        assertEquals("PIPA workshops (not yet a programme of the catalogue)", manager.text("programmeName"));
        assertEquals(List.of("Choose the programme", "Assign a case worker"), steps(manager),
                "no assessment until it is chosen");
        manager.press("nextSteps", "Choose the programme");
        manager.submit("saveStep");
        assertTrue(manager.fieldError("programmeId").contains("Select the programme"),
                () -> manager.text("errorSummary"));
        manager.assertAccessible("Referral with the programme to choose");
        manager.choose("programmeId", String.valueOf(ProgrammeCases.programmeId(facilitatorApi, "Project PIPA")));
        manager.submit("saveStep");
        assertEquals("Project PIPA", manager.text("programmeName"));
        assertEquals(List.of("Record the suitability assessment", "Assign a case worker"), steps(manager));
    }

    @Test
    void refusesAReferralNamingTheCriterionUntilPutRightOrAManagerGivesAReason() {
        String surname = "Cartwright" + PoliceCases.uniqueReference().replaceAll("[^A-Z]", "").toLowerCase(Locale.UK);
        long father = People.register(ApiClient.as("probation.demo"), surname, "Jason", People.uniqueDateOfBirth());

        probation.signIn("probation.demo");
        probation.open("/person/view.xhtml?id=" + father);
        probation.waitForUrl("/person/access.xhtml");
        assertTrue(probation.text("offCaseload").contains("not on your caseload"), probation::pageText);
        probation.assertAccessible("Not on your caseload");
        probation.submit("openRecord");
        assertTrue(probation.fieldError("reason").contains("Give the reason"), probation::pageText);
        probation.type("reason", "Referring him to Caring Dads at his social worker's request");
        probation.submit("openRecord");
        probation.waitForUrl("/person/view.xhtml");
        probation.click("makeReferral");
        probation.waitForUrl("/programme/referral-make.xhtml");
        probation.assertAccessible("Make a programme referral");
        // Caring Dads, self-referred, medium risk, with no child recorded yet
        probation.choose("programmeId", String.valueOf(ProgrammeCases.programmeId(facilitatorApi, "Caring Dads")));
        probation.click("route:3");
        probation.choose("riskLevel", "MEDIUM");
        probation.submit("refer");
        assertTrue(probation.text("errorSummary").contains("does not meet the eligibility criteria of Caring Dads"),
                () -> probation.text("errorSummary"));
        assertTrue(probation.text("failedCriteria").contains("Parent of a young child with regular contact"),
                () -> probation.text("failedCriteria"));
        assertTrue(probation.isPresent("overrideRefused"), "only a manager may proceed");
        probation.screenshot("referral-refused");
        probation.assertAccessible("Make a programme referral, refused");

        probation.type("youngestChildAge", "4");
        probation.click("regularContactWithChild");
        probation.submit("refer");
        probation.waitForUrl("/programme/referral.xhtml");
        assertTrue(probation.text("notices").contains("Referral to Caring Dads received"), () -> probation.text("notices"));
        assertEquals("Voluntary or self-referral", probation.text("route"));
        assertEquals("probation.demo", probation.text("caseWorker"));
        probation.click("navMyPeople");
        probation.waitForUrl("/programme/my-people.xhtml");
        assertTrue(probation.text("peopleTable").contains(surname.toUpperCase(Locale.UK) + ", Jason"),
                () -> probation.text("peopleTable"));
        probation.screenshot("my-people");
        probation.assertAccessible("My people");

        Browser manager = newBrowser();
        manager.signIn("manager.demo");
        manager.open("/programme/referral-make.xhtml?person=" + father);
        manager.choose("programmeId", String.valueOf(ProgrammeCases.programmeId(facilitatorApi, "YUVA")));
        manager.click("route:3");
        manager.choose("riskLevel", "MEDIUM");
        manager.submit("refer");
        assertTrue(manager.text("failedCriteria").contains("Age"), () -> manager.text("failedCriteria"));
        manager.assertAccessible("Make a programme referral, refused, for a manager");
        manager.type("eligibilityOverrideReason", "Assessed as functioning like a much younger man; the YOT "
                + "keeps working with the family");
        manager.submit("refer");
        manager.waitForUrl("/programme/referral.xhtml");
        assertTrue(manager.text("eligibilityOverride").contains("Age"), () -> manager.text("eligibilityOverride"));
        assertTrue(manager.text("eligibilityOverride").contains("functioning like a much younger man"),
                () -> manager.text("eligibilityOverride"));
    }

    @Test
    void aCaseWorkerResolvesATaskFromMyPeopleAndTheReferralSaysHow() {
        String surname = "Hollis" + PoliceCases.uniqueReference().replaceAll("[^A-Z]", "").toLowerCase(Locale.UK);
        ApiClient probationApi = ApiClient.as("probation.demo");
        long father = People.register(probationApi, surname, "Craig", People.uniqueDateOfBirth());
        LocalDate from = TestClock.today().minusWeeks(3);
        JsonObject session = ProgrammeCases.scheduledCohort("Caring Dads", "Caring Dads " + PoliceCases.uniqueReference(),
                from, from.getDayOfWeek(), "18:00").getJsonArray("sessions").getJsonObject(0);
        JsonObject referral = ProgrammeCases.ok(201, probationApi.post("/api/referrals", Json.createObjectBuilder()
                .add("programmeId", ProgrammeCases.programmeId(facilitatorApi, "Caring Dads")).add("personId", father)
                .add("route", "CHILDRENS_SOCIAL_CARE").add("referredOn", from.minusDays(14).toString())
                .add("childProtectionPlanReference", "CP/2026/0977").add("caseWorker", "probation.demo")
                .add("youngestChildAge", 4).add("regularContactWithChild", true).add("riskLevel", "MEDIUM").build()
                .toString()));
        long referralId = ProgrammeCases.id(referral);
        JsonObject assessed = ProgrammeCases.step(probationApi, referralId, "assessment", referral,
                Json.createObjectBuilder().add("suitable", true).add("on", from.minusDays(13).toString()));
        ProgrammeCases.step(facilitatorApi, referralId, "allocation", assessed, Json.createObjectBuilder()
                .add("cohortId", session.getJsonNumber("cohortId").longValue()).add("on", from.minusDays(1).toString()));
        String attendance = "/api/sessions/" + ProgrammeCases.id(session) + "/attendance";
        ProgrammeCases.ok(200, facilitatorApi.putIfMatch(attendance, facilitatorApi.get(attendance).header("ETag"),
                Json.createObjectBuilder().add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("referralId", referralId).add("mark", "ABSENT_UNACCEPTABLE"))).build().toString()));

        probation.signIn("probation.demo");
        probation.open("/programme/my-people.xhtml");
        String name = surname.toUpperCase(Locale.UK) + ", Craig";
        assertTrue(probation.text("tasks").contains(name), () -> probation.text("tasks"));
        probation.followLink("tasksTable", "Resolve the task of " + name);
        probation.waitFor("resolution");
        assertTrue(probation.text("resolveTitle").contains(name), () -> probation.text("resolveTitle"));
        probation.submit("saveResolution");
        assertTrue(probation.fieldError("resolution").contains("Say how it was resolved"),
                () -> probation.text("errorSummary"));
        probation.assertAccessible("My people, resolving a task");
        probation.type("resolution", "Spoke with him and his social worker: the appointment clashed");
        probation.submit("saveResolution");
        assertTrue(probation.text("notices").contains("Resolved: Task: " + name), () -> probation.text("notices"));
        assertFalse(probation.text("tasks").contains(name), () -> probation.text("tasks"));

        probation.open("/programme/referral.xhtml?id=" + referralId);
        assertTrue(probation.text("enforcementTable").contains("Resolved on " + date(TestClock.today())
                + ": Spoke with him and his social worker"), () -> probation.text("enforcementTable"));
        probation.assertAccessible("Referral with a resolved task");
    }

    /** The labels of the next steps the referral's page offers. */
    private static List<String> steps(Browser browser) {
        return browser.element("stepsForm").findElements(By.cssSelector("input[type=submit]")).stream()
                .map(button -> button.getDomProperty("value")).toList();
    }

    private static String date(LocalDate day) {
        return UK_DATE.format(day);
    }
}
