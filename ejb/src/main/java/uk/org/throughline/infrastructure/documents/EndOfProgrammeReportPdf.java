package uk.org.throughline.infrastructure.documents;

import java.util.List;
import uk.org.throughline.domain.model.attendance.AttendanceSummary;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.documents.EndOfProgrammeReport.SessionLine;
import uk.org.throughline.infrastructure.documents.PdfPages.Cell;

/** The end-of-programme report, as PDF. */
public final class EndOfProgrammeReportPdf {

    private static final float NUMBER = 60;
    private static final float DATE = 80;
    private static final float MARK = 170;

    private EndOfProgrammeReportPdf() {
    }

    public static byte[] render(EndOfProgrammeReport report) {
        try (PdfPages pages = new PdfPages("End-of-programme report: " + report.programmeName())) {
            pages.title("End-of-programme report: " + report.programmeName());
            pages.field("Name", report.personName());
            pages.field("Date of birth", orNotKnown(UkDate.format(report.dateOfBirth())));
            pages.field("Programme", report.programmeName());
            pages.field("Referral", report.route() + " on " + UkDate.format(report.referredOn()));
            pages.field("Group", orNotKnown(report.groupName()));
            pages.field("First session", orNotKnown(UkDate.format(report.firstSession())));
            pages.field("Last session", orNotKnown(UkDate.format(report.lastSession())));

            pages.heading("Outcome");
            pages.field("Outcome", report.outcome());
            pages.field("Completion rule", report.completionRule());
            pages.field("Attendance", report.progress());
            pages.field("Rule met", report.completionRuleMet() ? "Yes" : "No");

            pages.heading("Attendance summary");
            AttendanceSummary attendance = report.attendance();
            pages.field("Attended", String.valueOf(attendance.attended()));
            pages.field("Late", String.valueOf(attendance.late()));
            pages.field("Left early", String.valueOf(attendance.leftEarly()));
            pages.field("Absent, acceptable", String.valueOf(attendance.absentAcceptable()));
            pages.field("Absent, unacceptable", String.valueOf(attendance.absentUnacceptable()));
            if (attendance.awaitingEvidence() > 0) {
                pages.field("Awaiting evidence", String.valueOf(attendance.awaitingEvidence()));
            }
            pages.field("Failed to comply", attendance.failedToComply() + " of the sessions attended");

            pages.heading("Session by session");
            float module = PdfPages.width() - NUMBER - DATE - MARK;
            pages.row(List.of(Cell.bold("Session", NUMBER), Cell.bold("Date", DATE), Cell.bold("Module", module),
                    Cell.bold("Attendance", MARK)));
            for (SessionLine line : report.sessions()) {
                pages.row(List.of(Cell.of(line.number() + (line.catchUp() ? " (catch-up)" : ""), NUMBER),
                        Cell.of(UkDate.format(line.date()), DATE), Cell.of(line.moduleName(), module),
                        Cell.of(line.attendance(), MARK)));
            }
            if (report.sessions().isEmpty()) {
                pages.paragraph("No session on the register yet.");
            }

            pages.heading("Facilitator's comments");
            pages.paragraph(report.comments() == null ? "None given." : report.comments());

            pages.heading("Prepared");
            pages.field("By", report.preparedBy());
            pages.field("On", UkDate.format(report.preparedOn()));
            return pages.toPdf();
        }
    }

    private static String orNotKnown(String value) {
        return value == null || value.isEmpty() ? "Not known" : value;
    }
}
