package uk.org.throughline.interfaces.programme.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session's register saved as one transaction. */
public record RegisterRequest(
        @Schema(description = "The session's version as read with the register; required unless an If-Match header "
                + "is sent") Long version,
        @Schema(required = true) List<RegisterLineRequest> lines) {
}
