package uk.org.throughline.interfaces.disposal.facade;

import uk.org.throughline.application.police.CourtForms.HearingForm;
import uk.org.throughline.application.police.CourtForms.PleaForm;
import uk.org.throughline.application.police.CourtForms.RequirementEntry;
import uk.org.throughline.application.police.CourtForms.RestrainingOrderForm;
import uk.org.throughline.application.police.CourtForms.SentenceForm;
import uk.org.throughline.application.police.CourtForms.VerdictForm;
import uk.org.throughline.application.police.DisposalForm;
import uk.org.throughline.interfaces.disposal.dto.DisposalRequest;
import uk.org.throughline.interfaces.disposal.dto.HearingRequest;
import uk.org.throughline.interfaces.disposal.dto.PleaRequest;
import uk.org.throughline.interfaces.disposal.dto.RestrainingOrderRequest;
import uk.org.throughline.interfaces.disposal.dto.SentenceRequest;
import uk.org.throughline.interfaces.disposal.dto.VerdictRequest;
import uk.org.throughline.interfaces.shared.rest.RequestLists;
import uk.org.throughline.interfaces.shared.rest.SharedWithOffenderManagers;

/** Converts the API's disposal and court-case JSON to the application's forms; the views go out as they are. */
public final class DisposalDtoMapper {

    private DisposalDtoMapper() {
    }

    public static DisposalForm toForm(DisposalRequest request) {
        return new DisposalForm(request.arrestId(), request.voluntaryInterviewId(), request.outcomeType(),
                request.decisionMaker(), request.decidedOn(), request.reason());
    }

    public static HearingForm toForm(HearingRequest request) {
        return new HearingForm(request.hearingDate(), request.court(), request.result());
    }

    public static PleaForm toForm(PleaRequest request) {
        return new PleaForm(request.plea(), request.pleadedOn());
    }

    public static VerdictForm toForm(VerdictRequest request) {
        return new VerdictForm(request.verdict(), request.verdictOn());
    }

    public static SentenceForm toForm(SentenceRequest request) {
        return new SentenceForm(request.sentenceType(), request.sentencedOn(), request.endsOn(),
                RequestLists.map(request.requirements(), r -> new RequirementEntry(r.type(), r.detail(),
                        SharedWithOffenderManagers.marked(r.detailShareable()))));
    }

    public static RestrainingOrderForm toForm(RestrainingOrderRequest request) {
        return new RestrainingOrderForm(request.madeOn());
    }
}
