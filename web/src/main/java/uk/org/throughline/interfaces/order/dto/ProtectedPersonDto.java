package uk.org.throughline.interfaces.order.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.order.ProtectedRole;

/** A person the order protects. */
public record ProtectedPersonDto(@Schema(required = true) Long personId, @Schema(required = true) ProtectedRole role) {
}
