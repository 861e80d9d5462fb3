package uk.org.throughline.domain.model.person;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * A person on the index (a "nominal"): perpetrator in one matter, victim in another, child in a
 * household. Duplicates are merged, never deleted: the duplicate is retired with a link to the record
 * that survives, so old references and the audit trail still make sense.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "surname", length = FieldLengths.NAME, nullable = false)
    private String surname;

    @Column(name = "forenames", length = FieldLengths.NAME, nullable = false)
    private String forenames;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 20, nullable = false)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "ethnicity", length = 4)
    private Ethnicity ethnicity;

    @Enumerated(EnumType.STRING)
    @Column(name = "disability", length = 20, nullable = false)
    private Disability disability;

    @Column(name = "first_language", length = FieldLengths.LANGUAGE)
    private String firstLanguage;

    @Column(name = "interpreter_required", nullable = false)
    private boolean interpreterRequired;

    @Embedded
    private PncId pncId;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<Alias> aliases = new ArrayList<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("fromDate DESC")
    private List<Address> addresses = new ArrayList<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<WarningMarker> warningMarkers = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Set when this record was found to be a duplicate and merged into another: it is then retired. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Person mergedInto;

    protected Person() {
        // for JPA
    }

    /** @throws InvalidFieldException naming the field if a required detail is missing or wrong */
    public Person(PersonDetails details, Instant now) {
        this.createdAt = now;
        correctDetails(details, now);
    }

    /** Records corrected or newly learned details. */
    public final void correctDetails(PersonDetails details, Instant now) {
        requireActive();
        this.surname = PersonNames.required(details.surname(), "surname", "Enter a surname");
        this.forenames = PersonNames.required(details.forenames(), "forenames", "Enter forenames");
        LocalDate today = UkDate.dayOf(now);
        if (details.dateOfBirth() != null && details.dateOfBirth().isAfter(today)) {
            throw new InvalidFieldException("dateOfBirth", "Date of birth cannot be in the future");
        }
        this.dateOfBirth = details.dateOfBirth();
        this.gender = details.gender() == null ? Gender.NOT_KNOWN : details.gender();
        this.ethnicity = details.ethnicity();
        this.disability = details.disability() == null ? Disability.NOT_KNOWN : details.disability();
        String language = details.firstLanguage() == null || details.firstLanguage().isBlank() ? null
                : details.firstLanguage().strip();
        if (language != null && language.length() > FieldLengths.LANGUAGE) {
            throw new InvalidFieldException("firstLanguage",
                    "First language is at most " + FieldLengths.LANGUAGE + " characters");
        }
        this.firstLanguage = language;
        this.interpreterRequired = details.interpreterRequired();
        this.pncId = details.pncId();
        this.updatedAt = now;
    }

    /**
     * Replaces the aliases with those given. An alias that repeats the person's own name or another
     * alias adds nothing to a search, so it is left out.
     */
    public void replaceAliases(List<Alias> newAliases, Instant now) {
        requireActive();
        aliases.clear();
        newAliases.forEach(this::addAliasIfNew);
        this.updatedAt = now;
    }

    /** Replaces the address history with the one given. */
    public void replaceAddresses(List<Address> newAddresses, Instant now) {
        requireActive();
        addresses.clear();
        newAddresses.forEach(this::addAddress);
        this.updatedAt = now;
    }

    /** Replaces the warning markers with those given. */
    public void replaceWarningMarkers(List<WarningMarker> newMarkers, Instant now) {
        requireActive();
        warningMarkers.clear();
        newMarkers.forEach(this::addWarningMarker);
        this.updatedAt = now;
    }

    /**
     * Takes over a duplicate record: its name becomes an alias here (unless it is the same name), and
     * its aliases, addresses and warning markers are copied; the duplicate is then retired.
     *
     * @throws BusinessException if the two are the same record or either is already retired
     */
    public void absorb(Person duplicate, Instant now) {
        if (this == duplicate || (id != null && id.equals(duplicate.id))) {
            throw new BusinessException("A record cannot be merged into itself. Choose two different people.");
        }
        requireActive();
        duplicate.requireActive();
        addAliasIfNew(new Alias(duplicate.surname, duplicate.forenames));
        duplicate.aliases.forEach(alias -> addAliasIfNew(new Alias(alias.surname(), alias.forenames())));
        duplicate.addresses.stream()
                .filter(address -> addresses.stream().noneMatch(address::sameAs))
                .forEach(address -> addAddress(address.copy()));
        duplicate.warningMarkers.stream()
                .filter(marker -> warningMarkers.stream().noneMatch(marker::sameAs))
                .forEach(marker -> addWarningMarker(marker.copy()));
        this.updatedAt = now;
        duplicate.mergedInto = this;
        duplicate.updatedAt = now;
    }

    /** Retired records stay for reference but cannot be searched for or changed. */
    public boolean isRetired() {
        return mergedInto != null;
    }

    /** The name-key index rows for the person's own name and every alias (aliases must have ids). */
    public List<PersonNameKey> nameKeys() {
        List<PersonNameKey> keys = new ArrayList<>(NameKeys.forName(NameSource.PRIMARY, null, surname, forenames));
        for (Alias alias : aliases) {
            keys.addAll(NameKeys.forName(NameSource.ALIAS, alias.id(), alias.surname(), alias.forenames()));
        }
        return keys;
    }

    /** Where the person lives on that day: of the addresses current then, the one moved into last. */
    public Optional<Address> addressOn(LocalDate day) {
        return addresses.stream()
                .filter(address -> address.isCurrentOn(day))
                .max(Comparator.comparing(Address::from));
    }

    public String displayName() {
        return PersonNames.display(surname, forenames);
    }

    private void addAliasIfNew(Alias alias) {
        boolean alreadyKnown = PersonNames.sameName(surname, forenames, alias.surname(), alias.forenames())
                || aliases.stream().anyMatch(existing -> existing.sameNameAs(alias.surname(), alias.forenames()));
        if (!alreadyKnown) {
            alias.belongTo(this);
            aliases.add(alias);
        }
    }

    private void addAddress(Address address) {
        address.belongTo(this);
        addresses.add(address);
    }

    private void addWarningMarker(WarningMarker marker) {
        marker.belongTo(this);
        warningMarkers.add(marker);
    }

    private void requireActive() {
        if (isRetired()) {
            throw new BusinessException(displayName() + " was merged into another record and can no longer be "
                    + "changed. Open the record it was merged into.");
        }
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String surname() {
        return surname;
    }

    public String forenames() {
        return forenames;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Gender gender() {
        return gender;
    }

    public Ethnicity ethnicity() {
        return ethnicity;
    }

    public Disability disability() {
        return disability;
    }

    public String firstLanguage() {
        return firstLanguage;
    }

    public boolean interpreterRequired() {
        return interpreterRequired;
    }

    /** Empty when the person has no PNC record. */
    public Optional<PncId> pncId() {
        return Optional.ofNullable(pncId).filter(pnc -> pnc.value() != null);
    }

    public List<Alias> aliases() {
        return Collections.unmodifiableList(aliases);
    }

    /** Newest first. */
    public List<Address> addresses() {
        return Collections.unmodifiableList(addresses);
    }

    public List<WarningMarker> warningMarkers() {
        return Collections.unmodifiableList(warningMarkers);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The record this one was merged into, if it is a retired duplicate. */
    public Optional<Person> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }
}
