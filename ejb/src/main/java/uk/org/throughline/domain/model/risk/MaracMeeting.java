package uk.org.throughline.domain.model.risk;

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
import uk.org.throughline.domain.shared.Fields;

/** A MARAC meeting of an area on one day; its agenda is the cases listed at it. */
@Entity
@Table(name = "marac_meeting")
public class MaracMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "meets_on", nullable = false)
    private LocalDate meetsOn;

    @Column(name = "area", length = RiskFieldLengths.AREA, nullable = false)
    private String area;

    @Column(name = "created_by", length = RiskFieldLengths.USERNAME, nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MaracMeeting() {
        // for JPA
    }

    /** @throws uk.org.throughline.domain.shared.InvalidFieldException naming the field if a detail is missing */
    public MaracMeeting(LocalDate meetsOn, String area, String createdBy, Instant now) {
        this.meetsOn = Fields.required(meetsOn, "meetsOn", "Enter the date of the meeting");
        this.area = Fields.requiredText(area, RiskFieldLengths.AREA, "area", "Enter the MARAC's area");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public LocalDate meetsOn() {
        return meetsOn;
    }

    public String area() {
        return area;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
