package uk.org.throughline.interfaces.risk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.application.risk.MaracMeetingView;
import uk.org.throughline.application.risk.MaracReferralView;
import uk.org.throughline.application.risk.MaracService;
import uk.org.throughline.application.risk.RiskForms.MeetingForm;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * The MARAC meetings, latest first, the cases waiting for one, the cases with a repeat flagged since their
 * referral, and scheduling the next.
 */
@Named
@ViewScoped
public class MaracMeetings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MaracService marac;

    @Inject
    RiskRoles roles;

    @Inject
    Feedback feedback;

    private List<MaracMeetingView> meetings;
    private List<MaracReferralView> waiting = List.of();
    private List<MaracReferralView> repeated = List.of();
    private LocalDate meetsOn;
    private String area;

    public void load() {
        meetings = marac.meetings();
        if (roles.isCoordinator()) {
            waiting = marac.waitingToBeListed();
            repeated = marac.repeatedSinceReferred();
        }
    }

    public String schedule() {
        MeetingForm form = new MeetingForm(meetsOn, area);
        if (!feedback.valid(form)) {
            return null;
        }
        MaracMeetingView meeting = marac.scheduleMeeting(form);
        feedback.flash("Scheduled the " + meeting.area() + " MARAC.");
        return "/risk/marac-meeting?faces-redirect=true&id=" + meeting.id();
    }

    public List<MaracMeetingView> getMeetings() {
        return meetings;
    }

    public List<MaracReferralView> getWaiting() {
        return waiting;
    }

    public List<MaracReferralView> getRepeated() {
        return repeated;
    }

    public LocalDate getMeetsOn() {
        return meetsOn;
    }

    public void setMeetsOn(LocalDate meetsOn) {
        this.meetsOn = meetsOn;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }
}
