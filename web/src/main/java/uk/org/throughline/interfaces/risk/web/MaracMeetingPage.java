package uk.org.throughline.interfaces.risk.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.org.throughline.application.risk.MaracActionView;
import uk.org.throughline.application.risk.MaracMeetingView;
import uk.org.throughline.application.risk.MaracReferralView;
import uk.org.throughline.application.risk.MaracService;
import uk.org.throughline.application.risk.RiskForms.ActionForm;
import uk.org.throughline.application.risk.RiskForms.CompletionForm;
import uk.org.throughline.application.risk.RiskForms.ListingForm;
import uk.org.throughline.domain.model.risk.Agency;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.interfaces.shared.web.DateDisplay;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * One MARAC meeting ({@code ?id=}): its agenda, each case with its actions; listing a waiting case,
 * giving an agency an action, recording an action done, and the agenda as CSV.
 */
@Named
@ViewScoped
public class MaracMeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DateDisplay dates;

    @Inject
    MaracService marac;

    @Inject
    RiskRoles roles;

    @Inject
    Feedback feedback;

    private Long id;
    private MaracMeetingView meeting;
    private List<MaracReferralView> waiting = List.of();
    private Long referralToList;
    /** The new action being written for each case, by referral id. */
    private final Map<Long, NewAction> newActions = new HashMap<>();

    public void load() {
        meeting = marac.meeting(id);
        if (roles.isCoordinator()) {
            waiting = marac.waitingToBeListed();
        }
        meeting.agenda().forEach(referral -> newActions.putIfAbsent(referral.id(), new NewAction()));
    }

    public String listCase() {
        MaracReferralView referral = waiting.stream().filter(waitingCase -> Long.valueOf(waitingCase.id()).equals(referralToList))
                .findFirst().orElse(null);
        if (referral == null) {
            feedback.error(new BusinessException("Select the case to list"));
            return null;
        }
        return changed(() -> marac.list(referral.id(), referral.version(), new ListingForm(id)),
                "Listed the case of " + referral.personName() + ".", Map.of("meetingId", "referralToList"));
    }

    public String addAction(MaracReferralView referral) {
        NewAction draft = newActions.get(referral.id());
        ActionForm form = new ActionForm(draft.agency, draft.action, draft.dueOn);
        // each case has its own action form: a message goes on that case's field
        String row = "agenda:" + meeting.agenda().indexOf(referral) + ":actionForm:";
        Map<String, String> inputIds = Map.of("agency", row + "agency", "action", row + "action", "dueOn",
                row + "dueOn");
        if (!feedback.valid(form, inputIds)) {
            return null;
        }
        return changed(() -> marac.addAction(referral.id(), form), "Action given to " + draft.agency.label() + ".",
                inputIds);
    }

    public String complete(MaracActionView action) {
        return changed(() -> marac.completeAction(action.id(), action.version(), new CompletionForm(dates.today())),
                "Recorded the " + action.agency().label() + " action as done today.", Map.of());
    }

    /** The agenda as a CSV download; the service audits the export. */
    public void exportAgenda() throws IOException {
        byte[] csv = marac.agendaCsv(id);
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"marac-agenda-" + id + ".csv\"");
        external.setResponseHeader("Cache-Control", "no-store");
        external.getResponseOutputStream().write(csv);
        context.responseComplete();
    }

    /**
     * Makes one change and comes back to the meeting, or shows why it was refused.
     *
     * @param inputIds the ids on this page of the fields the service may name
     */
    private String changed(Runnable change, String notice, Map<String, String> inputIds) {
        try {
            change.run();
        } catch (BusinessException e) {
            feedback.error(e, inputIds);
            return null;
        }
        feedback.flash(notice);
        return "/risk/marac-meeting?faces-redirect=true&id=" + id;
    }

    public NewAction newAction(long referralId) {
        return newActions.get(referralId);
    }

    public List<Agency> getAgencies() {
        return List.of(Agency.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MaracMeetingView getMeeting() {
        return meeting;
    }

    public List<MaracReferralView> getWaiting() {
        return waiting;
    }

    public Long getReferralToList() {
        return referralToList;
    }

    public void setReferralToList(Long referralToList) {
        this.referralToList = referralToList;
    }

    /** An action being written for one case. */
    public static class NewAction implements Serializable {

        private static final long serialVersionUID = 1L;

        private Agency agency;
        private String action;
        private LocalDate dueOn;

        public Agency getAgency() {
            return agency;
        }

        public void setAgency(Agency agency) {
            this.agency = agency;
        }

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }
}
