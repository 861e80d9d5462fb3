package uk.org.throughline.domain.model.incident;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * A domestic-abuse incident reported to police: when and where, what kind of abuse, who was involved
 * and in what role, and the offences if it was recorded as a crime.
 */
@Entity
@Table(name = "incident")
public class Incident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Embedded
    private PoliceReference reference;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "location", length = PoliceFieldLengths.PLACE, nullable = false)
    private String location;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "incident_abuse_type", joinColumns = @JoinColumn(name = "incident_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "abuse_type", length = 30, nullable = false)
    private Set<AbuseType> abuseTypes = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", length = 30, nullable = false)
    private RelationshipType relationship;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "incident_person", joinColumns = @JoinColumn(name = "incident_id"))
    private List<Involvement> involvements = new ArrayList<>();

    @Column(name = "children_present", nullable = false)
    private boolean childrenPresent;

    @Column(name = "crime", nullable = false)
    private boolean crime;

    /** Ordered, because a caution or charge names an offence by its position in this list. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "incident_offence", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "position")
    private List<Offence> offences = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "dash_level", length = 10, nullable = false)
    private DashLevel dashLevel;

    @Column(name = "account", length = PoliceFieldLengths.ACCOUNT)
    private String account;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Incident() {
        // for JPA
    }

    /** @throws InvalidFieldException naming the field if a required detail is missing or wrong */
    public Incident(IncidentDetails details, Instant now) {
        this.createdAt = now;
        correct(details, now);
    }

    /** Records corrected or newly learned details, replacing the people and offences with those given. */
    public final void correct(IncidentDetails details, Instant now) {
        this.reference = Fields.required(details.reference(), "policeReference", "Enter the police reference");
        this.occurredAt = Fields.pastInstant(details.occurredAt(), now, "occurredAt", "date and time of the incident");
        this.location = Fields.requiredText(details.location(), PoliceFieldLengths.PLACE, "location",
                "Enter where the incident happened");
        if (details.abuseTypes().isEmpty()) {
            throw new InvalidFieldException("abuseTypes", "Select at least one type of abuse");
        }
        this.relationship = Fields.required(details.relationship(), "relationship",
                "Select how the people involved are related");
        checkPeople(details);
        checkOffences(details);
        this.dashLevel = Fields.required(details.dashLevel(), "dashLevel", "Select the DASH risk level at the scene");
        this.account = Fields.optionalText(details.account(), PoliceFieldLengths.ACCOUNT, "account");
        this.childrenPresent = details.childrenPresent();
        this.crime = details.crime();
        abuseTypes.clear();
        abuseTypes.addAll(details.abuseTypes());
        involvements.clear();
        involvements.addAll(details.involvements());
        offences.clear();
        offences.addAll(details.offences());
        this.updatedAt = now;
    }

    /**
     * Checks that a correction keeps what later records depend on: the suspects police arrested or
     * interviewed (their outcomes and cautions follow from that), a time before those arrests and
     * interviews, and the offences cautions were given for, as they were.
     *
     * @param dealings          the arrests and voluntary interviews of this incident
     * @param cautionedOffences the offences cautions for this incident were given for (each caution keeps a copy)
     * @param names             the display name of a person on the index
     * @throws InvalidFieldException on "people", "occurredAt" or "offences", saying what depends on it
     */
    public void requireCorrectionKeeps(IncidentDetails corrected, List<? extends SuspectContact> dealings,
            Collection<Offence> cautionedOffences, LongFunction<String> names) {
        for (SuspectContact contact : dealings) {
            String dealing = contact instanceof Arrest ? "arrest" : "voluntary interview";
            String name = names.apply(contact.personId());
            boolean stillSuspect = corrected.involvements().stream().anyMatch(involvement ->
                    involvement.personId() == contact.personId() && involvement.role() == InvolvementRole.SUSPECT);
            if (!stillSuspect) {
                throw new InvalidFieldException("people", name + " must stay a suspect: their " + dealing + " on "
                        + UkDate.format(contact.date()) + ", and any outcome after it, are recorded against this incident");
            }
            if (corrected.occurredAt() != null && corrected.occurredAt().isAfter(contact.at())) {
                throw new InvalidFieldException("occurredAt", "The incident cannot have happened after the " + dealing
                        + " of " + name + " on " + UkDate.format(contact.date()) + " at "
                        + LocalTime.ofInstant(contact.at(), UkDate.LONDON).truncatedTo(ChronoUnit.MINUTES));
            }
        }
        cautionedOffences.stream()
                .filter(offence -> !corrected.offences().contains(offence))
                .findFirst()
                .ifPresent(offence -> {
                    throw new InvalidFieldException("offences", "A caution was given for " + offence.description()
                            + " of " + UkDate.format(offence.offenceDate())
                            + ": keep that offence on the incident as it was");
                });
    }

    private static void checkPeople(IncidentDetails details) {
        if (details.involvements().isEmpty()) {
            throw new InvalidFieldException("people", "Add at least one person involved");
        }
        if (new HashSet<>(details.involvements()).size() < details.involvements().size()) {
            throw new InvalidFieldException("people", "The same person is added twice in the same role");
        }
        boolean childListed = details.involvements().stream()
                .anyMatch(involvement -> involvement.role() == InvolvementRole.CHILD_PRESENT);
        if (childListed && !details.childrenPresent()) {
            throw new InvalidFieldException("childrenPresent",
                    "A child is listed as present, so tick that children were present");
        }
    }

    private static void checkOffences(IncidentDetails details) {
        if (details.crime() && details.offences().isEmpty()) {
            throw new InvalidFieldException("offences", "A crime needs at least one offence");
        }
        if (!details.crime() && !details.offences().isEmpty()) {
            throw new InvalidFieldException("offences",
                    "A non-crime incident has no offences: remove them or record it as a crime");
        }
    }

    /**
     * Checks that a suspect is dealt with for this incident at a sensible time: someone recorded as
     * a suspect in it, not before it happened, and not in the future.
     *
     * @throws InvalidFieldException on "personId" or on {@code field}
     */
    public void requireSuspectDealtWithAt(long personId, Instant at, Instant now, String field, String what) {
        if (!isSuspect(personId)) {
            throw new InvalidFieldException("personId", "This person is not recorded as a suspect in incident "
                    + reference + ". Add them to the incident as a suspect first.");
        }
        Fields.pastInstant(at, now, field, what);
        if (at.isBefore(occurredAt)) {
            throw new InvalidFieldException(field, "The " + what + " cannot be before the incident happened");
        }
    }

    public boolean isSuspect(long personId) {
        return involvements.stream()
                .anyMatch(involvement -> involvement.personId() == personId && involvement.role() == InvolvementRole.SUSPECT);
    }

    /** @throws InvalidFieldException on "offenceIndex" if there is no offence at that position */
    public Offence offence(int index) {
        if (index < 0 || index >= offences.size()) {
            throw new InvalidFieldException("offenceIndex", "Select one of the offences recorded on incident " + reference);
        }
        return offences.get(index);
    }

    public LocalDate occurredOn() {
        return UkDate.dayOf(occurredAt);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public PoliceReference reference() {
        return reference;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String location() {
        return location;
    }

    public Set<AbuseType> abuseTypes() {
        return Collections.unmodifiableSet(abuseTypes);
    }

    public RelationshipType relationship() {
        return relationship;
    }

    public List<Involvement> involvements() {
        return Collections.unmodifiableList(involvements);
    }

    public boolean childrenPresent() {
        return childrenPresent;
    }

    public boolean isCrime() {
        return crime;
    }

    public List<Offence> offences() {
        return Collections.unmodifiableList(offences);
    }

    public DashLevel dashLevel() {
        return dashLevel;
    }

    public String account() {
        return account;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
