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
import java.time.LocalDate;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;

/**
 * A bail condition, e.g. "Not to contact Kerry Smith-Jones directly or indirectly", in force until its
 * expiry unless a later custody decision lifts it. Kept after it ends: victim-safety workers need the
 * history. Its wording, which may name her or her street, reaches offender managers only when police
 * marked it shareable ({@link PoliceText}). Part of the arrest, which carries the version.
 */
@Entity
@Table(name = "bail_condition")
public class BailCondition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "arrest_id", nullable = false)
    private Arrest arrest;

    @Column(name = "condition_text", length = PoliceFieldLengths.CONDITION, nullable = false)
    private String text;

    @Column(name = "wording_shareable", nullable = false)
    private boolean wordingShareable;

    @Column(name = "imposed_on", nullable = false)
    private LocalDate imposedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    /** Set when a later custody decision replaced this bail before the condition expired. */
    @Column(name = "lifted_on")
    private LocalDate liftedOn;

    protected BailCondition() {
        // for JPA
    }

    /** Terms as typed; the arrest fills in when they were imposed. */
    public record Terms(PoliceText wording, LocalDate expiresOn) {
    }

    BailCondition(Arrest arrest, Terms terms, LocalDate imposedOn) {
        this.arrest = arrest;
        this.text = Fields.requiredText(terms.wording().text(), PoliceFieldLengths.CONDITION, "bailConditions",
                "Enter the wording of each bail condition");
        this.wordingShareable = terms.wording().shareable();
        this.expiresOn = Fields.required(terms.expiresOn(), "bailConditions",
                "Enter the date the condition \"" + this.text + "\" expires");
        if (expiresOn.isBefore(imposedOn)) {
            throw new InvalidFieldException("bailConditions",
                    "The condition \"" + this.text + "\" cannot expire before it was imposed");
        }
        this.imposedOn = imposedOn;
    }

    void liftOn(LocalDate day) {
        if (isInForceOn(day)) {
            liftedOn = day;
        }
    }

    /** From the day it was imposed to its expiry, unless a later decision lifted it: from then on it is not. */
    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(imposedOn) && !day.isAfter(expiresOn) && (liftedOn == null || day.isBefore(liftedOn));
    }

    public Long id() {
        return id;
    }

    public Arrest arrest() {
        return arrest;
    }

    public PoliceText wording() {
        return new PoliceText(text, wordingShareable);
    }

    public LocalDate imposedOn() {
        return imposedOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public LocalDate liftedOn() {
        return liftedOn;
    }
}
