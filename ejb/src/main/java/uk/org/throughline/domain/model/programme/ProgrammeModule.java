package uk.org.throughline.domain.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import uk.org.throughline.domain.shared.Fields;
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

    /** Modules are values: an administrator's edit that leaves one as it was changes nothing. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProgrammeModule module && name.equals(module.name)
                && sessionCount == module.sessionCount && required == module.required;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, sessionCount, required);
    }
}
