package uk.org.throughline.application.risk.internal;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.org.throughline.application.risk.MaracReferralView;
import uk.org.throughline.domain.shared.UkDate;

/**
 * A MARAC agenda as CSV (RFC 4180) for the coordinator to circulate: one row per case. A cell that
 * a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
final class MaracAgendaCsv {

    private static final List<String> HEADINGS = List.of("Case", "Victim", "Referred on", "Referring agency",
            "Criterion", "Repeat", "Previous referral", "DASH score", "Police incidents in window", "Actions open");

    private MaracAgendaCsv() {
    }

    static String write(List<MaracReferralView> agenda) {
        StringBuilder csv = new StringBuilder(row(HEADINGS.stream()));
        int number = 0;
        for (MaracReferralView referral : agenda) {
            number++;
            long open = referral.actions().stream().filter(action -> action.completedOn() == null).count();
            csv.append(row(Stream.of(String.valueOf(number), referral.personName(),
                    UkDate.format(referral.referredOn()), referral.referringAgency().label(),
                    referral.criterion().label(), referral.repeat() ? "Yes" : "No",
                    UkDate.format(referral.previousReferralOn()),
                    referral.dashScore() == null ? "" : String.valueOf(referral.dashScore()),
                    String.valueOf(referral.recentIncidents()), String.valueOf(open))));
        }
        return csv.toString();
    }

    private static String row(Stream<String> cells) {
        return cells.map(MaracAgendaCsv::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
