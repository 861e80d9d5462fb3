package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.People.person;
import static uk.org.throughline.it.People.register;
import static uk.org.throughline.it.People.uniqueDateOfBirth;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The person index through its REST API: persistence, validation, matching, conflicts, audit. */
@ExtendWith(ArquillianExtension.class)
class PersonApiIT {

    private final ApiClient police = ApiClient.as("police.demo");
    private final ApiClient admin = ApiClient.as("admin.demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void registersAPersonAndReadsItBack() {
        LocalDate dob = uniqueDateOfBirth();
        ApiClient.Response created = police.post("/api/persons?confirmNew=true", person("Whitlock", "Darren James", dob,
                ",\"pncId\":\"19/123456E\",\"firstLanguage\":\"English\",\"interpreterRequired\":false"
                        + ",\"aliases\":[{\"surname\":\"Whitlocke\",\"forenames\":\"Daz\"}]"
                        + ",\"addresses\":[{\"line1\":\"12 Abington Street\",\"town\":\"Northampton\",\"postcode\":\"NN1 2AJ\",\"from\":\"2021-03-01\"}]"
                        + ",\"warningMarkers\":[{\"type\":\"VIOLENCE\",\"since\":\"2023-05-02\",\"notes\":\"Assault on officer\"}]"));

        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith("/api/persons/" + id), created.header("Location"));

        JsonObject read = police.get("/api/persons/" + id).json();
        assertEquals("Whitlock", read.getString("surname"));
        assertEquals("Darren James", read.getString("forenames"));
        assertEquals(dob.toString(), read.getString("dateOfBirth"));
        assertEquals("2019/0123456E", read.getString("pncId"), "PNC ID is stored in its full, normalised form");
        assertEquals("Whitlocke", read.getJsonArray("aliases").getJsonObject(0).getString("surname"));
        assertEquals("NN1 2AJ", read.getJsonArray("addresses").getJsonObject(0).getString("postcode"));
        assertEquals("VIOLENCE", read.getJsonArray("warningMarkers").getJsonObject(0).getString("type"));
    }

    @Test
    void refusesAPersonWithoutASurnameNamingTheField() {
        ApiClient.Response refused = police.post("/api/persons", person("", "Anne", uniqueDateOfBirth()));

        assertProblem(refused, 400);
        assertTrue(fields(refused).contains("surname"), refused::toString);
    }

    @Test
    void refusesAPncIdWithAWrongCheckLetter() {
        ApiClient.Response refused = police.post("/api/persons?confirmNew=true",
                person("Cartwright", "Lee", uniqueDateOfBirth(), ",\"pncId\":\"19/123456X\""));

        assertProblem(refused, 400);
        assertTrue(fields(refused).contains("pncId"), refused::toString);
    }

    @Test
    void refusesMalformedJsonWithoutAStackTrace() {
        ApiClient.Response refused = police.post("/api/persons", "{\"surname\": \"Smith\", ");

        assertProblem(refused, 400);
        assertFalse(refused.body().contains("Exception"), refused::toString);
    }

    @Test
    void refusesOversizeTextAndSavesNothing() {
        LocalDate dob = uniqueDateOfBirth();
        ApiClient.Response refused = police.post("/api/persons?confirmNew=true", person("X".repeat(101), "Oversize", dob));

        assertProblem(refused, 400);
        assertTrue(fields(refused).contains("surname"), refused::toString);
        assertEquals(0, police.get("/api/persons?q=Oversize&dob=" + dob).json().getJsonNumber("total").intValue());
    }

    @Test
    void storesHostileInputExactlyAsTyped() {
        String markup = "<script>alert('x')</script>";
        String sql = "Robert'); DROP TABLE person;--";
        long id = register(police, "O'Hara" + markup, sql, uniqueDateOfBirth());

        JsonObject read = police.get("/api/persons/" + id).json();
        assertEquals("O'Hara" + markup, read.getString("surname"));
        assertEquals(sql, read.getString("forenames"));
    }

    @Test
    void warnsOfALikelyDuplicateAndRegistersWhenConfirmed() {
        LocalDate dob = uniqueDateOfBirth();
        long existing = register(police, "Pemberton", "Jonathan", dob);

        ApiClient.Response warned = police.post("/api/persons", person("Pembertone", "Jonathan", dob));
        assertProblem(warned, 409);
        List<Long> matchIds = warned.json().getJsonArray("matches").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("id").longValue()).toList();
        assertTrue(matchIds.contains(existing), warned::toString);

        ApiClient.Response confirmed = police.post("/api/persons?confirmNew=true", person("Pembertone", "Jonathan", dob));
        assertEquals(201, confirmed.status(), confirmed::toString);
        assertNotEquals(existing, confirmed.json().getJsonNumber("id").longValue());
    }

    @Test
    void findsPeopleByMisspelledSurnamesAndPartialForenames() {
        LocalDate dob = uniqueDateOfBirth();
        long id = register(police, "Featherstone", "Christopher", dob);

        assertTrue(searchIds("Fetherston", dob).contains(id), "misspelled surname");
        assertTrue(searchIds("Chris Featherstone", dob).contains(id), "partial forename then surname");
        assertTrue(searchIds("featherstone, christopher", dob).contains(id), "surname, forenames in lower case");
    }

    @Test
    void findsNamesTheWayPeopleTypeThem() {
        LocalDate dob = uniqueDateOfBirth();
        long obrien = register(police, "O'Brien", "Siobhán", dob);
        long zoe = register(police, "Kowalczyk", "Zoë", dob);
        long sian = register(police, "Smith-Jones", "Siân", dob);

        assertTrue(searchIds("obrien", dob).contains(obrien), "apostrophe left out");
        assertTrue(searchIds("Siobhan O Brien", dob).contains(obrien), "accent left out, surname split");
        assertTrue(searchIds("Zoe Kowalczyk", dob).contains(zoe), "diaeresis left out");
        assertTrue(searchIds("Jones", dob).contains(sian), "one part of a hyphenated surname");
        assertTrue(searchIds("sian smith jones", dob).contains(sian), "hyphen typed as a space");
    }

    @Test
    void findsAHyphenatedForenameTypedJoinedHyphenatedOrApart() {
        LocalDate dob = uniqueDateOfBirth();
        long jeanLuc = register(police, "Livename", "Jean-Luc", dob);

        assertTrue(searchIds("jeanluc livename", dob).contains(jeanLuc), "forename typed as one word");
        assertTrue(searchIds("jean-luc livename", dob).contains(jeanLuc), "forename typed with its hyphen");
        assertTrue(searchIds("jean luc livename", dob).contains(jeanLuc), "hyphen typed as a space");
        assertTrue(searchIds("livename, jeanluc", dob).contains(jeanLuc), "surname first, forename joined");
    }

    @Test
    void findsPeopleByAlias() {
        LocalDate dob = uniqueDateOfBirth();
        ApiClient.Response created = police.post("/api/persons?confirmNew=true", person("Ravenscroft", "Paul", dob,
                ",\"aliases\":[{\"surname\":\"Blackwood\",\"forenames\":\"Paul\"}]"));
        long id = created.json().getJsonNumber("id").longValue();

        JsonObject hit = search("Blackwood", dob).stream().filter(h -> h.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow(() -> new AssertionError("alias not found"));
        assertTrue(hit.getString("matchedOn").toLowerCase().contains("alias"), hit::toString);
    }

    @Test
    void refusesAStaleEditAndKeepsTheEditThatWonTheRace() {
        LocalDate dob = uniqueDateOfBirth();
        long id = register(police, "Hargreaves", "Neil", dob);
        long version = police.get("/api/persons/" + id).json().getJsonNumber("version").longValue();

        ApiClient.Response first = police.put("/api/persons/" + id, withVersion(person("Hargreaves", "Neil Anthony", dob), version));
        assertEquals(200, first.status(), first::toString);
        ApiClient.Response second = ApiClient.as("partner.demo")
                .put("/api/persons/" + id, withVersion(person("Hargreaves", "Neville", dob), version));

        assertProblem(second, 409);
        assertEquals("Neil Anthony", police.get("/api/persons/" + id).json().getString("forenames"));
    }

    @Test
    void namesTheFieldOfAnUnknownValueAndTheValuesItTakes() {
        ApiClient.Response refused = police.post("/api/persons?confirmNew=true",
                person("Quillfeather", "Ada", uniqueDateOfBirth()).replace("\"gender\":\"MALE\"", "\"gender\":\"ALIEN\""));

        assertProblem(refused, 400);
        assertEquals(List.of("gender"), fields(refused));
        String message = refused.json().getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(message.startsWith("\"ALIEN\" is not a value this field takes: use one of ") && message.contains("FEMALE"),
                message);
    }

    @Test
    void answersAnUnknownPersonWithNotFound() {
        assertProblem(police.get("/api/persons/987654321"), 404);
    }

    @Test
    void auditsEveryViewCreateAndSearchWithWhoAndWhat() {
        LocalDate dob = uniqueDateOfBirth();
        long id = register(police, "Underwood", "Gareth", dob);
        ApiClient.as("partner.demo").get("/api/persons/" + id);

        List<JsonObject> rows = admin.get("/api/audit?recordType=Person&recordId=" + id + "&size=50").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(rows.stream().anyMatch(r -> r.getString("action").equals("CREATE") && r.getString("username").equals("police.demo")),
                rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.getString("action").equals("VIEW") && r.getString("username").equals("partner.demo")),
                rows::toString);
    }

    @Test
    void offersNoWayToChangeTheAuditTrail() {
        assertTrue(List.of(404, 405).contains(admin.delete("/api/audit").status()));
        assertTrue(List.of(404, 405).contains(admin.put("/api/audit", "{}").status()));
    }

    @Test
    void mergesADuplicateIntoTheSurvivorAndAuditsTheReason() {
        LocalDate dob = uniqueDateOfBirth();
        long survivor = register(police, "Lancaster", "Mark", dob);
        long duplicate = register(police, "Lankester", "Marc", dob);

        ApiClient.Response merged = admin.post("/api/persons/" + survivor + "/merge",
                "{\"duplicateId\":" + duplicate + ",\"reason\":\"Same PNC record confirmed by custody\"}");
        assertEquals(200, merged.status(), merged::toString);

        List<String> aliasSurnames = admin.get("/api/persons/" + survivor).json().getJsonArray("aliases")
                .getValuesAs(JsonObject.class).stream().map(a -> a.getString("surname")).toList();
        assertTrue(aliasSurnames.contains("Lankester"), aliasSurnames::toString);
        assertFalse(searchIds("Lankester", dob).contains(duplicate), "the retired record no longer appears in searches");
        List<JsonObject> rows = admin.get("/api/audit?action=MERGE&recordId=" + survivor).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(rows.stream().anyMatch(r -> "Same PNC record confirmed by custody".equals(r.getString("reason", null))),
                rows::toString);
    }

    private List<JsonObject> search(String name, LocalDate dob) {
        ApiClient.Response found = police.get("/api/persons?size=100&dob=" + dob + "&q="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, found.status(), found::toString);
        return found.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private List<Long> searchIds(String name, LocalDate dob) {
        return search(name, dob).stream().map(h -> h.getJsonNumber("id").longValue()).collect(Collectors.toList());
    }

    private static String withVersion(String personJson, long version) {
        return personJson.substring(0, personJson.length() - 1) + ",\"version\":" + version + "}";
    }

    static void assertProblem(ApiClient.Response response, int status) {
        assertEquals(status, response.status(), response::toString);
        assertTrue(response.header("Content-Type").startsWith("application/problem+json"), response::toString);
        JsonObject problem = response.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title", "").isBlank(), response::toString);
    }

    /** The fields a problem's errors name, in order; none when it lists no errors. */
    static List<String> fields(ApiClient.Response problem) {
        JsonValue errors = problem.json().get("errors");
        return ApiClient.isNull(errors) ? List.of()
                : errors.asJsonArray().getValuesAs(JsonObject.class).stream().map(e -> e.getString("field", "")).toList();
    }
}
