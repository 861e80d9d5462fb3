package uk.org.throughline.interfaces.person.facade;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.org.throughline.application.person.PersonForm;
import uk.org.throughline.application.person.PersonSummary;
import uk.org.throughline.application.person.PersonView;
import uk.org.throughline.interfaces.person.dto.AddressDto;
import uk.org.throughline.interfaces.person.dto.AliasDto;
import uk.org.throughline.interfaces.person.dto.PersonRequest;
import uk.org.throughline.interfaces.person.dto.PersonResponse;
import uk.org.throughline.interfaces.person.dto.PersonSummaryResponse;
import uk.org.throughline.interfaces.person.dto.WarningMarkerDto;

/**
 * Converts the API's person JSON to the application's form and back. What the client left out
 * keeps the form's default (gender and disability "not known", no rows), as on the page.
 */
public final class PersonDtoMapper {

    private PersonDtoMapper() {
    }

    public static PersonForm toForm(PersonRequest request) {
        PersonForm form = new PersonForm();
        form.setSurname(request.surname());
        form.setForenames(request.forenames());
        form.setDateOfBirth(request.dateOfBirth());
        if (request.gender() != null) {
            form.setGender(request.gender());
        }
        form.setEthnicity(request.ethnicity());
        if (request.disability() != null) {
            form.setDisability(request.disability());
        }
        form.setFirstLanguage(request.firstLanguage());
        form.setInterpreterRequired(Boolean.TRUE.equals(request.interpreterRequired()));
        form.setPncId(request.pncId());
        form.setAliases(map(request.aliases(), a -> new PersonForm.AliasEntry(a.surname(), a.forenames())));
        form.setAddresses(map(request.addresses(), a -> new PersonForm.AddressEntry(
                a.line1(), a.line2(), a.town(), a.postcode(), a.from(), a.to())));
        form.setWarningMarkers(map(request.warningMarkers(),
                m -> new PersonForm.WarningMarkerEntry(m.type(), m.since(), m.notes())));
        return form;
    }

    public static PersonResponse toResponse(PersonView person) {
        return new PersonResponse(person.id(), person.version(), person.surname(), person.forenames(),
                person.displayName(), person.dateOfBirth(), person.gender(), person.ethnicity(), person.disability(),
                person.firstLanguage(), person.interpreterRequired(), person.pncId(),
                map(person.aliases(), a -> new AliasDto(a.surname(), a.forenames())),
                map(person.addresses(), a -> new AddressDto(
                        a.line1(), a.line2(), a.town(), a.postcode(), a.from(), a.to(), a.current())),
                map(person.warningMarkers(), m -> new WarningMarkerDto(m.type(), m.since(), m.notes())),
                person.createdAt(), person.updatedAt());
    }

    public static PersonSummaryResponse toResponse(PersonSummary summary) {
        return new PersonSummaryResponse(summary.id(), summary.displayName(), summary.dateOfBirth(),
                summary.gender(), summary.pncId(), summary.currentTown(), summary.warningMarkers(),
                summary.matchedOn(), summary.score());
    }

    /** A JSON array the client left out is an empty list; a mutable one, as the form's rows are edited. */
    private static <A, B> List<B> map(List<A> items, Function<A, B> mapping) {
        return items == null ? new ArrayList<>() : items.stream().filter(Objects::nonNull).map(mapping)
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
