package uk.org.throughline.interfaces.order.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import uk.org.throughline.domain.model.order.Applicant;
import uk.org.throughline.domain.model.order.BreachRoute;
import uk.org.throughline.domain.model.order.ConditionKind;
import uk.org.throughline.domain.model.order.PoliceAction;
import uk.org.throughline.domain.model.order.ProtectedRole;

/** The options of the order pages' drop-down lists: {@code #{orderChoices.kinds}}. */
@Named
@ApplicationScoped
public class OrderChoices {

    public Applicant[] getApplicants() {
        return Applicant.values();
    }

    public ProtectedRole[] getRoles() {
        return ProtectedRole.values();
    }

    public ConditionKind[] getKinds() {
        return ConditionKind.values();
    }

    public PoliceAction[] getPoliceActions() {
        return PoliceAction.values();
    }

    public BreachRoute[] getRoutes() {
        return BreachRoute.values();
    }
}
