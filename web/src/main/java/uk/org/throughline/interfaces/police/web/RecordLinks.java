package uk.org.throughline.interfaces.police.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import uk.org.throughline.application.PersonChronology;

/**
 * Where a chronology entry's record is shown, by the record type the entry names: an incident, and
 * the arrests, interviews and outcomes on it, on the incident page; a court case and a conditional
 * caution on their own pages. {@code #{recordLinks.outcome(entry)}} is null when there is no page.
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

    private static final Map<String, Page> PAGES = Map.of(
            INCIDENT, new Page("/police/incident", "id"),
            ARREST, new Page("/police/incident", "arrest"),
            VOLUNTARY_INTERVIEW, new Page("/police/incident", "interview"),
            DISPOSAL, new Page("/police/incident", "disposal"),
            "CourtCase", new Page("/police/court-case", "id"),
            "ConditionalCaution", new Page("/police/caution", "id"));

    public String outcome(PersonChronology.Entry entry) {
        Page page = PAGES.get(entry.recordType());
        return page == null ? null : page.outcome();
    }

    public String parameter(PersonChronology.Entry entry) {
        Page page = PAGES.get(entry.recordType());
        return page == null ? null : page.parameter();
    }
}
