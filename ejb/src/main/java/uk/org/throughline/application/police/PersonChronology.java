package uk.org.throughline.application.police;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One person's police history as a single timeline, oldest first: incidents, arrests, bail
 * conditions, voluntary interviews, disposals, court events and conditional cautions. Each role sees
 * only the entries it may read (see the implementation); the read is audited.
 */
public interface PersonChronology {

    List<Entry> forPerson(long personId);

    enum Kind {
        INCIDENT("Incident"),
        ARREST("Arrest"),
        BAIL_CONDITION("Bail condition"),
        VOLUNTARY_INTERVIEW("Voluntary interview"),
        DISPOSAL("Outcome"),
        COURT_HEARING("Court hearing"),
        PLEA("Plea"),
        VERDICT("Verdict"),
        SENTENCE("Sentence"),
        RESTRAINING_ORDER("Restraining order made"),
        CONDITIONAL_CAUTION("Conditional caution"),
        CAUTION_CONDITION("Caution condition"),
        NON_COMPLIANCE_DECISION("Non-compliance decision");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param time       clock time in England and Wales, null for events recorded by date only
     * @param recordType what {@code recordId} names, for a link: Incident, Arrest, Disposal, CourtCase, ConditionalCaution
     */
    record Entry(LocalDate date, LocalTime time, Kind kind, String summary, String recordType, long recordId) {
    }
}
