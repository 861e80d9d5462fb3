package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Civil orders in the browser, as police.demo: a non-molestation order with two protected persons
 * recorded from the respondent's page (after the error summary for an empty form), served, then the
 * banner on the respondent's page; a breach refused outside the in-force period, then recorded; the
 * breach in the order's history, then a variation and an extension; the breach on the order
 * worklist; the order found near the victim's
 * postcode. Probation sees the banner without who is protected, and the order with the condition's
 * wording and the breach's account held by police, the variation police shared as typed. A DVPN
 * served on Friday evening names the Sunday its deadline left out, takes an adjourned hearing and
 * leads to its full order. Every page is checked for accessibility.
 */
class CivilOrderJourneyIT extends BrowserJourney {

    private static final LocalDate TODAY = TestClock.today();
    private static final String HELD = "Held by police: ask the officer in the case";

    @Test
    void recordsANonMolestationOrderThenItsBreach() {
        ApiClient police = ApiClient.as("police.demo");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String postcode = "ZY" + (10 + random.nextInt(90)) + " " + random.nextInt(10) + "JJ";
        LocalDate respondentBorn = People.uniqueDateOfBirth().withYear(1984);
        LocalDate victimBorn = People.uniqueDateOfBirth().withYear(1987);
        LocalDate childBorn = TODAY.minusYears(7).minusDays(random.nextInt(300));
        long respondent = People.register(police, "Fairbairn", "Stephen", respondentBorn);
        PoliceCases.created(police, "/api/persons?confirmNew=true", Json.createObjectBuilder()
                .add("surname", "Fairbairn").add("forenames", "Louise").add("gender", "FEMALE")
                .add("dateOfBirth", victimBorn.toString())
                .add("addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("line1", "8 Hazel Way").add("town", "Brackley").add("postcode", postcode)
                        .add("from", "2021-05-01")))
                .build());
        People.register(police, "Fairbairn", "Isla", childBorn);

        browser.signIn("police.demo");
        browser.open("/person/view.xhtml?id=" + respondent);
        assertFalse(browser.isPresent("orderBanner" + respondent), "no order yet, no banner");
        browser.click("recordOrder");
        browser.waitForUrl("/order/record.xhtml");
        browser.assertAccessible("Record a civil order");

        browser.submit("save");
        browser.waitFor("errorSummary");
        String problems = browser.text("errorSummary");
        assertTrue(problems.contains("Select the type of order") && problems.contains("Choose each protected person"),
                problems);
        assertTrue(browser.fieldError("orderType").contains("Select the type of order"));
        browser.assertAccessible("Record a civil order with errors");

        browser.choose("orderType", "NON_MOLESTATION");
        browser.choose("applicant", "VICTIM");
        browser.type("court", "Northampton Family Court");
        browser.type("madeOn", date(TODAY.minusDays(1)));
        browser.type("expiresOn", date(TODAY.plusMonths(6)));
        browser.chooseSuggestion("protectedPersons:0:personId", "Fairbairn Louise", "born " + date(victimBorn));
        browser.choose("protectedPersons:0:role", "VICTIM");
        browser.click("addProtectedPerson");
        browser.chooseSuggestion("protectedPersons:1:personId", "Fairbairn Isla", "born " + date(childBorn));
        browser.choose("protectedPersons:1:role", "CHILD");
        browser.choose("conditions:0:kind", "NO_CONTACT");
        browser.type("conditions:0:detail", "Not to contact her or go to 8 Hazel Way");
        browser.click("addCondition");
        browser.choose("conditions:1:kind", "NO_APPROACH");
        browser.type("conditions:1:metres", "100");
        browser.submit("save");
        browser.waitForUrl("/order/view.xhtml");
        long orderId = Long.parseLong(browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertEquals("Awaiting service", browser.text("status"));
        String protectedPeople = browser.text("protectedTable");
        assertTrue(protectedPeople.contains("FAIRBAIRN, Louise") && protectedPeople.contains("FAIRBAIRN, Isla")
                && protectedPeople.contains("8 Hazel Way"), protectedPeople);
        browser.assertAccessible("Order awaiting service");

        browser.type("servedOn", date(TODAY.minusDays(1)));
        browser.type("servedTime", "09:00");
        browser.submit("serve");
        browser.waitForText("status", "In force");
        browser.assertAccessible("Order in force");

        browser.click("respondentLink");
        browser.waitFor("orderBanner" + respondent);
        String banner = browser.text("orderBanner" + respondent);
        assertTrue(banner.contains("Non-molestation order") && banner.contains("Against this person")
                && banner.contains("FAIRBAIRN, Louise"), banner);
        assertTrue(browser.text("civilOrdersTable").contains("Non-molestation order"));
        browser.assertAccessible("Respondent's page with the order banner");

        browser.open("/order/breach.xhtml?order=" + orderId);
        browser.assertAccessible("Record a breach");
        long noApproach = noApproachCondition(police, orderId);
        browser.type("occurredOn", date(TODAY.minusDays(3)));
        browser.type("occurredTime", "20:30");
        browser.choose("conditionId", String.valueOf(noApproach));
        browser.type("whatHappened", "Waited at the school gate and followed her to her car");
        browser.type("reportedBy", "The victim, by 999 call");
        browser.choose("policeAction", "ARRESTED");
        browser.submit("save");
        browser.waitFor("errorSummary");
        assertTrue(browser.fieldError("occurredOn").contains("The order was in force from"),
                () -> browser.fieldError("occurredOn"));
        browser.assertAccessible("Record a breach outside the order's period");

        browser.type("occurredOn", date(TODAY.minusDays(1)));
        browser.submit("save");
        browser.waitForUrl("/order/view.xhtml");
        assertTrue(browser.text("breachTable").contains("Waited at the school gate"), () -> browser.text("breachTable"));
        assertTrue(browser.text("breachTable").contains("No approach within 100 metres"));

        browser.type("variedOn", date(TODAY));
        browser.type("description", "Distance raised to 200 metres at the return hearing");
        browser.click("descriptionShareable");
        browser.click("removedConditionIds:1");
        browser.choose("addedConditions:0:kind", "NO_APPROACH");
        browser.type("addedConditions:0:metres", "200");
        browser.submit("vary");
        browser.waitFor("historyTable");
        assertTrue(browser.text("conditionTable").contains("No approach within 200 metres"),
                () -> browser.text("conditionTable"));
        browser.type("extendedOn", date(TODAY));
        browser.type("expiresOn", date(TODAY.plusMonths(12)));
        browser.submit("extend");
        browser.waitForText("expiry", date(TODAY.plusMonths(12)));
        String history = browser.text("historyTable");
        assertTrue(history.contains("Served") && history.contains("Varied") && history.contains("Extended"), history);
        browser.assertAccessible("Order after a variation and an extension");

        browser.click("navOrders");
        browser.waitForUrl("/order/worklist.xhtml");
        assertTrue(browser.text("breachesThisWeekTable").contains("Order " + orderId),
                () -> browser.text("breachesThisWeek"));
        browser.assertAccessible("Civil orders worklist");

        browser.click("nearAddress");
        browser.waitForUrl("/order/near.xhtml");
        browser.type("address", "e");
        browser.submit("search");
        assertTrue(browser.fieldError("address").contains("Enter at least 4 characters of the address"),
                browser::pageText);
        assertFalse(browser.isPresent("foundTable"), "a refused search lists nothing");
        browser.type("address", "");
        browser.type("postcode", postcode.substring(0, postcode.length() - 2) + "AB");
        browser.submit("search");
        browser.waitFor("foundTable");
        assertTrue(browser.text("foundTable").contains("FAIRBAIRN, Stephen"), () -> browser.text("found"));
        assertTrue(browser.text("foundTable").contains("same postcode sector"), () -> browser.text("found"));
        browser.assertAccessible("Orders near an address");

        browser.click("signOut");
        browser.signIn("probation.demo");
        browser.openWithAReason("/person/view.xhtml?id=" + respondent,
                "Court duty: his breach hearing is listed this morning");
        String probationBanner = browser.text("orderBanner" + respondent);
        assertTrue(probationBanner.contains("2 people (not shown to your role)"), probationBanner);
        assertFalse(browser.pageText().contains("Louise") || browser.pageText().contains("Hazel Way"), browser::pageText);
        assertFalse(browser.isPresent("recordOrder"), "probation does not record orders");
        browser.assertAccessible("Respondent's page as probation");

        browser.open("/order/view.xhtml?id=" + orderId);
        String breaches = browser.text("breachTable");
        assertTrue(breaches.contains(HELD) && !breaches.contains("school gate") && !breaches.contains("999"), breaches);
        assertTrue(browser.text("conditionTable").contains("No contact \u2014 " + HELD),
                () -> browser.text("conditionTable"));
        assertTrue(browser.text("historyTable").contains("Distance raised to 200 metres at the return hearing"),
                "police shared the variation's description");
        assertFalse(browser.pageText().contains("Hazel Way"), browser::pageText);
        browser.assertAccessible("Order as probation, with police's wording held");
    }

    @Test
    void aNoticePageNamesTheDaysItsDeadlineLeftOutRecordsAnAdjournmentAndLeadsToTheFullOrder() {
        ApiClient police = ApiClient.as("police.demo");
        LocalDate friday = CivilOrderApiIT.fridayBeforeAnOrdinaryWeekend(TODAY.minusDays(4));
        LocalDate monday = friday.plusDays(3);
        long respondent = People.register(police, "Ashdown", "Callum", People.uniqueDateOfBirth().withYear(1986));
        long victim = People.register(police, "Ashdown", "Freya", People.uniqueDateOfBirth().withYear(1989));
        long notice = CivilOrderApiIT.id(CivilOrderApiIT.servedOnFridayEvening(police, respondent, victim, friday));

        browser.signIn("police.demo");
        browser.open("/order/view.xhtml?id=" + notice);
        assertEquals("Deadline Monday " + date(monday) + " 18:00 — Sunday " + date(friday.plusDays(2))
                + " not counted (Crime and Security Act 2010 s.27)", browser.text("hearingDeadline"));
        assertEquals("Expired", browser.text("status"));
        browser.assertAccessible("A DVPN with its hearing deadline");

        browser.type("adjournedOn", date(monday));
        browser.type("adjournedToDate", date(TODAY.plusDays(1)));
        browser.type("adjournedToTime", "10:00");
        browser.type("adjournReason", "The court list overran");
        browser.submit("adjourn");
        browser.waitFor("adjournedTo");
        assertEquals("In force", browser.text("status"));
        assertTrue(browser.text("adjournedTo").startsWith(date(TODAY.plusDays(1)) + " 10:00"),
                browser.text("adjournedTo"));
        assertTrue(browser.text("historyTable").contains("The court list overran"), browser.text("historyTable"));

        browser.click("recordFullOrder");
        browser.waitForUrl("/order/record.xhtml");
        assertTrue(browser.isPresent("noticeLink"), "the full order says which notice it follows");
        browser.assertAccessible("Record the full order after a notice");
    }

    private static long noApproachCondition(ApiClient police, long orderId) {
        return police.get("/api/orders/" + orderId).json().getJsonArray("conditions").getValuesAs(JsonObject.class)
                .stream().filter(condition -> condition.getString("kind").equals("No approach within a distance"))
                .mapToLong(condition -> condition.getJsonNumber("id").longValue()).findFirst().orElseThrow();
    }

    private static String date(LocalDate date) {
        return PoliceCases.UK_DATE.format(date);
    }
}
