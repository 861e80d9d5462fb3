package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.fail;
import static uk.org.throughline.it.AccessMatrixIT.Login.ADMIN;
import static uk.org.throughline.it.AccessMatrixIT.Login.FACILITATOR;
import static uk.org.throughline.it.AccessMatrixIT.Login.MANAGER;
import static uk.org.throughline.it.AccessMatrixIT.Login.MARAC;
import static uk.org.throughline.it.AccessMatrixIT.Login.PARTNER;
import static uk.org.throughline.it.AccessMatrixIT.Login.POLICE;
import static uk.org.throughline.it.AccessMatrixIT.Login.PROBATION;
import static uk.org.throughline.it.AccessMatrixIT.Login.YOT;
import static uk.org.throughline.it.AccessMatrixIT.Scope.ACCESS;
import static uk.org.throughline.it.AccessMatrixIT.Scope.HER;
import static uk.org.throughline.it.AccessMatrixIT.Scope.HIM;
import static uk.org.throughline.it.AccessMatrixIT.Scope.HIS_VICTIM;
import static uk.org.throughline.it.AccessMatrixIT.Scope.NOT_ABOUT_ONE_PERSON;
import static uk.org.throughline.it.PoliceCases.created;
import static uk.org.throughline.it.PoliceCases.daysAgo;
import static uk.org.throughline.it.ProgrammeCases.id;
import static uk.org.throughline.it.ProgrammeCases.ok;
import static uk.org.throughline.it.ProgrammeCases.step;
import static uk.org.throughline.it.TestClock.today;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.org.throughline.it.VictimCases.Pair;

/**
 * Need to know, endpoint by endpoint: every role × every read (GET) endpoint of the OpenAPI document × a man
 * on the perpetrator-facing workers' caseloads, one on nobody's, and one restricted to an administrator, each
 * with a full case and a woman he harmed. The expected status comes from one rule per endpoint held below:
 * who holds the permission to call it, and whether it is about him, about her, or about no one in particular.
 * An endpoint the document lists without a rule fails the test, so a new one cannot ship without deciding
 * who may read it.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    /** The demo logins, one per role. */
    enum Login {
        POLICE("police.demo", false),
        PROBATION("probation.demo", true),
        YOT("yot.demo", true),
        FACILITATOR("facilitator.demo", true),
        PARTNER("partner.demo", false),
        MANAGER("manager.demo", false),
        /** Reads the victims and perpetrators of MARAC cases, as every subject here is (see NeedToKnowIT for others). */
        MARAC("marac.demo", false),
        ADMIN("admin.demo", false);

        final String username;
        /** Reads only the people on its caseload (or opened with a reason), never the victims'. */
        final boolean perpetratorFacing;

        Login(String username, boolean perpetratorFacing) {
            this.username = username;
            this.perpetratorFacing = perpetratorFacing;
        }
    }

    /** Whose records an endpoint reads, which decides whether the caseload and restrictions apply. */
    enum Scope {
        /** His records: the caseload applies. */
        HIM,
        /** Records about her, alone or with him: never on a perpetrator-facing worker's caseload. */
        HER,
        /** That she is his victim, her risk level and the orders protecting her: his own workers learn it. */
        HIS_VICTIM,
        /** Worklists, catalogues, types and searches: whoever holds the permission gets them. */
        NOT_ABOUT_ONE_PERSON,
        /** What the caller may know of a person before opening the record: it answers whoever may search. */
        ACCESS
    }

    /** How a subject's case stands with the perpetrator-facing workers. */
    enum Standing {
        /** Allocated to probation.demo, his caution's referral with yot.demo, his group run by facilitator.demo. */
        ON,
        /** On nobody's caseload. */
        OFF,
        /** As {@link #ON}, and both he and she restricted to one named administrator: no one else opens them. */
        RESTRICTED
    }

    /** The one member of staff a restricted record stays open to. */
    private static final Login NAMED = ADMIN;

    private static final Set<Login> EVERY_ROLE = EnumSet.allOf(Login.class);
    /** police.read-custody */
    private static final Set<Login> READ_CUSTODY = EnumSet.of(POLICE, MANAGER, ADMIN);
    /** police.read-incidents */
    private static final Set<Login> READ_INCIDENTS = EnumSet.of(POLICE, PARTNER, MANAGER, MARAC, ADMIN);
    /** police.read-outcomes */
    private static final Set<Login> READ_OUTCOMES = EnumSet.of(POLICE, PROBATION, YOT, MANAGER, ADMIN);
    /** order.record */
    private static final Set<Login> RECORD_ORDERS = EnumSet.of(POLICE, ADMIN);
    /** order.search-near-address */
    private static final Set<Login> SEARCH_NEAR_ADDRESS = EnumSet.of(POLICE, PARTNER, ADMIN);
    /** programme.read-referrals */
    private static final Set<Login> READ_REFERRALS = EnumSet.of(PROBATION, YOT, FACILITATOR, PARTNER, MANAGER, ADMIN);
    /** programme.work-with-referrals */
    private static final Set<Login> WORK_WITH_REFERRALS = EnumSet.of(PROBATION, YOT, FACILITATOR, MANAGER, ADMIN);
    /** programme.case-work */
    private static final Set<Login> CASE_WORK = EnumSet.of(PROBATION, YOT, MANAGER, ADMIN);
    /** programme.facilitate */
    private static final Set<Login> FACILITATE = EnumSet.of(FACILITATOR, ADMIN);
    /** risk.assess */
    private static final Set<Login> ASSESS_RISK = EnumSet.of(POLICE, PARTNER, MANAGER, MARAC, ADMIN);
    /** victim.read */
    private static final Set<Login> READ_VICTIMS = EnumSet.of(PARTNER, MANAGER, MARAC, ADMIN);
    /** audit.search, caseload.report, programme.manage */
    private static final Set<Login> MANAGERS = EnumSet.of(MANAGER, ADMIN);
    /** caseload.restrict, programme.edit-catalogue */
    private static final Set<Login> ADMIN_ONLY = EnumSet.of(ADMIN);

    /** Sent with every read: the victim endpoints need it from those who may read her details, others ignore it. */
    private static final String REASON = "planned contact";

    /** One rule per GET path of the OpenAPI document. */
    private static final List<Rule> RULES = List.of(
            // the person index and need to know
            general("/api/persons", EVERY_ROLE, s -> "/api/persons?q=" + s.surname()),
            rule("/api/persons/{id}", EVERY_ROLE, HIM, s -> "/api/persons/" + s.man()),
            rule("/api/persons/{id}/access", EVERY_ROLE, ACCESS, s -> "/api/persons/" + s.man() + "/access"),
            rule("/api/persons/{id}/offender-managers", EVERY_ROLE, HIM,
                    s -> "/api/persons/" + s.man() + "/offender-managers"),
            rule("/api/persons/{id}/restrictions", ADMIN_ONLY, HIM, s -> "/api/persons/" + s.man() + "/restrictions"),
            general("/api/access-outside-caseload", MANAGERS),
            general("/api/audit", MANAGERS, s -> "/api/audit?size=1"),
            general("/api/alerts", EVERY_ROLE),
            general("/api/alerts/unread-count", EVERY_ROLE),
            general("/api/alerts/tasks", EVERY_ROLE),
            // police
            rule("/api/persons/{id}/chronology", EVERY_ROLE, HIM, s -> "/api/persons/" + s.man() + "/chronology"),
            general("/api/police-worklist", READ_CUSTODY),
            rule("/api/incidents", READ_INCIDENTS, HER, s -> "/api/incidents?policeReference=" + s.policeReference()),
            rule("/api/incidents/{id}", READ_INCIDENTS, HER, s -> "/api/incidents/" + s.incident()),
            rule("/api/arrests/{id}", READ_CUSTODY, HIM, s -> "/api/arrests/" + s.arrest()),
            rule("/api/voluntary-interviews/{id}", READ_CUSTODY, HIM, s -> "/api/voluntary-interviews/" + s.interview()),
            general("/api/cautions/schemes", READ_OUTCOMES),
            rule("/api/cautions/{id}", READ_OUTCOMES, HIM, s -> "/api/cautions/" + s.caution()),
            rule("/api/disposals/{id}", READ_OUTCOMES, HIM, s -> "/api/disposals/" + s.disposal()),
            rule("/api/court-cases/{id}", READ_OUTCOMES, HIM, s -> "/api/court-cases/" + s.courtCase()),
            // civil orders: his as the respondent
            rule("/api/orders", EVERY_ROLE, HIM, s -> "/api/orders?personId=" + s.man()),
            rule("/api/orders/{id}", EVERY_ROLE, HIM, s -> "/api/orders/" + s.order()),
            rule("/api/orders/{id}/breaches", EVERY_ROLE, HIM, s -> "/api/orders/" + s.order() + "/breaches"),
            rule("/api/orders/{id}/breaches/{breachId}", EVERY_ROLE, HIM,
                    s -> "/api/orders/" + s.order() + "/breaches/" + s.breach()),
            rule("/api/orders/draft", RECORD_ORDERS, HIM, s -> "/api/orders/draft?courtCaseId=" + s.courtCase()),
            general("/api/orders/near", SEARCH_NEAR_ADDRESS, s -> "/api/orders/near?postcode=NN1%204AB"),
            general("/api/orders/types", EVERY_ROLE),
            general("/api/order-worklist", RECORD_ORDERS),
            // programmes
            general("/api/programmes", READ_REFERRALS),
            general("/api/programmes/{id}", READ_REFERRALS, s -> "/api/programmes/" + s.programme()),
            general("/api/programmes/{id}/catalogue-entry", ADMIN_ONLY,
                    s -> "/api/programmes/" + s.programme() + "/catalogue-entry"),
            general("/api/bank-holidays", ADMIN_ONLY),
            rule("/api/referrals", READ_REFERRALS, HIM, s -> "/api/referrals?person=" + s.man()),
            rule("/api/referrals/{id}", READ_REFERRALS, HIM, s -> "/api/referrals/" + s.courtOrderReferral()),
            rule("/api/cohorts/{id}", WORK_WITH_REFERRALS, HIM, s -> "/api/cohorts/" + s.cohort()),
            rule("/api/sessions/{id}/attendance", WORK_WITH_REFERRALS, HIM,
                    s -> "/api/sessions/" + s.session() + "/attendance"),
            rule("/api/enforcement-actions/{id}/warning-letter", WORK_WITH_REFERRALS, HIM,
                    s -> "/api/enforcement-actions/" + s.warning() + "/warning-letter"),
            general("/api/programme-worklists/facilitator", FACILITATE),
            general("/api/programme-worklists/case-worker", CASE_WORK),
            general("/api/programme-worklists/manager", MANAGERS),
            // victim safety
            rule("/api/victims/{id}", EVERY_ROLE, HIS_VICTIM, s -> "/api/victims/" + s.woman()),
            rule("/api/victims/{id}/contacts", READ_VICTIMS, HER, s -> "/api/victims/" + s.woman() + "/contacts"),
            general("/api/victims/my-plans", EnumSet.of(PARTNER)),
            general("/api/victims/reassessments-due", EnumSet.of(PARTNER)),
            rule("/api/parallel-support/victims/{id}", READ_VICTIMS, HER,
                    s -> "/api/parallel-support/victims/" + s.woman()),
            rule("/api/parallel-support/referrals/{id}", EVERY_ROLE, HIM,
                    s -> "/api/parallel-support/referrals/" + s.courtOrderReferral()),
            general("/api/parallel-support/parent-groups", READ_VICTIMS),
            general("/api/parallel-support/parent-groups/{id}", READ_VICTIMS,
                    s -> "/api/parallel-support/parent-groups/" + EmptyParentGroup.ID),
            // risk
            rule("/api/persons/{id}/risk-level", EVERY_ROLE, HIS_VICTIM,
                    s -> "/api/persons/" + s.woman() + "/risk-level"),
            rule("/api/risk-assessments", ASSESS_RISK, HER, s -> "/api/risk-assessments?personId=" + s.woman()),
            rule("/api/risk-assessments/{id}", ASSESS_RISK, HER, s -> "/api/risk-assessments/" + s.assessment()),
            rule("/api/risk-assessments/history", ASSESS_RISK, HER,
                    s -> "/api/risk-assessments/history?personId=" + s.woman()),
            general("/api/risk-assessments/questions", ASSESS_RISK),
            rule("/api/marac/suggestion", ASSESS_RISK, HER, s -> "/api/marac/suggestion?personId=" + s.woman()),
            rule("/api/marac/referrals", ASSESS_RISK, HER, s -> "/api/marac/referrals?personId=" + s.woman()),
            rule("/api/marac/referrals/{id}", ASSESS_RISK, HER, s -> "/api/marac/referrals/" + s.maracReferral()),
            general("/api/marac/meetings", ASSESS_RISK),
            // a meeting is many women's business: a restricted case is left out of its agenda, the rest still read
            general("/api/marac/meetings/{id}", ASSESS_RISK, s -> "/api/marac/meetings/" + s.meeting()),
            general("/api/marac/meetings/{id}/agenda", ASSESS_RISK,
                    s -> "/api/marac/meetings/" + s.meeting() + "/agenda"),
            rule("/api/safety-plans/{personId}", ASSESS_RISK, HER, s -> "/api/safety-plans/" + s.woman()));

    private static final Map<Login, ApiClient> CLIENTS = new EnumMap<>(Arrays.stream(Login.values())
            .collect(Collectors.toMap(Function.identity(), login -> ApiClient.as(login.username))));

    private final ApiClient police = CLIENTS.get(POLICE);
    private final ApiClient partner = CLIENTS.get(PARTNER);
    private final ApiClient manager = CLIENTS.get(MANAGER);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    /**
     * A GET endpoint: the path as the OpenAPI document names it, the roles whose permission lets them call it,
     * whose records it reads, and its address for a subject (ids and required query parameters filled in).
     * Each address answers 200 when it may be read.
     */
    private record Rule(String path, Set<Login> callers, Scope scope, Function<Subject, String> url) {
    }

    /** A parent group with no parents in it, so about no one; set up once, when a rule first asks for it. */
    private static final class EmptyParentGroup {
        static final long ID = id(ok(201, ApiClient.as("partner.demo").post("/api/parallel-support/parent-groups",
                Json.createObjectBuilder().add("name", "Access matrix " + PoliceCases.uniqueReference())
                        .add("venue", "Nowhere yet").add("worker", "partner.demo").build().toString())));
    }

    private static Rule rule(String path, Set<Login> callers, Scope scope, Function<Subject, String> url) {
        return new Rule(path, callers, scope, url);
    }

    private static Rule general(String path, Set<Login> callers, Function<Subject, String> url) {
        return new Rule(path, callers, NOT_ABOUT_ONE_PERSON, url);
    }

    private static Rule general(String path, Set<Login> callers) {
        return general(path, callers, s -> path);
    }

    /** A man with a full case, the woman he harmed, and the ids of everything recorded about them. */
    private record Subject(Standing standing, String surname, long man, long woman, String policeReference,
            long incident, long arrest, long interview, long caution, long disposal, long courtCase, long order,
            long breach, long assessment, long maracReferral, long meeting, long programme, long courtOrderReferral,
            long cohort, long session, long warning) {
    }

    private record Mismatch(Login login, String path, String subject, String expected, String actual) {
    }

    @Test
    void everyRoleReadsEveryEndpointForExactlyThePeopleItNeedsToKnow() {
        Map<String, JsonObject> documented = documentedReads();
        failIfAnyRuleIsMissingOrStale(documented.keySet());
        List<Subject> subjects = Arrays.stream(Standing.values()).map(this::subject).toList();
        failIfAnyAddressMissesItsPath(documented, subjects.get(0));

        List<Mismatch> mismatches = new ArrayList<>();
        for (Rule rule : RULES) {
            boolean aboutNoOne = rule.scope() == NOT_ABOUT_ONE_PERSON;
            for (Login login : Login.values()) {
                for (Subject subject : aboutNoOne ? subjects.subList(0, 1) : subjects) {
                    String expected = String.valueOf(expectedStatus(rule, login, subject));
                    String actual = outcome(CLIENTS.get(login).get(rule.url().apply(subject), "Access-Reason", REASON));
                    if (!expected.equals(actual)) {
                        mismatches.add(new Mismatch(login, rule.path(), aboutNoOne ? "any" : subject.standing().name(),
                                expected, actual));
                    }
                }
            }
        }
        mismatches.addAll(restrictedPeopleFoundBySearch(subjects.get(Standing.RESTRICTED.ordinal())));
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " reads answered otherwise than the rules say:\n" + table(mismatches));
        }
    }

    /**
     * 403 without the permission; otherwise 200 for what is about no one in particular; for his or her records,
     * a restriction decides first (open only to the one named), then the caseload: perpetrator-facing roles read
     * his records while he is on their caseload and never hers (beyond that she is his victim, her level and the
     * orders protecting her), the other roles read everyone's.
     */
    private static int expectedStatus(Rule rule, Login login, Subject subject) {
        if (!rule.callers().contains(login)) {
            return 403;
        }
        if (rule.scope() == NOT_ABOUT_ONE_PERSON || rule.scope() == ACCESS) {
            return 200;
        }
        boolean mayRead = switch (subject.standing()) {
            case RESTRICTED -> login == NAMED;
            case ON -> !login.perpetratorFacing || rule.scope() == HIM || rule.scope() == HIS_VICTIM;
            case OFF -> !login.perpetratorFacing;
        };
        return mayRead ? 200 : 403;
    }

    /** The status, and whether a refusal says why as problem+json, as every refusal must. */
    private static String outcome(ApiClient.Response response) {
        String type = response.header("Content-Type");
        boolean problem = type != null && type.startsWith("application/problem+json");
        return response.status() + (response.status() >= 400 && !problem ? " (not problem+json: " + type + ")" : "");
    }

    /** Search shows the restricted man and woman to the member of staff named and to no one else. */
    private static List<Mismatch> restrictedPeopleFoundBySearch(Subject restricted) {
        List<Mismatch> found = new ArrayList<>();
        for (Login login : Login.values()) {
            List<Long> ids = CLIENTS.get(login).get("/api/persons?size=100&q=" + restricted.surname()).json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(ProgrammeCases::id).toList();
            boolean listed = ids.contains(restricted.man()) || ids.contains(restricted.woman());
            if (listed != (login == NAMED)) {
                found.add(new Mismatch(login, "/api/persons", Standing.RESTRICTED.name(),
                        login == NAMED ? "listed" : "left out", listed ? "listed" : "left out"));
            }
        }
        return found;
    }

    /** The OpenAPI document's GET operations by path. */
    private static Map<String, JsonObject> documentedReads() {
        JsonObject paths = ApiClient.anonymous().get("/openapi").json().getJsonObject("paths");
        Map<String, JsonObject> reads = new TreeMap<>();
        paths.forEach((path, operations) -> {
            if (operations.asJsonObject().containsKey("get")) {
                reads.put(path, operations.asJsonObject().getJsonObject("get"));
            }
        });
        return reads;
    }

    /** Each GET path of the document needs exactly one rule, and each rule a path. */
    private static void failIfAnyRuleIsMissingOrStale(Set<String> documented) {
        Map<String, Long> ruled = RULES.stream().collect(Collectors.groupingBy(Rule::path, TreeMap::new,
                Collectors.counting()));
        List<String> problems = new ArrayList<>();
        documented.stream().filter(path -> !ruled.containsKey(path))
                .forEach(path -> problems.add("add a rule for GET " + path));
        ruled.forEach((path, count) -> {
            if (!documented.contains(path)) {
                problems.add("the document has no GET " + path + ": correct or remove its rule");
            } else if (count > 1) {
                problems.add(count + " rules for GET " + path + ": keep one");
            }
        });
        if (!problems.isEmpty()) {
            fail("The access rules and the OpenAPI document disagree:\n" + String.join("\n", problems));
        }
    }

    /** Each rule's address is one of its own path's, with every query parameter the document requires. */
    private static void failIfAnyAddressMissesItsPath(Map<String, JsonObject> documented, Subject subject) {
        List<String> problems = new ArrayList<>();
        for (Rule rule : RULES) {
            String url = rule.url().apply(subject);
            String[] pathAndQuery = url.split("\\?", 2);
            String query = pathAndQuery.length > 1 ? "&" + pathAndQuery[1] : "";
            if (!pathPattern(rule.path()).matcher(pathAndQuery[0]).matches()) {
                problems.add(url + " is not an address of " + rule.path());
            }
            requiredQueryParameters(documented.get(rule.path())).stream()
                    .filter(name -> !query.contains("&" + name + "="))
                    .forEach(name -> problems.add(url + " lacks " + name + ", which " + rule.path() + " requires"));
        }
        if (!problems.isEmpty()) {
            fail("Rules with a wrong address:\n" + String.join("\n", problems));
        }
    }

    /** {@code /api/orders/{id}/breaches/{breachId}} matches /api/orders/7/breaches/3. */
    private static Pattern pathPattern(String path) {
        return Pattern.compile(Arrays.stream(path.split("\\{[^/}]+}", -1)).map(Pattern::quote)
                .collect(Collectors.joining("[^/]+")));
    }

    private static List<String> requiredQueryParameters(JsonObject operation) {
        if (!operation.containsKey("parameters")) {
            return List.of();
        }
        return operation.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .filter(parameter -> parameter.getString("in").equals("query") && parameter.getBoolean("required", false))
                .map(parameter -> parameter.getString("name"))
                .toList();
    }

    private static String table(List<Mismatch> mismatches) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("role", "path", "subject", "expected", "actual"));
        mismatches.stream()
                .sorted(Comparator.comparing(Mismatch::path).thenComparing(Mismatch::login)
                        .thenComparing(Mismatch::subject))
                .forEach(m -> rows.add(List.of(m.login().username, m.path(), m.subject(), m.expected(), m.actual())));
        int[] widths = new int[rows.get(0).size()];
        rows.forEach(row -> {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        });
        return rows.stream().map(row -> {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                line.append(String.format(Locale.UK, "%-" + (widths[column] + 2) + "s", row.get(column)));
            }
            return line.toString().stripTrailing();
        }).collect(Collectors.joining("\n"));
    }

    /**
     * A new man and the woman he harmed, with a partner-contact worker for her: an incident between them, his
     * arrest and conditional caution (with its Project PIPA referral), a voluntary interview and the charge after
     * it (a court case with a restraining order made, its order still to record), a non-molestation order
     * protecting her, served and breached; her DASH assessment, MARAC referral listed at a meeting and safety
     * plan; and his court-ordered Building Better Relationships with a warning for a missed session. Everything
     * is recorded by roles that read everyone's records, so that no step puts him on a caseload; the steps that
     * do come last.
     */
    private Subject subject(Standing standing) {
        Pair pair = VictimCases.victimWithPerpetrator();
        long man = pair.perpetratorId();
        long woman = pair.victimId();
        String reference = PoliceCases.uniqueReference();
        OffsetDateTime occurredAt = daysAgo(40);
        long incident = created(police, "/api/incidents", PoliceCases.incident(reference, occurredAt, man, woman)
                .build());
        long arrest = created(police, "/api/arrests", PoliceCases.arrest(incident, man, occurredAt.plusMinutes(90))
                .build());
        JsonObject caution = ok(201, police.post("/api/cautions", PoliceCases.caution(arrest,
                PoliceCases.pipaSchemeId(police), today().minusDays(30)).build().toString()));
        long interview = created(police, "/api/voluntary-interviews", Json.createObjectBuilder()
                .add("incidentId", incident).add("personId", man).add("interviewedAt", occurredAt.plusDays(2).toString())
                .add("location", "Weston Favell police station").build());
        long courtCase = chargedWithRestrainingOrderMade(interview);
        JsonObject order = servedOrderProtecting(man, woman);
        long breach = created(police, "/api/orders/" + id(order) + "/breaches", Json.createObjectBuilder()
                .add("occurredAt", daysAgo(2).toString())
                .add("conditionId", id(order.getJsonArray("conditions").getJsonObject(0)))
                .add("whatHappened", "Rang her eleven times in one evening").add("reportedBy", "The victim, by 999 call")
                .add("policeAction", "ARRESTED").add("route", "CRIMINAL").build());

        long assessment = created(partner, "/api/risk-assessments", RiskCases.dash(woman, 15).build());
        JsonObject maracReferral = ok(201, partner.post("/api/marac/referrals",
                RiskCases.referral(woman, "VISIBLE_HIGH_RISK", null).toString()));
        long meeting = meetingListing(maracReferral);
        ok(201, partner.post("/api/safety-plans/" + woman + "/items",
                RiskCases.safetyMeasure("Panic alarm fitted", "AGREED", today().plusDays(3)).build().toString()));

        long programme = ProgrammeCases.programmeId(manager, "Building Better Relationships");
        JsonObject cohort = cohortMeetingToday(programme, standing == Standing.OFF ? MANAGER : FACILITATOR);
        long session = id(cohort.getJsonArray("sessions").getJsonObject(0));
        long referral = courtOrderedPlace(man, programme, courtCase, id(cohort));
        long warning = warningForMissing(session, referral);

        if (standing != Standing.OFF) {
            onCaseloads(man, id(caution.getJsonArray("referrals").getJsonObject(0)));
        }
        if (standing == Standing.RESTRICTED) {
            restrictToNamed(man);
            restrictToNamed(woman);
        }
        return new Subject(standing, pair.victimSurname(), man, woman, reference, incident, arrest, interview,
                id(caution), caution.getJsonNumber("disposalId").longValue(), courtCase, id(order), breach, assessment,
                id(maracReferral), meeting, programme, referral, id(cohort), session, warning);
    }

    /** Charged after the interview; he pleads guilty and the court makes a restraining order. */
    private long chargedWithRestrainingOrderMade(long interview) {
        long courtCase = ok(201, police.post("/api/disposals", Json.createObjectBuilder()
                .add("voluntaryInterviewId", interview).add("outcomeType", "CHARGED_OR_SUMMONSED")
                .add("decisionMaker", "CPS").add("decidedOn", today().minusDays(35).toString())
                .add("reason", "Sufficient evidence; CPS authorised charge").build().toString()))
                .getJsonNumber("courtCaseId").longValue();
        String path = "/api/court-cases/" + courtCase;
        JsonObject pleaded = ok(200, police.post(path + "/plea", Json.createObjectBuilder()
                .add("version", ok(200, police.get(path)).getJsonNumber("version").longValue())
                .add("plea", "GUILTY").add("pleadedOn", today().minusDays(30).toString()).build().toString()));
        ok(200, police.post(path + "/restraining-order", Json.createObjectBuilder()
                .add("version", pleaded.getJsonNumber("version").longValue())
                .add("madeOn", today().minusDays(30).toString()).build().toString()));
        return courtCase;
    }

    /** A non-molestation order made five days ago protecting her from him, served the next day. */
    private JsonObject servedOrderProtecting(long respondent, long victim) {
        JsonObject order = ok(201, police.post("/api/orders", Json.createObjectBuilder()
                .add("orderType", "NON_MOLESTATION").add("respondentId", respondent).add("applicant", "VICTIM")
                .add("court", "Northampton Family Court").add("caseNumber", "NN26F00417")
                .add("madeOn", today().minusDays(5).toString()).add("expiresOn", today().plusMonths(6).toString())
                .add("protectedPersons", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("personId", victim).add("role", "VICTIM")))
                .add("conditions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "NO_CONTACT")
                        .add("detail", "Not to contact her directly or through anyone else")))
                .build().toString()));
        return ok(200, police.post("/api/orders/" + id(order) + "/service", Json.createObjectBuilder()
                .add("version", order.getJsonNumber("version").longValue()).add("servedAt", daysAgo(4).toString())
                .build().toString()));
    }

    /** A MARAC meeting next week with her case, alone, listed on its agenda. */
    private long meetingListing(JsonObject maracReferral) {
        long meeting = created(partner, "/api/marac/meetings", Json.createObjectBuilder()
                .add("meetsOn", today().plusDays(7).toString()).add("area", "Daventry and South Northants").build());
        ok(200, partner.post("/api/marac/referrals/" + id(maracReferral) + "/listing", Json.createObjectBuilder()
                .add("version", maracReferral.getJsonNumber("version").longValue()).add("meetingId", meeting)
                .build().toString()));
        return meeting;
    }

    /**
     * A new group of the programme run by {@code facilitator}, weekly from its first session today (on a bank
     * holiday, the last day before it), which started at midnight so its register can be taken now.
     */
    private JsonObject cohortMeetingToday(long programme, Login facilitator) {
        LocalDate day = ProgrammeCases.lastMeetingDay();
        long cohort = created(manager, "/api/cohorts", Json.createObjectBuilder().add("programmeId", programme)
                .add("name", "BBR " + PoliceCases.uniqueReference()).add("venue", "Wellingborough Probation Office")
                .add("facilitators", Json.createArrayBuilder().add(facilitator.username)).build());
        ProgrammeCases.agreeSmallStart(cohort);
        BankHolidayCalendar.recordedThroughNextYear();
        return ok(200, manager.post("/api/cohorts/" + cohort + "/schedule", Json.createObjectBuilder()
                .add("from", day.toString()).add("day", day.getDayOfWeek().name()).add("startTime", "00:00")
                .build().toString()));
    }

    /**
     * His court order's referral, found suitable and given a place in the cohort. The manager answers for it as
     * case worker, which puts him on no perpetrator-facing caseload and his warnings on her own worklist.
     */
    private long courtOrderedPlace(long man, long programme, long courtCase, long cohort) {
        LocalDate day = ProgrammeCases.lastMeetingDay();
        JsonObject referral = ok(201, manager.post("/api/referrals", Json.createObjectBuilder()
                .add("programmeId", programme).add("personId", man).add("route", "COURT_ORDER")
                .add("referredOn", day.toString()).add("courtCaseId", courtCase).add("caseWorker", MANAGER.username)
                .add("riskLevel", "MEDIUM").build().toString()));
        JsonObject assessed = step(manager, id(referral), "assessment", referral, Json.createObjectBuilder()
                .add("suitable", true).add("on", day.toString()));
        step(manager, id(referral), "allocation", assessed, Json.createObjectBuilder()
                .add("cohortId", cohort).add("on", day.toString()));
        return id(referral);
    }

    /** Marks him absent without a reasonable excuse: the court order's first failure is a warning. */
    private long warningForMissing(long session, long referral) {
        String attendance = "/api/sessions/" + session + "/attendance";
        ApiClient.Response register = manager.get(attendance);
        ok(200, register);
        ok(200, manager.putIfMatch(attendance, register.header("ETag"), Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("referralId", referral)
                        .add("mark", "ABSENT_UNACCEPTABLE")))
                .build().toString()));
        return ok(200, manager.get("/api/programme-worklists/case-worker")).getJsonArray("warningsAwaitingResponse")
                .getValuesAs(JsonObject.class).stream()
                .filter(warning -> warning.getJsonNumber("referralId").longValue() == referral)
                .mapToLong(warning -> warning.getJsonNumber("actionId").longValue())
                .findFirst().orElseThrow(() -> new AssertionError("No warning for referral " + referral));
    }

    /**
     * Puts him on the perpetrator-facing caseloads (facilitator.demo already runs his group): allocated to
     * probation.demo as offender manager, and yot.demo case worker on his caution's referral.
     */
    private void onCaseloads(long man, long cautionReferral) {
        ok(201, manager.post("/api/persons/" + man + "/offender-managers", Json.createObjectBuilder()
                .add("offenderManager", PROBATION.username).add("allocatedFrom", today().toString()).build().toString()));
        step(manager, cautionReferral, "case-worker", ok(200, manager.get("/api/referrals/" + cautionReferral)),
                Json.createObjectBuilder().add("caseWorker", YOT.username).add("on", today().toString()));
    }

    private static void restrictToNamed(long person) {
        ok(201, CLIENTS.get(ADMIN).post("/api/persons/" + person + "/restrictions", Json.createObjectBuilder()
                .add("kind", "RESTRICTED_TO").add("username", NAMED.username)
                .add("reason", "A member of staff's close relative").build().toString()));
    }
}
