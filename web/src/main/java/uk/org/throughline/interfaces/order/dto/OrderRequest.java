package uk.org.throughline.interfaces.order.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.order.Applicant;

/** A new civil order. */
public record OrderRequest(
        @Schema(required = true, description = "An order type's code, from GET /api/orders/types", example = "NON_MOLESTATION")
        String orderType,
        @Schema(required = true, description = "The respondent's person id") Long respondentId,
        @Schema(required = true) Applicant applicant,
        @Schema(description = "Required except for a police notice (DVPN, DAPN)", example = "Northampton Family Court")
        String court,
        @Schema(example = "NN26F00123") String caseNumber,
        @Schema(description = "For a restraining order made in a court case of the police journey: the case's id; "
                + "the respondent and made date must then be the case's (GET /api/orders/draft?courtCaseId= fills them)")
        Long courtCaseId,
        @Schema(description = "For a DVPO (DAPO) made at the hearing a DVPN (DAPN) required: the notice's id; the "
                + "notice ends the day the order is made (GET /api/orders/draft?noticeId= fills the order from it)")
        Long followsNoticeId,
        @Schema(required = true, example = "2026-11-20") LocalDate madeOn,
        @Schema(description = "Absent for \"until further order\" where the type allows it, and for a notice",
                example = "2027-05-20") LocalDate expiresOn,
        @Schema(description = "The court's reason for the duration, recorded; it does not extend a statutory limit")
        String durationReason,
        @Schema(description = "A power of arrest attached (occupation orders only)") boolean powerOfArrest,
        @Schema(required = true) List<ProtectedPersonDto> protectedPersons,
        @Schema(required = true) List<ConditionDto> conditions) {
}
