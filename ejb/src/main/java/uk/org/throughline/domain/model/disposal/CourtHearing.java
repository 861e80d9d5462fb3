package uk.org.throughline.domain.model.disposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;

/** A hearing of a court case: listed (a future date, no result yet) or held (with its result). */
@Entity
@Table(name = "court_hearing")
public class CourtHearing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "court_case_id", nullable = false)
    private CourtCase courtCase;

    @Column(name = "hearing_date", nullable = false)
    private LocalDate hearingDate;

    @Column(name = "court", length = PoliceFieldLengths.COURT, nullable = false)
    private String court;

    @Column(name = "result", length = PoliceFieldLengths.REASON)
    private String result;

    protected CourtHearing() {
        // for JPA
    }

    CourtHearing(CourtCase courtCase, LocalDate hearingDate, String court, String result) {
        this.courtCase = courtCase;
        this.hearingDate = hearingDate;
        this.court = court;
        this.result = result;
    }

    public Long id() {
        return id;
    }

    public LocalDate hearingDate() {
        return hearingDate;
    }

    public String court() {
        return court;
    }

    /** Null while the hearing is only listed. */
    public String result() {
        return result;
    }
}
