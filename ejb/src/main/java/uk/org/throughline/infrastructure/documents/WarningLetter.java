package uk.org.throughline.infrastructure.documents;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a warning letter says (Sentencing Act 2020 Sch 10 para 6), as {@link WarningLetterPdf} prints
 * it: the failure, that it is unacceptable, that another within 12 months means a return to court, the
 * days to respond and who to contact. Whoever builds it uses the register's marks, never its free-text
 * notes, so nothing about the people the person harmed can reach the letter.
 *
 * @param addressee     the person as a letter addresses them, e.g. "Daniel Marsh"
 * @param failure       what the register says they did, e.g. "You did not attend and did not give a reasonable excuse."
 * @param sessionNumber the session of the programme the failure was at
 * @param contactName   who the person must respond to: their case worker
 * @param contactTeam   the case worker's team and agency; null when not known
 * @param signedBy      who decided the warning
 */
public record WarningLetter(String reference, String addressee, String programmeName, int sessionNumber,
        String moduleName, LocalDate sessionDate, String failure, LocalDate issuedOn, LocalDate respondBy,
        String contactName, String contactTeam, String signedBy) {

    /** A warning counts against any further failure before this day. */
    public LocalDate warningCountsUntil() {
        return issuedOn.plusMonths(12);
    }

    public long daysToRespond() {
        return ChronoUnit.DAYS.between(issuedOn, respondBy);
    }
}
