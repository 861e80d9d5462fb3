package uk.org.throughline.interfaces.police.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.org.throughline.application.police.IncidentForm;
import uk.org.throughline.application.police.IncidentView;
import uk.org.throughline.domain.model.incident.AbuseType;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.domain.model.incident.OffenceClass;
import uk.org.throughline.domain.model.incident.RelationshipType;
import uk.org.throughline.interfaces.shared.UkDates;

/**
 * The incident form being filled in: what the inputs are bound to, with adding and removing rows
 * of people and offences, turned into the service's {@link IncidentForm} on saving. The date and
 * the time are typed apart and make the form's {@code occurredAt} together.
 */
public class IncidentEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private String policeReference;
    private LocalDate occurredOn;
    private LocalTime occurredTime;
    private String location;
    /** An array, not a list, so that Faces knows to convert the ticked values to abuse types. */
    private AbuseType[] abuseTypes = {};
    private RelationshipType relationship;
    private final List<PersonRow> people = new ArrayList<>();
    private boolean childrenPresent;
    private boolean crime;
    private final List<OffenceRow> offences = new ArrayList<>();
    private DashLevel dashLevel;
    private String account;

    /** A new incident, with one empty row for the first person. */
    public static IncidentEditor blank() {
        IncidentEditor editor = new IncidentEditor();
        editor.addPerson();
        return editor;
    }

    /** The incident as it is now, ready to correct. */
    public static IncidentEditor of(IncidentView incident) {
        IncidentEditor editor = new IncidentEditor();
        editor.policeReference = incident.policeReference();
        LocalDateTime occurredAt = LocalDateTime.ofInstant(incident.occurredAt(), UkDates.LONDON);
        editor.occurredOn = occurredAt.toLocalDate();
        editor.occurredTime = occurredAt.toLocalTime();
        editor.location = incident.location();
        editor.abuseTypes = incident.abuseTypes().stream().sorted().toArray(AbuseType[]::new);
        editor.relationship = incident.relationship();
        incident.people().forEach(person -> editor.people.add(
                new PersonRow(new PersonChoice(person.personId(), person.displayName()), person.role())));
        editor.childrenPresent = incident.childrenPresent();
        editor.crime = incident.crime();
        incident.offences().forEach(offence -> editor.offences.add(
                new OffenceRow(offence.description(), offence.offenceClass(), offence.offenceDate())));
        editor.dashLevel = incident.dashLevel();
        editor.account = incident.account();
        return editor;
    }

    public IncidentForm toForm() {
        LocalDateTime occurredAt = occurredOn == null || occurredTime == null ? null : occurredOn.atTime(occurredTime);
        return new IncidentForm(policeReference, occurredAt, location, Set.of(abuseTypes),
                relationship, people.stream().map(PersonRow::toEntry).toList(), childrenPresent, crime,
                offences.stream().map(OffenceRow::toEntry).toList(), dashLevel, account);
    }

    /** Starts the form with a person already chosen, such as the one whose page the user came from. */
    public void choosePerson(PersonChoice person) {
        people.get(0).setPerson(person);
    }

    public void addPerson() {
        people.add(new PersonRow(null, null));
    }

    public void removePerson(int index) {
        people.remove(index);
    }

    public void addOffence() {
        offences.add(new OffenceRow(null, null, null));
    }

    public void removeOffence(int index) {
        offences.remove(index);
    }

    public String getPoliceReference() {
        return policeReference;
    }

    public void setPoliceReference(String policeReference) {
        this.policeReference = policeReference;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public LocalTime getOccurredTime() {
        return occurredTime;
    }

    public void setOccurredTime(LocalTime occurredTime) {
        this.occurredTime = occurredTime;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public AbuseType[] getAbuseTypes() {
        return abuseTypes;
    }

    public void setAbuseTypes(AbuseType[] abuseTypes) {
        this.abuseTypes = abuseTypes == null ? new AbuseType[0] : abuseTypes;
    }

    public RelationshipType getRelationship() {
        return relationship;
    }

    public void setRelationship(RelationshipType relationship) {
        this.relationship = relationship;
    }

    public List<PersonRow> getPeople() {
        return people;
    }

    public boolean isChildrenPresent() {
        return childrenPresent;
    }

    public void setChildrenPresent(boolean childrenPresent) {
        this.childrenPresent = childrenPresent;
    }

    public boolean isCrime() {
        return crime;
    }

    public void setCrime(boolean crime) {
        this.crime = crime;
    }

    public List<OffenceRow> getOffences() {
        return offences;
    }

    public DashLevel getDashLevel() {
        return dashLevel;
    }

    public void setDashLevel(DashLevel dashLevel) {
        this.dashLevel = dashLevel;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    /** A person involved: chosen from the index, with the part they played. */
    public static class PersonRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private PersonChoice person;
        private InvolvementRole role;

        PersonRow(PersonChoice person, InvolvementRole role) {
            this.person = person;
            this.role = role;
        }

        IncidentForm.Involved toEntry() {
            return new IncidentForm.Involved(person == null ? null : person.id(), role);
        }

        public PersonChoice getPerson() {
            return person;
        }

        public void setPerson(PersonChoice person) {
            this.person = person;
        }

        public InvolvementRole getRole() {
            return role;
        }

        public void setRole(InvolvementRole role) {
            this.role = role;
        }
    }

    /** An offence; an empty date means the day of the incident. */
    public static class OffenceRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String description;
        private OffenceClass offenceClass;
        private LocalDate offenceDate;

        OffenceRow(String description, OffenceClass offenceClass, LocalDate offenceDate) {
            this.description = description;
            this.offenceClass = offenceClass;
            this.offenceDate = offenceDate;
        }

        IncidentForm.OffenceEntry toEntry() {
            return new IncidentForm.OffenceEntry(description, offenceClass, offenceDate);
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public OffenceClass getOffenceClass() {
            return offenceClass;
        }

        public void setOffenceClass(OffenceClass offenceClass) {
            this.offenceClass = offenceClass;
        }

        public LocalDate getOffenceDate() {
            return offenceDate;
        }

        public void setOffenceDate(LocalDate offenceDate) {
            this.offenceDate = offenceDate;
        }
    }
}
