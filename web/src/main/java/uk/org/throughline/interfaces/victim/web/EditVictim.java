package uk.org.throughline.interfaces.victim.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.org.throughline.application.victim.VictimChoices;
import uk.org.throughline.application.victim.VictimForms.Child;
import uk.org.throughline.application.victim.VictimForms.Perpetrator;
import uk.org.throughline.application.victim.VictimForms.VictimForm;
import uk.org.throughline.application.victim.VictimService;
import uk.org.throughline.application.victim.VictimView;
import uk.org.throughline.domain.model.incident.RelationshipType;
import uk.org.throughline.domain.model.victim.Consent;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * Opens a person's victim record or changes it ({@code ?person=}): partner-contact workers and
 * administrators. Changing it reads her record first, audited with the reason given on her record's
 * page, which hands it over in the flash scope (never in the address); without one, as after a reload,
 * the page sends the user there to give it. Her possible perpetrators are the suspects of the incidents
 * she was a victim in.
 */
@Named
@ViewScoped
public class EditVictim implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int BLANK_CHILD_ROWS = 2;
    private static final Map<String, String> INPUTS = Map.of("consentOn", "consentOn");
    /** The flash-scope key of the reason her record's page was given. */
    static final String ACCESS_REASON = "victimAccessReason";

    @Inject
    VictimService victims;

    @Inject
    Feedback feedback;

    private Long personId;
    private VictimChoices choices;
    private Long version;
    private String partnerContactWorker;
    private String safePhone;
    private String safeTimes;
    private boolean messagesMayBeLeft;
    private String safeEmail;
    private String codeWord;
    private String addressLine1;
    private String addressLine2;
    private String addressTown;
    private String addressPostcode;
    private boolean inRefuge;
    private String preferredLanguage;
    private boolean interpreterRequired;
    private Consent consent = Consent.NOT_ASKED;
    private LocalDate consentOn;
    private List<PerpetratorRow> perpetrators = List.of();
    private final List<ChildRow> children = new ArrayList<>();

    /** Reads her record with the reason given; with none, back to her record's page, which asks for it. */
    public String load() {
        String reason = (String) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(ACCESS_REASON);
        boolean recorded = victims.summary(personId).isPresent();
        if (recorded && (reason == null || reason.isBlank())) {
            return "/victim/view?faces-redirect=true&person=" + personId;
        }
        choices = victims.choices(personId);
        VictimView victim = recorded ? victims.view(personId, reason) : null;
        perpetrators = choices.perpetrators().stream().map(choice -> new PerpetratorRow(choice,
                victim == null ? null : victim.perpetrators().stream()
                        .filter(link -> link.personId() == choice.personId())
                        .map(VictimView.Perpetrator::relationship).findFirst().orElse(null))).toList();
        if (victim != null) {
            version = victim.version();
            partnerContactWorker = victim.partnerContactWorker();
            safePhone = victim.safePhone();
            safeTimes = victim.safeTimes();
            messagesMayBeLeft = victim.messagesMayBeLeft();
            safeEmail = victim.safeEmail();
            codeWord = victim.codeWord();
            addressLine1 = victim.addressLine1();
            addressLine2 = victim.addressLine2();
            addressTown = victim.addressTown();
            addressPostcode = victim.addressPostcode();
            inRefuge = victim.inRefuge();
            preferredLanguage = victim.preferredLanguage();
            interpreterRequired = victim.interpreterRequired();
            consent = victim.consent();
            victim.children().forEach(child -> children.add(new ChildRow(child.name(), child.dateOfBirth())));
        }
        for (int i = 0; i < BLANK_CHILD_ROWS; i++) {
            children.add(new ChildRow(null, null));
        }
        return null;
    }

    public String save() {
        VictimForm form = new VictimForm(partnerContactWorker, safePhone, safeTimes, messagesMayBeLeft, safeEmail,
                codeWord, addressLine1, addressLine2, addressTown, addressPostcode, inRefuge, preferredLanguage,
                interpreterRequired, consent, consentOn,
                perpetrators.stream().filter(row -> row.relationship != null)
                        .map(row -> new Perpetrator(row.choice.personId(), row.relationship)).toList(),
                children.stream().filter(row -> row.name != null && !row.name.isBlank())
                        .map(row -> new Child(row.name, row.dateOfBirth)).toList());
        if (!feedback.valid(form, INPUTS)) {
            return null;
        }
        try {
            if (version == null) {
                victims.open(personId, form);
            } else {
                victims.update(personId, version, form);
            }
        } catch (BusinessException e) {
            feedback.error(e, INPUTS);
            return null;
        }
        feedback.flash("Victim record of " + choices.displayName() + " saved");
        return "/victim/view?faces-redirect=true&person=" + personId;
    }

    public boolean isOpening() {
        return version == null;
    }

    public Consent[] getConsents() {
        return Consent.values();
    }

    public RelationshipType[] getRelationships() {
        return RelationshipType.values();
    }

    public VictimChoices getChoices() {
        return choices;
    }

    public List<PerpetratorRow> getPerpetrators() {
        return perpetrators;
    }

    public List<ChildRow> getChildren() {
        return children;
    }

    /** A possible perpetrator: linked when a relationship is chosen. */
    public static class PerpetratorRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final VictimChoices.Perpetrator choice;
        private RelationshipType relationship;

        PerpetratorRow(VictimChoices.Perpetrator choice, RelationshipType relationship) {
            this.choice = Objects.requireNonNull(choice);
            this.relationship = relationship;
        }

        public VictimChoices.Perpetrator getChoice() {
            return choice;
        }

        public RelationshipType getRelationship() {
            return relationship;
        }

        public void setRelationship(RelationshipType relationship) {
            this.relationship = relationship;
        }
    }

    /** A child in her care; a row left blank is ignored. */
    public static class ChildRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private LocalDate dateOfBirth;

        ChildRow(String name, LocalDate dateOfBirth) {
            this.name = name;
            this.dateOfBirth = dateOfBirth;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getDateOfBirth() {
            return dateOfBirth;
        }

        public void setDateOfBirth(LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
        }
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getPartnerContactWorker() {
        return partnerContactWorker;
    }

    public void setPartnerContactWorker(String partnerContactWorker) {
        this.partnerContactWorker = partnerContactWorker;
    }

    public String getSafePhone() {
        return safePhone;
    }

    public void setSafePhone(String safePhone) {
        this.safePhone = safePhone;
    }

    public String getSafeTimes() {
        return safeTimes;
    }

    public void setSafeTimes(String safeTimes) {
        this.safeTimes = safeTimes;
    }

    public boolean isMessagesMayBeLeft() {
        return messagesMayBeLeft;
    }

    public void setMessagesMayBeLeft(boolean messagesMayBeLeft) {
        this.messagesMayBeLeft = messagesMayBeLeft;
    }

    public String getSafeEmail() {
        return safeEmail;
    }

    public void setSafeEmail(String safeEmail) {
        this.safeEmail = safeEmail;
    }

    public String getCodeWord() {
        return codeWord;
    }

    public void setCodeWord(String codeWord) {
        this.codeWord = codeWord;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getAddressTown() {
        return addressTown;
    }

    public void setAddressTown(String addressTown) {
        this.addressTown = addressTown;
    }

    public String getAddressPostcode() {
        return addressPostcode;
    }

    public void setAddressPostcode(String addressPostcode) {
        this.addressPostcode = addressPostcode;
    }

    public boolean isInRefuge() {
        return inRefuge;
    }

    public void setInRefuge(boolean inRefuge) {
        this.inRefuge = inRefuge;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean isInterpreterRequired() {
        return interpreterRequired;
    }

    public void setInterpreterRequired(boolean interpreterRequired) {
        this.interpreterRequired = interpreterRequired;
    }

    public Consent getConsent() {
        return consent;
    }

    public void setConsent(Consent consent) {
        this.consent = consent;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public void setConsentOn(LocalDate consentOn) {
        this.consentOn = consentOn;
    }
}
