package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import java.util.List;

/** The signed-in probation officer's or YOT worker's people and what is due on them. */
public record CaseWorkerWorklistResponse(
        LocalDate today,
        List<CaseWorkerPersonResponse> people,
        List<EnforcementItemResponse> warningsAwaitingResponse,
        List<EnforcementItemResponse> breaches,
        List<EnforcementItemResponse> tasks) {
}
