package uk.org.throughline.application.person.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.org.throughline.application.person.PersonForm;
import uk.org.throughline.application.person.PersonForm.WarningMarkerEntry;
import uk.org.throughline.application.person.PersonSummary;
import uk.org.throughline.application.person.PersonView;
import uk.org.throughline.domain.model.person.Address;
import uk.org.throughline.domain.model.person.Alias;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.person.PersonDetails;
import uk.org.throughline.domain.model.person.PersonMatch;
import uk.org.throughline.domain.model.person.PersonNames;
import uk.org.throughline.domain.model.person.PncId;
import uk.org.throughline.domain.model.person.WarningMarker;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.PoliceText.Reader;
import uk.org.throughline.infrastructure.persistence.PersonRepository.SummaryRow;

/** Between the person form and views the web layer uses and the person domain model. */
final class PersonMapping {

    private PersonMapping() {
    }

    /** @throws uk.org.throughline.domain.shared.InvalidFieldException on "pncId" for a wrong PNC ID */
    static PersonDetails details(PersonForm form, LocalDate today) {
        return new PersonDetails(form.getSurname(), form.getForenames(), form.getDateOfBirth(), form.getGender(),
                form.getEthnicity(), form.getDisability(), form.getFirstLanguage(), form.isInterpreterRequired(),
                PncId.parseOptional(form.getPncId(), today));
    }

    static List<Alias> aliases(PersonForm form) {
        return form.getAliases().stream().map(alias -> new Alias(alias.getSurname(), alias.getForenames())).toList();
    }

    /** @throws uk.org.throughline.domain.shared.InvalidFieldException on "addresses" for a wrong date range */
    static List<Address> addresses(PersonForm form) {
        return form.getAddresses().stream()
                .map(a -> new Address(a.getLine1(), a.getLine2(), a.getTown(), a.getPostcode(), a.getFrom(), a.getTo()))
                .toList();
    }

    /**
     * The markers as on the form, replacing {@code current}. A victim-facing editor marks the notes
     * shareable or not; notes a perpetrator-facing editor types are their own, so shareable. Notes
     * withheld from a perpetrator-facing editor reached them as {@link PoliceText#HELD_BY_POLICE}: sent
     * back unchanged, the marker of the same type and date keeps what police wrote.
     */
    static List<WarningMarker> warningMarkers(PersonForm form, List<WarningMarker> current, Reader editor) {
        return form.getWarningMarkers().stream()
                .map(marker -> new WarningMarker(marker.getType(), marker.getSince(), notes(marker, current, editor)))
                .toList();
    }

    private static PoliceText notes(WarningMarkerEntry marker, List<WarningMarker> current, Reader editor) {
        if (editor == Reader.VICTIM_FACING) {
            return new PoliceText(marker.getNotes(), marker.isNotesShareable());
        }
        if (PoliceText.HELD_BY_POLICE.equals(marker.getNotes())) {
            return withheldNotes(marker, current, editor).orElse(PoliceText.shareable(null));
        }
        return PoliceText.shareable(marker.getNotes());
    }

    private static Optional<PoliceText> withheldNotes(WarningMarkerEntry marker, List<WarningMarker> current,
            Reader editor) {
        return current.stream()
                .filter(existing -> existing.type() == marker.getType()
                        && Objects.equals(existing.since(), marker.getSince()))
                .map(WarningMarker::notes)
                .filter(notes -> notes.isWithheldFrom(editor))
                .findFirst();
    }

    /**
     * The person as read by {@code reader}; an address is "current" if the person lives there
     * {@code today}.
     */
    static PersonView view(Person person, LocalDate today, Reader reader) {
        return new PersonView(person.id(), person.version(), person.surname(), person.forenames(),
                person.displayName(), person.dateOfBirth(), person.gender(), person.ethnicity(), person.disability(),
                person.firstLanguage(), person.interpreterRequired(), person.pncId().map(PncId::value).orElse(null),
                person.aliases().stream().map(a -> new PersonView.Alias(a.surname(), a.forenames())).toList(),
                person.addresses().stream().map(a -> new PersonView.Address(a.line1(), a.line2(), a.town(),
                        a.postcode(), a.from(), a.to(), a.isCurrentOn(today))).toList(),
                person.warningMarkers().stream()
                        .map(m -> new PersonView.WarningMarker(m.type(), m.since(), m.notes().readBy(reader),
                                m.notes().shareable()))
                        .toList(),
                person.createdAt(), person.updatedAt());
    }

    /** A result line: the person's own name, with why they matched ("alias SMYTH, John", "sounds like"). */
    static PersonSummary summary(SummaryRow row, PersonMatch match) {
        String matchedOn;
        if (match.onAlias()) {
            matchedOn = "alias " + row.aliasNames().getOrDefault(match.aliasId(), "(since removed)");
        } else {
            matchedOn = match.exactSurname() ? "name" : "sounds like";
        }
        return new PersonSummary(row.id(), PersonNames.display(row.surname(), row.forenames()), row.dateOfBirth(),
                row.gender(), row.pncId(), row.currentTown(), row.warningMarkers(), matchedOn, match.score());
    }

    /** The same result, explained differently. */
    static PersonSummary matchedOn(PersonSummary summary, String matchedOn) {
        return new PersonSummary(summary.id(), summary.displayName(), summary.dateOfBirth(), summary.gender(),
                summary.pncId(), summary.currentTown(), summary.warningMarkers(), matchedOn, summary.score());
    }
}
