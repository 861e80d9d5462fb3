package uk.org.throughline.application.risk.internal;

import uk.org.throughline.application.caseload.CaseloadAccess;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.risk.RiskForms.SafetyPlanItemForm;
import uk.org.throughline.application.risk.RiskPermissions;
import uk.org.throughline.application.risk.SafetyPlanService;
import uk.org.throughline.application.risk.SafetyPlanView;
import uk.org.throughline.application.shared.OptimisticLock;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.risk.SafetyPlanItem;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.RiskRepository;
import uk.org.throughline.infrastructure.persistence.UnitOfWork;

/**
 * Safety plans. Partner-contact workers, managers and administrators keep them; police may read
 * them. One transaction per method with its audit row.
 */
@Stateless
public class DefaultSafetyPlanService implements SafetyPlanService {

    private static final String PLAN = "SafetyPlan";

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private RiskRepository risks;

    @Inject
    private PersonRepository people;

    @Inject
    private UnitOfWork unitOfWork;

    @EJB
    private AuditTrail audit;

    @EJB
    private CaseloadAccess caseload;

    @Override
    @RolesAllowed(RiskPermissions.ASSESS)
    public SafetyPlanView plan(long personId) {
        Person person = people.getActive(personId);
        caseload.requireRead(personId);
        audit.record(AuditAction.VIEW, PLAN, String.valueOf(personId), "Viewed the safety plan of "
                + person.displayName(), null);
        return view(person);
    }

    @Override
    @RolesAllowed(RiskPermissions.COORDINATE)
    public SafetyPlanView addItem(long personId, SafetyPlanItemForm form) {
        Person person = people.getActive(personId);
        SafetyPlanItem item = risks.add(new SafetyPlanItem(personId, form.details(),
                session.getCallerPrincipal().getName(), clock.instant()));
        audit.record(AuditAction.CREATE, PLAN, String.valueOf(personId), "Added to the safety plan of "
                + person.displayName() + " (item " + item.id() + ", " + item.status().label() + ")", null);
        return view(person);
    }

    @Override
    @RolesAllowed(RiskPermissions.COORDINATE)
    public SafetyPlanView updateItem(long itemId, long expectedVersion, SafetyPlanItemForm form) {
        SafetyPlanItem item = risks.safetyPlanItem(itemId);
        Person person = people.getActive(item.personId());
        String description = "This safety plan item of " + person.displayName();
        OptimisticLock.require(item.version(), expectedVersion, description);
        item.update(form.details(), session.getCallerPrincipal().getName(), clock.instant());
        unitOfWork.write(description);
        audit.record(AuditAction.UPDATE, PLAN, String.valueOf(item.personId()), "Changed item " + itemId
                + " of the safety plan of " + person.displayName() + " (" + item.status().label() + ")", null);
        return view(person);
    }

    private SafetyPlanView view(Person person) {
        LocalDate today = UkDate.today(clock);
        return new SafetyPlanView(person.id(), person.displayName(), risks.safetyPlanOf(person.id()).stream()
                .map(item -> RiskMapping.itemView(item, today)).toList());
    }
}
