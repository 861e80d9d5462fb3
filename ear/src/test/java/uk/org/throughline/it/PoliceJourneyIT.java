package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The police journey in the browser, as police.demo: an incident with a suspect and a victim, the
 * arrest, an adult conditional caution on Project PIPA after seeing every eligibility rule, the
 * caution due on the worklist with its programme referral, the programme condition failed, the
 * caution awaiting a decision (a colleague's change made meanwhile is not overwritten), and the
 * decision to prosecute the original offence. Probation reads the caution without its actions, nor
 * her views, which police did not share (the programme condition's wording they did). A
 * case that fails a scheme rule is cautioned only with the officer's recorded reason. Every page
 * visited is checked for accessibility.
 */
class PoliceJourneyIT extends BrowserJourney {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate TODAY = TestClock.today();

    @Test
    void cautionsOnProjectPipaThenProsecutesWhenTheProgrammeConditionFails() {
        ApiClient police = ApiClient.as("police.demo");
        LocalDate suspectBorn = People.uniqueDateOfBirth();
        LocalDate victimBorn = People.uniqueDateOfBirth();
        People.register(police, "Wetherby", "Craig", suspectBorn);
        People.register(police, "Ashdown", "Nicola", victimBorn);
        String reference = "PJ/" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);

        browser.signIn("police.demo");
        recordIncident(reference, suspectBorn, victimBorn);
        recordArrest(reference);

        browser.click("giveCaution");
        browser.waitForUrl("/police/caution-give.xhtml");
        browser.assertAccessible("Give a conditional caution");
        browser.click("offenceAdmitted");
        browser.type("victimViews", "Wants him to get help; agrees to the caution if he attends the programme");
        browser.click("conditions:0:wordingShareable");
        browser.type("complianceDeadline", date(TODAY.plusDays(7)));
        browser.click("decisionMaker:0");
        browser.click("give");
        browser.waitFor("errorSummary");
        assertTrue(browser.text("errorSummary").contains("signed consent"), () -> browser.text("errorSummary"));
        assertTrue(browser.fieldError("consentSigned").contains("signed consent"), "the message stands by the checkbox");
        browser.assertAccessible("Give a conditional caution with an error");

        browser.click("consentSigned");
        browser.click("victimRaisesSpecificRisk:1");
        browser.click("checkEligibility");
        browser.waitFor("eligibilityRules");
        assertTrue(browser.text("eligibilityRules").contains("Failed\nVictim consulted, no specific risk"),
                () -> browser.text("eligibilityRules"));
        assertTrue(browser.isPresent("eligibilityOverrideReason"), "a failed rule offers to proceed with a reason");
        browser.assertAccessible("Eligibility with a failed rule");

        browser.click("victimRaisesSpecificRisk:0");
        browser.click("checkEligibility");
        // the earlier answer is still on the page until the new one replaces it
        browser.waitForText("eligibilityOutcome", "meets every rule");
        String rules = browser.text("eligibilityRules");
        for (String rule : new String[] {"Sex", "Age", "Current or former intimate partner", "Low-level offence",
                "Admits the offence", "DASH risk level", "Victim consulted, no specific risk"}) {
            assertTrue(rules.contains("Passed\n" + rule), () -> "the rule " + rule + " is shown as passed: " + rules);
        }
        assertFalse(rules.contains("Failed"), rules);
        assertTrue(browser.text("eligibilityOutcome").contains("meets every rule"), () -> browser.text("eligibilityOutcome"));
        browser.screenshot("caution-eligibility");
        browser.assertAccessible("Eligibility check");

        browser.click("give");
        browser.waitForUrl("/police/caution.xhtml");
        String cautionPage = browser.currentUrl().substring(ApiClient.BASE.length());
        assertTrue(browser.pageText().contains("Conditional caution given"), browser::pageText);
        assertEquals("Active", browser.text("cautionStatus"));
        assertEquals(date(TODAY.plusDays(7)), browser.text("complianceDeadline"));
        String referrals = browser.text("referralTable");
        assertTrue(referrals.contains("Project PIPA") && referrals.contains("Conditional caution")
                && referrals.contains("Received"), referrals);
        browser.screenshot("caution");
        browser.assertAccessible("Caution page");

        browser.click("navWorklist");
        browser.waitForUrl("/police/worklist.xhtml");
        assertTrue(browser.text("cautionsDueTable").contains(reference), () -> browser.text("cautionsDue"));
        browser.assertAccessible("Worklist");
        browser.click("navFind");
        assertTrue(Integer.parseInt(browser.text("cautionsDueCount")) > 0, "the home page counts the caution due");

        readsTheCautionWithoutItsActionsAsProbation(cautionPage);

        browser.open(cautionPage);
        browser.click("chooseCondition");
        browser.waitFor("conditionFormTitle");
        browser.click("status:1");
        browser.type("note", "Did not attend the first workshop and gave no reason");
        browser.assertAccessible("Recording a condition's outcome");
        String colleaguesNote = failTheConditionAsAColleague(cautionPage);
        browser.click("saveCondition");
        browser.waitFor("errorSummary");
        assertTrue(browser.text("errorSummary").contains("changed by someone else"), () -> browser.text("errorSummary"));
        browser.assertAccessible("Caution changed by someone else");
        browser.click("reloadCaution");
        browser.waitFor("conditionTable");
        assertEquals("Failed", browser.text("cautionStatus"));
        assertTrue(browser.text("conditionTable").contains(colleaguesNote), () -> browser.text("conditionTable"));

        browser.open("/police/worklist.xhtml");
        assertTrue(browser.text("awaitingDecisionTable").contains(reference), () -> browser.text("awaitingDecision"));

        browser.open(cautionPage);
        browser.click("decision:0");
        browser.click("decisionMaker:1");
        browser.type("reason", "Failed the programme condition without a reasonable excuse");
        browser.assertAccessible("Non-compliance decision");
        browser.click("recordDecision");
        browser.waitFor("decisionOutcome");
        assertEquals("Prosecute the original offence", browser.text("decisionOutcome"));
        assertTrue(browser.text("decision").contains("Crown Prosecution Service"), () -> browser.text("decision"));
        browser.screenshot("caution-decision");
        browser.assertAccessible("Caution with its decision");
    }

    @Test
    void givesTheCautionDespiteAFailedRuleWithTheOfficersReason() {
        ApiClient police = ApiClient.as("police.demo");
        PoliceCases.ArrestedCase arrested = PoliceCases.arrested(police, People.uniqueDateOfBirth(), PoliceCases.daysAgo(2));

        browser.signIn("police.demo");
        browser.open("/police/caution-give.xhtml?arrest=" + arrested.arrestId());
        browser.click("offenceAdmitted");
        browser.click("consentSigned");
        browser.type("victimViews", "Afraid of him when he drinks; wants him kept away from her");
        browser.click("victimRaisesSpecificRisk:1");
        browser.click("decisionMaker:0");
        browser.click("addRestrictiveCondition");
        browser.type("conditions:1:description", "Not to contact Leanne Ashby directly or indirectly");
        browser.type("conditions:1:startsOn", date(TODAY));
        browser.type("conditions:1:endsOn", date(TODAY.plusWeeks(12)));
        browser.click("give");
        browser.waitFor("errorSummary");
        assertTrue(browser.text("errorSummary").contains("does not meet Project PIPA's eligibility"),
                () -> browser.text("errorSummary"));
        assertTrue(browser.text("eligibilityRules").contains("Failed\nVictim consulted, no specific risk"),
                () -> browser.text("eligibilityRules"));
        browser.assertAccessible("Give a conditional caution refused for a failed rule");

        String reason = "The DA unit reviewed the risk with her IDVA: the no-contact condition answers it";
        browser.type("eligibilityOverrideReason", reason);
        browser.click("give");
        browser.waitForUrl("/police/caution.xhtml");
        String summary = browser.text("cautionSummary");
        assertTrue(summary.contains("Given although scheme rules failed") && summary.contains(reason), summary);
        assertEquals(date(TODAY.plusWeeks(16)), browser.text("complianceDeadline"), "the usual 16 weeks");
        String conditions = browser.text("conditionTable");
        assertTrue(conditions.contains("Not to contact Leanne Ashby") && conditions.contains(date(TODAY.plusWeeks(12))),
                conditions);
        browser.assertAccessible("Caution given despite a failed rule");
    }

    private void recordIncident(String reference, LocalDate suspectBorn, LocalDate victimBorn) {
        browser.click("navRecordIncident");
        browser.waitForUrl("/police/incident-record.xhtml");
        browser.type("policeReference", reference);
        browser.type("occurredAt", date(TODAY.minusDays(3)));
        browser.type("occurredTime", "22:15");
        browser.type("location", "Wellingborough Road, Northampton");
        browser.click("abuseTypes:0");
        browser.choose("relationship", "CURRENT_INTIMATE_PARTNER");
        browser.choose("dashLevel", "STANDARD");
        browser.chooseSuggestion("people:0:personId", "Wetherby Craig", "born " + date(suspectBorn));
        browser.choose("people:0:role", "SUSPECT");
        browser.click("addPerson");
        browser.chooseSuggestion("people:1:personId", "Ashdown Nicola", "born " + date(victimBorn));
        browser.choose("people:1:role", "VICTIM");
        browser.click("crime:0");
        browser.click("addOffence");
        browser.type("offences:0:description", "Common assault");
        browser.choose("offences:0:offenceClass", "SUMMARY_ONLY");
        browser.assertAccessible("Record an incident");
        browser.click("save");
        browser.waitForUrl("/police/incident.xhtml");
        assertTrue(browser.pageText().contains("Incident recorded"), browser::pageText);
    }

    private void recordArrest(String reference) {
        browser.click("recordArrest");
        browser.waitForUrl("/police/arrest-record.xhtml");
        browser.type("arrestedAt", date(TODAY.minusDays(3)));
        browser.type("time", "23:40");
        browser.type("custodyRecordNumber", "CR" + reference.substring(3));
        browser.type("station", "Criminal Justice Centre, Northampton");
        browser.click("save");
        browser.waitForUrl("/police/incident.xhtml");
        assertTrue(browser.pageText().contains("Arrest recorded"), browser::pageText);
        browser.assertAccessible("Incident with its arrest");
    }

    /**
     * Someone else records the programme condition as failed, through the API, while this officer
     * has the caution open; returns their note.
     */
    private static String failTheConditionAsAColleague(String cautionPage) {
        ApiClient police = ApiClient.as("police.demo");
        String caution = "/api/cautions/" + cautionPage.substring(cautionPage.indexOf("id=") + 3);
        JsonObject read = police.get(caution).json();
        long conditionId = read.getJsonArray("conditions").getJsonObject(0).getJsonNumber("id").longValue();
        String note = "Missed the first workshop: the programme told the caution officer";
        ApiClient.Response failed = police.post(caution + "/conditions/" + conditionId + "/status",
                "{\"version\":" + read.getJsonNumber("version") + ",\"status\":\"FAILED\",\"on\":\"" + TODAY
                        + "\",\"note\":" + ApiClient.quote(note) + "}");
        assertEquals(200, failed.status(), failed::toString);
        return note;
    }

    /**
     * Probation may read a caution but not change it, nor her views police did not share; the police
     * worklist is not theirs.
     */
    private void readsTheCautionWithoutItsActionsAsProbation(String cautionPage) {
        browser.click("signOut");
        browser.signIn("probation.demo");
        assertFalse(browser.isPresent("worklistSummary"), "no worklist counts on the home page");
        browser.openWithAReason(cautionPage, "Pre-sentence report: checking his caution's conditions");
        assertEquals("Active", browser.text("cautionStatus"));
        String summary = browser.text("cautionSummary");
        assertTrue(summary.contains("Held by police: ask the officer in the case") && !summary.contains("Wants him"),
                "her views are held by police: " + summary);
        assertTrue(browser.text("conditionTable").contains("Attend and complete Project PIPA"),
                "police shared the programme condition's wording");
        assertFalse(browser.isPresent("chooseCondition"), "no condition can be changed");
        assertFalse(browser.isPresent("startWithdrawal"), "the caution cannot be withdrawn");
        assertFalse(browser.isPresent("navWorklist"), "no worklist in the navigation");
        browser.assertAccessible("Caution page, read only");
        browser.click("signOut");
        browser.signIn("police.demo");
    }

    private static String date(LocalDate date) {
        return UK_DATE.format(date);
    }
}
