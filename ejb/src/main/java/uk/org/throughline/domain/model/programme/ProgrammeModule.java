package uk.org.throughline.domain.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import uk.org.throughline.domain.model.incident.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;

/** A module of a programme: its name, how many sessions it runs, and whether completing it is required. */
@Embeddable
public class ProgrammeModule {

    @Column(name = "name", length = ProgrammeFieldLengths.MODULE, nullable = false)
    private String name;

    @Column(name = "session_count", nullable = false)
    private int sessionCount;

    @Column(name = "required", nullable = false)
    private boolean required;

    protected ProgrammeModule() {
        // for JPA
    }

    public ProgrammeModule(String name, int sessionCount, boolean required) {
        this.name = Fields.requiredText(name, ProgrammeFieldLengths.MODULE, "modules", "Name each module");
        if (sessionCount < 1) {
            throw new InvalidFieldException("modules", "The module \"" + this.name + "\" needs at least one session");
        }
        this.sessionCount = sessionCount;
        this.required = required;
    }

    public String name() {
        return name;
    }

    public int sessionCount() {
        return sessionCount;
    }

    public boolean isRequired() {
        return required;
    }
}
