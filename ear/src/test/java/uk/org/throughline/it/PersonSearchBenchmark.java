package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.throughline.it.Benchmarks.millis;
import static uk.org.throughline.it.Benchmarks.percentile;

import jakarta.json.JsonNumber;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: a benchmark run by {@code mvn -Pbenchmark verify} (see README). Fills a database of its
 * own with synthetic people, then times the full fuzzy name search through the REST API (HTTP, sign-in,
 * ranking, audit row) and, side by side, the bare indexed SQL the search is built on. Prints the
 * figures and writes them to target/benchmark-report.txt.
 */
@ExtendWith(ArquillianExtension.class)
class PersonSearchBenchmark {

    /** Common, rare, misspelled and multi-part names, as officers type them. */
    private static final List<String> QUERIES = List.of("smith", "Jon Smyth", "obrien", "Patel", "jones",
            "Wiliams", "Taylor, Sarah", "brown", "Kowalski", "McDonald", "Hughs", "smith-jones", "Zoe Evans",
            "Khan", "Wright", "Thompsen", "Roberts", "Walker", "sian davies", "Clarke");
    private static final List<String> SURNAMES = List.of("SMITH", "SMYTH", "OBRIEN", "PATEL", "JONES",
            "WILIAMS", "TAYLOR", "BROWN", "KOWALSKI", "MCDONALD", "HUGHS", "SMITHJONES", "EVANS", "KHAN",
            "WRIGHT", "THOMPSEN", "ROBERTS", "WALKER", "DAVIES", "CLARKE");

    private final ApiClient police = ApiClient.as("police.demo");
    private final ApiClient admin = ApiClient.as("admin.demo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void searchLatencyThroughTheApiAgainstTheBareQuery() throws IOException {
        int persons = Integer.getInteger("benchmark.persons", 10_000);
        int searches = Integer.getInteger("benchmark.searches", 2_000);

        long generateMillis = Benchmarks.generatePersons(admin, persons);

        for (int i = 0; i < Math.min(searches, 500); i++) {
            search(i);
        }
        List<Long> api = new ArrayList<>();
        for (int i = 0; i < searches; i++) {
            long t0 = System.nanoTime();
            search(i);
            api.add(System.nanoTime() - t0);
        }
        int repetitions = Math.max(1, searches / SURNAMES.size());
        ApiClient.Response timed = admin.post("/api/admin/direct-search-timing",
                "{\"surnames\":[" + SURNAMES.stream().map(ApiClient::quote).collect(Collectors.joining(","))
                        + "],\"repetitions\":" + repetitions + "}");
        assertEquals(200, timed.status(), timed::toString);
        List<Long> direct = timed.json().getJsonArray("nanos").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue).collect(Collectors.toList());

        String report = String.format(Locale.UK, """
                Person search benchmark
                  persons generated      %,d in %,d ms (%,.0f per second)
                  searches through API   %,d: median %.2f ms, p95 %.2f ms, max %.2f ms
                  bare SQL (same DB)     %,d: median %.3f ms, p95 %.3f ms
                  ratio API/SQL at p95   %.1f
                """, persons, generateMillis, persons * 1000.0 / Math.max(1, generateMillis),
                api.size(), millis(percentile(api, 50)), millis(percentile(api, 95)), millis(Collections.max(api)),
                direct.size(), millis(percentile(direct, 50)), millis(percentile(direct, 95)),
                percentile(api, 95) / (double) Math.max(1, percentile(direct, 95)));
        System.out.println(report);
        Files.writeString(Path.of(System.getProperty("benchmark.report", "target/benchmark-report.txt")), report);
    }

    private void search(int i) {
        String query = QUERIES.get(i % QUERIES.size());
        ApiClient.Response found = police.get("/api/persons?size=20&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        if (found.status() != 200) {
            throw new AssertionError(query + ": " + found);
        }
        found.json().getJsonNumber("total").longValue();
    }
}
