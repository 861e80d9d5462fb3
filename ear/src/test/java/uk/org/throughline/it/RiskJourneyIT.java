package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A partner-contact worker, as partner.demo, records a DASH of 15 "yes" answers in the browser for a
 * victim police registered: a judgement lowering the level is refused, the assessment is high risk
 * and suggests a MARAC referral as visible high risk, she refers, agrees a safety measure, schedules
 * a MARAC, lists the case and gives housing an action. Every page visited is checked for accessibility.
 * A probation officer sees the victim's current level on her person page and no way further.
 */
class RiskJourneyIT extends BrowserJourney {

    @Test
    void aDashOfFifteenIsHighRiskAndSuggestsAMaracReferralAsVisibleHighRisk() {
        long victim = RiskCases.victim(ApiClient.as("police.demo"), "Kettering");
        browser.signIn("partner.demo");
        browser.open("/person/view.xhtml?id=" + victim);
        assertTrue(browser.text("currentRiskLevel").contains("none recorded"), () -> browser.text("currentRiskLevel"));
        browser.assertAccessible("Person page with its risk section");

        browser.click("recordDash");
        browser.waitForUrl("/risk/dash.xhtml?person=" + victim);
        browser.assertAccessible("DASH form");
        RiskCases.fillDash(browser, 15, "High");

        browser.choose("judgedLevel", "MEDIUM");
        browser.type("judgementReason", "She says he has calmed down");
        browser.submit("saveDash");
        assertTrue(browser.fieldError("judgedLevel").contains("never lower it"), () -> browser.fieldError("judgedLevel"));
        assertTrue(browser.text("errorSummary").contains("the checklist gives high (score 15)"),
                () -> browser.text("errorSummary"));
        browser.assertAccessible("DASH form with errors");

        browser.choose("judgedLevel", "");
        browser.type("judgementReason", "");
        browser.submit("saveDash");
        browser.waitForUrl("/risk/assessment.xhtml");
        assertTrue(browser.text("notices").contains("DASH assessment saved: score 15, high risk."),
                () -> browser.text("notices"));
        assertTrue(browser.text("assessmentLevel").startsWith("High"), () -> browser.text("assessmentLevel"));
        assertEquals("MARAC referral suggested: visible high risk (DASH score 15).", browser.text("suggestionText"));
        browser.assertAccessible("DASH assessment");

        browser.click("referToMarac");
        browser.waitForUrl("/risk/marac-referral.xhtml?person=" + victim);
        assertTrue(browser.element("criterion:0").isSelected(), "visible high risk is chosen already");
        assertEquals("No", browser.text("repeat"));
        browser.assertAccessible("MARAC referral");
        browser.choose("referringAgency", "IDVA");
        browser.submit("refer");
        browser.waitForUrl("/risk/history.xhtml?person=" + victim);
        assertTrue(browser.text("notices").contains("to MARAC: Visible high risk."), () -> browser.text("notices"));
        assertEquals("High", browser.text("currentLevel"));
        assertTrue(browser.text("historyTable").contains("15 of 24"), () -> browser.text("historyTable"));
        assertTrue(browser.text("referralsTable").contains("Visible high risk (DASH 15)"),
                () -> browser.text("referralsTable"));
        browser.assertAccessible("Risk history");

        browser.click("safetyPlan");
        browser.waitForUrl("/risk/safety-plan.xhtml?person=" + victim);
        browser.type("action", "Panic alarm fitted by police");
        browser.type("owner", "Police");
        browser.type("dueOn", TestClock.today().plusDays(2).format(PoliceCases.UK_DATE));
        browser.submit("addItem");
        assertTrue(browser.text("planTable").contains("Panic alarm fitted by police"), () -> browser.text("planTable"));
        browser.assertAccessible("Safety plan");

        browser.click("navMarac");
        browser.waitForUrl("/risk/marac.xhtml");
        browser.assertAccessible("MARAC meetings");
        browser.type("meetsOn", TestClock.today().plusDays(7).format(PoliceCases.UK_DATE));
        browser.type("area", "Kettering " + PoliceCases.uniqueReference());
        browser.submit("schedule");
        browser.waitForUrl("/risk/marac-meeting.xhtml");
        browser.choose("referralToList", String.valueOf(referralIdOf(victim)));
        browser.submit("listCase");
        assertEquals("1", browser.text("caseCount"));
        browser.submit("agenda:0:actionForm:addAction");
        assertTrue(browser.fieldError("agenda:0:actionForm:action").contains("Describe the action"),
                () -> browser.fieldError("agenda:0:actionForm:action"));
        browser.type("agenda:0:actionForm:action", "Fit target hardening at her address");
        browser.choose("agenda:0:actionForm:agency", "HOUSING");
        browser.type("agenda:0:actionForm:dueOn", TestClock.today().plusDays(14).format(PoliceCases.UK_DATE));
        browser.submit("agenda:0:actionForm:addAction");
        assertTrue(browser.text("notices").contains("Action given to Housing."), () -> browser.text("notices"));
        assertTrue(browser.pageText().contains("Fit target hardening at her address"), browser::pageText);
        browser.assertAccessible("MARAC meeting");
    }

    private static long referralIdOf(long victim) {
        return ApiClient.as("partner.demo").get("/api/marac/referrals?personId=" + victim).structure().asJsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void aProbationOfficerSeesTheCurrentLevelAndNothingMore() {
        long victim = RiskCases.victim(ApiClient.as("police.demo"), "Corby");
        ApiClient.as("partner.demo").post("/api/risk-assessments", RiskCases.dash(victim, 14).build().toString());
        browser.signIn("probation.demo");
        browser.openWithAReason("/person/view.xhtml?id=" + victim,
                "Her ex-partner is my new case: checking the risk to her before supervision");
        assertTrue(browser.text("currentRiskLevel").contains("High"), () -> browser.text("currentRiskLevel"));
        assertFalse(browser.isPresent("recordDash"), "no way to the assessment");
        assertFalse(browser.isPresent("riskHistory"), "no way to the history");
        assertFalse(browser.isPresent("navMarac"), "no MARAC in the navigation");

        browser.open("/risk/history.xhtml?person=" + victim);
        assertTrue(browser.pageText().contains("You cannot open this page"), browser::pageText);
        assertFalse(browser.pageText().contains("14 of 24"), browser::pageText);
    }
}
