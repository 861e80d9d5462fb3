package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a police officer does first: sign in, register a person, be warned of a duplicate, find by a
 * misspelling. A probation officer edits a man's record without reading, or losing, warning notes
 * police did not share.
 */
class PersonJourneyIT extends BrowserJourney {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String HELD = "Held by police: ask the officer in the case";

    @Test
    void registersAPersonIsWarnedOfTheirDuplicateAndFindsThemByAMisspelling() {
        LocalDate dob = People.uniqueDateOfBirth();
        browser.open("/login.xhtml");
        browser.assertAccessible("Sign-in page");
        browser.signIn("police.demo");

        registerPerson("Thistlethwaite", "Gareth", dob);
        if (browser.isPresent("confirmNew")) {
            // An earlier run's Thistlethwaite may share the database: this one is new all the same.
            browser.click("confirmNew");
        }
        browser.waitForUrl("/person/view.xhtml");
        assertTrue(browser.pageText().contains("Person registered"), browser::pageText);
        assertTrue(upper(browser.pageText()).contains("THISTLETHWAITE"), browser::pageText);
        browser.assertAccessible("Person page");

        registerPerson("Thistlethwayte", "Gareth", dob);
        browser.waitFor("duplicates");
        assertTrue(upper(browser.text("duplicates")).contains("THISTLETHWAITE"), () -> browser.text("duplicates"));
        browser.screenshot("duplicate-warning");
        browser.assertAccessible("Duplicate warning");

        browser.open("/index.xhtml");
        browser.type("q", "thistlewaite");
        browser.type("dob", UK_DATE.format(dob));
        browser.click("search");
        browser.waitFor("results");
        assertTrue(upper(browser.text("results")).contains("THISTLETHWAITE"), () -> browser.text("results"));
        browser.screenshot("search-results");
        browser.assertAccessible("Search results");
    }

    @Test
    void showsEveryMistakeInAnErrorSummaryAndBesideItsField() {
        browser.signIn("police.demo");
        browser.open("/person/register.xhtml");
        browser.type("forenames", "Dean");
        browser.type("dateOfBirth", "31/02/1990");
        browser.click("save");

        browser.waitFor("errorSummary");
        String summary = browser.text("errorSummary");
        assertTrue(summary.contains("Enter a surname"), summary);
        assertTrue(summary.contains("23/11/2026"), "the date message shows the format to use: " + summary);
        browser.screenshot("register-errors");
        browser.assertAccessible("Register page with errors");
    }

    @Test
    void keepsWarningNotesPoliceDidNotShareWhenProbationEditsTheRecord() {
        ApiClient police = ApiClient.as("police.demo");
        String notes = "Threatened his ex-partner at her flat on Birch Lane";
        long person = PoliceCases.created(police, "/api/persons?confirmNew=true", Json.createObjectBuilder()
                .add("surname", "Pelham").add("forenames", "Ross").add("gender", "MALE")
                .add("dateOfBirth", People.uniqueDateOfBirth().toString())
                .add("warningMarkers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "VIOLENCE").add("since", "2025-01-20").add("notes", notes)))
                .build());
        People.allocatedTo(person, "probation.demo");

        browser.signIn("probation.demo");
        browser.open("/person/view.xhtml?id=" + person);
        String markers = browser.text("warningMarkers");
        assertTrue(markers.contains(HELD) && !markers.contains("Birch Lane"), markers);
        browser.open("/person/edit.xhtml?id=" + person);
        assertEquals(HELD, browser.text("warningMarkers:0:notesHeld"));
        assertFalse(browser.isPresent("warningMarkers:0:notes"), "no box to type over police's notes");
        assertFalse(browser.isPresent("warningMarkers:0:notesShareable"), "sharing them is police's decision");
        browser.assertAccessible("Editing a person with warning notes held by police");
        browser.type("firstLanguage", "English");
        browser.submit("save");
        browser.waitForUrl("/person/view.xhtml");

        assertEquals(notes, police.get("/api/persons/" + person).json().getJsonArray("warningMarkers").getJsonObject(0)
                .getString("notes"), "the notes police wrote stay after probation's edit");
    }

    @Test
    void letsAnAdministratorReadTheAuditTrail() {
        browser.signIn("admin.demo");
        browser.open("/audit.xhtml");

        assertTrue(browser.pageText().contains("LOGIN") || browser.pageText().toLowerCase(Locale.UK).contains("sign"),
                browser::pageText);
        browser.assertAccessible("Audit trail");
    }

    private void registerPerson(String surname, String forenames, LocalDate dob) {
        browser.open("/person/register.xhtml");
        browser.type("surname", surname);
        browser.type("forenames", forenames);
        browser.type("dateOfBirth", UK_DATE.format(dob));
        browser.submit("save");
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.UK);
    }
}
