package uk.org.throughline.interfaces.programme.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme's waiting list, capacity and completions, for the manager. */
public record ProgrammeFiguresResponse(
        long programmeId,
        String programmeName,
        List<WaitingResponse> waiting,
        int openCohorts,
        int places,
        int placesTaken,
        @Schema(description = "The open cohorts, each with its places filled") List<CohortFillResponse> cohorts,
        long completed,
        long notCompleted,
        @Schema(description = "Whole per cent of ended referrals that completed; null before any ended")
        Integer completionRate) {
}
