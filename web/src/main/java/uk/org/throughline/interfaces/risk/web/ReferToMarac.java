package uk.org.throughline.interfaces.risk.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.throughline.application.person.PersonIndex;
import uk.org.throughline.application.person.PersonView;
import uk.org.throughline.application.risk.MaracReferralView;
import uk.org.throughline.application.risk.MaracService;
import uk.org.throughline.application.risk.MaracSuggestionView;
import uk.org.throughline.application.risk.RiskForms.MaracReferralForm;
import uk.org.throughline.domain.model.risk.Agency;
import uk.org.throughline.domain.model.risk.MaracCriterion;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.interfaces.shared.web.DateDisplay;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * Referring a victim's case to MARAC ({@code ?person=}): the criterion the facts meet is shown and
 * chosen already, and whether the referral would be a repeat; the referrer may choose professional
 * judgement instead, with the reason.
 */
@Named
@ViewScoped
public class ReferToMarac implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DateDisplay dates;

    @Inject
    MaracService marac;

    @Inject
    PersonIndex personIndex;

    @Inject
    Feedback feedback;

    private Long personId;
    private PersonView person;
    private MaracSuggestionView suggestion;
    private LocalDate referredOn;
    private Agency referringAgency;
    private MaracCriterion criterion;
    private String reason;

    /** The form starts at today. */
    @PostConstruct
    void startToday() {
        referredOn = dates.today();
    }

    public void load() {
        person = personIndex.view(personId);
        suggestion = marac.suggestion(personId);
        criterion = suggestion.criterion();
    }

    public String refer() {
        MaracReferralForm form = new MaracReferralForm(personId, null, referredOn, referringAgency, criterion, reason);
        if (!feedback.valid(form)) {
            return null;
        }
        Optional<MaracReferralView> made = feedback.attempt(() -> marac.refer(form), Map.of(), () -> { });
        if (made.isEmpty()) {
            return null;
        }
        MaracReferralView referral = made.get();
        feedback.flash("Referred " + referral.personName() + " to MARAC: " + referral.criterion().label()
                + (referral.repeat() ? ". A repeat referral: the last was on "
                + UkDate.format(referral.previousReferralOn()) + "." : "."));
        return "/risk/history?faces-redirect=true&person=" + personId;
    }

    public List<Agency> getAgencies() {
        return List.of(Agency.values());
    }

    public List<MaracCriterion> getCriteria() {
        return List.of(MaracCriterion.values());
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public PersonView getPerson() {
        return person;
    }

    public MaracSuggestionView getSuggestion() {
        return suggestion;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public void setReferredOn(LocalDate referredOn) {
        this.referredOn = referredOn;
    }

    public Agency getReferringAgency() {
        return referringAgency;
    }

    public void setReferringAgency(Agency referringAgency) {
        this.referringAgency = referringAgency;
    }

    public MaracCriterion getCriterion() {
        return criterion;
    }

    public void setCriterion(MaracCriterion criterion) {
        this.criterion = criterion;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
