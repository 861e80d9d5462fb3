package uk.org.throughline.interfaces.programme.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session's register, everyone on it marked or not. */
public record RegisterResponse(
        SessionResponse session,
        @Schema(description = "Whether the session has started, so the register can be marked") boolean started,
        List<RegisterLineResponse> lines,
        @Schema(description = "What saving did beyond the marks: warnings, breach referrals, cautions failed, tasks, "
                + "disclosures raised") List<String> actions) {
}
