package uk.org.throughline.interfaces.risk.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.risk.Agency;
import uk.org.throughline.domain.model.risk.MaracCriterion;

/** A victim's case referred to MARAC; the criterion is checked against the facts recorded. */
public record MaracReferralRequest(
        @Schema(required = true) Long personId,
        @Schema(description = "The perpetrator the case is about, linked to her victim record; when left out, the one "
                + "man linked to it") Long perpetratorPersonId,
        @Schema(required = true, example = "2026-11-20") LocalDate referredOn,
        @Schema(required = true, example = "IDVA") Agency referringAgency,
        @Schema(required = true, example = "VISIBLE_HIGH_RISK") MaracCriterion criterion,
        @Schema(description = "Why; required for PROFESSIONAL_JUDGEMENT") String reason) {
}
