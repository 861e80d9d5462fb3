package uk.org.throughline.domain.model.victim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.org.throughline.domain.model.programme.ParallelSupport;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.Fields;

/**
 * A YUVA parent group: parents who accepted parent support while their child is on YUVA meet with a
 * support worker. Its sessions have their own register ({@link ParentGroupSession}), apart from the
 * young people's. Its members are their parent-support plans, so an attended session counts as support
 * for the referral it belongs to.
 */
@Entity
@Table(name = "parent_group")
public class ParentGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "name", length = VictimFieldLengths.GROUP_NAME, nullable = false)
    private String name;

    @Column(name = "venue", length = VictimFieldLengths.VENUE, nullable = false)
    private String venue;

    /** Username of the support worker who runs the group. */
    @Column(name = "worker", length = VictimFieldLengths.USERNAME, nullable = false)
    private String worker;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "parent_group_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PartnerContactPlan> members = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ParentGroup() {
        // for JPA
    }

    /** @throws uk.org.throughline.domain.shared.InvalidFieldException naming the field missing or too long */
    public ParentGroup(String name, String venue, String worker, Instant now) {
        this.name = Fields.requiredText(name, VictimFieldLengths.GROUP_NAME, "name", "Name the group");
        this.venue = Fields.requiredText(venue, VictimFieldLengths.VENUE, "venue", "Enter where the group meets");
        this.worker = Fields.requiredText(worker, VictimFieldLengths.USERNAME, "worker",
                "Name the worker who runs the group");
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * A parent joins: one who accepted parent support.
     *
     * @throws BusinessException if the plan is not for parent support, she has not accepted it, or she is in already
     */
    public void join(PartnerContactPlan plan, Instant now) {
        if (plan.support().orElse(null) != ParallelSupport.PARENT_SUPPORT) {
            throw new BusinessException(plan.referral().programmeName() + " offers no parent support: only a parent "
                    + "supported alongside YUVA joins a parent group.");
        }
        if (plan.supportDecision() != SupportDecision.ACCEPTED) {
            throw new BusinessException("She has not accepted parent support (" + plan.supportDecision().label()
                    .toLowerCase(Locale.UK) + "): record her acceptance first.");
        }
        if (members.contains(plan)) {
            throw new BusinessException("She is in \"" + name + "\" already.");
        }
        members.add(plan);
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String venue() {
        return venue;
    }

    public String worker() {
        return worker;
    }

    public List<PartnerContactPlan> members() {
        return List.copyOf(members);
    }
}
