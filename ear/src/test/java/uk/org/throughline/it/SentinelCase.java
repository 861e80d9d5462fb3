package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.throughline.it.PoliceCases.created;
import static uk.org.throughline.it.PoliceCases.daysAgo;
import static uk.org.throughline.it.ProgrammeCases.id;
import static uk.org.throughline.it.ProgrammeCases.ok;
import static uk.org.throughline.it.TestClock.today;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A woman and the man who harmed her, built through the API with a value found nowhere else (a
 * sentinel) in every field that could lead him, or anyone working with him, to her: her address,
 * her safe contact details and refuge, and every police and victim-safety text about them. He is
 * probation.demo's man (who opened his records for a reason first, then was allocated him and is
 * his case worker on a programme), on facilitator.demo's group, and opened by yot.demo for a reason;
 * each perpetrator-facing worker has opened her records for a reason too, so nothing stops a read
 * of either but what must be withheld. No police text is marked shareable with offender managers.
 */
final class SentinelCase {

    /** The perpetrator-facing roles' demo logins. */
    static final List<String> PERPETRATOR_FACING = List.of("probation.demo", "yot.demo", "facilitator.demo");

    /** The reason the workers give for opening records, and the test for reading a victim's details. */
    static final String REASON = "Leak test: checking what this record shows";

    private final ApiClient police = ApiClient.as("police.demo");
    private final ApiClient partner = ApiClient.as("partner.demo");
    private final ApiClient probation = ApiClient.as("probation.demo");
    private final ApiClient facilitator = ApiClient.as("facilitator.demo");
    private final String token = token();

    /** Each sentinel by what it stands for, e.g. "safe phone" → "07700 912345". */
    final Map<String, String> sentinels = new LinkedHashMap<>();
    /** The highest id this case created of each kind of record, by the API collection that reads it. */
    final Map<String, Long> highestIds = new LinkedHashMap<>();
    final String surname = "Sentry" + token.chars().mapToObj(c -> String.valueOf((char) ('a' + c % 26)))
            .reduce("", String::concat);
    final List<String> policeReferences = List.of(PoliceCases.uniqueReference(), PoliceCases.uniqueReference());
    final long perpetratorId;
    final long victimId;
    final long orderId;

    private SentinelCase() {
        String homePostcode = sentinel("home postcode", postcode());
        perpetratorId = created(police, "/api/persons?confirmNew=true", Json.createObjectBuilder()
                .add("surname", surname).add("forenames", "Darren").add("gender", "MALE")
                .add("dateOfBirth", People.uniqueDateOfBirth().toString())
                .add("warningMarkers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "VIOLENCE")
                        .add("since", today().minusYears(1).toString())
                        .add("notes", sentinel("warning marker note", "SENTINEL-MARKER-" + token)
                                + ": threatened to find her wherever she goes")))
                .build());
        victimId = created(police, "/api/persons?confirmNew=true", Json.createObjectBuilder()
                .add("surname", surname).add("forenames", "Leanne").add("gender", "FEMALE")
                .add("dateOfBirth", People.uniqueDateOfBirth().toString())
                .add("addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("line1", sentinel("home address", "SENTINEL-ADDR-" + token))
                        .add("town", sentinel("home town", "SENTINEL-TOWN-" + token))
                        .add("postcode", homePostcode).add("from", "2020-01-01")))
                .build());
        highestIds.put("/api/persons", victimId);
        highestIds.put("/api/victims", victimId);

        cautionAfterBail();
        openVictimRecord();
        probationTakesHimOn();
        long courtCaseId = chargedAndSentenced();
        warnedOnBuildingBetterRelationships(courtCaseId);
        orderId = orderBreachedAndVaried(homePostcode);
        riskAssessedAndReferredToMarac();
        logContactAttempt();
        for (String worker : PERPETRATOR_FACING) {
            openForReason(worker, victimId);
        }
        openForReason("yot.demo", perpetratorId);
        highestIds.put("/api/programmes", probation.get("/api/programmes").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().mapToLong(ProgrammeCases::id).max().orElseThrow());
        parallelSupport();
    }

    /**
     * Her support alongside his programme is read by her id, his side of it by his referral's; and a parent
     * group, victim-facing business that no perpetrator-facing role may open.
     */
    private void parallelSupport() {
        highestIds.put("/api/parallel-support/victims", victimId);
        highestIds.put("/api/parallel-support/referrals", highestIds.get("/api/referrals"));
        highestIds.put("/api/parallel-support/parent-groups", id(ok(201, partner.post(
                "/api/parallel-support/parent-groups", Json.createObjectBuilder().add("name", "YUVA parents " + token)
                        .add("venue", "Daventry Family Hub").add("worker", "partner.demo").build().toString()))));
    }

    /** Builds the whole case through the API. */
    static SentinelCase build() {
        return new SentinelCase();
    }

    /**
     * Which sentinels {@code text} contains, by what they stand for; neither case nor white space matters
     * (a postcode or phone number written without its space, a PDF's line breaks).
     */
    List<String> foundIn(String text) {
        String plain = compact(text);
        return sentinels.entrySet().stream()
                .filter(sentinel -> plain.contains(compact(sentinel.getValue())))
                .map(sentinel -> sentinel.getKey() + " " + sentinel.getValue())
                .toList();
    }

    /** The name the pages and searches give her, e.g. "SENTRYABC, Leanne". */
    String victimDisplayName() {
        return surname.toUpperCase(Locale.UK) + ", Leanne";
    }

    /** The first incident, his arrest and bail with a condition, then a conditional caution with her views. */
    private void cautionAfterBail() {
        OffsetDateTime occurredAt = daysAgo(40);
        long incidentId = created(police, "/api/incidents", incident(policeReferences.get(0), occurredAt, "STANDARD"));
        long arrestId = created(police, "/api/arrests", PoliceCases.arrest(incidentId, perpetratorId,
                occurredAt.plusMinutes(90)).build());
        highestIds.put("/api/arrests", arrestId);
        custodyResult(arrestId, Json.createObjectBuilder().add("result", "BAILED_WITH_CONDITIONS")
                .add("decidedOn", occurredAt.toLocalDate().plusDays(1).toString())
                .add("bailConditions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("text", sentinel("bail condition", "SENTINEL-BAIL-" + token)
                                + ": not to go to her mother's house")
                        .add("expiresOn", today().plusDays(30).toString()))));
        LocalDate cautionedOn = today().minusDays(30);
        custodyResult(arrestId, Json.createObjectBuilder().add("result", "OUT_OF_COURT_DISPOSAL")
                .add("decidedOn", cautionedOn.toString()));
        JsonObject caution = ok(201, police.post("/api/cautions", PoliceCases.caution(arrestId,
                PoliceCases.pipaSchemeId(police), cautionedOn)
                .add("victimViews", sentinel("caution victim's views", "SENTINEL-VIEWS-" + token)
                        + ": she has moved and does not want him told where")
                .add("conditions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "REHABILITATIVE")
                                .add("description", "Attend and complete both Project PIPA workshops")
                                .add("programmeName", "Project PIPA"))
                        .add(Json.createObjectBuilder().add("type", "RESTRICTIVE")
                                .add("description", sentinel("caution condition", "SENTINEL-CAUTION-" + token)
                                        + ": not to go to the street where she now lives")
                                .add("startsOn", cautionedOn.toString())
                                .add("endsOn", cautionedOn.plusWeeks(12).toString())))
                .build().toString()));
        highestIds.put("/api/cautions", id(caution));
    }

    private JsonObject incident(String reference, OffsetDateTime occurredAt, String dashLevel) {
        return PoliceCases.incident(reference, occurredAt, perpetratorId, victimId)
                .add("location", sentinel("incident location", "SENTINEL-LOCATION-" + token))
                .add("account", sentinel("incident account", "SENTINEL-ACCOUNT-" + token)
                        + ": she told officers she is staying with her sister")
                .add("dashLevel", dashLevel)
                .build();
    }

    private void custodyResult(long arrestId, JsonObjectBuilder result) {
        JsonObject arrest = ok(200, police.get("/api/arrests/" + arrestId));
        ok(200, police.post("/api/arrests/" + arrestId + "/custody-result",
                result.add("version", arrest.getJsonNumber("version").longValue()).build().toString()));
    }

    /** partner.demo opens her victim record, linked to him, with every safe contact detail a sentinel. */
    private void openVictimRecord() {
        ok(201, partner.post("/api/victims", Json.createObjectBuilder()
                .add("personId", victimId).add("partnerContactWorker", "partner.demo")
                .add("safePhone", sentinel("safe phone", "07700 9" + digits(5)))
                .add("safeTimes", sentinel("safe times", "SENTINEL-TIMES-" + token))
                .add("messagesMayBeLeft", false)
                .add("safeEmail", sentinel("safe email", "sentinel-email-" + token.toLowerCase(Locale.UK)
                        + "@example.org"))
                .add("codeWord", sentinel("code word", "SENTINEL-CODE-" + token))
                .add("addressLine1", sentinel("refuge address", "SENTINEL-REFUGE-" + token))
                .add("addressTown", sentinel("refuge town", "SENTINEL-REFUGETOWN-" + token))
                .add("addressPostcode", sentinel("refuge postcode", postcode()))
                .add("inRefuge", true).add("consent", "GIVEN").add("consentOn", today().toString())
                .add("perpetrators", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("personId", perpetratorId).add("relationship", "CURRENT_INTIMATE_PARTNER")))
                .build().toString()));
    }

    /** probation.demo opens his records for a reason, then a manager allocates him to probation.demo. */
    private void probationTakesHimOn() {
        openForReason("probation.demo", perpetratorId);
        People.allocatedTo(perpetratorId, "probation.demo");
    }

    private static void openForReason(String worker, long personId) {
        ApiClient.Response opened = ApiClient.as(worker).post("/api/persons/" + personId + "/access/reasons",
                Json.createObjectBuilder().add("reason", REASON).build().toString());
        if (opened.status() / 100 != 2) {
            throw new AssertionError(worker + " could not open person " + personId + " for a reason: " + opened);
        }
    }

    /** A second incident, a voluntary interview, the charge and a community order with an exclusion requirement. */
    private long chargedAndSentenced() {
        OffsetDateTime occurredAt = daysAgo(25);
        long incidentId = created(police, "/api/incidents", incident(policeReferences.get(1), occurredAt, "MEDIUM"));
        highestIds.put("/api/incidents", incidentId);
        long interviewId = created(police, "/api/voluntary-interviews", Json.createObjectBuilder()
                .add("incidentId", incidentId).add("personId", perpetratorId)
                .add("interviewedAt", occurredAt.plusDays(1).toString())
                .add("location", "Weston Favell police station").build());
        highestIds.put("/api/voluntary-interviews", interviewId);
        JsonObject charged = ok(201, police.post("/api/disposals", Json.createObjectBuilder()
                .add("voluntaryInterviewId", interviewId).add("outcomeType", "CHARGED_OR_SUMMONSED")
                .add("decisionMaker", "CPS").add("decidedOn", today().minusDays(22).toString())
                .add("reason", "Sufficient evidence; CPS authorised charge").build().toString()));
        highestIds.put("/api/disposals", id(charged));
        long courtCaseId = charged.getJsonNumber("courtCaseId").longValue();
        highestIds.put("/api/court-cases", courtCaseId);
        String courtCase = "/api/court-cases/" + courtCaseId;
        JsonObject pleaded = courtStep(courtCase + "/plea", ok(200, police.get(courtCase)), Json.createObjectBuilder()
                .add("plea", "GUILTY").add("pleadedOn", today().minusDays(20).toString()));
        courtStep(courtCase + "/sentence", pleaded, Json.createObjectBuilder()
                .add("sentenceType", "COMMUNITY_ORDER").add("sentencedOn", today().minusDays(15).toString())
                .add("endsOn", today().plusMonths(12).toString())
                .add("requirements", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "ACCREDITED_PROGRAMME")
                                .add("detail", "Building Better Relationships"))
                        .add(Json.createObjectBuilder().add("type", "EXCLUSION")
                                .add("detail", sentinel("sentence requirement", "SENTINEL-REQUIREMENT-" + token)
                                        + ": not to enter the street where she lives"))));
        return courtCaseId;
    }

    private JsonObject courtStep(String path, JsonObject before, JsonObjectBuilder step) {
        return ok(200, police.post(path, step.add("version", before.getJsonNumber("version").longValue())
                .build().toString()));
    }

    /**
     * Referred by probation.demo (his case worker) to Building Better Relationships for the court
     * order, placed on facilitator.demo's new group meeting today (on a bank holiday, the last day
     * before), and absent from it without excuse: a warning.
     */
    private void warnedOnBuildingBetterRelationships(long courtCaseId) {
        LocalDate referredOn = today().minusDays(14);
        JsonObject referred = ok(201, probation.post("/api/referrals", Json.createObjectBuilder()
                .add("programmeId", ProgrammeCases.programmeId(probation, "Building Better Relationships"))
                .add("personId", perpetratorId).add("route", "COURT_ORDER").add("referredOn", referredOn.toString())
                .add("courtCaseId", courtCaseId).add("caseWorker", "probation.demo").add("riskLevel", "MEDIUM")
                .build().toString()));
        long referral = id(referred);
        highestIds.put("/api/referrals", referral);
        JsonObject assessed = ProgrammeCases.step(probation, referral, "assessment", referred,
                Json.createObjectBuilder().add("suitable", true).add("on", referredOn.plusDays(1).toString()));
        JsonObject waiting = ProgrammeCases.step(probation, referral, "waiting", assessed,
                Json.createObjectBuilder().add("on", referredOn.plusDays(2).toString()));
        LocalDate day = ProgrammeCases.lastMeetingDay();
        JsonObject cohort = ProgrammeCases.scheduledCohort("Building Better Relationships",
                "BBR " + PoliceCases.uniqueReference(), day, day.getDayOfWeek(), "00:00");
        highestIds.put("/api/cohorts", id(cohort));
        List<JsonObject> sessions = cohort.getJsonArray("sessions").getValuesAs(JsonObject.class);
        highestIds.put("/api/sessions", id(sessions.get(sessions.size() - 1)));
        ProgrammeCases.step(facilitator, referral, "allocation", waiting, Json.createObjectBuilder()
                .add("cohortId", id(cohort)).add("on", day.toString()));
        String register = "/api/sessions/" + id(sessions.get(0)) + "/attendance";
        ApiClient.Response read = facilitator.get(register);
        ok(200, facilitator.putIfMatch(register, read.header("ETag"), Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("referralId", referral).add("mark", "ABSENT_UNACCEPTABLE")))
                .build().toString()));
        JsonObject warning = ok(200, probation.get("/api/programme-worklists/case-worker"))
                .getJsonArray("warningsAwaitingResponse").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("referralId").longValue() == referral).findFirst()
                .orElseThrow(() -> new AssertionError("No warning for referral " + referral));
        highestIds.put("/api/enforcement-actions", warning.getJsonNumber("actionId").longValue());
    }

    /** A non-molestation order protecting her, served, breached yesterday and varied today. */
    private long orderBreachedAndVaried(String homePostcode) {
        JsonObject order = ok(201, police.post("/api/orders", Json.createObjectBuilder()
                .add("orderType", "NON_MOLESTATION").add("respondentId", perpetratorId)
                .add("applicant", "VICTIM").add("court", "Northampton Family Court").add("caseNumber", "NN26F00999")
                .add("madeOn", today().minusDays(3).toString()).add("expiresOn", today().plusMonths(6).toString())
                .add("protectedPersons", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("personId", victimId).add("role", "VICTIM")))
                .add("conditions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "NO_CONTACT")
                                .add("detail", sentinel("order condition", "SENTINEL-CONDITION-" + token)
                                        + ": not to contact her at her new workplace"))
                        .add(Json.createObjectBuilder().add("kind", "EXCLUSION_ADDRESS")
                                .add("addressLine", sentinel("exclusion zone address", "SENTINEL-EXCLUSION-" + token))
                                .add("town", sentinels.get("home town")).add("postcode", homePostcode)
                                .add("victimsAddress", true)))
                .build().toString()));
        long id = id(order);
        highestIds.put("/api/orders", id);
        String path = "/api/orders/" + id;
        JsonObject served = ok(200, police.post(path + "/service", Json.createObjectBuilder()
                .add("version", order.getJsonNumber("version").longValue())
                .add("servedAt", daysAgo(2).toString()).build().toString()));
        JsonObject breach = ok(201, police.post(path + "/breaches", Json.createObjectBuilder()
                .add("occurredAt", daysAgo(1).toString())
                .add("conditionId", served.getJsonArray("conditions").getJsonObject(0).getJsonNumber("id").longValue())
                .add("whatHappened", sentinel("breach narrative", "SENTINEL-BREACH-" + token)
                        + ": waited outside her sister's flat")
                .add("reportedBy", "The victim, by 999 call").add("policeAction", "ARRESTED").add("route", "CRIMINAL")
                .build().toString()));
        highestIds.put("/api/orders/{id}/breaches", id(breach));
        ok(200, police.post(path + "/variations", Json.createObjectBuilder()
                .add("version", ok(200, police.get(path)).getJsonNumber("version").longValue())
                .add("variedOn", today().toString())
                .add("description", sentinel("variation wording", "SENTINEL-VARIATION-" + token)
                        + ": extended to her new address")
                .build().toString()));
        return id;
    }

    /** Her DASH raised to high by judgement, a MARAC referral listed at a new meeting with an action, a safety plan. */
    private void riskAssessedAndReferredToMarac() {
        JsonObject dash = ok(201, partner.post("/api/risk-assessments", RiskCases.dash(victimId, 10)
                .add("incidentId", highestIds.get("/api/incidents"))
                .add("judgedLevel", "HIGH")
                .add("judgementReason", sentinel("DASH judgement", "SENTINEL-DASH-" + token)
                        + ": he has found out which town she moved to")
                .build().toString()));
        highestIds.put("/api/risk-assessments", id(dash));
        JsonObject referral = ok(201, partner.post("/api/marac/referrals", RiskCases.referral(victimId,
                "PROFESSIONAL_JUDGEMENT", sentinel("MARAC reason", "SENTINEL-MARAC-" + token)
                        + ": he is looking for her new address").toString()));
        highestIds.put("/api/marac/referrals", id(referral));
        JsonObject meeting = ok(201, partner.post("/api/marac/meetings", Json.createObjectBuilder()
                .add("meetsOn", today().plusDays(7).toString()).add("area", "Daventry").build().toString()));
        highestIds.put("/api/marac/meetings", id(meeting));
        ok(200, partner.post("/api/marac/referrals/" + id(referral) + "/listing", Json.createObjectBuilder()
                .add("version", referral.getJsonNumber("version").longValue()).add("meetingId", id(meeting))
                .build().toString()));
        ok(201, partner.post("/api/marac/referrals/" + id(referral) + "/actions", Json.createObjectBuilder()
                .add("agency", "HOUSING")
                .add("action", sentinel("MARAC action", "SENTINEL-ACTION-" + token)
                        + ": fit a door alarm at the refuge")
                .add("dueOn", today().plusDays(14).toString()).build().toString()));
        ok(201, partner.post("/api/safety-plans/" + victimId + "/items", RiskCases.safetyMeasure(
                sentinel("safety plan item", "SENTINEL-SAFETY-" + token) + ": taxi from the refuge to work",
                "AGREED", today().plusDays(3)).build().toString()));
    }

    /** partner.demo logs an attempt to reach her on the plan his referral opened. */
    private void logContactAttempt() {
        ApiClient.Response plans = partner.get("/api/victims/my-plans");
        assertEquals(200, plans.status(), plans::toString);
        JsonObject plan = plans.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(mine -> mine.getJsonNumber("victimPersonId").longValue() == victimId).findFirst()
                .orElseThrow(() -> new AssertionError("No partner-contact plan for her: " + plans));
        ok(200, partner.post("/api/victims/" + victimId + "/contacts", Json.createObjectBuilder()
                .add("planId", id(plan)).add("version", plan.getJsonNumber("version").longValue())
                .add("attemptedOn", today().toString()).add("method", "PHONE").add("outcome", "MADE")
                .add("disclosures", sentinel("contact disclosures", "SENTINEL-DISCLOSURE-" + token)
                        + ": he texted her new number")
                .add("concerns", "Worried he will find the refuge")
                .add("actions", "Safety plan reviewed").build().toString()));
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.UK);
    }

    private String sentinel(String standsFor, String value) {
        sentinels.put(standsFor, value);
        return value;
    }

    /** Six letters and digits of this run's own. */
    private static String token() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            token.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return token.toString();
    }

    /** A postcode in an area that does not exist (ZY), so nothing else in the database has it. */
    private static String postcode() {
        String letters = "ABDEFGHJLNPRSTUWXYZ";
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "ZY" + (10 + random.nextInt(90)) + " " + random.nextInt(10)
                + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()));
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
