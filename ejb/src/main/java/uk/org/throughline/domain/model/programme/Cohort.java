package uk.org.throughline.domain.model.programme;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * A group running a programme at a venue with its facilitators, or one person's one-to-one work
 * (a cohort of one). It never takes more people than its capacity, and a person has a place in at
 * most one open cohort of a programme.
 */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @Column(name = "name", length = ProgrammeFieldLengths.NAME, nullable = false)
    private String name;

    @Column(name = "venue", length = ProgrammeFieldLengths.VENUE, nullable = false)
    private String venue;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private CohortStatus status;

    /** Usernames of the facilitators who run the sessions and keep the registers. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_facilitator", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "username", length = ProgrammeFieldLengths.USERNAME, nullable = false)
    private Set<String> facilitators = new HashSet<>();

    /** A manager's reason for starting a group smaller than the programme's smallest group; null when none was needed. */
    @Column(name = "small_group_reason", length = ProgrammeFieldLengths.REASON)
    private String smallGroupReason;

    @Column(name = "small_group_agreed_by", length = ProgrammeFieldLengths.USERNAME)
    private String smallGroupAgreedBy;

    /** Everyone ever allocated here and not sent back to the waiting list, finished or not. */
    @OneToMany(mappedBy = "cohort", fetch = FetchType.LAZY)
    private List<ProgrammeReferral> referrals = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Cohort() {
        // for JPA
    }

    /**
     * @param capacity null for the programme's own capacity; never more than it
     * @throws InvalidFieldException naming the field that is wrong
     */
    public Cohort(Programme programme, String name, String venue, Integer capacity, Set<String> facilitators,
            Instant now) {
        this.programme = programme;
        this.name = Fields.requiredText(name, ProgrammeFieldLengths.NAME, "name", "Name the cohort");
        this.venue = Fields.requiredText(venue, ProgrammeFieldLengths.VENUE, "venue",
                "Enter where the sessions are held");
        int places = capacity == null ? programme.capacity() : capacity;
        if (places < 1 || places > programme.capacity()) {
            throw new InvalidFieldException("capacity", programme.name() + " takes from 1 to " + programme.capacity()
                    + " people in a " + (programme.deliveryMode() == DeliveryMode.GROUP ? "group" : "placement"));
        }
        this.capacity = places;
        changeFacilitators(facilitators, now);
        this.status = CohortStatus.OPEN;
        this.createdAt = now;
    }

    private void changeFacilitators(Set<String> usernames, Instant now) {
        if (usernames == null || usernames.isEmpty()) {
            throw new InvalidFieldException("facilitators", "Name at least one facilitator");
        }
        facilitators.clear();
        usernames.forEach(username -> facilitators.add(Fields.requiredText(username, ProgrammeFieldLengths.USERNAME,
                "facilitators", "Name each facilitator")));
        this.updatedAt = now;
    }

    /**
     * Gives the referral a place here.
     *
     * @param personsReferrals the person's other referrals to this programme, to keep them to one open cohort
     * @throws BusinessException if the cohort is closed or full, the referral is for another programme or
     *         not ready for a place, or the person already has a place in an open cohort of the programme
     */
    public void admit(ProgrammeReferral referral, List<ProgrammeReferral> personsReferrals, LocalDate on, String by,
            LocalDate today, Instant now) {
        requireOpen();
        if (referral.programme().orElse(null) != programme) {
            throw new BusinessException("The referral is for " + referral.programmeName() + ", not " + programme.name()
                    + ".");
        }
        referral.status().requireCanBecome(ReferralStatus.ALLOCATED);
        if (placesTaken() >= capacity) {
            throw new BusinessException("\"" + name + "\" is full: all " + capacity + " places are taken.");
        }
        personsReferrals.stream()
                .filter(other -> other != referral && other.personId() == referral.personId()
                        && other.status().holdsPlace())
                .flatMap(other -> other.cohort().stream())
                .filter(other -> other.programme == programme && other.isOpen())
                .findFirst()
                .ifPresent(other -> {
                    throw new BusinessException("This person already has a place in \"" + other.name + "\" of "
                            + programme.name() + ": a person can be in only one open cohort of a programme.");
                });
        referral.allocateTo(this, on, by, today, now);
        referrals.add(referral);
        this.updatedAt = now;
    }

    /** Sends an allocated referral back to the waiting list before the person has started. */
    public void release(ProgrammeReferral referral, String reason, LocalDate on, String by, LocalDate today,
            Instant now) {
        if (!referrals.contains(referral)) {
            throw new IllegalArgumentException("Referral " + referral.id() + " has no place in cohort " + id);
        }
        if (referral.status() != ReferralStatus.ALLOCATED) {
            throw new BusinessException("The referral is \"" + referral.status().label() + "\": only someone who "
                    + "has not started can go back to the waiting list. Record the outcome instead.");
        }
        referral.returnToWaitingList(reason, on, by, today, now);
        referrals.remove(referral);
        this.updatedAt = now;
    }

    /** @throws BusinessException while anyone still holds a place: their outcome comes first */
    public void close(Instant now) {
        requireOpen();
        long open = placesTaken();
        if (open > 0) {
            throw new BusinessException("Record the outcome for the " + open + (open == 1 ? " person" : " people")
                    + " still in \"" + name + "\" before closing it.");
        }
        this.status = CohortStatus.CLOSED;
        this.updatedAt = now;
    }

    /**
     * A manager agrees that the group may start with fewer people than the programme's smallest group
     * (Caring Dads: 6 fathers), for the reason recorded.
     *
     * @throws InvalidFieldException on "reason" if none is given
     */
    public void agreeSmallStart(String reason, String manager, Instant now) {
        requireOpen();
        this.smallGroupReason = Fields.requiredText(reason, ProgrammeFieldLengths.REASON, "reason",
                "Say why the group may start with fewer than " + programme.minimumGroupSize() + " people");
        this.smallGroupAgreedBy = manager;
        this.updatedAt = now;
    }

    /**
     * A group starts with at least its programme's smallest group (Caring Dads: 6 to 10 fathers; the
     * most is the capacity, which {@link #admit} keeps to); fewer only once a manager has given a reason.
     * One-to-one work has no smallest group.
     *
     * @param people how many are on the register of its first session
     * @throws BusinessException if there are too few and no manager has agreed
     */
    public void requireEnoughToStart(int people) {
        int smallest = programme.minimumGroupSize();
        if (programme.deliveryMode() == DeliveryMode.GROUP && people < smallest && smallGroupReason == null) {
            throw new BusinessException("\"" + name + "\" has " + people + (people == 1 ? " person" : " people")
                    + " for its first session: " + programme.name() + " groups start with " + smallest + " to "
                    + programme.capacity() + ". A manager must record why it may start smaller.");
        }
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new BusinessException("\"" + name + "\" is closed.");
        }
    }

    public boolean isOpen() {
        return status == CohortStatus.OPEN;
    }

    /** People allocated or in progress here. */
    public List<ProgrammeReferral> members() {
        return referrals.stream().filter(referral -> referral.status().holdsPlace()).toList();
    }

    /** People whose referral ended here, completed or not. */
    public List<ProgrammeReferral> finished() {
        return referrals.stream().filter(referral -> referral.status().isFinal()).toList();
    }

    public int placesTaken() {
        return members().size();
    }

    /** Everyone who had a place on {@code day}: the register of a session held that day. */
    public List<ProgrammeReferral> membersOn(LocalDate day) {
        return referrals.stream().filter(referral -> referral.wasInCohortOn(this, day)).toList();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Programme programme() {
        return programme;
    }

    public String name() {
        return name;
    }

    public String venue() {
        return venue;
    }

    public int capacity() {
        return capacity;
    }

    public CohortStatus status() {
        return status;
    }

    public Set<String> facilitators() {
        return Collections.unmodifiableSet(facilitators);
    }

    public String smallGroupReason() {
        return smallGroupReason;
    }

    public String smallGroupAgreedBy() {
        return smallGroupAgreedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
