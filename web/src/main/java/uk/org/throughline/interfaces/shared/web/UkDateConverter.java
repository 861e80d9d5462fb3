package uk.org.throughline.interfaces.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import uk.org.throughline.interfaces.shared.UkDates;

/**
 * Dates typed and shown as day/month/year. A plain text box with this converter serves keyboard,
 * screen-reader and automated users better than a pop-up calendar.
 */
@FacesConverter("ukDate")
public class UkDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UkDates.parseDate(value);
        } catch (IllegalArgumentException e) {
            throw new ConverterException(message(component, e.getMessage()));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return UkDates.formatDate(value);
    }

    /** The summary names the field, for the error summary; the detail stands beside the field itself. */
    private static FacesMessage message(UIComponent component, String text) {
        Object label = component == null ? null : component.getAttributes().get("label");
        String summary = label == null ? text : label + ": " + text;
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, text);
    }
}
