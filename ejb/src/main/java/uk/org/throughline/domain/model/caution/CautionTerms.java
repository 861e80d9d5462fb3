package uk.org.throughline.domain.model.caution;

import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.incident.Offence;
import uk.org.throughline.domain.shared.PoliceText;

/**
 * What is recorded when a conditional caution is given.
 *
 * @param complianceDeadline null for the default period from {@link CautionTimescales}
 * @param appropriateAdult   name of the appropriate adult present, for a youth of 16 or under
 * @param victimViews        what the victim said when consulted, and whether police agreed to share it
 */
public record CautionTerms(CautionType type, Offence offence, LocalDate cautionedOn, boolean offenceAdmitted,
        boolean consentSigned, PoliceText victimViews, String appropriateAdult, LocalDate complianceDeadline,
        List<ConditionTerms> conditions) {

    public CautionTerms {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
