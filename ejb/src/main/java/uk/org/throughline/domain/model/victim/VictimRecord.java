package uk.org.throughline.domain.model.victim;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * A victim/survivor, on top of her person record: how to reach her safely, a confidential address,
 * her language, her consent to contact (given and withdrawn, each dated), the children in her care,
 * the perpetrators linked to her and the partner-contact worker who supports her. Who may read
 * which part is decided by the service; the record only keeps itself consistent.
 */
@Entity
@Table(name = "victim_record")
public class VictimRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "person_id", nullable = false, unique = true, updatable = false)
    private long personId;

    @Column(name = "partner_contact_worker", length = VictimFieldLengths.USERNAME)
    private String partnerContactWorker;

    @Column(name = "safe_phone", length = VictimFieldLengths.PHONE)
    private String safePhone;

    @Column(name = "safe_times", length = VictimFieldLengths.SAFE_TIMES)
    private String safeTimes;

    @Column(name = "messages_may_be_left", nullable = false)
    private boolean messagesMayBeLeft;

    @Column(name = "safe_email", length = VictimFieldLengths.EMAIL)
    private String safeEmail;

    @Column(name = "code_word", length = VictimFieldLengths.CODE_WORD)
    private String codeWord;

    @Column(name = "address_line1", length = VictimFieldLengths.ADDRESS_LINE)
    private String addressLine1;

    @Column(name = "address_line2", length = VictimFieldLengths.ADDRESS_LINE)
    private String addressLine2;

    @Column(name = "address_town", length = VictimFieldLengths.TOWN)
    private String addressTown;

    @Column(name = "address_postcode", length = VictimFieldLengths.POSTCODE)
    private String addressPostcode;

    @Column(name = "in_refuge", nullable = false)
    private boolean inRefuge;

    @Column(name = "preferred_language", length = VictimFieldLengths.LANGUAGE)
    private String preferredLanguage;

    @Column(name = "interpreter_required", nullable = false)
    private boolean interpreterRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent", length = 20, nullable = false)
    private Consent consent;

    @Column(name = "consent_given_on")
    private LocalDate consentGivenOn;

    @Column(name = "consent_withdrawn_on")
    private LocalDate consentWithdrawnOn;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "victim_perpetrator", joinColumns = @JoinColumn(name = "victim_id"))
    @OrderColumn(name = "position")
    private List<PerpetratorLink> perpetrators = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "victim_child", joinColumns = @JoinColumn(name = "victim_id"))
    @OrderColumn(name = "position")
    private List<LinkedChild> children = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected VictimRecord() {
        // for JPA
    }

    /** @throws InvalidFieldException naming the field that is missing, too long or inconsistent */
    public VictimRecord(long personId, VictimDetails details, List<PerpetratorLink> perpetrators,
            List<LinkedChild> children, LocalDate today, Instant now) {
        this.personId = personId;
        this.consent = Consent.NOT_ASKED;
        this.createdAt = now;
        correct(details, perpetrators, children, today, now);
    }

    /** Replaces everything typed; a change of consent is dated, and withdrawal keeps the day it was given. */
    public final void correct(VictimDetails details, List<PerpetratorLink> newPerpetrators,
            List<LinkedChild> newChildren, LocalDate today, Instant now) {
        this.partnerContactWorker = Fields.optionalText(details.partnerContactWorker(), VictimFieldLengths.USERNAME,
                "partnerContactWorker");
        this.safePhone = Fields.optionalText(details.safePhone(), VictimFieldLengths.PHONE, "safePhone");
        this.safeTimes = Fields.optionalText(details.safeTimes(), VictimFieldLengths.SAFE_TIMES, "safeTimes");
        this.messagesMayBeLeft = details.messagesMayBeLeft();
        this.safeEmail = Fields.optionalText(details.safeEmail(), VictimFieldLengths.EMAIL, "safeEmail");
        if (safeEmail != null && !safeEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidFieldException("safeEmail", "Enter an email address such as name@example.org");
        }
        this.codeWord = Fields.optionalText(details.codeWord(), VictimFieldLengths.CODE_WORD, "codeWord");
        takeAddress(details);
        this.preferredLanguage = Fields.optionalText(details.preferredLanguage(), VictimFieldLengths.LANGUAGE,
                "preferredLanguage");
        this.interpreterRequired = details.interpreterRequired();
        changeConsent(Fields.required(details.consent(), "consent", "Select whether she consents to contact"),
                details.consentOn(), today);
        replacePerpetrators(newPerpetrators);
        Set<LinkedChild> distinctChildren = new HashSet<>(newChildren);
        if (distinctChildren.size() < newChildren.size()) {
            throw new InvalidFieldException("children", "A child is listed twice");
        }
        children.clear();
        children.addAll(newChildren);
        this.updatedAt = now;
    }

    private void takeAddress(VictimDetails details) {
        this.addressLine1 = Fields.optionalText(details.addressLine1(), VictimFieldLengths.ADDRESS_LINE,
                "addressLine1");
        this.addressLine2 = Fields.optionalText(details.addressLine2(), VictimFieldLengths.ADDRESS_LINE,
                "addressLine2");
        this.addressTown = Fields.optionalText(details.addressTown(), VictimFieldLengths.TOWN, "addressTown");
        String postcode = Fields.optionalText(details.addressPostcode(), VictimFieldLengths.POSTCODE,
                "addressPostcode");
        this.addressPostcode = postcode == null ? null : postcode.toUpperCase(Locale.UK);
        if (addressLine1 == null && (addressLine2 != null || addressTown != null || addressPostcode != null)) {
            throw new InvalidFieldException("addressLine1", "Enter the first line of the confidential address");
        }
        if (addressLine1 != null && addressTown == null) {
            throw new InvalidFieldException("addressTown", "Enter the town of the confidential address");
        }
        this.inRefuge = details.inRefuge();
        if (inRefuge && addressLine1 == null) {
            throw new InvalidFieldException("addressLine1", "Enter the refuge's address");
        }
    }

    private void changeConsent(Consent next, LocalDate on, LocalDate today) {
        if (next == consent) {
            return;
        }
        switch (next) {
            case NOT_ASKED -> throw new InvalidFieldException("consent", "Consent once recorded is withdrawn, not "
                    + "unrecorded");
            case GIVEN -> {
                this.consentGivenOn = Fields.pastDate(on, today, "consentOn", "date she gave consent");
                this.consentWithdrawnOn = null;
            }
            case WITHDRAWN -> {
                if (consent != Consent.GIVEN) {
                    throw new InvalidFieldException("consent", "Consent can only be withdrawn once it was given");
                }
                LocalDate withdrawn = Fields.pastDate(on, today, "consentOn", "date she withdrew consent");
                if (withdrawn.isBefore(consentGivenOn)) {
                    throw new InvalidFieldException("consentOn", "Consent cannot be withdrawn before it was given on "
                            + UkDate.format(consentGivenOn));
                }
                this.consentWithdrawnOn = withdrawn;
            }
        }
        this.consent = next;
    }

    private void replacePerpetrators(List<PerpetratorLink> links) {
        Set<Long> seen = new HashSet<>();
        for (PerpetratorLink link : links) {
            if (link.perpetratorPersonId() == personId) {
                throw new InvalidFieldException("perpetrators", "She cannot be linked to herself as a perpetrator");
            }
            if (!seen.add(link.perpetratorPersonId())) {
                throw new InvalidFieldException("perpetrators", "A perpetrator is linked twice");
            }
        }
        perpetrators.clear();
        perpetrators.addAll(links);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long personId() {
        return personId;
    }

    public Optional<String> partnerContactWorker() {
        return Optional.ofNullable(partnerContactWorker);
    }

    public String safePhone() {
        return safePhone;
    }

    public String safeTimes() {
        return safeTimes;
    }

    public boolean messagesMayBeLeft() {
        return messagesMayBeLeft;
    }

    public String safeEmail() {
        return safeEmail;
    }

    public String codeWord() {
        return codeWord;
    }

    public String addressLine1() {
        return addressLine1;
    }

    public String addressLine2() {
        return addressLine2;
    }

    public String addressTown() {
        return addressTown;
    }

    public String addressPostcode() {
        return addressPostcode;
    }

    public boolean inRefuge() {
        return inRefuge;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public boolean interpreterRequired() {
        return interpreterRequired;
    }

    public Consent consent() {
        return consent;
    }

    public LocalDate consentGivenOn() {
        return consentGivenOn;
    }

    public LocalDate consentWithdrawnOn() {
        return consentWithdrawnOn;
    }

    public List<PerpetratorLink> perpetrators() {
        return List.copyOf(perpetrators);
    }

    public List<LinkedChild> children() {
        return List.copyOf(children);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
