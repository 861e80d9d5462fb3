package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** What the benchmarks share: filling the index with synthetic people, and percentiles of their timings. */
final class Benchmarks {

    /** People generated per request, so no single request runs for minutes. */
    private static final int PEOPLE_PER_REQUEST = 100_000;

    private Benchmarks() {
    }

    /** Adds {@code persons} synthetic people through the administrator's API; returns the milliseconds it took. */
    static long generatePersons(ApiClient admin, int persons) {
        long started = System.nanoTime();
        ApiClient loader = admin.waitingUpTo(Duration.ofMinutes(10));
        for (int done = 0; done < persons; done += PEOPLE_PER_REQUEST) {
            int count = Math.min(PEOPLE_PER_REQUEST, persons - done);
            ApiClient.Response generated = loader.post("/api/admin/synthetic-persons?count=" + count + "&seed=" + done, "");
            assertEquals(200, generated.status(), generated::toString);
            System.out.printf(Locale.UK, "generated %,d of %,d%n", done + count, persons);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The nearest-rank percentile of the timings. */
    static long percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
