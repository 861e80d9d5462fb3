package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A police officer records an incident with a suspect and a victim, is told what is wrong with bad
 * input, records the arrest, bail with a condition and a charge, follows the charge to its court
 * case to the sentence, and finds it all on the suspect's police history. Every page is checked for accessibility.
 */
class IncidentPagesIT extends BrowserJourney {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate TODAY = TestClock.today();

    @Test
    void recordsAnIncidentArrestBailAndChargeAndShowsThemOnTheSuspectsHistory() {
        ApiClient police = ApiClient.as("police.demo");
        LocalDate suspectBorn = People.uniqueDateOfBirth();
        LocalDate victimBorn = People.uniqueDateOfBirth();
        long suspectId = People.register(police, "Oakhampton", "Derek", suspectBorn);
        // A surname of this run's own, so that the few suggestions offered for it include her.
        String victimSurname = "Fair" + randomLetters(6);
        People.register(police, victimSurname, "Louise", victimBorn);
        String reference = "IT/" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);

        browser.signIn("police.demo");
        browser.open("/person/view.xhtml?id=" + suspectId);
        assertTrue(browser.text("noChronology").contains("No incidents"), () -> browser.text("noChronology"));
        browser.click("recordIncident");
        browser.waitForUrl("/police/incident-record.xhtml");
        assertTrue(browser.element("people:0:personId_input").getAttribute("value").contains(date(suspectBorn)),
                "the form starts with the person whose page it was opened from");
        browser.assertAccessible("Record an incident");

        browser.submit("save");
        assertTrue(browser.text("errorSummary").contains("Enter the police reference"), () -> browser.text("errorSummary"));
        assertEquals("Enter the police reference", browser.fieldError("policeReference"));
        assertEquals("Select at least one type of abuse", browser.fieldError("abuseTypes"));
        browser.screenshot("record-incident-errors");
        browser.assertAccessible("Record an incident with errors");

        browser.type("policeReference", reference);
        browser.type("occurredAt", date(TODAY.plusDays(1)));
        browser.type("occurredTime", "21:45");
        browser.type("location", "14 Kettering Road, Northampton");
        browser.click("abuseTypes:0");
        browser.click("abuseTypes:4");
        browser.choose("relationship", "FORMER_INTIMATE_PARTNER");
        browser.choose("dashLevel", "STANDARD");
        browser.choose("people:0:role", "SUSPECT");
        browser.submit("addPerson");
        browser.chooseSuggestion("people:1:personId", victimSurname + " Louise", "born " + date(victimBorn));
        browser.choose("people:1:role", "VICTIM");
        browser.click("crime:0");
        browser.submit("addOffence");
        browser.type("offences:0:description", "Common assault");
        browser.choose("offences:0:offenceClass", "SUMMARY_ONLY");
        browser.submit("save");
        assertEquals("The date and time of the incident cannot be in the future", browser.fieldError("occurredAt"),
                () -> browser.text("errorSummary"));

        browser.type("occurredAt", date(TODAY.minusDays(1)));
        browser.click("save");
        browser.waitForUrl("/police/incident.xhtml");
        assertTrue(browser.pageText().contains("Incident recorded"), browser::pageText);
        assertTrue(browser.text("peopleTable").contains("OAKHAMPTON"), () -> browser.text("peopleTable"));
        assertTrue(browser.text("peopleTable").contains(victimSurname.toUpperCase(Locale.UK)), () -> browser.text("peopleTable"));
        assertTrue(browser.text("offenceTable").contains("Common assault"), () -> browser.text("offenceTable"));
        browser.screenshot("incident-page");
        browser.assertAccessible("Incident page");

        refusesACorrectionOverSomeoneElses();

        browser.click("recordArrest");
        browser.waitForUrl("/police/arrest-record.xhtml");
        browser.type("arrestedAt", date(TODAY.minusDays(1)));
        browser.type("time", "23:10");
        browser.type("custodyRecordNumber", "CR" + reference.substring(3));
        browser.type("station", "Criminal Justice Centre, Northampton");
        browser.assertAccessible("Record an arrest");
        browser.click("save");
        browser.waitForUrl("/police/incident.xhtml");
        assertTrue(browser.pageText().contains("Arrest recorded"), browser::pageText);

        browser.click("recordCustodyResult");
        browser.waitForUrl("/police/custody-result.xhtml");
        browser.click("result:0");
        browser.type("decidedOn", date(TODAY));
        browser.type("bailConditions:0:text", "Not to contact Louise Fairweather directly or indirectly");
        browser.type("bailConditions:0:expiresOn", date(TODAY.plusDays(28)));
        browser.screenshot("custody-result");
        browser.assertAccessible("Record the custody result");
        browser.click("save");
        browser.waitForUrl("/police/incident.xhtml");
        String arrests = browser.text("arrests");
        assertTrue(arrests.contains("Released on bail with conditions"), arrests);
        assertTrue(arrests.contains("Not to contact Louise Fairweather") && arrests.contains(date(TODAY.plusDays(28))),
                arrests);

        browser.click("recordOutcome");
        browser.waitForUrl("/police/disposal-record.xhtml");
        browser.choose("outcomeType", "CHARGED_OR_SUMMONSED");
        browser.click("decisionMaker:1");
        browser.type("decidedOn", date(TODAY));
        browser.type("reason", "Full code test met; the victim supports a prosecution");
        browser.assertAccessible("Record the outcome");
        browser.click("save");
        browser.waitForUrl("/police/court-case.xhtml");
        assertTrue(browser.pageText().contains("Outcome recorded"), browser::pageText);
        assertEquals("Awaiting plea", browser.text("stage"));
        browser.type("hearingDate", date(TODAY.plusDays(14)));
        browser.type("court", "Northampton Magistrates' Court");
        browser.submit("addHearing");
        browser.waitFor("hearingTable");
        assertTrue(browser.text("hearingTable").contains(date(TODAY.plusDays(14))), () -> browser.text("hearingTable"));
        browser.assertAccessible("Court case page");

        browser.choose("plea", "GUILTY");
        browser.type("pleadedOn", date(TODAY));
        browser.submit("recordPlea");
        assertEquals("Convicted, awaiting sentence", browser.text("stage"));
        browser.choose("sentenceType", "COMMUNITY_ORDER");
        browser.type("sentencedOn", date(TODAY));
        browser.type("endsOn", date(TODAY.plusYears(1)));
        browser.choose("requirements:0:type", "ACCREDITED_PROGRAMME");
        browser.type("requirements:0:detail", "Building Better Relationships");
        browser.assertAccessible("Court case page awaiting sentence");
        browser.submit("recordSentence");
        assertEquals("Concluded", browser.text("stage"));
        assertTrue(browser.text("requirementTable").contains("Accredited programme"), () -> browser.text("requirementTable"));
        browser.type("madeOn", date(TODAY));
        browser.submit("recordRestrainingOrder");
        assertTrue(browser.text("restrainingOrderMade").contains(date(TODAY)), () -> browser.text("restrainingOrderMade"));
        assertTrue(browser.isPresent("recordOrderFromCourtCase"), "the order is then recorded in civil orders");
        browser.screenshot("court-case");

        browser.click("incidentLink");
        browser.waitForUrl("/police/incident.xhtml");
        String outcomes = browser.text("outcomeTable");
        assertTrue(outcomes.contains("1 – Charged or summonsed") && outcomes.contains("Crown Prosecution Service"), outcomes);

        browser.open("/person/view.xhtml?id=" + suspectId);
        String history = browser.text("chronologyTable");
        for (String event : new String[] {"Incident", "Arrest", "Bail condition", "Outcome", "Court hearing", "Plea", "Sentence",
            "Restraining order made"}) {
            assertTrue(history.contains(event), () -> "the history shows the " + event + ": " + history);
        }
        assertTrue(history.contains(reference), history);
        browser.screenshot("police-history");
        browser.assertAccessible("Person page with police history");
    }

    /** Two people correct the incident at once: the second save is refused rather than overwriting the first. */
    private void refusesACorrectionOverSomeoneElses() {
        String incidentPage = browser.currentUrl();
        browser.click("correct");
        browser.waitForUrl("/police/incident-record.xhtml");
        Browser colleague = newBrowser();
        colleague.signIn("admin.demo");
        colleague.open(browser.currentUrl().substring(ApiClient.BASE.length()));
        colleague.type("location", "16 Kettering Road, Northampton");
        colleague.click("save");
        colleague.waitForUrl("/police/incident.xhtml");
        browser.type("location", "18 Kettering Road, Northampton");
        browser.submit("save");
        assertTrue(browser.text("errorSummary").contains("changed by someone else"), () -> browser.text("errorSummary"));
        assertEquals("18 Kettering Road, Northampton", browser.element("location").getAttribute("value"),
                "what the user typed stays on screen");
        browser.open(incidentPage.substring(ApiClient.BASE.length()));
        assertEquals("16 Kettering Road, Northampton", browser.text("location"));
    }

    @Test
    void showsRolesThatOnlyReadTheIncidentWithoutRecordActionsAndRefusesThemTheRecordPages() {
        PoliceCases.ArrestedCase arrested = PoliceCases.arrested(ApiClient.as("police.demo"),
                People.uniqueDateOfBirth(), PoliceCases.daysAgo(1));

        browser.signIn("manager.demo");
        browser.open("/police/incident.xhtml?id=" + arrested.incidentId());
        assertTrue(browser.text("arrests").contains("ASHBY, Connor"), () -> browser.text("arrests"));
        assertEquals("Withheld: the location may be a victim's address", browser.text("location"));
        assertFalse(browser.text("account").contains("Neighbour called police"), () -> browser.text("account"));
        for (String action : new String[] {"correct", "recordArrest", "recordInterview", "recordCustodyResult",
            "recordOutcome", "giveCaution"}) {
            assertFalse(browser.isPresent(action), () -> "a manager is not offered " + action);
        }
        browser.assertAccessible("Incident page, read only");

        browser.open("/police/custody-result.xhtml?arrest=" + arrested.arrestId());
        assertTrue(browser.pageText().contains("You cannot open this page"), browser::pageText);
        assertFalse(browser.isPresent("custodyResultForm"), "no form to fill in");
    }

    private static String randomLetters(int count) {
        return ThreadLocalRandom.current().ints(count, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String date(LocalDate date) {
        return UK_DATE.format(date);
    }
}
