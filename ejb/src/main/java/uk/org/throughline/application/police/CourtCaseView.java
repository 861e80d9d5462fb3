package uk.org.throughline.application.police;

import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.disposal.CourtCaseStage;
import uk.org.throughline.domain.model.disposal.Plea;
import uk.org.throughline.domain.model.disposal.RequirementType;
import uk.org.throughline.domain.model.disposal.SentenceType;
import uk.org.throughline.domain.model.disposal.Verdict;

/**
 * A court case as read. {@code restrainingOrderMadeOn} is set when the court made one; the order itself
 * belongs to the civil-orders part, which finds it by this case's id.
 */
public record CourtCaseView(long id, long version, long disposalId, long personId, String personName,
        CourtCaseStage stage, Plea plea, LocalDate pleadedOn, Verdict verdict, LocalDate verdictOn,
        SentenceType sentenceType, LocalDate sentencedOn, LocalDate sentenceEndsOn, List<Requirement> requirements,
        LocalDate restrainingOrderMadeOn, List<Hearing> hearings) {

    public CourtCaseView {
        requirements = List.copyOf(requirements);
        hearings = List.copyOf(hearings);
    }

    public record Requirement(RequirementType type, String detail) {
    }

    public record Hearing(long id, LocalDate hearingDate, String court, String result) {
    }
}
