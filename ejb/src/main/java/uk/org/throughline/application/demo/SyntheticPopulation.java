package uk.org.throughline.application.demo;

import java.util.List;

/**
 * Fills the index with synthetic people (and their programme history) for load and benchmark runs, and times the bare SQL that
 * the name search is built on, so the API's figures can be compared with the database's own.
 * Admin only, and only on a server started for a benchmark ({@link BenchmarkMode}): on any other every
 * method fails with an {@link IllegalStateException}, which reaches the caller as an EJBException. Never
 * used by the demo or production data.
 */
public interface SyntheticPopulation {

    /** Adds {@code count} synthetic people (with aliases and addresses) in JDBC batches; returns how many. */
    int generate(int count, long seed);

    /**
     * Adds a county's programme history drawn from the people already in the index, in JDBC batches:
     * per group, a finished ten-father Caring Dads cohort and a YUVA one-to-one with every register
     * line, its audit row and the enforcement it brought, and eight referrals on the waiting list.
     */
    SyntheticProgrammeHistory generateProgrammes(int groups, long seed);

    /**
     * Runs the search's indexed phonetic-key query directly over JDBC {@code repetitions} times for
     * each surname given, returning the elapsed nanoseconds of each run.
     */
    List<Long> timeDirectSearch(List<String> surnames, int repetitions);
}
