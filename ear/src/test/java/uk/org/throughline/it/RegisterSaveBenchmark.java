package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.throughline.it.Benchmarks.millis;
import static uk.org.throughline.it.Benchmarks.percentile;
import static uk.org.throughline.it.PoliceCases.arrested;
import static uk.org.throughline.it.PoliceCases.caution;
import static uk.org.throughline.it.PoliceCases.daysAgo;
import static uk.org.throughline.it.PoliceCases.pipaSchemeId;
import static uk.org.throughline.it.ProgrammeCases.programmeId;
import static uk.org.throughline.it.ProgrammeCases.step;
import static uk.org.throughline.it.TestClock.today;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: a benchmark run by {@code mvn -Pbenchmark verify -Dit.test=RegisterSaveBenchmark} (see
 * README). Fills a database of its own with a county's people and programme history, builds full
 * Project PIPA cohorts of 12 cautioned men through the programme API, then times saving their
 * workshop registers through the API: 12 lines each with their audit rows, two unacceptable absences
 * that fail the men's cautions and put them on the police worklist, and a disclosure alert. Prints
 * median, p95 and max and writes them to target/register-benchmark-report.txt.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterSaveBenchmark {

    /** Project PIPA's capacity, and the only catalogue programme whose groups reach 12. */
    private static final int MEN_PER_COHORT = 12;
    /** Project PIPA's two workshops, both held by the time the cohort's registers are saved. */
    private static final int WORKSHOPS = 2;
    /** One programme group (19 referrals, two cohorts, 182 register lines) per thousand people on the index. */
    private static final int PEOPLE_PER_PROGRAMME_GROUP = 1_000;

    private final ApiClient police = ApiClient.as("police.demo");
    private final ApiClient probation = ApiClient.as("probation.demo");
    private final ApiClient facilitator = ApiClient.as("facilitator.demo");
    private final ApiClient admin = ApiClient.as("admin.demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void registerSaveLatencyThroughTheApi() throws IOException {
        int persons = Integer.getInteger("benchmark.persons", 200_000);
        int registers = Integer.getInteger("benchmark.registers", 200);
        int warmUp = Math.max(WORKSHOPS, registers / 5);

        long personMillis = Benchmarks.generatePersons(admin, persons);
        ApiClient.Response history = admin.waitingUpTo(Duration.ofMinutes(10)).post(
                "/api/admin/synthetic-programmes?groups=" + Math.max(1, persons / PEOPLE_PER_PROGRAMME_GROUP), "");
        assertEquals(200, history.status(), history::toString);
        JsonObject written = history.json();
        System.out.println("programme history: " + written);

        long started = System.nanoTime();
        long schemeId = pipaSchemeId(police);
        long pipaId = programmeId(probation, "Project PIPA");
        List<Long> sessions = new ArrayList<>();
        while (sessions.size() < warmUp + registers) {
            sessions.addAll(fullPipaCohort(schemeId, pipaId));
        }
        long setUpMillis = (System.nanoTime() - started) / 1_000_000;

        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            long took = saveRegister(sessions.get(i), i % WORKSHOPS);
            if (i >= warmUp) {
                nanos.add(took);
            }
        }

        String report = String.format(Locale.UK, """
                Register save benchmark
                  persons generated       %,d in %,d ms
                  programme history       %,d referrals, %,d cohorts, %,d sessions, %,d register lines, %,d enforcement actions in %,d ms
                  PIPA cohorts of 12      %,d built through the API in %,d ms
                  register saves via API  %,d after %,d warm-up: median %.1f ms, p95 %.1f ms, max %.1f ms
                """, persons, personMillis, written.getInt("referrals"), written.getInt("cohorts"),
                written.getInt("sessions"), written.getInt("attendanceRecords"), written.getInt("enforcementActions"),
                written.getJsonNumber("millis").longValue(), sessions.size() / WORKSHOPS, setUpMillis, nanos.size(),
                warmUp, millis(percentile(nanos, 50)), millis(percentile(nanos, 95)), millis(Collections.max(nanos)));
        System.out.println(report);
        Files.writeString(Path.of(System.getProperty("benchmark.register-report", "target/register-benchmark-report.txt")),
                report);
    }

    /**
     * Opens the register (untimed, as the facilitator does before marking it), then times the save:
     * most attended, one late, one left early, one absent with a reason, a disclosure and two unacceptable
     * absences, different men at each workshop.
     */
    private long saveRegister(long sessionId, int workshop) {
        String attendance = "/api/sessions/" + sessionId + "/attendance";
        ApiClient.Response read = facilitator.get(attendance);
        assertEquals(200, read.status(), read::toString);
        List<JsonObject> participants = read.json().getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(MEN_PER_COHORT, participants.size(), read::toString);
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int i = 0; i < participants.size(); i++) {
            lines.add(line(participants.get(i).getJsonNumber("referralId").longValue(),
                    (i + workshop * 2) % MEN_PER_COHORT));
        }
        String body = Json.createObjectBuilder().add("lines", lines).build().toString();

        long started = System.nanoTime();
        ApiClient.Response saved = facilitator.putIfMatch(attendance, read.header("ETag"), body);
        long took = System.nanoTime() - started;
        assertEquals(200, saved.status(), saved::toString);
        return took;
    }

    private static JsonObjectBuilder line(long referralId, int place) {
        JsonObjectBuilder line = Json.createObjectBuilder().add("referralId", referralId);
        return switch (place) {
            case 7 -> line.add("mark", "LATE");
            case 8 -> line.add("mark", "LEFT_EARLY").add("engagementNotes", "Left at the break; said he had a shift");
            case 9 -> line.add("mark", "ABSENT_ACCEPTABLE").add("absenceReason", "In hospital; discharge letter seen");
            case 10, 11 -> line.add("mark", "ABSENT_UNACCEPTABLE");
            case 0 -> line.add("mark", "ATTENDED").add("disclosureOrConcern", true)
                    .add("engagementNotes", "Spoke of checking his partner's phone every night");
            default -> line.add("mark", "ATTENDED");
        };
    }

    /** Twelve men cautioned 50 days ago, allocated to a new PIPA cohort whose two workshops are past; its session ids. */
    private List<Long> fullPipaCohort(long schemeId, long pipaId) {
        LocalDate cautionedOn = today().minusDays(50);
        LocalDate firstWorkshop = cautionedOn.plusDays(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        ApiClient.Response cohort = facilitator.post("/api/cohorts", Json.createObjectBuilder()
                .add("programmeId", pipaId).add("name", "PIPA benchmark " + PoliceCases.uniqueReference())
                .add("venue", "Northampton Guildhall, Room 4")
                .add("facilitators", Json.createArrayBuilder().add("facilitator.demo")).build().toString());
        assertEquals(201, cohort.status(), cohort::toString);
        long cohortId = cohort.json().getJsonNumber("id").longValue();
        ApiClient.Response scheduled = facilitator.post("/api/cohorts/" + cohortId + "/schedule",
                Json.createObjectBuilder().add("from", firstWorkshop.toString()).add("day", "WEDNESDAY")
                        .add("startTime", "18:00").build().toString());
        assertEquals(200, scheduled.status(), scheduled::toString);

        for (int man = 0; man < MEN_PER_COHORT; man++) {
            PoliceCases.ArrestedCase arrested = arrested(police, People.uniqueDateOfBirth(), daysAgo(60));
            ApiClient.Response given = police.post("/api/cautions",
                    caution(arrested.arrestId(), schemeId, cautionedOn).build().toString());
            assertEquals(201, given.status(), given::toString);
            long referralId = given.json().getJsonArray("referrals").getJsonObject(0).getJsonNumber("id").longValue();
            // the officer who gave the caution answers for him: he is on no probation officer's caseload to read
            JsonObject referral = admin.get("/api/referrals/" + referralId).json();
            referral = step(probation, referralId, "assessment", referral, Json.createObjectBuilder()
                    .add("suitable", true).add("on", cautionedOn.plusDays(1).toString())
                    .add("reason", "Admits the offence; willing to attend"));
            referral = step(probation, referralId, "waiting", referral,
                    Json.createObjectBuilder().add("on", cautionedOn.plusDays(2).toString()));
            step(facilitator, referralId, "allocation", referral, Json.createObjectBuilder()
                    .add("cohortId", cohortId).add("on", firstWorkshop.minusDays(2).toString()));
        }
        return scheduled.json().getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                .map(session -> session.getJsonNumber("id").longValue()).toList();
    }
}
