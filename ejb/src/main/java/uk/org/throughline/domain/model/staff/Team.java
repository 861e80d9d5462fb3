package uk.org.throughline.domain.model.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.org.throughline.domain.shared.Fields;

/**
 * A team of one agency in one area ("Northampton Offender Management", Probation Service, Northampton).
 * Staff belong to teams; a manager sees the caseloads of the teams they manage.
 */
@Entity
@Table(name = "team")
public class Team {

    public static final int NAME_LENGTH = 120;
    public static final int AREA_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "agency", length = StaffMember.ORGANISATION_LENGTH, nullable = false)
    private String agency;

    @Column(name = "area", length = AREA_LENGTH, nullable = false)
    private String area;

    protected Team() {
        // for JPA
    }

    public Team(String name, String agency, String area) {
        this.name = Fields.requiredText(name, NAME_LENGTH, "name", "Enter the team's name");
        this.agency = Fields.requiredText(agency, StaffMember.ORGANISATION_LENGTH, "agency", "Enter the team's agency");
        this.area = Fields.requiredText(area, AREA_LENGTH, "area", "Enter the area the team covers");
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String agency() {
        return agency;
    }

    public String area() {
        return area;
    }
}
