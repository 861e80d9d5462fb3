package uk.org.throughline.domain.model.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.UkDate;

/** A suspect interviewed under caution without arrest ("voluntary attendance"). */
@Entity
@Table(name = "voluntary_interview")
public non-sealed class VoluntaryInterview implements SuspectContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", nullable = false)
    private Incident incident;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "interviewed_at", nullable = false)
    private Instant interviewedAt;

    @Column(name = "location", length = PoliceFieldLengths.STATION, nullable = false)
    private String location;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected VoluntaryInterview() {
        // for JPA
    }

    /** @throws uk.org.throughline.domain.shared.InvalidFieldException if the person is not a suspect or the time is wrong */
    public VoluntaryInterview(Incident incident, long personId, Instant interviewedAt, String location, Instant now) {
        incident.requireSuspectDealtWithAt(personId, interviewedAt, now, "interviewedAt", "time of the interview");
        this.incident = incident;
        this.personId = personId;
        this.interviewedAt = interviewedAt;
        this.location = Fields.requiredText(location, PoliceFieldLengths.STATION, "location",
                "Enter where the interview took place");
        this.createdAt = now;
    }

    @Override
    public LocalDate date() {
        return UkDate.dayOf(interviewedAt);
    }

    @Override
    public Instant at() {
        return interviewedAt;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    @Override
    public Incident incident() {
        return incident;
    }

    @Override
    public long personId() {
        return personId;
    }

    public Instant interviewedAt() {
        return interviewedAt;
    }

    public String location() {
        return location;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
