package uk.org.throughline.domain.model.caution;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import uk.org.throughline.domain.model.incident.AbuseType;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.incident.PersonallyConnected;

/**
 * Which earlier cautions and convictions a scheme's look-back counts: those for domestic abuse or
 * violence, as CARA's eligibility states, not every one. Every incident here is between personally
 * connected people (Domestic Abuse Act 2021 s.2), so one is domestic abuse when both sides were aged
 * 16 or over on the day (s.1(2)(a)); it is violence when it records physical or sexual abuse. A
 * parent's theft from his 14-year-old is neither, and does not count; hitting her would.
 */
public final class EarlierOffending {

    private EarlierOffending() {
    }

    /**
     * @param offenderBorn the date of birth of the person cautioned or convicted, null when not recorded
     * @param victimsBorn  the dates of birth of the incident's victims, null where not recorded
     * @return "domestic abuse", "violence" or null when the outcome was for neither; an unknown age is
     *         taken as 16 or over, so that the look-back errs on the side of counting
     */
    public static String domesticAbuseOrViolence(Incident incident, LocalDate offenderBorn,
            Collection<LocalDate> victimsBorn) {
        LocalDate day = incident.occurredOn();
        boolean allAdult = isAtLeastSixteen(offenderBorn, day) && victimsBorn.stream()
                .allMatch(born -> isAtLeastSixteen(born, day));
        if (allAdult) {
            return "domestic abuse";
        }
        boolean violent = incident.abuseTypes().contains(AbuseType.PHYSICAL)
                || incident.abuseTypes().contains(AbuseType.SEXUAL);
        return violent ? "violence" : null;
    }

    private static boolean isAtLeastSixteen(LocalDate born, LocalDate on) {
        return born == null || Period.between(born, on).getYears() >= PersonallyConnected.AGE_OF_DOMESTIC_ABUSE;
    }
}
