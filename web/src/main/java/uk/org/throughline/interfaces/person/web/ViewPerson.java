package uk.org.throughline.interfaces.person.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.org.throughline.application.caseload.AllocationView;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.order.CivilOrderService;
import uk.org.throughline.application.order.OrderSummary;
import uk.org.throughline.application.police.PersonChronology;
import uk.org.throughline.application.programme.ReferralService;
import uk.org.throughline.application.programme.ReferralView;
import uk.org.throughline.application.victim.VictimPermissions;
import uk.org.throughline.application.victim.VictimService;
import uk.org.throughline.application.victim.VictimSummary;
import uk.org.throughline.interfaces.programme.web.ProgrammeRoles;
import uk.org.throughline.interfaces.security.web.SignedInRoles;

/**
 * The person page: who they are and everything recorded about them, starting with their police
 * history as one timeline, oldest first, and their programme referrals for the roles that may read
 * them (everyone but the police) when the person is on the user's caseload (or their role reads
 * everyone's), and the civil orders naming them.
 */
@Named
@ViewScoped
public class ViewPerson extends PersonPage {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonChronology personChronology;

    @Inject
    ReferralService referralService;

    @Inject
    ProgrammeRoles programmeRoles;

    @Inject
    VictimService victims;

    @Inject
    CivilOrderService civilOrders;

    @Inject
    CaseloadAccess caseload;

    private List<PersonChronology.Entry> chronology = List.of();
    private List<ReferralView> referrals = List.of();
    private VictimSummary victim;
    private List<OrderSummary> orders = List.of();
    private AllocationView offenderManager;

    @Override
    public void load() {
        super.load();
        chronology = personChronology.forPerson(getId());
        if (programmeRoles.isReferralReader()) {
            referrals = referralService.referralsOf(getId());
        }
        victim = victims.summary(getId()).orElse(null);
        orders = civilOrders.ordersOf(getId());
        offenderManager = caseload.allocations(getId()).stream()
                .filter(allocation -> allocation.allocatedTo() == null).findFirst().orElse(null);
    }

    /** The offender manager allocated now; null when none is. */
    public AllocationView getOffenderManager() {
        return offenderManager;
    }

    /** The person's programme referrals, newest first; empty for a role that may not read them. */
    public List<ReferralView> getReferrals() {
        return referrals;
    }

    /** Partner-contact workers and administrators open and change victim records. */
    public boolean isVictimRecordKeeper() {
        return SignedInRoles.may(VictimPermissions.RECORD);
    }

    /** That the person is a victim, her risk level and protective orders; null when she is not one. */
    public VictimSummary getVictim() {
        return victim;
    }

    /** The entries the signed-in user's role may read; empty when there are none. */
    public List<PersonChronology.Entry> getChronology() {
        return chronology;
    }

    /** The civil orders naming the person as respondent or protected person, newest first. */
    public List<OrderSummary> getOrders() {
        return orders;
    }
}
