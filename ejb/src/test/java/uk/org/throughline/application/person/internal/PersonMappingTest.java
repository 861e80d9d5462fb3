package uk.org.throughline.application.person.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.application.person.PersonForm;
import uk.org.throughline.domain.model.person.WarningMarker;
import uk.org.throughline.domain.model.person.WarningMarkerType;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.PoliceText.Reader;

/** Warning-marker notes through the person form, as each kind of editor saves them. */
class PersonMappingTest {

    private static final LocalDate SINCE = LocalDate.of(2020, 2, 11);
    private static final PoliceText POLICE_NOTES = new PoliceText("Assaulted partner at 14 Elm Road", false);
    private static final List<WarningMarker> CURRENT =
            List.of(new WarningMarker(WarningMarkerType.VIOLENCE, SINCE, POLICE_NOTES));

    private static PersonForm formWith(String notes, boolean notesShareable) {
        PersonForm form = new PersonForm();
        form.getWarningMarkers().add(new PersonForm.WarningMarkerEntry(WarningMarkerType.VIOLENCE, SINCE, notes,
                notesShareable));
        return form;
    }

    private static PoliceText savedNotes(PersonForm form, Reader editor) {
        return PersonMapping.warningMarkers(form, CURRENT, editor).get(0).notes();
    }

    @Test
    void heldNotesSentBackByAnOffenderManagerKeepWhatPoliceWrote() {
        assertEquals(POLICE_NOTES, savedNotes(formWith(PoliceText.HELD_BY_POLICE, false), Reader.PERPETRATOR_FACING));
    }

    @Test
    void notesAnOffenderManagerTypesAreTheirOwnSoShared() {
        assertEquals(new PoliceText("Disclosed drinking daily", true),
                savedNotes(formWith("Disclosed drinking daily", false), Reader.PERPETRATOR_FACING));
    }

    @Test
    void policeMarkTheirNotesShareableOrNot() {
        assertEquals(new PoliceText("Assaulted partner at 14 Elm Road", true),
                savedNotes(formWith("Assaulted partner at 14 Elm Road", true), Reader.VICTIM_FACING));
        assertEquals(POLICE_NOTES,
                savedNotes(formWith("Assaulted partner at 14 Elm Road", false), Reader.VICTIM_FACING));
    }
}
