package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * An administrator keeps the programme catalogue and the bank holiday table in the browser: a new
 * programme refused until its name, risk levels and routes are given, then added with two modules;
 * changed, with a minimum group above its capacity refused on that field; a bank holiday added
 * (refused without its name) and removed. Every page visited is checked for accessibility.
 */
class CatalogueJourneyIT extends BrowserJourney {

    @Test
    void anAdministratorAddsAndChangesAProgramme() {
        String name = "Respect Young People " + PoliceCases.uniqueReference();
        browser.signIn("admin.demo");
        browser.click("navCatalogue");
        browser.waitForUrl("/programme/catalogue.xhtml");
        browser.assertAccessible("Programme catalogue");

        browser.click("newProgramme");
        browser.waitForUrl("/programme/catalogue-entry.xhtml");
        browser.assertAccessible("New programme");
        browser.submit("save");
        String problems = browser.text("errorSummary");
        assertTrue(problems.contains("Enter the programme's name"), problems);
        assertTrue(browser.fieldError("riskLevels").contains("Select the risk levels the programme takes"), problems);
        assertTrue(problems.contains("Select the routes the programme takes referrals from"), problems);
        browser.assertAccessible("New programme with errors");

        browser.type("name", name);
        browser.type("targetGroup", "Young people 13 to 17 using violence or abuse towards a parent");
        browser.type("minimumAge", "13");
        browser.type("maximumAge", "17");
        browser.click("riskLevels:0");
        browser.click("riskLevels:1");
        browser.choose("enforcementByRoute:3:policy", "CASE_WORKER_DECIDES");
        browser.choose("deliveryMode", "GROUP");
        browser.type("modules:0:name", "Understanding behaviour");
        browser.type("modules:0:sessions", "6");
        browser.submit("addModule");
        browser.type("modules:1:name", "Repairing relationships");
        browser.type("modules:1:sessions", "4");
        browser.type("sessionMinutes", "90");
        browser.type("weeksBetweenSessions", "1");
        browser.type("minimumGroupSize", "4");
        browser.type("capacity", "8");
        browser.choose("completionRule", "ATTENDANCE_PERCENTAGE");
        browser.type("completionPercentage", "75");
        browser.click("parallelSupport:2");
        browser.submit("save");
        browser.waitForUrl("/programme/catalogue.xhtml");
        assertTrue(browser.text("notices").contains("Catalogue entry saved for " + name), () -> browser.text("notices"));
        assertTrue(browser.text("catalogueTable").contains(name + " Group 10 8 75% attendance"),
                () -> browser.text("catalogueTable"));

        browser.followLink("catalogueTable", name);
        browser.waitForUrl("/programme/catalogue-entry.xhtml?id=");
        browser.assertAccessible("Catalogue entry");
        browser.type("minimumGroupSize", "9");
        browser.submit("save");
        assertTrue(browser.fieldError("minimumGroupSize").contains("from 1 to the capacity (8)"),
                () -> browser.text("errorSummary"));
        browser.assertAccessible("Catalogue entry with an error");
        browser.type("minimumGroupSize", "6");
        browser.submit("save");
        assertTrue(browser.text("notices").contains("Catalogue entry saved for " + name), () -> browser.text("notices"));
    }

    @Test
    void anAdministratorAddsAndRemovesABankHoliday() {
        // a day of a distant year no other run is likely to have left behind
        LocalDate day = LocalDate.of(2098, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(360));
        String shown = day.format(PoliceCases.UK_DATE);
        browser.signIn("admin.demo");
        browser.click("navCatalogue");
        browser.click("bankHolidays");
        browser.waitForUrl("/programme/bank-holidays.xhtml");
        assertTrue(browser.text("holidaysTitle").startsWith(String.valueOf(TestClock.today().getYear())),
                "this year's, unless another is asked for");
        browser.assertAccessible("Bank holidays");

        browser.type("date", shown);
        browser.submit("add");
        assertTrue(browser.fieldError("name").contains("Name the bank holiday"), () -> browser.text("errorSummary"));
        browser.assertAccessible("Bank holidays with an error");
        browser.type("name", "Royal wedding bank holiday");
        browser.submit("add");
        assertTrue(browser.text("notices").contains("Added Royal wedding bank holiday on " + shown),
                () -> browser.text("notices"));
        assertTrue(browser.text("holidaysTable").contains("Royal wedding bank holiday"),
                () -> browser.text("holidaysTable"));

        browser.press("holidaysTable", "Remove Royal wedding bank holiday, " + shown);
        assertTrue(browser.text("notices").contains("Removed Royal wedding bank holiday on " + shown),
                () -> browser.text("notices"));
        assertFalse(browser.pageText().contains("Royal wedding bank holiday, " + shown));
    }
}
