package uk.org.throughline.domain.model.incident;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * The arrest of a suspect for an incident, with the custody record and, once decided, the custody
 * result. Bail and release under investigation may be followed by a final result; a final result
 * cannot be changed.
 */
@Entity
@Table(name = "arrest")
public non-sealed class Arrest implements SuspectContact {

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

    @Column(name = "custody_record_number", length = PoliceFieldLengths.REFERENCE, nullable = false)
    private String custodyRecordNumber;

    @Column(name = "arrested_at", nullable = false)
    private Instant arrestedAt;

    @Column(name = "station", length = PoliceFieldLengths.STATION, nullable = false)
    private String station;

    /** Null while the suspect is still in custody (no decision yet). */
    @Enumerated(EnumType.STRING)
    @Column(name = "custody_result", length = 30)
    private CustodyResult custodyResult;

    @Column(name = "result_on")
    private LocalDate resultOn;

    @OneToMany(mappedBy = "arrest", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("imposedOn, id")
    private List<BailCondition> bailConditions = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Arrest() {
        // for JPA
    }

    /** @throws InvalidFieldException if the person is not a suspect or the time is before the incident or in the future */
    public Arrest(Incident incident, long personId, String custodyRecordNumber, Instant arrestedAt, String station,
            Instant now) {
        incident.requireSuspectDealtWithAt(personId, arrestedAt, now, "arrestedAt", "time of arrest");
        this.incident = incident;
        this.personId = personId;
        this.custodyRecordNumber = Fields.requiredText(custodyRecordNumber, PoliceFieldLengths.REFERENCE,
                "custodyRecordNumber", "Enter the custody record number");
        this.arrestedAt = arrestedAt;
        this.station = Fields.requiredText(station, PoliceFieldLengths.STATION, "station",
                "Enter the custody station");
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Records what custody decided. Conditions of an earlier bail still in force are lifted on the day
     * of the new decision, and the new conditions start then.
     *
     * @throws BusinessException if a final result was already recorded
     * @throws InvalidFieldException if the date or conditions are wrong for the result
     */
    public void recordCustodyResult(CustodyResult result, LocalDate decidedOn, List<BailCondition.Terms> conditions,
            LocalDate today, Instant now) {
        Fields.required(result, "result", "Select the custody result");
        if (custodyResult != null && !custodyResult.isInterim()) {
            throw new BusinessException("The custody result is already \"" + custodyResult.label()
                    + "\", which is final: it cannot be changed to \"" + result.label() + "\".");
        }
        Fields.pastDate(decidedOn, today, "decidedOn", "date of the custody decision");
        LocalDate earliest = resultOn != null ? resultOn : date();
        if (decidedOn.isBefore(earliest)) {
            throw new InvalidFieldException("decidedOn", "The custody decision cannot be before "
                    + UkDate.format(earliest));
        }
        if (result == CustodyResult.BAILED_WITH_CONDITIONS && conditions.isEmpty()) {
            throw new InvalidFieldException("bailConditions", "Add the bail conditions");
        }
        if (!result.allowsBailConditions() && !conditions.isEmpty()) {
            throw new InvalidFieldException("bailConditions",
                    "\"" + result.label() + "\" has no bail conditions: remove them");
        }
        bailConditions.forEach(condition -> condition.liftOn(decidedOn));
        conditions.forEach(terms -> bailConditions.add(new BailCondition(this, terms, decidedOn)));
        this.custodyResult = result;
        this.resultOn = decidedOn;
        this.updatedAt = now;
    }

    /**
     * Ends the bail once the outcome is decided: conditions still in force on that day are lifted
     * then, as a later custody decision would lift them.
     */
    public void endBailOn(LocalDate outcomeDecidedOn, Instant now) {
        List<BailCondition> inForce = bailConditionsInForceOn(outcomeDecidedOn);
        inForce.forEach(condition -> condition.liftOn(outcomeDecidedOn));
        if (!inForce.isEmpty()) {
            this.updatedAt = now;
        }
    }

    public List<BailCondition> bailConditionsInForceOn(LocalDate day) {
        return bailConditions.stream().filter(condition -> condition.isInForceOn(day)).toList();
    }

    @Override
    public LocalDate date() {
        return UkDate.dayOf(arrestedAt);
    }

    @Override
    public Instant at() {
        return arrestedAt;
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

    public String custodyRecordNumber() {
        return custodyRecordNumber;
    }

    public Instant arrestedAt() {
        return arrestedAt;
    }

    public String station() {
        return station;
    }

    /** Null while no decision has been recorded. */
    public CustodyResult custodyResult() {
        return custodyResult;
    }

    public LocalDate resultOn() {
        return resultOn;
    }

    public List<BailCondition> bailConditions() {
        return Collections.unmodifiableList(bailConditions);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
