package uk.org.throughline.application.demo;

/**
 * Whether the server was started for a benchmark, with {@code -Dthroughline.benchmark=true}. The one
 * place the switch is read: the synthetic-data and timing endpoints, and the service behind them, exist
 * only then, because they write straight to the tables and would flood a real database with invented
 * people.
 */
public final class BenchmarkMode {

    public static final String PROPERTY = "throughline.benchmark";

    private BenchmarkMode() {
    }

    public static boolean isOn() {
        return Boolean.parseBoolean(System.getProperty(PROPERTY));
    }

    /**
     * @throws IllegalStateException when the server was not started for a benchmark: the endpoints
     *         refuse first, so reaching this is a caller that should not exist
     */
    static void requireOn() {
        if (!isOn()) {
            throw new IllegalStateException("Synthetic data is only for benchmarks: start the server with -D"
                    + PROPERTY + "=true");
        }
    }
}
