package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A facilitator marks a ten-person register in the browser, as facilitator.demo: from "My sessions"
 * to a new Caring Dads group meeting today (made through the API; on a bank holiday it met on the
 * last day before), an acceptable absence refused
 * until its reason is given, then saved with a late arrival, an unacceptable absence, a note and a
 * disclosure, then a mark corrected only with its reason, and the register gone from those not
 * completed; a copy of the register opened before the save is refused when saved, and never
 * overwrites the marks. Every page visited is checked for accessibility.
 */
class RegisterJourneyIT extends BrowserJourney {

    /** The same facilitator in another window. */
    private Browser colleague;

    @BeforeEach
    void openColleaguesWindow() {
        colleague = newBrowser();
    }

    @Test
    void marksATenPersonRegisterAndItLeavesTheRegistersNotCompleted() {
        ProgrammeCases.Group group = ProgrammeCases.caringDadsMeetingToday();
        browser.signIn("facilitator.demo");
        browser.click("navProgrammes");
        browser.waitForUrl("/programme/facilitator.xhtml");
        browser.assertAccessible("My sessions");
        assertTrue(browser.text("registersNotCompleted").contains(group.name()),
                () -> browser.text("registersNotCompleted"));
        if (group.meetsToday()) { // unless today is a bank holiday, when it met on the last day before
            assertTrue(browser.text("sessionsToday").contains(group.name()), () -> browser.text("sessionsToday"));
        }

        browser.followLink("registersNotCompletedTable", "Register: " + group.name());
        browser.waitForUrl("/programme/register.xhtml?session=" + group.sessionId());
        assertEquals("10 of 10", browser.text("unmarked"));
        String register = browser.text("registerForm");
        group.fathers().forEach(father -> assertTrue(register.contains(father), () -> father + " in " + register));
        browser.assertAccessible("Attendance register");
        String registerPage = browser.currentUrl().substring(ApiClient.BASE.length());

        colleague.signIn("facilitator.demo");
        colleague.open(registerPage);

        browser.submit("markRestAttended");
        browser.click("lines:1:mark:1");
        browser.click("lines:2:mark:4");
        browser.click("lines:3:mark:5");
        browser.type("lines:4:engagementNotes", "Challenged another father's victim-blaming; good insight");
        browser.click("lines:5:disclosureOrConcern");
        browser.type("lines:5:engagementNotes", "Said he still tracks his former partner's phone");
        browser.submit("saveRegister");
        assertTrue(browser.text("errorSummary").contains("Give the reason the absence is acceptable"),
                () -> browser.text("errorSummary"));
        assertTrue(browser.fieldError("lines:2:absenceReason").contains("Give the reason the absence is acceptable"),
                "the message stands by the third father's reason");
        assertEquals("", browser.fieldError("lines:3:absenceReason"), "an unacceptable absence needs no reason");
        assertEquals("10 of 10", browser.text("unmarked"), "nothing was saved");
        browser.assertAccessible("Attendance register with an error");

        browser.type("lines:2:absenceReason", "Taking his daughter to A&E; discharge letter seen");
        browser.submit("saveRegister");
        String notices = browser.text("notices");
        assertTrue(notices.contains("Register saved for " + group.name() + ", session 1"), notices);
        assertTrue(notices.contains("Disclosure or concern raised for"), notices);
        assertEquals("0 of 10", browser.text("unmarked"));
        assertTrue(browser.element("lines:1:mark:1").isSelected(), "the late arrival is kept");
        assertTrue(browser.element("lines:3:mark:5").isSelected(), "the unacceptable absence is kept");
        assertTrue(browser.element("lines:5:disclosureOrConcern").isSelected(), "the disclosure is kept");
        browser.screenshot("register-saved");
        browser.assertAccessible("Attendance register saved");

        browser.click("lines:1:mark:0");
        browser.submit("saveRegister");
        assertTrue(browser.fieldError("lines:1:correctionReason").contains("say why it is being corrected"),
                () -> browser.text("errorSummary"));
        browser.assertAccessible("Attendance register corrected without a reason");
        browser.type("lines:1:correctionReason", "Marked late in error: the bus was late for everyone");
        browser.submit("saveRegister");
        assertTrue(browser.text("notices").contains("Register saved"), () -> browser.text("notices"));
        assertTrue(browser.element("lines:1:mark:0").isSelected(), "the correction is saved");

        browser.click("navProgrammes");
        browser.waitForUrl("/programme/facilitator.xhtml");
        assertFalse(browser.text("registersNotCompleted").contains(group.name()), () -> browser.text("registersNotCompleted"));

        // the copy opened before the save is refused, and reloading it shows the marks kept
        colleague.submit("markRestAttended");
        colleague.submit("saveRegister");
        assertTrue(colleague.text("errorSummary").contains("changed by someone else"), () -> colleague.text("errorSummary"));
        colleague.assertAccessible("Attendance register saved by someone else");
        colleague.submit("reloadRegister");
        assertEquals("0 of 10", colleague.text("unmarked"));
        assertTrue(colleague.element("lines:3:mark:5").isSelected(), "the unacceptable absence was not overwritten");
    }
}
