package uk.org.throughline.application.police;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import uk.org.throughline.application.police.CourtForms.HearingForm;
import uk.org.throughline.application.police.CourtForms.PleaForm;
import uk.org.throughline.application.police.CourtForms.RestrainingOrderForm;
import uk.org.throughline.application.police.CourtForms.SentenceForm;
import uk.org.throughline.application.police.CourtForms.VerdictForm;

/**
 * Outcomes (Home Office outcome types) and, for a charge, the court case. Recording is for police
 * (and admin); every read and change is audited. Court-case changes take the version the user read.
 */
public interface DisposalService {

    /** Records the outcome after an arrest or voluntary interview; a charge opens a court case. */
    DisposalView record(@NotNull @Valid DisposalForm form);

    DisposalView view(long disposalId);

    CourtCaseView viewCourtCase(long courtCaseId);

    CourtCaseView addHearing(long courtCaseId, long expectedVersion, @NotNull @Valid HearingForm form);

    CourtCaseView recordPlea(long courtCaseId, long expectedVersion, @NotNull @Valid PleaForm form);

    CourtCaseView recordVerdict(long courtCaseId, long expectedVersion, @NotNull @Valid VerdictForm form);

    CourtCaseView recordSentence(long courtCaseId, long expectedVersion, @NotNull @Valid SentenceForm form);

    /** Notes that the court made a restraining order (the order is recorded by the civil-orders part). */
    CourtCaseView recordRestrainingOrderMade(long courtCaseId, long expectedVersion,
            @NotNull @Valid RestrainingOrderForm form);
}
