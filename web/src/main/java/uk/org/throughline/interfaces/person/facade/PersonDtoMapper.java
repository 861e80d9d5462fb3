package uk.org.throughline.interfaces.person.facade;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.org.throughline.application.person.PersonForm;
import uk.org.throughline.interfaces.person.dto.PersonRequest;
import uk.org.throughline.interfaces.shared.rest.SharedWithOffenderManagers;

/**
 * Converts the API's person JSON to the application's form; the person and search hits go out as
 * the application's views. What the client left out keeps the form's default (gender and disability
 * "not known", no rows), as on the page.
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
                m -> new PersonForm.WarningMarkerEntry(m.type(), m.since(), m.notes(),
                        SharedWithOffenderManagers.marked(m.notesShareable()))));
        return form;
    }

    /** A JSON array the client left out is an empty list; a mutable one, as the form's rows are edited. */
    private static <A, B> List<B> map(List<A> items, Function<A, B> mapping) {
        return items == null ? new ArrayList<>() : items.stream().filter(Objects::nonNull).map(mapping)
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
