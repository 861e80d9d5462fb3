package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.PersonApiIT.assertProblem;
import static uk.org.throughline.it.PersonApiIT.fields;
import static uk.org.throughline.it.PoliceCases.arrested;
import static uk.org.throughline.it.PoliceCases.created;
import static uk.org.throughline.it.PoliceCases.daysAgo;
import static uk.org.throughline.it.TestClock.today;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.org.throughline.it.PoliceCases.ArrestedCase;

/**
 * Civil orders through the REST API over real HTTP: an order's life from recording to discharge
 * with a breach, the rules on bad input, who may read and record what (and that probation never
 * gets a victim's name or address, even when the client leaves out whose address is excluded), the
 * DVPN's hearing deadline, the restraining order from a court case, the address search, the audit
 * trail and the OpenAPI document. Police's wording held from offender managers: {@link PoliceTextSharingIT}.
 */
@ExtendWith(ArquillianExtension.class)
class CivilOrderApiIT {

    private final ApiClient police = ApiClient.as("police.demo");
    private final ApiClient probation = ApiClient.as("probation.demo");
    private final ApiClient admin = ApiClient.as("admin.demo");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    /** The respondent, the victim (living at a postcode of this run's own) and their child. */
    private record Household(long respondent, long victim, long child, String victimSurname, String postcode) {
    }

    private Household household() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String postcode = "ZX" + (10 + random.nextInt(90)) + " " + random.nextInt(10) + "QQ";
        String surname = "Orderly" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26));
        long respondent = People.register(police, surname, "Dean", People.uniqueDateOfBirth().withYear(1985));
        long victim = created(police, "/api/persons?confirmNew=true", Json.createObjectBuilder()
                .add("surname", surname).add("forenames", "Kerry").add("gender", "FEMALE")
                .add("dateOfBirth", People.uniqueDateOfBirth().withYear(1988).toString())
                .add("addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("line1", "17 Larch Close").add("town", "Wellingborough").add("postcode", postcode)
                        .add("from", "2020-01-01")))
                .build());
        long child = People.register(police, surname, "Mia", today().minusYears(6));
        return new Household(respondent, victim, child, surname, postcode);
    }

    private static JsonObjectBuilder nonMolestation(Household household, LocalDate madeOn) {
        return Json.createObjectBuilder()
                .add("orderType", "NON_MOLESTATION").add("respondentId", household.respondent())
                .add("applicant", "VICTIM").add("court", "Northampton Family Court").add("caseNumber", "NN26F00123")
                .add("madeOn", madeOn.toString()).add("expiresOn", madeOn.plusMonths(6).toString())
                .add("protectedPersons", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("personId", household.victim()).add("role", "VICTIM"))
                        .add(Json.createObjectBuilder().add("personId", household.child()).add("role", "CHILD")))
                .add("conditions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "NO_CONTACT")
                                .add("detail", "Not to contact her directly or through anyone else"))
                        .add(Json.createObjectBuilder().add("kind", "NO_APPROACH").add("metres", 100))
                        .add(Json.createObjectBuilder().add("kind", "EXCLUSION_ADDRESS").add("addressLine", "17 Larch Close")
                                .add("town", "Wellingborough").add("postcode", household.postcode())
                                .add("victimsAddress", true)));
    }

    private JsonObject recordOrder(JsonObjectBuilder order) {
        ApiClient.Response response = police.post("/api/orders", order.build().toString());
        assertEquals(201, response.status(), response::toString);
        return response.json();
    }

    private JsonObject step(String path, JsonObject before, JsonObjectBuilder step) {
        ApiClient.Response after = police.post(path, step.add("version", before.getJsonNumber("version").longValue())
                .build().toString());
        assertEquals(200, after.status(), after::toString);
        return after.json();
    }

    static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }

    private static long conditionId(JsonObject order, int index) {
        return order.getJsonArray("conditions").getJsonObject(index).getJsonNumber("id").longValue();
    }

    private static JsonObjectBuilder breach(long conditionId, OffsetDateTime at) {
        return Json.createObjectBuilder().add("occurredAt", at.toString()).add("conditionId", conditionId)
                .add("whatHappened", "Came to the house and banged on the door, shouting her name")
                .add("reportedBy", "The victim, by 999 call").add("policeAction", "ARRESTED");
    }

    private static List<Long> ids(JsonObject worklist, String list) {
        return worklist.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(CivilOrderApiIT::id).toList();
    }

    @Test
    void followsANonMolestationOrderFromRecordingThroughABreachToDischarge() {
        Household household = household();
        JsonObject order = recordOrder(nonMolestation(household, today().minusDays(3)));
        String path = "/api/orders/" + id(order);
        assertEquals("AWAITING_SERVICE", order.getString("status"));
        assertEquals("Family Law Act 1996 s.42A", order.getString("breachStatute"));
        assertEquals(2, order.getJsonArray("protectedPersons").size());
        assertTrue(ids(police.get("/api/order-worklist").json(), "notServed").contains(id(order)));

        JsonObject served = step(path + "/service", order, Json.createObjectBuilder()
                .add("servedAt", daysAgo(2).toString()));
        assertEquals("IN_FORCE", served.getString("status"));
        List<JsonObject> banner = police.get("/api/orders?current=true&personId=" + household.respondent()).structure()
                .asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(id(order)), banner.stream().map(CivilOrderApiIT::id).toList());
        assertEquals("Respondent", banner.get(0).getString("note"));
        assertTrue(banner.get(0).getString("protectedNames").contains("Kerry"), banner::toString);

        ApiClient.Response breach = police.post(path + "/breaches", breach(conditionId(served, 1), daysAgo(1))
                .add("route", "CRIMINAL").build().toString());
        assertEquals(201, breach.status(), breach::toString);
        assertEquals("No approach within 100 metres", breach.json().getString("condition"));
        String breachPath = breach.header("Location").substring(breach.header("Location").indexOf("/api/"));
        ApiClient.Response outcome = police.post(breachPath + "/outcome", Json.createObjectBuilder()
                .add("version", police.get(breachPath).json().getJsonNumber("version").longValue())
                .add("outcome", "Charged under s.42A; remanded to the magistrates").build().toString());
        assertEquals(200, outcome.status(), outcome::toString);
        assertEquals("Charged under s.42A; remanded to the magistrates", outcome.json().getString("outcome"));
        JsonObject worklist = police.get("/api/order-worklist").json();
        assertTrue(worklist.getJsonArray("breachesThisWeek").getValuesAs(JsonObject.class).stream()
                .anyMatch(b -> id(b) == id(breach.json())), worklist::toString);

        ApiClient.Response stale = police.post(path + "/variations", Json.createObjectBuilder()
                .add("version", order.getJsonNumber("version").longValue())
                .add("variedOn", today().toString()).add("description", "Distance raised").build().toString());
        assertProblem(stale, 409);

        JsonObject varied = step(path + "/variations", police.get(path).json(), Json.createObjectBuilder()
                .add("variedOn", today().toString()).add("description", "No-approach distance raised to 200 metres")
                .add("addedConditions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("kind", "NO_APPROACH").add("metres", 200)))
                .add("removedConditionIds", Json.createArrayBuilder().add(conditionId(served, 1))));
        assertEquals(today().toString(), varied.getJsonArray("conditions").getJsonObject(1).getString("removedOn"),
                "the removed condition stays, dated, for the breach that names it");
        JsonObject extended = step(path + "/extensions", varied, Json.createObjectBuilder()
                .add("extendedOn", today().toString()).add("expiresOn", today().plusMonths(12).toString()));
        assertEquals(today().plusMonths(12).toString(), extended.getString("expiresOn"));
        JsonObject discharged = step(path + "/discharge", extended, Json.createObjectBuilder()
                .add("dischargedOn", today().toString()).add("reason", "Discharged on the victim's application"));
        assertEquals("DISCHARGED", discharged.getString("status"));
        assertEquals(List.of("Served", "Varied", "Extended", "Discharged"), discharged.getJsonArray("history")
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("kind")).toList());
        assertEquals(1, discharged.getJsonArray("breaches").size());
        assertEquals(0, police.get("/api/orders?current=true&personId=" + household.respondent()).structure()
                .asJsonArray().size(), "a discharged order leaves the banner");
    }

    @Test
    void refusesBadInputFieldByField() {
        Household household = household();
        LocalDate made = today().minusDays(1);
        ApiClient.Response backwards = police.post("/api/orders", nonMolestation(household, made)
                .add("expiresOn", made.minusDays(1).toString()).build().toString());
        assertProblem(backwards, 400);
        assertEquals(List.of("expiresOn"), fields(backwards), backwards::toString);

        ApiClient.Response longDvpo = police.post("/api/orders", nonMolestation(household, made)
                .add("orderType", "DVPO").add("applicant", "POLICE").add("expiresOn", made.plusDays(35).toString())
                .build().toString());
        assertProblem(longDvpo, 400);
        assertEquals(List.of("expiresOn"), fields(longDvpo), longDvpo::toString);
        ApiClient.Response reasoned = police.post("/api/orders", nonMolestation(household, made)
                .add("orderType", "DVPO").add("applicant", "POLICE").add("expiresOn", made.plusDays(35).toString())
                .add("durationReason", "Return hearing adjourned by the court for the respondent's interpreter")
                .build().toString());
        assertProblem(reasoned, 400);
        assertEquals(List.of("expiresOn"), fields(reasoned), "no reason extends the statutory ceiling: " + reasoned);

        ApiClient.Response noDistance = police.post("/api/orders", nonMolestation(household, made)
                .add("protectedPersons", Json.createArrayBuilder())
                .add("conditions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "NO_APPROACH")))
                .build().toString());
        assertProblem(noDistance, 400);
        assertEquals(List.of("protectedPersons"), fields(noDistance), noDistance::toString);
        ApiClient.Response distance = police.post("/api/orders", nonMolestation(household, made)
                .add("conditions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "NO_CONTACT"))
                        .add(Json.createObjectBuilder().add("kind", "NO_APPROACH")))
                .build().toString());
        assertEquals(List.of("conditions[1].metres"), fields(distance), distance::toString);

        JsonObject order = recordOrder(nonMolestation(household, made));
        JsonObject served = step("/api/orders/" + id(order) + "/service", order, Json.createObjectBuilder()
                .add("servedAt", TestClock.now().withOffsetSameInstant(ZoneOffset.UTC).minusHours(3)
                        .truncatedTo(ChronoUnit.MINUTES).toString()));
        ApiClient.Response early = police.post("/api/orders/" + id(order) + "/breaches",
                breach(conditionId(served, 0), daysAgo(2)).build().toString());
        assertProblem(early, 400);
        assertEquals(List.of("occurredAt"), fields(early), early::toString);
        String message = early.json().getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(message.startsWith("The order was in force from ") && message.contains(" until "), message);
    }

    @Test
    void probationReadsAnOrderWithoutLearningWhoIsProtectedOrWhereTheyLive() {
        Household household = household();
        JsonObject order = recordOrder(nonMolestation(household, today().minusDays(3)));
        step("/api/orders/" + id(order) + "/service", order, Json.createObjectBuilder().add("servedAt", daysAgo(2).toString()));
        People.openedWithAReasonBy(household.respondent(), "probation.demo", "yot.demo", "facilitator.demo");

        for (String user : List.of("probation.demo", "yot.demo", "facilitator.demo")) {
            ApiClient reader = ApiClient.as(user);
            ApiClient.Response read = reader.get("/api/orders/" + id(order));
            assertEquals(200, read.status(), read::toString);
            assertFalse(read.json().getBoolean("protectedPersonsShown"));
            assertEquals(2, read.json().getInt("protectedPersonCount"), "they see that protected persons exist");
            assertTrue(read.json().getJsonArray("conditions").getJsonObject(2).getBoolean("addressWithheld"));
            for (String secret : List.of("Kerry", "Larch Close", household.postcode(), "\"personId\"")) {
                assertFalse(read.body().contains(secret), user + " must not get " + secret + ": " + read.body());
            }
            String listed = reader.get("/api/orders?current=true&personId=" + household.respondent()).body();
            assertTrue(listed.contains("\"id\":" + id(order)), listed);
            assertFalse(listed.contains("Kerry") || listed.contains("Mia"), listed);
            assertEquals(403, reader.get("/api/orders?current=true&personId=" + household.victim()).status(),
                    "her orders are hers: she is on no perpetrator-facing caseload");
            ApiClient.Response herRecord = reader.get("/api/persons/" + household.victim());
            assertEquals(403, herRecord.status(), herRecord::toString);
            assertFalse(herRecord.body().contains("Larch Close") || herRecord.body().contains(household.postcode()),
                    "a protected person's address, though she has no victim record yet: " + herRecord.body());
            assertEquals(403, reader.get("/api/orders/near?postcode=" + household.postcode().replace(' ', '+')).status());
            assertEquals(403, reader.post("/api/orders/" + id(order) + "/breaches",
                    breach(conditionId(order, 0), daysAgo(1)).build().toString()).status(), "only police record breaches");
        }
        ApiClient.Response partner = ApiClient.as("partner.demo").get("/api/orders/" + id(order));
        assertTrue(partner.body().contains("Larch Close") && partner.body().contains("Kerry"), partner::toString);
        assertEquals(403, probation.post("/api/orders", nonMolestation(household, today()).build().toString()).status());
        assertEquals(403, probation.get("/api/order-worklist").status());
    }

    @Test
    void anExcludedAddressSentWithoutSayingWhoseItIsIsTreatedAsHers() {
        Household household = household();
        JsonObject order = recordOrder(nonMolestation(household, today().minusDays(3))
                .add("conditions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "EXCLUSION_ADDRESS")
                                .add("addressLine", "17 Larch Close").add("town", "Wellingborough")
                                .add("postcode", household.postcode()))
                        .add(Json.createObjectBuilder().add("kind", "EXCLUSION_ADDRESS")
                                .add("addressLine", "The Rising Sun public house").add("town", "Wellingborough")
                                .add("victimsAddress", false))));
        assertTrue(order.getJsonArray("conditions").getJsonObject(0).getString("description")
                .contains("17 Larch Close"), "police read the address they recorded: " + order);
        People.openedWithAReasonBy(household.respondent(), "probation.demo", "yot.demo", "facilitator.demo");

        for (String user : List.of("probation.demo", "yot.demo", "facilitator.demo")) {
            JsonObject read = ApiClient.as(user).get("/api/orders/" + id(order)).json();
            JsonObject hers = read.getJsonArray("conditions").getJsonObject(0);
            assertTrue(hers.getBoolean("addressWithheld"), user + ": " + hers);
            assertFalse(read.toString().contains("Larch Close") || read.toString().contains(household.postcode()),
                    user + " must not learn where she lives: " + read);
            assertTrue(read.getJsonArray("conditions").getJsonObject(1).getString("description")
                    .contains("The Rising Sun public house"), "an address police said is not hers is shown: " + read);
        }
    }

    @Test
    void findsOrdersInForceNearAnAddressBySector() {
        Household household = household();
        JsonObject order = recordOrder(nonMolestation(household, today().minusDays(3)));
        step("/api/orders/" + id(order) + "/service", order, Json.createObjectBuilder().add("servedAt", daysAgo(2).toString()));
        String neighbour = household.postcode().substring(0, household.postcode().length() - 2) + "ZZ";

        ApiClient.Response near = police.get("/api/orders/near?postcode=" + neighbour.replace(' ', '+'));
        assertEquals(200, near.status(), near::toString);
        JsonObject found = near.json().getJsonArray("orders").getValuesAs(JsonObject.class).stream()
                .filter(o -> id(o) == id(order)).findFirst().orElseThrow(() -> new AssertionError(near.toString()));
        assertTrue(found.getString("note").contains("17 Larch Close") && found.getString("note").contains("same postcode sector"),
                found::toString);
        String sector = household.postcode().substring(0, household.postcode().length() - 2);
        assertTrue(police.get("/api/orders/near?postcode=" + sector.replace(' ', '+')).body()
                .contains("\"id\":" + id(order)), "a postcode sector is enough");
        assertTrue(police.get("/api/orders/near?address=larch+close").body().contains("\"id\":" + id(order)));
        assertProblem(police.get("/api/orders/near"), 400);
    }

    @Test
    void refusesASearchSoWideItWouldListEveryProtectedAddress() {
        for (String tooWide : List.of("address=e", "address=+la+", "postcode=ZX1", "postcode=ZX14")) {
            ApiClient.Response refused = police.get("/api/orders/near?" + tooWide);
            assertProblem(refused, 400);
            assertEquals(List.of(tooWide.substring(0, tooWide.indexOf('='))), fields(refused), refused::toString);
        }
        for (String wildcards : List.of("%25%25%25%25", "____", "%25_%25_", "%5C%25%25%25")) {
            ApiClient.Response literal = police.get("/api/orders/near?address=" + wildcards);
            assertEquals(200, literal.status(), literal::toString);
            assertEquals(0, literal.json().getJsonArray("orders").size(), "wildcards match only themselves: " + literal);
            assertFalse(literal.json().getBoolean("truncated"), literal::toString);
        }
    }

    @Test
    void listsTheNewestFiftyOrdersNearAnAddressAndSaysThereAreMore() {
        Household household = household();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String sector = "ZY" + (10 + random.nextInt(90)) + " " + random.nextInt(10);
        Household excludedNearby = new Household(household.respondent(), household.victim(), household.child(),
                household.victimSurname(), sector + "QQ");
        List<Long> recorded = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            recorded.add(id(recordOrder(nonMolestation(excludedNearby, today().minusDays(3)))));
        }

        JsonObject near = police.get("/api/orders/near?postcode=" + sector.replace(' ', '+')).json();
        List<Long> listed = near.getJsonArray("orders").getValuesAs(JsonObject.class).stream()
                .map(CivilOrderApiIT::id).toList();
        assertEquals(50, listed.size(), near::toString);
        assertTrue(near.getBoolean("truncated"), near::toString);
        assertEquals(50, near.getInt("limit"));
        assertEquals(recorded.get(50), listed.get(0), "newest first");
        assertFalse(listed.contains(recorded.get(0)), "the oldest is the one left out");
    }

    @Test
    void aDvpnShowsItsHearingDeadlineAndWaitsOnTheWorklist() {
        Household household = household();
        OffsetDateTime servedAt = TestClock.now().withOffsetSameInstant(ZoneOffset.UTC).minusHours(40)
                .truncatedTo(ChronoUnit.MINUTES);
        JsonObject notice = recordOrder(Json.createObjectBuilder()
                .add("orderType", "DVPN").add("respondentId", household.respondent()).add("applicant", "POLICE")
                .add("madeOn", servedAt.atZoneSameInstant(PoliceCases.LONDON).toLocalDate().toString())
                .add("protectedPersons", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("personId", household.victim()).add("role", "VICTIM")))
                .add("conditions", conditions("NO_CONTACT")));
        JsonObject served = step("/api/orders/" + id(notice) + "/service", notice, Json.createObjectBuilder()
                .add("servedAt", servedAt.toString()));

        OffsetDateTime deadline = OffsetDateTime.parse(served.getString("hearingDeadline"));
        boolean daysLeftOut = !served.getJsonArray("skippedDays").isEmpty();
        assertEquals(daysLeftOut, deadline.toInstant().isAfter(servedAt.plusHours(48).toInstant()), served::toString);
        assertTrue(served.getString("hearingWarning").contains("must start by "
                + deadline.atZoneSameInstant(PoliceCases.LONDON).format(DATE_TIME)), served::toString);
        assertTrue(ids(police.get("/api/order-worklist").json(), "awaitingHearing").contains(id(notice)));
    }

    /** The Friday on or before {@code day} whose weekend is ordinary: no bank holiday on the Friday or the Monday. */
    static LocalDate fridayBeforeAnOrdinaryWeekend(LocalDate day) {
        LocalDate friday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        while (BankHolidayCalendar.isBankHoliday(friday) || BankHolidayCalendar.isBankHoliday(friday.plusDays(3))
                || MonthDay.from(friday.plusDays(1)).equals(MonthDay.of(12, 25))) {
            friday = friday.minusWeeks(1);
        }
        return friday;
    }

    static OffsetDateTime london(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(PoliceCases.LONDON).toOffsetDateTime();
    }

    /** A DVPN against the respondent protecting the victim, made on {@code friday} and served that evening at 18:00. */
    static JsonObject servedOnFridayEvening(ApiClient police, long respondent, long victim, LocalDate friday) {
        ApiClient.Response recorded = police.post("/api/orders", Json.createObjectBuilder()
                .add("orderType", "DVPN").add("respondentId", respondent).add("applicant", "POLICE")
                .add("madeOn", friday.toString())
                .add("protectedPersons", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("personId", victim).add("role", "VICTIM")))
                .add("conditions", conditions("NO_CONTACT")).build().toString());
        assertEquals(201, recorded.status(), recorded::toString);
        ApiClient.Response served = police.post("/api/orders/" + id(recorded.json()) + "/service", Json
                .createObjectBuilder().add("version", recorded.json().getJsonNumber("version").longValue())
                .add("servedAt", london(friday, 18).toString()).build().toString());
        assertEquals(200, served.status(), served::toString);
        return served.json();
    }

    @Test
    void aDvpnServedOnFridayEveningIsHeardByMondayEveningSoASundayEveningBreachStands() {
        LocalDate friday = fridayBeforeAnOrdinaryWeekend(today().minusDays(4));
        LocalDate sunday = friday.plusDays(2);
        LocalDate monday = friday.plusDays(3);
        Household household = household();
        JsonObject notice = servedOnFridayEvening(police, household.respondent(), household.victim(), friday);
        String path = "/api/orders/" + id(notice);

        assertEquals(london(monday, 18).toInstant(),
                OffsetDateTime.parse(notice.getString("hearingDeadline")).toInstant());
        assertEquals("Deadline Monday " + PoliceCases.UK_DATE.format(monday) + " 18:00 — Sunday "
                + PoliceCases.UK_DATE.format(sunday) + " not counted (Crime and Security Act 2010 s.27)",
                notice.getString("deadlineText"));
        assertEquals(List.of(sunday.toString()), notice.getJsonArray("skippedDays").getValuesAs(JsonObject.class)
                .stream().map(day -> day.getString("date")).toList());
        assertEquals("EXPIRED", notice.getString("status"), "Monday 18:00 has passed");

        ApiClient.Response sundayEvening = police.post(path + "/breaches",
                breach(conditionId(notice, 0), london(sunday, 20)).build().toString());
        assertEquals(201, sundayEvening.status(), sundayEvening::toString);
        ApiClient.Response mondayNight = police.post(path + "/breaches",
                breach(conditionId(notice, 0), london(monday, 20)).build().toString());
        assertProblem(mondayNight, 400);
        assertEquals(List.of("occurredAt"), fields(mondayNight), mondayNight::toString);
        assertTrue(mondayNight.toString().contains("until " + PoliceCases.UK_DATE.format(monday) + " 18:00"),
                mondayNight::toString);
    }

    @Test
    void anAdjournedHearingKeepsTheNoticeInForceUntilTheDvpoMadeFromItReplacesIt() {
        LocalDate friday = fridayBeforeAnOrdinaryWeekend(today().minusDays(4));
        LocalDate monday = friday.plusDays(3);
        Household household = household();
        JsonObject notice = servedOnFridayEvening(police, household.respondent(), household.victim(), friday);
        String path = "/api/orders/" + id(notice);
        String mondayNight = breach(conditionId(notice, 0), london(monday, 20)).build().toString();
        assertProblem(police.post(path + "/breaches", mondayNight), 400);

        OffsetDateTime adjournedTo = london(today().plusDays(1), 10);
        JsonObject adjourned = step(path + "/adjournment", notice, Json.createObjectBuilder()
                .add("adjournedOn", monday.toString()).add("adjournedTo", adjournedTo.toString())
                .add("reason", "The respondent asked for time to instruct a solicitor"));
        assertEquals("IN_FORCE", adjourned.getString("status"), adjourned::toString);
        assertEquals(adjournedTo.toInstant(), OffsetDateTime.parse(adjourned.getString("adjournedTo")).toInstant());
        assertTrue(adjourned.getString("hearingWarning").startsWith("The hearing was adjourned to "),
                adjourned::toString);
        assertEquals("Hearing adjourned", adjourned.getJsonArray("history").getJsonObject(1).getString("kind"));
        ApiClient.Response afterTheDeadline = police.post(path + "/breaches", mondayNight);
        assertEquals(201, afterTheDeadline.status(), "the adjourned notice continues in force: " + afterTheDeadline);
        List<JsonObject> awaiting = police.get("/api/order-worklist").json().getJsonArray("awaitingHearing")
                .getValuesAs(JsonObject.class);
        JsonObject listed = awaiting.stream().filter(order -> id(order) == id(notice)).findFirst().orElseThrow();
        assertEquals(london(monday, 18).toInstant(),
                OffsetDateTime.parse(listed.getString("hearingDeadline")).toInstant());

        JsonObject draft = police.get("/api/orders/draft?noticeId=" + id(notice)).json();
        assertEquals("DVPO", draft.getString("orderType"));
        assertEquals(id(notice), draft.getJsonNumber("followsNoticeId").longValue());
        assertEquals(household.respondent(), draft.getJsonNumber("respondentId").longValue());
        assertEquals(1, draft.getJsonArray("protectedPersons").size());
        assertEquals("NO_CONTACT", draft.getJsonArray("conditions").getJsonObject(0).getString("kind"));
        JsonObjectBuilder dvpo = Json.createObjectBuilder(draft).add("court", "Northampton Magistrates' Court")
                .add("madeOn", today().toString());
        ApiClient.Response twentyNineDays = police.post("/api/orders", dvpo.add("expiresOn",
                today().plusDays(28).toString()).add("durationReason", "The court wanted a longer order").build()
                .toString());
        assertProblem(twentyNineDays, 400);
        assertEquals(List.of("expiresOn"), fields(twentyNineDays), twentyNineDays::toString);
        JsonObject order = recordOrder(Json.createObjectBuilder(draft).add("court", "Northampton Magistrates' Court")
                .add("madeOn", today().toString()).add("expiresOn", today().plusDays(27).toString()));
        assertEquals(id(notice), order.getJsonNumber("followsNoticeId").longValue());

        JsonObject replaced = police.get(path).json();
        assertEquals("DISCHARGED", replaced.getString("status"), replaced::toString);
        assertEquals(id(order), replaced.getJsonNumber("followedByOrderId").longValue());
        assertProblem(police.get("/api/orders/draft?noticeId=" + id(notice)), 422);
    }

    @Test
    void recordsTheRestrainingOrderACourtCaseMade() {
        ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth().withYear(1980), daysAgo(30));
        ApiClient.Response charged = police.post("/api/disposals", Json.createObjectBuilder()
                .add("arrestId", arrested.arrestId()).add("outcomeType", "CHARGED_OR_SUMMONSED")
                .add("decisionMaker", "CPS").add("decidedOn", today().minusDays(25).toString())
                .add("reason", "CPS authorised charge").build().toString());
        assertEquals(201, charged.status(), charged::toString);
        long courtCaseId = charged.json().getJsonNumber("courtCaseId").longValue();
        String courtCase = "/api/court-cases/" + courtCaseId;
        JsonObject pleaded = step(courtCase + "/plea", police.get(courtCase).json(), Json.createObjectBuilder()
                .add("plea", "GUILTY").add("pleadedOn", today().minusDays(20).toString()));
        assertProblem(police.get("/api/orders/draft?courtCaseId=" + courtCaseId), 422);
        step(courtCase + "/restraining-order", pleaded, Json.createObjectBuilder()
                .add("madeOn", today().minusDays(20).toString()));

        JsonObject draft = police.get("/api/orders/draft?courtCaseId=" + courtCaseId).json();
        assertEquals("RESTRAINING_CONVICTION", draft.getString("orderType"));
        assertEquals(arrested.suspectId(), draft.getJsonNumber("respondentId").longValue());
        assertEquals(today().minusDays(20).toString(), draft.getString("madeOn"));
        JsonObject completed = Json.createObjectBuilder(draft).add("court", "Northampton Magistrates' Court")
                .add("protectedPersons", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("personId", arrested.victimId()).add("role", "VICTIM")))
                .add("conditions", conditions("NO_CONTACT")).build();
        JsonObject order = recordOrder(Json.createObjectBuilder(completed));
        assertEquals(courtCaseId, order.getJsonNumber("courtCaseId").longValue());
        assertEquals("Sentencing Act 2020 s.363", order.getString("breachStatute"));

        ApiClient.Response twice = police.post("/api/orders", completed.toString());
        assertEquals(List.of("courtCaseId"), fields(twice), twice::toString);
    }

    private static JsonArrayBuilder conditions(String kind) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", kind));
    }

    @Test
    void anOrderAgainstADuplicateRecordFollowsHimWhenTheRecordsAreMerged() {
        Household household = household();
        long duplicate = People.register(police, household.victimSurname(), "Dean", People.uniqueDateOfBirth());
        JsonObject order = recordOrder(nonMolestation(new Household(duplicate, household.victim(), household.child(),
                household.victimSurname(), household.postcode()), today().minusDays(3)));

        ApiClient.Response merged = admin.post("/api/persons/" + household.respondent() + "/merge",
                "{\"duplicateId\":" + duplicate + ",\"reason\":\"Same man: custody record confirms it\"}");
        assertEquals(200, merged.status(), merged::toString);

        JsonObject moved = police.get("/api/orders/" + id(order)).json();
        assertEquals(household.respondent(), moved.getJsonNumber("respondentId").longValue());
        assertEquals(order.getJsonNumber("version").longValue() + 1, moved.getJsonNumber("version").longValue(),
                "a form opened before the merge cannot put the retired record back");
        assertTrue(police.get("/api/orders?personId=" + household.respondent()).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().anyMatch(found -> id(found) == id(order)));
    }

    @Test
    void auditsWhoRecordedAndWhoReadAnOrder() {
        Household household = household();
        JsonObject order = recordOrder(nonMolestation(household, today().minusDays(3)));
        People.openedWithAReasonBy(household.respondent(), "probation.demo");
        probation.get("/api/orders/" + id(order));

        List<JsonObject> rows = admin.get("/api/audit?recordType=CivilOrder&size=50&recordId=" + id(order))
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(rows.stream().anyMatch(r -> r.getString("action").equals("CREATE")
                && r.getString("username").equals("police.demo")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.getString("action").equals("VIEW")
                && r.getString("username").equals("probation.demo")), rows::toString);
    }

    @Test
    void describesTheOrdersApiInTheOpenApiDocument() {
        String document = ApiClient.anonymous().get("/openapi").body();
        for (String path : List.of("/api/orders", "/api/orders/{id}", "/api/orders/{id}/breaches",
                "/api/orders/{id}/service", "/api/orders/{id}/variations", "/api/orders/{id}/extensions",
                "/api/orders/{id}/discharge", "/api/orders/near", "/api/orders/draft", "/api/order-worklist")) {
            assertTrue(document.contains("\"" + path + "\""), "the document lists " + path);
        }
    }
}
