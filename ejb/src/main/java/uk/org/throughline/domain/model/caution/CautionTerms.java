package uk.org.throughline.domain.model.caution;

import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.incident.Offence;

/**
 * What is recorded when a conditional caution is given.
 *
 * @param complianceDeadline null for the default period from {@link CautionTimescales}
 * @param appropriateAdult   name of the appropriate adult present, for a youth of 16 or under
 */
public record CautionTerms(CautionType type, Offence offence, LocalDate cautionedOn, boolean offenceAdmitted,
        boolean consentSigned, String victimViews, String appropriateAdult, LocalDate complianceDeadline,
        List<ConditionTerms> conditions) {

    public CautionTerms {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
