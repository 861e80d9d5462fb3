package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.PersonApiIT.assertProblem;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Password guessing slowed down: after five failures for a username each attempt waits, doubling with
 * each further failure, and is refused unchecked until then, on the API (429) and the sign-in page
 * alike. The server's clock is the real one here, so the tests wait the first few seconds out.
 * Every failure here also counts against the tests' one address, far below its own threshold.
 */
class SignInThrottleIT extends BrowserJourney {

    private static final String SEARCH = "/api/persons?q=smith";

    @Test
    void refusesEvenTheRightPasswordWhileTheWaitAfterFiveFailuresLastsAndDoublesIt() throws InterruptedException {
        failures("partner.demo", 5);

        ApiClient.Response refused = ApiClient.as("partner.demo").get(SEARCH);
        assertTooMany(refused, 1);
        assertEquals("Too many failed sign-ins. Try again in 1 second.", refused.json().getString("detail"));

        waitOut(refused);
        failures("partner.demo", 1);
        waitOut(assertTooMany(ApiClient.as("partner.demo").get(SEARCH), 2));
        failures("partner.demo", 1);
        waitOut(assertTooMany(ApiClient.as("partner.demo").get(SEARCH), 4));

        assertEquals(200, ApiClient.as("partner.demo").get(SEARCH).status(), "the wait is over");
        failures("partner.demo", 1);
        assertEquals(200, ApiClient.as("partner.demo").get(SEARCH).status(), "the success started the count again");
    }

    @Test
    void tellsTheSignInPageHowLongToWait() throws InterruptedException {
        // the failures go through the API, quicker than the page, so that the page's attempt falls well inside the wait
        failures("manager.demo", 5);
        waitOut(assertTooMany(ApiClient.as("manager.demo", "not-the-password").get(SEARCH), 1));
        browser.open("/login.xhtml");
        browser.type("username", "manager.demo");
        browser.type("password", ApiClient.DEMO_PASSWORD);
        failures("manager.demo", 1);

        browser.submit("signIn");

        assertTrue(browser.text("errorSummary").contains("Too many failed sign-ins. Try again in "),
                browser::pageText);
        assertFalse(browser.isPresent("staffName"), "not signed in, although the password was right");
        Thread.sleep(2_000);
        browser.type("password", ApiClient.DEMO_PASSWORD);
        browser.submit("signIn");
        assertTrue(browser.text("staffName").contains("Helen Carter"), browser::pageText);
    }

    private static void failures(String username, int count) {
        for (int i = 0; i < count; i++) {
            assertProblem(ApiClient.as(username, "not-the-password").get(SEARCH), 401);
        }
    }

    /** A 429 asking for a wait of at most {@code seconds} (less when the machine was slow to ask again). */
    private static ApiClient.Response assertTooMany(ApiClient.Response response, int seconds) {
        assertProblem(response, 429);
        assertEquals("Too many failed sign-ins", response.json().getString("title"));
        int retryAfter = Integer.parseInt(response.header("Retry-After"));
        assertTrue(List.of(seconds, seconds - 1).contains(retryAfter) && retryAfter > 0,
                () -> "Retry-After " + retryAfter + " for a wait of " + seconds + " seconds");
        return response;
    }

    private static void waitOut(ApiClient.Response refused) throws InterruptedException {
        Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1_000);
    }
}
