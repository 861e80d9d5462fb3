package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.throughline.it.PersonApiIT.assertProblem;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guessing from one address across many usernames: after twenty failures from it, whoever signs in
 * from there waits. A class of its own, since every test here comes from the same address: its freshly
 * deployed application has counted no failure yet.
 */
@ExtendWith(ArquillianExtension.class)
class SignInAddressThrottleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void makesEveryoneAtAnAddressWaitAfterTwentyFailuresFromIt() {
        for (int i = 1; i <= 20; i++) {
            assertProblem(ApiClient.as("guess" + i + ".demo", "not-the-password").get("/api/persons?q=smith"), 401);
        }

        ApiClient.Response refused = ApiClient.as("police.demo").get("/api/persons?q=smith");

        assertProblem(refused, 429);
        assertEquals("1", refused.header("Retry-After"), refused::toString);
    }
}
