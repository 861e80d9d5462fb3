package uk.org.throughline.domain.model.caseload;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * A person's allocation to an offender manager (a probation officer or YOT worker), independent of any
 * programme: from a day, until the day it ends (the next allocation's first day, or when the case closes).
 * Ended allocations stay as the person's history.
 */
@Entity
@Table(name = "offender_manager_allocation")
public class OffenderManagerAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "username", length = 60, nullable = false, updatable = false)
    private String username;

    @Column(name = "allocated_from", nullable = false, updatable = false)
    private LocalDate allocatedFrom;

    @Column(name = "allocated_to")
    private LocalDate allocatedTo;

    @Column(name = "allocated_by", length = 60, nullable = false, updatable = false)
    private String allocatedBy;

    @Column(name = "ended_by", length = 60)
    private String endedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected OffenderManagerAllocation() {
        // for JPA
    }

    public OffenderManagerAllocation(long personId, String username, LocalDate allocatedFrom, String allocatedBy,
            Instant recordedAt) {
        this.personId = personId;
        this.username = Objects.requireNonNull(username, "username");
        this.allocatedFrom = Objects.requireNonNull(allocatedFrom, "allocatedFrom");
        this.allocatedBy = Objects.requireNonNull(allocatedBy, "allocatedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /**
     * Ends the allocation on a day (the last day it ran).
     *
     * @throws InvalidFieldException if the day is before the allocation began
     */
    public void end(LocalDate lastDay, String by) {
        if (lastDay.isBefore(allocatedFrom)) {
            throw new InvalidFieldException("allocatedFrom", "The new allocation cannot start before "
                    + "the current one began");
        }
        this.allocatedTo = lastDay;
        this.endedBy = by;
    }

    /** Whether it runs on that day. */
    public boolean isCurrentOn(LocalDate day) {
        return !day.isBefore(allocatedFrom) && (allocatedTo == null || !day.isAfter(allocatedTo));
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public String username() {
        return username;
    }

    public LocalDate allocatedFrom() {
        return allocatedFrom;
    }

    public LocalDate allocatedTo() {
        return allocatedTo;
    }

    public String allocatedBy() {
        return allocatedBy;
    }

    public String endedBy() {
        return endedBy;
    }
}
