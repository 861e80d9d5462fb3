package uk.org.throughline.domain.model.person;

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
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;

/**
 * A safety warning shown wherever the person appears, so nobody meets them unprepared. Its type is
 * shown to everyone; its notes, which may say what he did to her and where, reach offender managers
 * only when marked shareable (see {@link PoliceText}). Part of the person (replaced on each edit), so
 * it has no version of its own.
 */
@Entity
@Table(name = "warning_marker")
public class WarningMarker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "marker_type", length = 30, nullable = false)
    private WarningMarkerType type;

    @Column(name = "since")
    private LocalDate since;

    @Column(name = "notes", length = FieldLengths.NOTES)
    private String notes;

    @Column(name = "notes_shareable", nullable = false)
    private boolean notesShareable;

    protected WarningMarker() {
        // for JPA
    }

    /** @throws InvalidFieldException on "warningMarkers" if the type is missing or the notes too long */
    public WarningMarker(WarningMarkerType type, LocalDate since, PoliceText notes) {
        if (type == null) {
            throw new InvalidFieldException("warningMarkers", "Select the type of warning marker");
        }
        String typed = notes.text();
        String trimmedNotes = typed == null || typed.isBlank() ? null : typed.strip();
        if (trimmedNotes != null && trimmedNotes.length() > FieldLengths.NOTES) {
            throw new InvalidFieldException("warningMarkers",
                    "Warning notes are at most " + FieldLengths.NOTES + " characters");
        }
        this.type = type;
        this.since = since;
        this.notes = trimmedNotes;
        this.notesShareable = notes.shareable();
    }

    /** A copy for another person, used when a duplicate record is merged into its survivor. */
    WarningMarker copy() {
        return new WarningMarker(type, since, notes());
    }

    /** The same warning raised on the same day, so a merge does not list it twice. */
    boolean sameAs(WarningMarker other) {
        return type == other.type && Objects.equals(since, other.since);
    }

    void belongTo(Person owner) {
        this.person = owner;
    }

    public Long id() {
        return id;
    }

    public WarningMarkerType type() {
        return type;
    }

    public LocalDate since() {
        return since;
    }

    public PoliceText notes() {
        return new PoliceText(notes, notesShareable);
    }
}
