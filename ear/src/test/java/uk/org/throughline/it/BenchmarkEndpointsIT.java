package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.throughline.it.PersonApiIT.assertProblem;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The synthetic-data and timing endpoints are not there on a server started the ordinary way (the test
 * server has no {@code -Dthroughline.benchmark=true}): they answer as an address with nothing at it does.
 */
@ExtendWith(ArquillianExtension.class)
class BenchmarkEndpointsIT {

    private static final String NOWHERE = "/api/admin/no-such-endpoint";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.throughline();
    }

    @Test
    void answerAnAdministratorAsIfNothingWereThere() {
        ApiClient admin = ApiClient.as("admin.demo");
        String notFound = admin.post(NOWHERE, "").json().getString("type");

        ApiClient.Response people = admin.post("/api/admin/synthetic-persons?count=1", "");
        ApiClient.Response programmes = admin.post("/api/admin/synthetic-programmes?groups=1", "");
        ApiClient.Response timing = admin.post("/api/admin/direct-search-timing",
                "{\"surnames\":[\"SMITH\"],\"repetitions\":1}");

        for (ApiClient.Response response : new ApiClient.Response[] {people, programmes, timing}) {
            assertProblem(response, 404);
            assertEquals(notFound, response.json().getString("type"), response::toString);
        }
    }

    @Test
    void answerAnotherMethodWithNotFoundRatherThanMethodNotAllowed() {
        assertProblem(ApiClient.as("admin.demo").get("/api/admin/synthetic-persons"), 404);
    }

    @Test
    void answerOtherStaffWithNotFoundRatherThanForbidden() {
        assertProblem(ApiClient.as("police.demo").post("/api/admin/synthetic-programmes?groups=1", ""), 404);
    }
}
