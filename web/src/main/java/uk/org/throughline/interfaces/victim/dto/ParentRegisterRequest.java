package uk.org.throughline.interfaces.victim.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.application.victim.SupportForms.Line;
import uk.org.throughline.application.victim.SupportForms.ParentRegisterForm;

/** The whole register of a parent group session: each parent, by her plan, attended or absent. */
public record ParentRegisterRequest(
        @Schema(required = true, description = "The session's version as read") Long version,
        @Schema(required = true) List<Line> lines) {

    public ParentRegisterForm toForm() {
        return new ParentRegisterForm(version, lines);
    }
}
