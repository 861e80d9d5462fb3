package uk.org.throughline.interfaces.police.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people a form's person fields have offered (suggested or already chosen), so that a chosen
 * suggestion, which the browser sends back as its id, converts back to the person with their label
 * without reading the index again.
 */
public class OfferedPeople implements Converter<PersonChoice>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, PersonChoice> offered = new HashMap<>();

    public List<PersonChoice> offer(List<PersonChoice> people) {
        people.forEach(person -> offered.put(person.id(), person));
        return people;
    }

    @Override
    public PersonChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        PersonChoice person = value.chars().allMatch(Character::isDigit) ? offered.get(Long.valueOf(value)) : null;
        if (person == null) {
            String message = "Choose the person from the suggestions";
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
        return person;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PersonChoice person) {
        return person == null ? "" : String.valueOf(person.id());
    }
}
