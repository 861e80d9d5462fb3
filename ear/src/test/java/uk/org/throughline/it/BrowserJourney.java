package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every journey through the pages shares: the application deployed as the build made it, with
 * the tests outside the server; a fresh browser for each test ({@link #browser}) and any further
 * windows it opens ({@link #newBrowser()}); a picture of each window when a test fails; every window
 * closed after the test, whatever happened; and the test failed if the Content-Security-Policy refused
 * anything on its pages.
 */
@ExtendWith({ArquillianExtension.class, BrowserJourney.ScreenshotsOnFailure.class})
abstract class BrowserJourney {

    /** The test's first window, open before the test starts. */
    protected Browser browser;

    private final List<Browser> windows = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @BeforeEach
    void openFirstWindow() {
        browser = newBrowser();
    }

    /** Another window, e.g. a colleague's, closed with the others after the test. */
    protected final Browser newBrowser() {
        Browser window = new Browser();
        windows.add(window);
        return window;
    }

    /** Closes every window; the test fails if the Content-Security-Policy refused anything in one of them. */
    @AfterEach
    void closeWindows() {
        List<String> refused = new ArrayList<>();
        RuntimeException failure = null;
        for (Browser window : windows) {
            try {
                refused.addAll(window.contentSecurityPolicyViolations());
            } catch (RuntimeException e) {
                failure = firstOrSuppressed(failure, e);
            }
            try {
                window.close();
            } catch (RuntimeException e) {
                failure = firstOrSuppressed(failure, e);
            }
        }
        windows.clear();
        if (failure != null) {
            throw failure;
        }
        assertTrue(refused.isEmpty(), () -> "The Content-Security-Policy refused:\n" + String.join("\n", refused));
    }

    private static RuntimeException firstOrSuppressed(RuntimeException first, RuntimeException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }

    /**
     * Keeps a picture of every window of a failed test, as screenshots/failed-{class}-{test}-{window}.png,
     * before the windows close. A window that cannot be pictured is reported and left; the test's own
     * failure is what the run shows.
     */
    static final class ScreenshotsOnFailure implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty()
                    || !(context.getTestInstance().orElse(null) instanceof BrowserJourney journey)) {
                return;
            }
            String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            for (int i = 0; i < journey.windows.size(); i++) {
                try {
                    journey.windows.get(i).screenshot(name + "-" + (i + 1));
                } catch (RuntimeException e) {
                    System.err.println("No screenshot of window " + (i + 1) + " of " + name + ": " + e);
                }
            }
        }
    }
}
