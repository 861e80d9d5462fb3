package uk.org.throughline.domain.model.victim;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * A scheduled meeting of a parent group and its register: each parent in the group marked attended or
 * absent, once the day has come. The register is saved whole and may be corrected.
 */
@Entity
@Table(name = "parent_group_session")
public class ParentGroupSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private ParentGroup group;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "parent_group_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<ParentAttendance> register = new ArrayList<>();

    @Column(name = "register_taken_by", length = VictimFieldLengths.USERNAME)
    private String registerTakenBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ParentGroupSession() {
        // for JPA
    }

    /** @throws InvalidFieldException on "date" or "startTime" if missing */
    public ParentGroupSession(ParentGroup group, LocalDate date, LocalTime startTime, Instant now) {
        this.group = group;
        this.sessionDate = Fields.required(date, "date", "Enter the date of the session");
        this.startTime = Fields.required(startTime, "startTime", "Enter the start time");
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Saves the register: every parent in the group, each attended or absent.
     *
     * @param attendedByPlan each parent's plan id, with whether she attended
     * @throws BusinessException if the session is still to come or a line names someone not in the group
     * @throws InvalidFieldException on "lines" if a parent in the group is not marked
     */
    public void takeRegister(Map<Long, Boolean> attendedByPlan, String by, LocalDate today, Instant now) {
        if (sessionDate.isAfter(today)) {
            throw new BusinessException("The session on " + UkDate.format(sessionDate) + " has not been held yet.");
        }
        Set<Long> members = group.members().stream().map(PartnerContactPlan::id).collect(Collectors.toSet());
        attendedByPlan.keySet().stream().filter(planId -> !members.contains(planId)).findFirst().ifPresent(planId -> {
            throw new BusinessException("Plan " + planId + " is not a parent in \"" + group.name() + "\".");
        });
        if (attendedByPlan.size() < members.size()) {
            throw new InvalidFieldException("lines", "Mark every parent in the group: " + attendedByPlan.size()
                    + " of " + members.size() + " are marked");
        }
        register.clear();
        group.members().forEach(plan -> register.add(new ParentAttendance(plan.id(), attendedByPlan.get(plan.id()))));
        this.registerTakenBy = by;
        this.updatedAt = now;
    }

    public List<ParentAttendance> register() {
        return List.copyOf(register);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ParentGroup group() {
        return group;
    }

    public LocalDate sessionDate() {
        return sessionDate;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public String registerTakenBy() {
        return registerTakenBy;
    }
}
