package uk.org.throughline.interfaces.disposal.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.disposal.CourtCaseStage;
import uk.org.throughline.domain.model.disposal.Plea;
import uk.org.throughline.domain.model.disposal.SentenceType;
import uk.org.throughline.domain.model.disposal.Verdict;

/**
 * A court case as read; send {@code version} back with each step (it is also the response's ETag).
 * The restraining order itself belongs to the civil orders, which find it by this case's id.
 */
public record CourtCaseResponse(
        long id,
        long version,
        long disposalId,
        long personId,
        String personName,
        CourtCaseStage stage,
        Plea plea,
        LocalDate pleadedOn,
        Verdict verdict,
        LocalDate verdictOn,
        SentenceType sentenceType,
        LocalDate sentencedOn,
        LocalDate sentenceEndsOn,
        List<RequirementDto> requirements,
        @Schema(description = "Set when the court made a restraining order") LocalDate restrainingOrderMadeOn,
        List<HearingResponse> hearings) {
}
