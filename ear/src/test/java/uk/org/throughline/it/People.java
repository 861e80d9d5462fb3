package uk.org.throughline.it;

import static uk.org.throughline.it.ApiClient.quote;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request bodies for people the tests register. Every test makes its own people, with a date of
 * birth of its own, so no test depends on another's data or on the demo case load.
 */
public final class People {

    private People() {
    }

    /** A date of birth no other test run is likely to use, to narrow searches to this test's people. */
    public static LocalDate uniqueDateOfBirth() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 60));
    }

    public static String person(String surname, String forenames, LocalDate dateOfBirth) {
        return person(surname, forenames, dateOfBirth, "");
    }

    /** {@code extra} is further JSON members, starting with a comma, e.g. {@code ,"pncId":"…"}. */
    public static String person(String surname, String forenames, LocalDate dateOfBirth, String extra) {
        return "{\"surname\":" + quote(surname)
                + ",\"forenames\":" + quote(forenames)
                + ",\"dateOfBirth\":" + (dateOfBirth == null ? "null" : quote(dateOfBirth.toString()))
                + ",\"gender\":\"MALE\",\"disability\":\"NOT_KNOWN\"" + extra + "}";
    }

    /** Registers a new person (skipping the duplicate check) and returns the new record's id. */
    public static long register(ApiClient client, String surname, String forenames, LocalDate dateOfBirth) {
        ApiClient.Response created = client.post("/api/persons?confirmNew=true", person(surname, forenames, dateOfBirth));
        if (created.status() != 201) {
            throw new AssertionError("Could not register " + surname + ": " + created);
        }
        return created.json().getJsonNumber("id").longValue();
    }

    /**
     * Each of these perpetrator-facing workers opens the person's records with a reason (he is on none of their
     * caseloads), so what a test then checks is what they see of records they may read.
     */
    public static void openedWithAReasonBy(long personId, String... usernames) {
        for (String username : usernames) {
            ApiClient.Response opened = ApiClient.as(username).post("/api/persons/" + personId + "/access/reasons",
                    "{\"reason\":\"Preparing a pre-sentence report\"}");
            if (opened.status() != 204) {
                throw new AssertionError(username + " could not open " + personId + ": " + opened);
            }
        }
    }

    /** A manager allocates the person to an offender manager from today: he is then on that worker's caseload. */
    public static void allocatedTo(long personId, String offenderManager) {
        ApiClient.Response allocated = ApiClient.as("manager.demo").post("/api/persons/" + personId
                + "/offender-managers", "{\"offenderManager\":\"" + offenderManager + "\",\"allocatedFrom\":\""
                + TestClock.today() + "\"}");
        if (allocated.status() != 201) {
            throw new AssertionError(personId + " not allocated to " + offenderManager + ": " + allocated);
        }
    }
}
