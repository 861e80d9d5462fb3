package uk.org.throughline.application.risk;

import java.time.LocalDate;
import java.util.List;

/** A MARAC meeting with its agenda, the cases listed at it in the order they were referred. */
public record MaracMeetingView(long id, long version, LocalDate meetsOn, String area, List<MaracReferralView> agenda) {

    public MaracMeetingView {
        agenda = List.copyOf(agenda);
    }
}
