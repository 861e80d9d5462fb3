package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who answers for the person from now on: the caller taking the referral on, or a worker a manager names. */
public record CaseWorkerRequest(
        @Schema(description = "The referral's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(description = "Username of an active probation officer or YOT worker; left out, the caller takes the "
                + "referral on. Only a manager or administrator names someone else.", example = "probation.demo")
        String caseWorker,
        @Schema(required = true, example = "2026-11-20") LocalDate on) {
}
