package uk.org.throughline.interfaces.caseload.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.org.throughline.application.caseload.AccessForReasonView;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.interfaces.shared.web.DateDisplay;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * The managers' report: records their teams' members opened outside their caseloads, with the reasons
 * given, over a period (the last 30 days when the page opens).
 */
@Named
@ViewScoped
public class AccessOutsideCaseloadReport implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_DAYS = 30;

    @Inject
    CaseloadAccess caseload;

    @Inject
    DateDisplay dates;

    @Inject
    Feedback feedback;

    private LocalDate from;
    private LocalDate to;
    private List<AccessForReasonView> opened = List.of();

    public void load() {
        to = dates.today();
        from = to.minusDays(DEFAULT_DAYS);
        show();
    }

    public void show() {
        feedback.attempt(() -> opened = caseload.openedOutsideCaseloads(from, to), Map.of(), () -> { });
    }

    public List<AccessForReasonView> getOpened() {
        return opened;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
