package uk.org.throughline.interfaces.police.web;

import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.org.throughline.application.police.ArrestView;
import uk.org.throughline.application.police.CustodyResultForm;
import uk.org.throughline.application.police.CustodyResultForm.BailConditionEntry;
import uk.org.throughline.application.police.CustodyService;
import uk.org.throughline.domain.model.incident.CustodyResult;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * "Record the custody result" of an arrest ({@code ?arrest=}): bail with its conditions, release
 * under investigation, charge, or an out-of-court disposal. Bail and release under investigation
 * can be followed by a later result; the version read on opening goes back with the save.
 */
@Named
@ViewScoped
public class RecordCustodyResult implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustodyService custody;

    @Inject
    PoliceRecording recording;

    @Inject
    Feedback feedback;

    private Long arrestId;
    private ArrestView arrest;
    private CustodyResult result;
    private LocalDate decidedOn;
    private final List<BailConditionRow> bailConditions = new ArrayList<>();

    public void load() {
        recording.require();
        arrest = custody.viewArrest(arrestId);
        addBailCondition();
    }

    /** Listens for the form's postValidate event: see {@link Feedback#checkWholeForm}. */
    public void checkWholeForm(ComponentSystemEvent event) {
        feedback.checkWholeForm(event, this::form);
    }

    /** The condition rows go with a result that can have bail conditions, and are ignored otherwise. */
    CustodyResultForm form() {
        List<BailConditionEntry> conditions = result != null && result.allowsBailConditions()
                ? bailConditions.stream().map(BailConditionRow::toEntry).toList()
                : List.of();
        return new CustodyResultForm(result, decidedOn, conditions);
    }

    public String save() {
        if (!feedback.valid(form())) {
            return null;
        }
        custody.recordCustodyResult(arrestId, arrest.version(), form());
        feedback.flash("Custody result recorded");
        return PolicePages.incident(arrest.incidentId());
    }

    /** A final result (charge, out-of-court disposal) cannot be changed. */
    public boolean isDecided() {
        return arrest.custodyResult() != null && !arrest.custodyResult().isInterim();
    }

    public void addBailCondition() {
        bailConditions.add(new BailConditionRow());
    }

    public void removeBailCondition(int index) {
        bailConditions.remove(index);
    }

    public Long getArrestId() {
        return arrestId;
    }

    public void setArrestId(Long arrestId) {
        this.arrestId = arrestId;
    }

    public ArrestView getArrest() {
        return arrest;
    }

    public CustodyResult getResult() {
        return result;
    }

    public void setResult(CustodyResult result) {
        this.result = result;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public List<BailConditionRow> getBailConditions() {
        return bailConditions;
    }

    /** A bail condition as typed: its wording and when it expires. */
    public static class BailConditionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String text;
        private boolean wordingShareable;
        private LocalDate expiresOn;

        BailConditionEntry toEntry() {
            return new BailConditionEntry(text, wordingShareable, expiresOn);
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isWordingShareable() {
            return wordingShareable;
        }

        public void setWordingShareable(boolean wordingShareable) {
            this.wordingShareable = wordingShareable;
        }

        public LocalDate getExpiresOn() {
            return expiresOn;
        }

        public void setExpiresOn(LocalDate expiresOn) {
            this.expiresOn = expiresOn;
        }
    }
}
