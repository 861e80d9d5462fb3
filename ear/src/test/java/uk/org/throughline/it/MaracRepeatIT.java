package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.TestClock.today;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.org.throughline.it.VictimCases.Pair;

/**
 * A MARAC repeat (SafeLives): a breach of an order by the man her MARAC referral names, within 12 months of it,
 * is flagged the moment police record it, and the MARAC coordinators (marac.demo), her partner-contact worker
 * (partner.demo) and his offender manager (probation.demo) have the alert as soon as the breach's POST returns;
 * the MARAC criteria then say the repeat criterion is met, naming the breach. A refused breach flags nothing,
 * and one more than 12 months after the referral is no repeat.
 */
@ExtendWith(ArquillianExtension.class)
class MaracRepeatIT {

    private final ApiClient police = ApiClient.as("police.demo");
    private final ApiClient partner = ApiClient.as("partner.demo");
    private final ApiClient probation = ApiClient.as("probation.demo");
    private final ApiClient coordinator = ApiClient.as("marac.demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void aBreachWithinTwelveMonthsOfHerMaracReferralIsARepeatThatReachesTheCoordinatorHerWorkerAndHisOffenderManager() {
        Pair pair = VictimCases.victimWithPerpetrator();
        People.allocatedTo(pair.perpetratorId(), "probation.demo");
        JsonObject referral = referredOnJudgement(pair, today().minusMonths(5));
        assertEquals(pair.perpetratorId(), referral.getJsonNumber("perpetratorPersonId").longValue(),
                "the referral names the one man linked to her");
        JsonObject before = suggestion(coordinator, pair);
        assertTrue(ApiClient.isNull(before.get("flaggedRepeat")), before::toString);
        assertFalse(before.getString("text").contains("Repeat criterion met"), before::toString);

        JsonObject order = VictimCases.orderProtecting(pair);
        ApiClient.Response breach = breach(order, PoliceCases.daysAgo(1));
        assertEquals(201, breach.status(), breach::toString);
        long breachId = breach.json().getJsonNumber("id").longValue();

        String expected = "MARAC repeat for " + pair.victimName() + ": breach of the Non-molestation order by ";
        assertTrue(repeatAlerts(coordinator, pair.victimId()).get(0).startsWith(expected),
                () -> repeatAlerts(coordinator, pair.victimId()).toString());
        assertEquals(repeatAlerts(coordinator, pair.victimId()), repeatAlerts(partner, pair.victimId()),
                "her worker has the same alert");
        List<String> toOffenderManager = repeatAlerts(probation, pair.perpetratorId());
        assertEquals(1, toOffenderManager.size(), "his offender manager has it too, though no programme names him");
        assertTrue(toOffenderManager.get(0).startsWith("MARAC repeat: breach of the Non-molestation order by ")
                && !toOffenderManager.get(0).contains("referral"), toOffenderManager::toString);
        assertTrue(alertKinds(probation, pair.perpetratorId()).contains("ORDER_BREACH"),
                "his offender manager hears of the breach itself");

        JsonObject after = suggestion(coordinator, pair);
        JsonObject flagged = after.getJsonObject("flaggedRepeat");
        assertEquals("ORDER_BREACH", flagged.getString("trigger"));
        assertEquals(breachId, flagged.getJsonNumber("triggerId").longValue());
        assertEquals(referral.getJsonNumber("id").longValue(), flagged.getJsonNumber("maracReferralId").longValue());
        assertTrue(after.getString("text").contains("Repeat criterion met: breach of the Non-molestation order by "),
                after::toString);
        JsonObject read = coordinator.get("/api/marac/referrals/" + referral.getJsonNumber("id")).json();
        assertEquals(breachId, read.getJsonArray("repeatsFlagged").getJsonObject(0).getJsonNumber("triggerId")
                .longValue(), read::toString);
    }

    @Test
    void aNewIncidentBetweenThemWithinTwelveMonthsIsARepeatToo() {
        Pair pair = VictimCases.victimWithPerpetrator();
        JsonObject referral = referredOnJudgement(pair, today().minusMonths(3));

        long incident = PoliceCases.created(police, "/api/incidents", PoliceCases.incident(
                PoliceCases.uniqueReference(), PoliceCases.daysAgo(2), pair.perpetratorId(), pair.victimId()).build());

        JsonObject flagged = suggestion(coordinator, pair).getJsonObject("flaggedRepeat");
        assertEquals("INCIDENT", flagged.getString("trigger"));
        assertEquals(incident, flagged.getJsonNumber("triggerId").longValue());
        assertEquals(referral.getJsonNumber("id").longValue(), flagged.getJsonNumber("maracReferralId").longValue());
        assertEquals(1, repeatAlerts(partner, pair.victimId()).size(), "her worker is told");
    }

    @Test
    void aRefusedBreachFlagsNothing() {
        Pair pair = VictimCases.victimWithPerpetrator();
        People.allocatedTo(pair.perpetratorId(), "probation.demo");
        referredOnJudgement(pair, today().minusMonths(2));
        JsonObject order = VictimCases.orderProtecting(pair);

        ApiClient.Response beforeService = breach(order, PoliceCases.daysAgo(3));
        assertEquals(400, beforeService.status(), beforeService::toString);

        assertEquals(List.of(), repeatAlerts(coordinator, pair.victimId()));
        assertEquals(List.of(), repeatAlerts(partner, pair.victimId()));
        assertEquals(List.of(), repeatAlerts(probation, pair.perpetratorId()));
        assertTrue(ApiClient.isNull(suggestion(coordinator, pair).get("flaggedRepeat")));
    }

    @Test
    void aBreachMoreThanTwelveMonthsAfterHerReferralIsNoRepeat() {
        Pair pair = VictimCases.victimWithPerpetrator();
        referredOnJudgement(pair, today().minusMonths(12).minusDays(3));
        ApiClient.Response breach = breach(VictimCases.orderProtecting(pair), PoliceCases.daysAgo(1));
        assertEquals(201, breach.status(), breach::toString);

        assertEquals(List.of(), repeatAlerts(partner, pair.victimId()));
        assertTrue(ApiClient.isNull(suggestion(partner, pair).get("flaggedRepeat")),
                "her worker reads her still; the coordinator no longer does, her case being over a year old");
    }

    @Test
    void theCoordinatorReadsTheVictimAndPerpetratorOfAMaracCaseAndNoOneElse() {
        Pair pair = VictimCases.victimWithPerpetrator();
        assertEquals(403, coordinator.get("/api/marac/suggestion?personId=" + pair.victimId()).status(),
                "not a MARAC case yet");
        assertEquals(403, coordinator.get("/api/persons/" + pair.perpetratorId()).status());

        referredOnJudgement(pair, today());
        assertEquals(200, coordinator.get("/api/marac/suggestion?personId=" + pair.victimId()).status());
        assertEquals(200, coordinator.get("/api/persons/" + pair.perpetratorId()).status());
    }

    /** partner.demo refers her case on professional judgement on that day, naming no one (so the one man linked). */
    private JsonObject referredOnJudgement(Pair pair, LocalDate on) {
        ApiClient.Response referred = partner.post("/api/marac/referrals", Json.createObjectBuilder()
                .add("personId", pair.victimId()).add("referredOn", on.toString()).add("referringAgency", "IDVA")
                .add("criterion", "PROFESSIONAL_JUDGEMENT").add("reason", "He has threatened to find her new address")
                .build().toString());
        assertEquals(201, referred.status(), referred::toString);
        return referred.json();
    }

    private ApiClient.Response breach(JsonObject order, OffsetDateTime occurredAt) {
        return police.post("/api/orders/" + order.getJsonNumber("id") + "/breaches", Json.createObjectBuilder()
                .add("occurredAt", occurredAt.toString())
                .add("conditionId", order.getJsonArray("conditions").getJsonObject(0).getJsonNumber("id").longValue())
                .add("whatHappened", "Waited for her outside the school gates").add("reportedBy", "The victim, by 999 call")
                .add("policeAction", "ARRESTED").add("route", "CRIMINAL").build().toString());
    }

    private static JsonObject suggestion(ApiClient reader, Pair pair) {
        ApiClient.Response read = reader.get("/api/marac/suggestion?personId=" + pair.victimId());
        assertEquals(200, read.status(), read::toString);
        return read.json();
    }

    /** The messages of the MARAC repeat alerts in the inbox about the person, newest first. */
    private static List<String> repeatAlerts(ApiClient inbox, long personId) {
        return about(inbox, personId).stream().filter(alert -> alert.getString("kind").equals("MARAC_REPEAT"))
                .map(alert -> alert.getString("message")).toList();
    }

    private static List<String> alertKinds(ApiClient inbox, long personId) {
        return about(inbox, personId).stream().map(alert -> alert.getString("kind")).toList();
    }

    private static List<JsonObject> about(ApiClient inbox, long personId) {
        return inbox.get("/api/alerts?limit=200").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(alert -> !ApiClient.isNull(alert.get("personId"))
                        && alert.getJsonNumber("personId").longValue() == personId)
                .toList();
    }
}
