package uk.org.throughline.interfaces.risk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.org.throughline.application.risk.MaracReferralView;
import uk.org.throughline.application.risk.MaracService;
import uk.org.throughline.application.risk.RiskAssessmentService;
import uk.org.throughline.application.risk.RiskHistoryView;
import uk.org.throughline.interfaces.shared.UkDates;

/**
 * A victim's risk history ({@code ?person=}): the current level, a line chart of the level over
 * time with the same entries as a table (the chart's accessible alternative), and her MARAC referrals.
 */
@Named
@ViewScoped
public class RiskHistoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int CHART_WIDTH = 640;
    static final int CHART_LEFT = 90;
    static final int CHART_RIGHT = 20;

    @Inject
    RiskAssessmentService assessments;

    @Inject
    MaracService marac;

    private Long personId;
    private RiskHistoryView history;
    private List<MaracReferralView> referrals;

    public void load() {
        history = assessments.history(personId);
        referrals = marac.referralsOf(personId);
    }

    /** The chart's points, oldest first, placed by date; one in the middle when there is only one. */
    public List<Point> getPoints() {
        List<RiskHistoryView.Entry> entries = history.entries();
        if (entries.isEmpty()) {
            return List.of();
        }
        long span = ChronoUnit.DAYS.between(entries.get(0).on(), entries.get(entries.size() - 1).on());
        int plotWidth = CHART_WIDTH - CHART_LEFT - CHART_RIGHT;
        return IntStream.range(0, entries.size()).mapToObj(i -> {
            RiskHistoryView.Entry entry = entries.get(i);
            long days = ChronoUnit.DAYS.between(entries.get(0).on(), entry.on());
            int x = CHART_LEFT + (span == 0 ? plotWidth / 2 : (int) (plotWidth * days / span));
            return new Point(x, Point.y(entry), entry.assessmentId() == null);
        }).toList();
    }

    /** The polyline through the points, as SVG writes it: "90,150 300,50". */
    public String getLine() {
        return getPoints().stream().map(point -> point.x() + "," + point.y()).collect(Collectors.joining(" "));
    }

    /** What the chart shows, in words, for its accessible name. */
    public String getChartDescription() {
        return "Risk level over time: " + history.entries().stream()
                .map(entry -> entry.level().label() + " on " + UkDates.formatDate(entry.on()))
                .collect(Collectors.joining(", ")) + ".";
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public RiskHistoryView getHistory() {
        return history;
    }

    public List<MaracReferralView> getReferrals() {
        return referrals;
    }

    /** A point of the chart: high at the top, standard at the bottom; a level at the scene drawn hollow. */
    public record Point(int x, int y, boolean atScene) {

        static int y(RiskHistoryView.Entry entry) {
            return switch (entry.level()) {
                case HIGH -> 30;
                case MEDIUM -> 80;
                case STANDARD -> 130;
            };
        }
    }
}
