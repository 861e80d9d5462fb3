package uk.org.throughline.it;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.org.throughline.it.StaffReader.Answer;
import uk.org.throughline.it.StaffReader.Request;

/**
 * Need to know, whole: with a woman whose address, safe contact details and every police and
 * victim-safety text about her hold sentinels ({@link SentinelCase}), every GET endpoint the OpenAPI
 * document lists, every download and every page, with every id that exists up to the newest of its
 * kind, is read as probation, YOT and facilitator: no answer carries a sentinel. Each test also
 * checks that the reading got somewhere (her record and his answered 200), so it cannot pass for
 * being refused everything, and that a victim-facing role does see a sentinel, so it cannot pass for
 * looking in the wrong place. Every leak is listed with the address and the sentinel.
 */
@ExtendWith(ArquillianExtension.class)
class VictimLeakIT {

    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"([^\"]+)\"");
    private static final String PERSONS = "/api/persons";

    /** Which record each page's {@code id} names, by the API collection of that record. */
    private static final Map<String, String> PAGE_IDS = Map.ofEntries(
            entry("/person/view.xhtml", PERSONS), entry("/person/edit.xhtml", PERSONS),
            entry("/person/merge.xhtml", PERSONS), entry("/person/access.xhtml", PERSONS),
            entry("/person/caseload.xhtml", PERSONS), entry("/risk/assessment.xhtml", "/api/risk-assessments"),
            entry("/risk/marac-meeting.xhtml", "/api/marac/meetings"), entry("/order/view.xhtml", "/api/orders"),
            entry("/police/incident.xhtml", "/api/incidents"),
            entry("/police/incident-record.xhtml", "/api/incidents"),
            entry("/police/court-case.xhtml", "/api/court-cases"), entry("/police/caution.xhtml", "/api/cautions"),
            entry("/programme/cohort.xhtml", "/api/cohorts"), entry("/programme/referral.xhtml", "/api/referrals"),
            entry("/programme/catalogue-entry.xhtml", "/api/programmes"));

    /** Which record the other id parameters of pages and the API name, by its API collection. */
    private static final Map<String, String> ID_PARAMETERS = Map.ofEntries(
            entry("person", PERSONS), entry("personId", PERSONS), entry("respondent", PERSONS),
            entry("order", "/api/orders"), entry("referral", "/api/referrals"), entry("session", "/api/sessions"),
            entry("incident", "/api/incidents"), entry("arrest", "/api/arrests"),
            entry("interview", "/api/voluntary-interviews"), entry("disposal", "/api/disposals"),
            entry("courtCase", "/api/court-cases"), entry("courtCaseId", "/api/court-cases"));

    private static SentinelCase sentinelCase;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @BeforeAll
    static void buildTheCase() {
        sentinelCase = SentinelCase.build();
    }

    @Test
    void noApiAnswerToAPerpetratorFacingRoleCarriesASentinel() {
        List<Request> requests = openApiGets(true);
        // the reason to read her record: ?reason= until it moves to the Access-Reason header
        Answer herRecord = StaffReader.api("partner.demo").read(new Request("GET", "/api/victims/"
                + sentinelCase.victimId + "?reason=" + StaffReader.encode(SentinelCase.REASON),
                Map.of("Access-Reason", SentinelCase.REASON), null));
        assertTrue(sentinelCase.foundIn(herRecord.text()).contains("safe phone " + sentinelCase.sentinels
                .get("safe phone")), "her partner-contact worker sees her safe phone: " + herRecord.text());

        List<String> leaks = new ArrayList<>();
        for (String role : SentinelCase.PERPETRATOR_FACING) {
            List<Answer> answers = timed("API", role, () -> StaffReader.api(role).readAll(requests));
            assertAnswered(answers, PERSONS + "/" + sentinelCase.victimId,
                    PERSONS + "/" + sentinelCase.perpetratorId, "/api/orders/" + sentinelCase.orderId);
            leaks.addAll(leaks(answers));
        }
        assertNoLeaks(leaks);
    }

    @Test
    void noDownloadForAPerpetratorFacingRoleCarriesASentinel() {
        List<Request> requests = new ArrayList<>(openApiGets(false));
        for (long referral : ids("/api/referrals")) {
            requests.add(new Request("POST", "/api/referrals/" + referral + "/end-of-programme-report", Map.of(),
                    "{\"facilitatorComments\":\"\"}"));
        }
        List<String> leaks = new ArrayList<>();
        for (String role : SentinelCase.PERPETRATOR_FACING) {
            List<Answer> answers = timed("download", role, () -> StaffReader.api(role).readAll(requests));
            leaks.addAll(leaks(answers));
            if (role.equals("probation.demo")) {
                Answer letter = answerTo(answers, "/api/enforcement-actions/"
                        + sentinelCase.highestIds.get("/api/enforcement-actions") + "/warning-letter");
                assertEquals(200, letter.status(), letter::toString);
                assertTrue(letter.text().toLowerCase(Locale.UK).contains(sentinelCase.surname.toLowerCase(Locale.UK)),
                        "the warning letter's text names him: " + letter.text());
            }
        }
        assertNoLeaks(leaks);
    }

    @Test
    void noPageForAPerpetratorFacingRoleCarriesASentinel() {
        List<Request> requests = pages();
        Answer policeView = StaffReader.signedIn("police.demo").read(Request.get("/person/view.xhtml?id="
                + sentinelCase.victimId));
        assertTrue(sentinelCase.foundIn(policeView.text()).contains("home address " + sentinelCase.sentinels
                .get("home address")), "police see her address on her page: " + policeView);

        List<String> leaks = new ArrayList<>();
        for (String role : SentinelCase.PERPETRATOR_FACING) {
            List<Answer> answers = timed("pages", role, () -> StaffReader.signedIn(role).readAll(requests));
            assertAnswered(answers, "/person/view.xhtml?id=" + sentinelCase.victimId,
                    "/person/view.xhtml?id=" + sentinelCase.perpetratorId,
                    "/order/view.xhtml?id=" + sentinelCase.orderId);
            leaks.addAll(leaks(answers));
        }
        assertNoLeaks(leaks);
    }

    @Test
    void searchingForHerShowsAPerpetratorFacingRoleNeitherHerDetailsNorHerTown() {
        for (String role : SentinelCase.PERPETRATOR_FACING) {
            Answer found = StaffReader.api(role).read(Request.get(PERSONS + "?q=" + sentinelCase.surname));
            assertEquals(200, found.status(), found::toString);
            assertEquals(List.of(), sentinelCase.foundIn(found.text()), found::toString);
            JsonObject her = Json.createReader(new StringReader(found.text())).readObject().getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(item -> item.getJsonNumber("id").longValue() == sentinelCase.victimId).findFirst()
                    .orElseThrow(() -> new AssertionError(role + " does not find her: " + found.text()));
            assertEquals(sentinelCase.victimDisplayName(), her.getString("displayName"));
            assertTrue(ApiClient.isNull(her.get("currentTown")), role + " is shown her town: " + her);
        }
    }

    /**
     * Every GET the OpenAPI document lists that answers JSON ({@code json}) or something else (a PDF,
     * a CSV), with each path parameter every id up to the newest of its kind, and each query or header
     * parameter that names a record or a search likewise (an optional one also left out).
     */
    private static List<Request> openApiGets(boolean json) {
        JsonObject paths = ApiClient.anonymous().get("/openapi?format=JSON").json().getJsonObject("paths");
        List<Request> requests = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : new TreeMap<>(paths).entrySet()) {
            JsonObject item = path.getValue().asJsonObject();
            JsonObject get = item.getJsonObject("get");
            if (get != null && answersJson(get) == json) {
                List<JsonObject> parameters = Stream.concat(parametersOf(item), parametersOf(get)).toList();
                requests.addAll(requestsFor(path.getKey(), parameters));
            }
        }
        return requests;
    }

    private static Stream<JsonObject> parametersOf(JsonObject operation) {
        return operation.containsKey("parameters")
                ? operation.getJsonArray("parameters").getValuesAs(JsonObject.class).stream() : Stream.empty();
    }

    private static boolean answersJson(JsonObject get) {
        JsonObject ok = get.getJsonObject("responses").getJsonObject("200");
        return ok == null || !ok.containsKey("content") || ok.getJsonObject("content").containsKey("application/json");
    }

    private static List<Request> requestsFor(String template, List<JsonObject> parameters) {
        List<Request> requests = List.of(Request.get(template));
        for (JsonObject parameter : parameters) {
            String name = parameter.getString("name");
            String in = parameter.getString("in");
            List<String> values = in.equals("path") ? pathIds(template, name) : values(name);
            boolean required = parameter.getBoolean("required", false);
            if (values.isEmpty() && required) {
                throw new AssertionError("The leak test does not know what to send as " + name + " (" + in + ") of "
                        + template + ": add it to VictimLeakIT");
            }
            if (!values.isEmpty()) {
                requests = requests.stream().flatMap(request -> Stream.concat(required ? Stream.empty()
                        : Stream.of(request), values.stream().map(value -> with(request, in, name, value)))).toList();
            }
        }
        return requests;
    }

    private static Request with(Request request, String in, String name, String value) {
        return switch (in) {
            case "path" -> new Request("GET", request.path().replace("{" + name + "}", value), request.headers(), null);
            case "query" -> new Request("GET", request.path() + (request.path().contains("?") ? "&" : "?") + name + "="
                    + StaffReader.encode(value), request.headers(), null);
            case "header" -> {
                Map<String, String> headers = new HashMap<>(request.headers());
                headers.put(name, value);
                yield new Request("GET", request.path(), Map.copyOf(headers), null);
            }
            default -> throw new AssertionError("A parameter in " + in + ": " + name);
        };
    }

    /** Every id up to the newest of the kind the path parameter names: the collection before it, e.g. /api/orders. */
    private static List<String> pathIds(String template, String name) {
        String collection = ID_PARAMETERS.containsKey(name) ? ID_PARAMETERS.get(name)
                : template.substring(0, template.indexOf("/{" + name + "}"));
        return ids(collection).stream().map(String::valueOf).toList();
    }

    /**
     * What to send as a query, header or page parameter: every id of the record it names, her surname to
     * search for, the sector of her postcode and the start every sentinel address line shares to look for
     * orders near her, a reason to read a victim's details; empty for those the test leaves out.
     */
    private static List<String> values(String name) {
        if (ID_PARAMETERS.containsKey(name)) {
            return ids(ID_PARAMETERS.get(name)).stream().map(String::valueOf).toList();
        }
        String homePostcode = sentinelCase.sentinels.get("home postcode");
        return switch (name) {
            case "q" -> List.of(sentinelCase.surname);
            case "policeReference" -> sentinelCase.policeReferences;
            case "postcode" -> List.of(homePostcode.substring(0, homePostcode.length() - 2));
            case "address" -> List.of("SENTINEL");
            case "reason", "Access-Reason" -> List.of(SentinelCase.REASON);
            default -> List.of();
        };
    }

    private static List<Long> ids(String collection) {
        Long highest = sentinelCase.highestIds.get(collection);
        if (highest == null) {
            throw new AssertionError("SentinelCase makes no record of " + collection + ", so the leak test does not "
                    + "know how far its ids go: make it one");
        }
        return LongStream.rangeClosed(1, highest).boxed().toList();
    }

    /**
     * Every page of the application (its .xhtml files outside WEB-INF, read from the EAR the build made):
     * once as it is, and once for each id up to the newest of the kind each of its view parameters names,
     * with a search or reason it takes.
     */
    private static List<Request> pages() {
        WebArchive web = Deployments.throughline().getAsType(WebArchive.class, "/throughline-web.war");
        Map<String, Node> files = new TreeMap<>(web.getContent(path -> path.get().endsWith(".xhtml")
                && !path.get().startsWith("/WEB-INF/")).entrySet().stream()
                .collect(Collectors.toMap(file -> file.getKey().get(), Map.Entry::getValue)));
        List<Request> requests = new ArrayList<>();
        files.forEach((page, file) -> {
            List<String> parameters = VIEW_PARAM.matcher(source(file)).results().map(match -> match.group(1)).toList();
            String constants = parameters.stream()
                    .filter(name -> !ID_PARAMETERS.containsKey(name) && !name.equals("id"))
                    .flatMap(name -> values(name).stream().map(value -> name + "=" + StaffReader.encode(value)))
                    .map(parameter -> "&" + parameter).collect(Collectors.joining());
            requests.add(Request.get(page + constants.replaceFirst("^&", "?")));
            for (String name : parameters) {
                List<Long> ids = name.equals("id") ? pageIds(page) : ID_PARAMETERS.containsKey(name)
                        ? ids(ID_PARAMETERS.get(name)) : List.of();
                ids.forEach(id -> requests.add(Request.get(page + "?" + name + "=" + id + constants)));
            }
        });
        return requests;
    }

    private static List<Long> pageIds(String page) {
        if (!PAGE_IDS.containsKey(page)) {
            throw new AssertionError("The leak test does not know what the id of " + page + " names: add it to "
                    + "VictimLeakIT.PAGE_IDS");
        }
        return ids(PAGE_IDS.get(page));
    }

    private static String source(Node file) {
        try (InputStream in = file.getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads, and prints how many requests it took how long and what they answered. */
    private static List<Answer> timed(String what, String role, Supplier<List<Answer>> reading) {
        long started = System.nanoTime();
        List<Answer> answers = reading.get();
        Map<Integer, Long> statuses = new TreeMap<>(answers.stream()
                .collect(Collectors.groupingBy(Answer::status, Collectors.counting())));
        System.out.printf("VictimLeakIT %s as %s: %d requests in %.1f s, by status %s%n", what, role, answers.size(),
                (System.nanoTime() - started) / 1e9, statuses);
        return answers;
    }

    /** Each of these paths was read, and answered 200: the reading reached her records and his. */
    private static void assertAnswered(List<Answer> answers, String... paths) {
        for (String path : paths) {
            Answer answer = answerTo(answers, path);
            assertEquals(200, answer.status(), answer::toString);
        }
    }

    private static Answer answerTo(List<Answer> answers, String path) {
        return answers.stream().filter(answer -> answer.request().path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " was not read"));
    }

    private static List<String> leaks(List<Answer> answers) {
        return answers.stream().flatMap(answer -> sentinelCase.foundIn(answer.text()).stream()
                .map(sentinel -> answer + " carries the " + sentinel)).toList();
    }

    private static void assertNoLeaks(List<String> leaks) {
        leaks.forEach(leak -> System.out.println("VictimLeakIT leak: " + leak));
        assertTrue(leaks.isEmpty(), () -> leaks.size() + " leaks:\n" + String.join("\n", leaks));
    }
}
