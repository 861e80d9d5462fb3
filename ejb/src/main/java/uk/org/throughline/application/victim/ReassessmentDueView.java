package uk.org.throughline.application.victim;

import java.time.LocalDate;

/**
 * A victim on the partner-contact worker's caseload whose case is open and who is due a DASH
 * reassessment.
 *
 * @param lastAssessedOn her last DASH assessment's day; null when she has had none
 * @param caseOpenedOn   the day her earliest open partner-contact plan opened
 * @param daysOverdue    0 on the day it falls due
 */
public record ReassessmentDueView(long victimPersonId, String victimName, LocalDate lastAssessedOn,
        LocalDate caseOpenedOn, LocalDate dueOn, long daysOverdue) {
}
