package uk.org.throughline.interfaces.programme.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.throughline.application.programme.CohortForms.CohortForm;
import uk.org.throughline.application.programme.CohortService;
import uk.org.throughline.application.programme.CohortView;
import uk.org.throughline.application.programme.ProgrammeView;
import uk.org.throughline.application.programme.ReferralService;
import uk.org.throughline.domain.model.programme.DeliveryMode;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * "Set up a cohort": a group of a programme, or one person's one-to-one work, at a venue with its
 * facilitators (the signed-in facilitator unless changed) and its capacity, the programme's own unless
 * a smaller one is given.
 */
@Named
@ViewScoped
public class NewCohort implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortService cohorts;

    @Inject
    ReferralService referrals;

    @Inject
    Feedback feedback;

    private List<ProgrammeView> programmes;
    private Long programmeId;
    private String name;
    private String venue;
    private Integer capacity;
    private String facilitators;

    public void load() {
        programmes = referrals.programmes();
        facilitators = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public String save() {
        CohortForm form = new CohortForm(programmeId, name, venue, capacity, facilitatorUsernames());
        if (!feedback.valid(form)) {
            return null;
        }
        CohortView cohort = cohorts.create(form);
        feedback.flash("Cohort \"" + cohort.name() + "\" set up for " + cohort.capacity()
                + (cohort.capacity() == 1 ? " person" : " people") + ": now plan its sessions");
        return ProgrammePages.cohort(cohort.id());
    }

    /** Usernames as typed, separated by commas or spaces. */
    private Set<String> facilitatorUsernames() {
        return facilitators == null ? Set.of() : Arrays.stream(facilitators.split("[,\\s]+"))
                .filter(username -> !username.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** E.g. "Caring Dads: group of up to 10, 17 sessions". */
    public String describe(ProgrammeView programme) {
        return programme.name() + ": " + (programme.deliveryMode() == DeliveryMode.ONE_TO_ONE ? "one-to-one"
                : "group of up to " + programme.capacity()) + ", " + programme.sessionCount() + " sessions";
    }

    public List<ProgrammeView> getProgrammes() {
        return programmes;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getFacilitators() {
        return facilitators;
    }

    public void setFacilitators(String facilitators) {
        this.facilitators = facilitators;
    }
}
