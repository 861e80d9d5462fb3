package uk.org.throughline.domain.model.order;

import java.time.LocalDate;
import java.util.List;

/**
 * What the court (or the officer, for a notice) made, as recorded: the order's details apart from
 * its type and respondent.
 *
 * @param courtCaseId the police journey's court case for a restraining order made there, else null
 * @param expiresOn   null for "until further order", or for a notice
 * @param durationReason the court's reason for a duration outside the type's usual limits
 */
public record OrderTerms(Applicant applicant, String court, String caseNumber, Long courtCaseId, LocalDate madeOn,
        LocalDate expiresOn, String durationReason, boolean powerOfArrest, List<ProtectedPerson> protectedPersons,
        List<OrderCondition> conditions) {
}
