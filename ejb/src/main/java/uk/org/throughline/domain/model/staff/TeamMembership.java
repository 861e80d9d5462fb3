package uk.org.throughline.domain.model.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;

/** A member of staff's place in a team: as a member, or as one of its managers. */
@Embeddable
public class TeamMembership {

    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private Team team;

    @Column(name = "manages", nullable = false)
    private boolean manages;

    protected TeamMembership() {
        // for JPA
    }

    TeamMembership(Team team, boolean manages) {
        this.team = Objects.requireNonNull(team, "team");
        this.manages = manages;
    }

    public Team team() {
        return team;
    }

    public boolean manages() {
        return manages;
    }
}
