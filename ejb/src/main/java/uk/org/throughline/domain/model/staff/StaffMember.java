package uk.org.throughline.domain.model.staff;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * A member of staff who may sign in. The password is held only as a PBKDF2 hash; an account is
 * deactivated rather than deleted, so the audit trail keeps naming a real account.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    public static final int USERNAME_LENGTH = 60;
    public static final int DISPLAY_NAME_LENGTH = 100;
    public static final int ORGANISATION_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "username", length = USERNAME_LENGTH, nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "display_name", length = DISPLAY_NAME_LENGTH, nullable = false)
    private String displayName;

    @Column(name = "password_hash", length = 255, nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30, nullable = false)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "agency", length = ORGANISATION_LENGTH, nullable = false)
    private String agency;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "username", referencedColumnName = "username"))
    private List<TeamMembership> teams = new ArrayList<>();

    @Column(name = "active", nullable = false)
    private boolean active;

    /** Null for civilian staff. */
    @Enumerated(EnumType.STRING)
    @Column(name = "police_rank", length = 30)
    private PoliceRank rank;

    protected StaffMember() {
        // for JPA
    }

    /**
     * A new, active account. Usernames are held in lower case so "Police.Demo" signs in as police.demo.
     *
     * @throws InvalidFieldException if a required value is missing or no role is given
     */
    public StaffMember(String username, String displayName, String passwordHash, Set<Role> roles, String agency) {
        this.username = normaliseUsername(required(username, "username", "Enter a username", USERNAME_LENGTH));
        this.displayName = required(displayName, "displayName", "Enter the person's name", DISPLAY_NAME_LENGTH);
        this.agency = required(agency, "agency", "Enter the agency", ORGANISATION_LENGTH);
        changePasswordHash(passwordHash);
        changeRoles(roles);
        this.active = true;
    }

    /** The form usernames are stored and looked up in. */
    public static String normaliseUsername(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    private void changePasswordHash(String newPasswordHash) {
        if (newPasswordHash == null || newPasswordHash.isBlank()) {
            throw new InvalidFieldException("password", "A password hash is required");
        }
        this.passwordHash = newPasswordHash;
    }

    /**
     * Replaces the roles, which decide what the member of staff may see and do.
     *
     * @throws InvalidFieldException if no role is given
     */
    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidFieldException("roles", "Give the member of staff at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    private static String required(String value, String field, String messageIfMissing, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, messageIfMissing);
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidFieldException(field, "At most " + maxLength + " characters");
        }
        return trimmed;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public String agency() {
        return agency;
    }

    /** Null for civilian staff. */
    public PoliceRank rank() {
        return rank;
    }

    /** Records the officer's rank, or null for civilian staff. */
    public void changeRank(PoliceRank newRank) {
        this.rank = newRank;
    }

    /** Adds the member of staff to a team, as one of its managers or not; once per team. */
    public void joinTeam(Team team, boolean manages) {
        if (teams.stream().anyMatch(membership -> membership.team().equals(team))) {
            throw new InvalidFieldException("team", displayName + " is already in " + team.name());
        }
        teams.add(new TeamMembership(team, manages));
    }

    public List<TeamMembership> teams() {
        return List.copyOf(teams);
    }

    /** The teams' names, in the order joined: "Northampton Offender Management". Null when in none. */
    public String teamNames() {
        return teams.isEmpty() ? null
                : String.join(", ", teams.stream().map(membership -> membership.team().name()).toList());
    }

    public boolean isActive() {
        return active;
    }

    /** The account may no longer sign in; it stays, so the audit trail keeps naming a real account. */
    public void deactivate() {
        active = false;
    }

    /** The account may sign in again. */
    public void reactivate() {
        active = true;
    }
}
