package uk.org.throughline.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.attendance.AttendanceSummary;
import uk.org.throughline.infrastructure.documents.EndOfProgrammeReport.SessionLine;

class EndOfProgrammeReportPdfTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 6);

    @Test
    void showsThePersonTheProgrammeAndItsDates() {
        String text = PdfText.of(EndOfProgrammeReportPdf.render(caringDads("Engaged well.")));

        assertAll(
                () -> assertTrue(text.contains("End-of-programme report: Caring Dads"), text),
                () -> assertTrue(text.contains("Name MARSH, Daniel"), text),
                () -> assertTrue(text.contains("Date of birth 04/09/1990"), text),
                () -> assertTrue(text.contains("Referral Children's social care on 02/12/2025"), text),
                () -> assertTrue(text.contains("Group Caring Dads Tuesday evenings"), text),
                () -> assertTrue(text.contains("First session 06/01/2026"), text),
                () -> assertTrue(text.contains("Last session 28/04/2026"), text),
                () -> assertTrue(text.contains("By Amara Osei On 05/05/2026"), text));
    }

    @Test
    void givesTheOutcomeAgainstTheCompletionRule() {
        String text = PdfText.of(EndOfProgrammeReportPdf.render(caringDads("Engaged well.")));

        assertAll(
                () -> assertTrue(text.contains("Outcome Completed on 05/05/2026"), text),
                () -> assertTrue(text.contains("Completion rule At least 80% of the 17 sessions attended"), text),
                () -> assertTrue(text.contains("Attendance 14 of 17 sessions attended (82%); Caring Dads needs 80%"),
                        text),
                () -> assertTrue(text.contains("Rule met Yes"), text));
    }

    @Test
    void summarisesAttendanceAndListsEverySession() {
        String text = PdfText.of(EndOfProgrammeReportPdf.render(caringDads("Engaged well.")));

        assertAll(
                () -> assertTrue(text.contains("Attended 12 Late 1 Left early 1 Absent, acceptable 2 "
                        + "Absent, unacceptable 1 Failed to comply 1 of the sessions attended"), text),
                () -> assertTrue(text.contains("Session Date Module Attendance"), text),
                () -> assertTrue(text.contains("1 06/01/2026 Being a father Attended"), text),
                () -> assertTrue(text.contains("9 03/03/2026 Being a father Absent \u2014 acceptable reason"), text),
                () -> assertTrue(text.contains("17 28/04/2026 Being a father Absent - no reasonable excuse"), text),
                () -> assertTrue(text.contains("Facilitator's comments Engaged well."), text));
    }

    @Test
    void wrapsALongCommentOntoFurtherPagesWithTheMarkingOnEach() {
        String sentence = "He spoke about the effect of his shouting on the children and kept to his plan. ";
        String comment = sentence.repeat(80) + "Last words of the comment.";

        byte[] pdf = EndOfProgrammeReportPdf.render(caringDads(comment));

        int pages = PdfText.pages(pdf);
        String last = PdfText.page(pdf, pages, pages);
        assertAll(
                () -> assertTrue(pages >= 3, "pages: " + pages),
                () -> assertTrue(PdfText.of(pdf).replaceAll("OFFICIAL-SENSITIVE( Page \\d+ of \\d+)?", "")
                        .replace(" ", "").contains(comment.replace(" ", "")), "every word of the comment, in order"),
                () -> assertTrue(last.startsWith("OFFICIAL-SENSITIVE"), last),
                () -> assertTrue(last.contains("Last words of the comment."), last),
                () -> assertTrue(last.contains("OFFICIAL-SENSITIVE Page " + pages + " of " + pages), last));
    }

    @Test
    void saysWhenNoCommentsWereGiven() {
        String text = PdfText.of(EndOfProgrammeReportPdf.render(caringDads(null)));

        assertTrue(text.contains("Facilitator's comments None given."), text);
    }

    /** 17 weekly sessions: 14 attended (one late, one attended but not complied with), one left early, 3 absences. */
    private static EndOfProgrammeReport caringDads(String comments) {
        List<String> marks = new ArrayList<>();
        IntStream.rangeClosed(1, 17).forEach(number -> marks.add(switch (number) {
            case 4 -> "Late";
            case 7 -> "Left early";
            case 9, 12 -> "Absent \u2014 acceptable reason";
            case 17 -> "Absent - no reasonable excuse";
            default -> "Attended";
        }));
        List<SessionLine> sessions = IntStream.rangeClosed(1, 17)
                .mapToObj(number -> new SessionLine(number, FIRST.plusWeeks(number - 1), "Being a father", false,
                        marks.get(number - 1)))
                .toList();
        return new EndOfProgrammeReport("MARSH, Daniel", LocalDate.of(1990, 9, 4), "Caring Dads",
                "Children's social care", "Caring Dads Tuesday evenings", LocalDate.of(2025, 12, 2), FIRST,
                FIRST.plusWeeks(16), "At least 80% of the 17 sessions attended, catch-ups included",
                "14 of 17 sessions attended (82%); Caring Dads needs 80%", true, "Completed on 05/05/2026",
                new AttendanceSummary(12, 1, 1, 2, 1, 0, 1), sessions, comments, LocalDate.of(2026, 5, 5), "Amara Osei");
    }
}
