package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The victim-safety journey in the browser: a facilitator marks an unacceptable absence; the
 * partner-contact worker signs in, sees the alert in her inbox, opens the victim with a reason,
 * records a contact, changes her safe times and records a DASH of 15, which suggests a MARAC referral
 * as visible high risk. The facilitator is told her risk is now high (not the answers) and sees only
 * that she is a victim and her level, never how to reach her.
 * Every page visited is checked for accessibility.
 */
class VictimSafetyJourneyIT extends BrowserJourney {

    private Browser facilitator;
    private Browser partner;

    /** The facilitator's is the test's first window; the partner-contact worker has her own. */
    @BeforeEach
    void openPartnersWindow() {
        facilitator = browser;
        partner = newBrowser();
    }

    @Test
    void aMissedSessionReachesThePartnerContactWorkerWhoRecordsAContact() {
        VictimCases.Pair pair = VictimCases.victimWithPerpetrator();
        VictimCases.OnProgramme onProgramme = VictimCases.onCaringDadsToday(pair.perpetratorId());

        facilitator.signIn("facilitator.demo");
        facilitator.open("/programme/register.xhtml?session=" + onProgramme.sessionId());
        facilitator.click("lines:0:mark:5");
        facilitator.submit("saveRegister");
        assertTrue(facilitator.pageText().contains("Register saved"), facilitator::pageText);

        facilitator.open("/victim/view.xhtml?person=" + pair.victimId());
        facilitator.waitFor("restricted");
        String restricted = facilitator.pageText();
        assertTrue(restricted.contains("Not assessed"), restricted);
        assertFalse(restricted.contains(VictimCases.SAFE_PHONE) || restricted.contains(VictimCases.REFUGE), restricted);
        facilitator.assertAccessible("Victim (as a facilitator)");

        partner.signIn("partner.demo");
        assertTrue(partner.isPresent("unreadCount"), "the navigation counts her unread alerts");
        partner.click("navInbox");
        partner.waitForUrl("/alert/inbox.xhtml");
        String inbox = partner.text("alertsTable");
        assertTrue(inbox.contains("Missed session (unread)") && inbox.contains("no reasonable excuse"), inbox);
        assertTrue(partner.isPresent("reassessmentsTitle"), "her worklist has the DASH reassessments due");
        partner.assertAccessible("Inbox");

        partner.followLink("alertsTable", pair.victimName());
        partner.waitForUrl("/victim/view.xhtml?person=" + pair.victimId());
        partner.waitFor("showDetails");
        assertFalse(partner.pageText().contains(VictimCases.SAFE_PHONE), "her details wait for a reason");
        partner.assertAccessible("Victim: reason prompt");
        partner.choose("quickReason", "Responding to an alert");
        partner.submit("showDetails");
        partner.waitFor("safePhone");
        assertTrue(partner.text("safePhone").contains(VictimCases.SAFE_PHONE), () -> partner.text("safePhone"));
        assertTrue(partner.text("confidentialAddress").contains(VictimCases.REFUGE));
        partner.assertAccessible("Victim: her details");

        partner.click("method:0");
        partner.click("outcome:0");
        partner.type("disclosures", "He has been texting her since missing the group");
        partner.type("concerns", "Escalating contact after a missed session");
        partner.type("actions", "Safety plan reviewed; police told of the texts");
        partner.submit("saveContact");
        assertTrue(partner.pageText().contains("Contact attempt recorded: Contact made"), partner::pageText);
        String plans = partner.text("plans");
        assertTrue(plans.contains("He has been texting her since missing the group") && plans.contains("Contact made"),
                plans);
        partner.assertAccessible("Victim: contact recorded");

        partner.click("editVictim");
        partner.waitForUrl("/victim/edit.xhtml?person=" + pair.victimId());
        assertFalse(partner.currentUrl().contains("reason"), "the reason is posted, never in the address: "
                + partner.currentUrl());
        assertTrue(partner.element("safePhone").getAttribute("value").contains(VictimCases.SAFE_PHONE),
                "the change form read her record with the reason given");
        partner.assertAccessible("Change the victim record");
        partner.type("safeTimes", "Only between 12:00 and 13:00 on weekdays");
        partner.type("safeEmail", "not an address");
        partner.submit("saveVictim");
        assertTrue(partner.fieldError("safeEmail").contains("Enter an email address"), partner::pageText);
        partner.assertAccessible("Change the victim record: error");
        partner.type("safeEmail", "leanne.safe@example.org");
        partner.submit("saveVictim");
        partner.waitForUrl("/victim/view.xhtml?person=" + pair.victimId());
        assertTrue(partner.pageText().contains("saved"), partner::pageText);
        partner.choose("quickReason", "Updating her record");
        partner.submit("showDetails");
        assertTrue(partner.text("safeTimes").contains("Only between 12:00 and 13:00"), () -> partner.text("safeTimes"));


        partner.open("/person/view.xhtml?id=" + pair.victimId());
        partner.click("recordDash");
        partner.waitForUrl("/risk/dash.xhtml?person=" + pair.victimId());
        RiskCases.fillDash(partner, 15, "High");
        partner.submit("saveDash");
        partner.waitForUrl("/risk/assessment.xhtml");
        assertEquals("MARAC referral suggested: visible high risk (DASH score 15).", partner.text("suggestionText"));
        partner.assertAccessible("DASH assessment suggesting MARAC");

        facilitator.open("/alert/inbox.xhtml");
        String facilitatorInbox = facilitator.text("alertsTable");
        assertTrue(facilitatorInbox.contains("Risk rising to high (unread): The risk to " + pair.victimName()
                + " is now high."), facilitatorInbox);
        facilitator.open("/victim/view.xhtml?person=" + pair.victimId());
        facilitator.waitFor("restricted");
        String nowHigh = facilitator.pageText();
        assertTrue(nowHigh.contains("High (DASH 15 on " + TestClock.today().format(PoliceCases.UK_DATE) + ")"), nowHigh);
        assertFalse(nowHigh.contains("Only between 12:00 and 13:00") || nowHigh.contains(VictimCases.SAFE_PHONE), nowHigh);
    }
}
