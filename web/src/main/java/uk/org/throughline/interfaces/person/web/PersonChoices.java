package uk.org.throughline.interfaces.person.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import uk.org.throughline.domain.model.person.Disability;
import uk.org.throughline.domain.model.person.Ethnicity;
import uk.org.throughline.domain.model.person.Gender;
import uk.org.throughline.domain.model.person.WarningMarkerType;

/** The options of the person form's drop-down lists, in the order the enums list them. */
@Named
@ApplicationScoped
public class PersonChoices {

    public Gender[] getGenders() {
        return Gender.values();
    }

    public Ethnicity[] getEthnicities() {
        return Ethnicity.values();
    }

    public Disability[] getDisabilities() {
        return Disability.values();
    }

    public WarningMarkerType[] getWarningMarkerTypes() {
        return WarningMarkerType.values();
    }
}
