package uk.org.throughline.interfaces.police.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import uk.org.throughline.application.police.PersonChronology;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.interfaces.security.web.SignedInRoles;

/**
 * Where a chronology entry's record is shown, by the record type the entry names: an incident, and
 * the arrests, interviews and outcomes on it, on the incident page; a court case and a conditional
 * caution on their own pages. {@code #{recordLinks.outcome(entry)}} is null when there is no page, or
 * none the user's role may open (probation and YOT read outcomes, but not the incident page).
 */
@Named
@ApplicationScoped
public class RecordLinks {

    static final String INCIDENT = "Incident";
    static final String ARREST = "Arrest";
    static final String VOLUNTARY_INTERVIEW = "VoluntaryInterview";
    static final String DISPOSAL = "Disposal";

    private record Page(String outcome, String parameter) {
    }

    private static final String INCIDENT_PAGE = "/police/incident";

    private static final Map<String, Page> PAGES = Map.of(
            INCIDENT, new Page(INCIDENT_PAGE, "id"),
            ARREST, new Page(INCIDENT_PAGE, "arrest"),
            VOLUNTARY_INTERVIEW, new Page(INCIDENT_PAGE, "interview"),
            DISPOSAL, new Page(INCIDENT_PAGE, "disposal"),
            "CourtCase", new Page("/police/court-case", "id"),
            "ConditionalCaution", new Page("/police/caution", "id"));

    public String outcome(PersonChronology.Entry entry) {
        Page page = PAGES.get(entry.recordType());
        boolean refused = page != null && page.outcome().equals(INCIDENT_PAGE) && !isIncidentReadable();
        return page == null || refused ? null : page.outcome();
    }

    /** The roles the incident service lets read an incident. */
    public boolean isIncidentReadable() {
        return SignedInRoles.may(PolicePermissions.READ_INCIDENTS);
    }

    public String parameter(PersonChronology.Entry entry) {
        Page page = PAGES.get(entry.recordType());
        return page == null ? null : page.parameter();
    }
}
