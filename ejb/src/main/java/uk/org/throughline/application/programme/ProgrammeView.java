package uk.org.throughline.application.programme;

import java.util.Set;
import uk.org.throughline.domain.model.programme.DeliveryMode;
import uk.org.throughline.domain.model.programme.ReferralRoute;

/** A programme of the catalogue as a referrer chooses it. */
public record ProgrammeView(long id, String name, String targetGroup, DeliveryMode deliveryMode, int sessionCount,
        int capacity, String completionRule, Set<ReferralRoute> routes) {

    public ProgrammeView {
        routes = Set.copyOf(routes);
    }
}
