package uk.org.throughline.domain.model.victim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a parent group's register: a parent (her parent-support plan) and whether she attended. */
@Embeddable
public class ParentAttendance {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "attended", nullable = false)
    private boolean attended;

    protected ParentAttendance() {
        // for JPA
    }

    public ParentAttendance(long planId, boolean attended) {
        this.planId = planId;
        this.attended = attended;
    }

    public long planId() {
        return planId;
    }

    public boolean attended() {
        return attended;
    }
}
