package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The police journey in the browser: an incident with a suspect and a victim, the arrest, an adult
 * conditional caution on Project PIPA after the eligibility check, the caution on the worklist with
 * its programme referral, the programme condition failed, and the decision to prosecute.
 */
@ExtendWith(ArquillianExtension.class)
class PoliceJourneyIT {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void cautionsOnProjectPipaFollowsTheFailedConditionAndRecordsTheProsecution() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        browser.signIn("police.demo");
        long arrestId = recordIncidentAndArrest();

        browser.open("/police/caution-give.xhtml?arrest=" + arrestId);
        browser.assertAccessible("Give a conditional caution");
        browser.tick("offenceAdmitted");
        browser.tick("consentSigned");
        browser.type("victimViews", "Supports the caution if he attends the programme");
        browser.type("complianceDeadline", UK_DATE.format(today.plusDays(7)));
        browser.select("decisionMaker", "POLICE");
        browser.click("checkEligibility");
        browser.waitFor("eligibilityRules");
        String rules = browser.text("eligibilityRules");
        assertTrue(rules.contains("Passed") && rules.contains("Victim consulted, no specific risk"), rules);
        browser.screenshot("caution-eligibility");
        browser.assertAccessible("Eligibility check");

        browser.click("give");
        browser.waitForUrl("/police/caution.xhtml");
        String cautionPage = browser.currentUrl();
        assertTrue(browser.pageText().contains("Conditional caution given"), browser::pageText);
        assertEquals("Active", browser.text("cautionStatus"));
        String referrals = browser.text("referralTable");
        assertTrue(referrals.contains("Project PIPA") && referrals.contains("Received"), referrals);
        browser.screenshot("caution");
        browser.assertAccessible("Caution page");

        browser.open("/police/worklist.xhtml");
        assertTrue(browser.text("cautionsDueTable").contains(UK_DATE.format(today.plusDays(7))),
                () -> browser.text("cautionsDue"));
        browser.assertAccessible("Worklist");

        browser.open(cautionPage.substring(cautionPage.indexOf("/police/")));
        browser.click("chooseCondition");
        browser.waitFor("conditionFormTitle");
        browser.choose("status", "FAILED");
        browser.type("note", "Did not attend the first workshop and gave no reason");
        browser.assertAccessible("Recording a condition's outcome");
        browser.click("saveCondition");
        browser.waitFor("notices");
        assertEquals("Failed", browser.text("cautionStatus"));

        browser.open("/police/worklist.xhtml");
        assertTrue(browser.text("awaitingDecisionTable").contains("Failed"), () -> browser.text("awaitingDecision"));

        browser.open(cautionPage.substring(cautionPage.indexOf("/police/")));
        browser.choose("decision", "PROSECUTE_ORIGINAL_OFFENCE");
        browser.select("decisionMaker", "POLICE");
        browser.type("reason", "Failed the programme condition without a reasonable excuse");
        browser.assertAccessible("Non-compliance decision");
        browser.click("recordDecision");
        browser.waitFor("decisionOutcome");
        assertEquals("Prosecute the original offence", browser.text("decisionOutcome"));
        browser.screenshot("caution-decision");
        browser.assertAccessible("Caution with its decision");
    }

    /** Until the incident pages land: the stub's arrest id is the suspect's person id. */
    private long recordIncidentAndArrest() {
        return People.register(ApiClient.as("police.demo"), "Pargeter", "Dale", People.uniqueDateOfBirth());
    }
}
