package uk.org.throughline.interfaces.programme.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manager's reason for letting a group start with fewer people than its programme's smallest group. */
public record SmallGroupRequest(
        @Schema(required = true, example = "Two fathers moved away; the next group is four months off")
        String reason) {
}
