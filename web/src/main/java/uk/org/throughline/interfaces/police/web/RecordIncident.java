package uk.org.throughline.interfaces.police.web;

import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.List;
import uk.org.throughline.application.person.PersonIndex;
import uk.org.throughline.application.person.PersonQuery;
import uk.org.throughline.application.police.IncidentService;
import uk.org.throughline.application.police.IncidentView;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * "Record an incident" ({@code ?person=} starts it with that person) and "Correct the incident"
 * ({@code ?id=}). A correction carries the version read on opening, so a change someone else saved
 * meanwhile is refused rather than overwritten, and what the user typed stays on screen.
 */
@Named
@ViewScoped
public class RecordIncident implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Enough suggestions to find someone by a partly typed name, few enough to read. */
    private static final int SUGGESTIONS = 10;

    @Inject
    IncidentService incidents;

    @Inject
    PersonIndex personIndex;

    @Inject
    PoliceRecording recording;

    @Inject
    Feedback feedback;

    @Inject
    Validator validator;

    private Long id;
    private Long personId;
    private IncidentView incident;
    private IncidentEditor editor;
    private final OfferedPeople offeredPeople = new OfferedPeople();

    public void load() {
        recording.require();
        if (id != null) {
            incident = incidents.view(id);
            editor = IncidentEditor.of(incident);
            offeredPeople.offer(editor.getPeople().stream().map(IncidentEditor.PersonRow::getPerson).toList());
        } else {
            editor = IncidentEditor.blank();
            if (personId != null) {
                PersonChoice person = PersonChoice.of(personIndex.view(personId));
                offeredPeople.offer(List.of(person));
                editor.choosePerson(person);
            }
        }
    }

    /** Listens for the form's postValidate event: see {@link Feedback#checkWholeForm}. */
    public void checkWholeForm(ComponentSystemEvent event) {
        feedback.checkWholeForm(event, editor::toForm);
    }

    public String save() {
        if (!feedback.valid(editor.toForm())) {
            return null;
        }
        IncidentView saved = incident == null
                ? incidents.record(editor.toForm())
                : incidents.update(id, incident.version(), editor.toForm());
        feedback.flash(incident == null ? "Incident recorded" : "Changes saved");
        return PolicePages.incident(saved.id());
    }

    /** The person field's suggestions: the closest matches on the index for what has been typed. */
    public List<PersonChoice> suggestPeople(String name) {
        PersonQuery query = new PersonQuery(name, null, null, 0, SUGGESTIONS);
        if (!validator.validate(query).isEmpty()) {
            return List.of();
        }
        return offeredPeople.offer(personIndex.search(query).items().stream().map(PersonChoice::of).toList());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    /** The incident being corrected; null when recording a new one. */
    public IncidentView getIncident() {
        return incident;
    }

    /** Back to the incident being corrected, or the person the new one was started from, or the home page. */
    public String getCancelOutcome() {
        if (id != null) {
            return "/police/incident";
        }
        return personId != null ? "/person/view" : "/index";
    }

    /** The person fields' converter. */
    public OfferedPeople getOfferedPeople() {
        return offeredPeople;
    }

    public IncidentEditor getEditor() {
        return editor;
    }
}
