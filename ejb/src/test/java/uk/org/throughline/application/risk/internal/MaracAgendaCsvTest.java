package uk.org.throughline.application.risk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.application.risk.MaracActionView;
import uk.org.throughline.application.risk.MaracReferralView;
import uk.org.throughline.domain.model.risk.Agency;
import uk.org.throughline.domain.model.risk.MaracCriterion;

class MaracAgendaCsvTest {

    @Test
    void oneRowPerCaseWithItsFactsAndOpenActions() {
        MaracActionView open = new MaracActionView(1, 0, 7, Agency.HOUSING, "Target hardening",
                LocalDate.of(2026, 12, 1), null, null, false);
        MaracActionView done = new MaracActionView(2, 1, 7, Agency.POLICE, "Address flagged",
                LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 24), "police.demo", false);
        MaracReferralView referral = new MaracReferralView(7, 0, 41, "CLARKE, Zo\u00eb", 42L, "CLARKE, Ryan",
                LocalDate.of(2026, 11, 22),
                "partner.demo", Agency.IDVA, MaracCriterion.VISIBLE_HIGH_RISK, null, true, LocalDate.of(2026, 3, 2),
                15, 2, 3L, LocalDate.of(2026, 11, 29), List.of(open, done), List.of());

        assertEquals("\"Case\",\"Victim\",\"Referred on\",\"Referring agency\",\"Criterion\",\"Repeat\","
                + "\"Previous referral\",\"DASH score\",\"Police incidents in window\",\"Actions open\"\r\n"
                + "\"1\",\"CLARKE, Zo\u00eb\",\"22/11/2026\",\"IDVA service\",\"Visible high risk\",\"Yes\","
                + "\"02/03/2026\",\"15\",\"2\",\"1\"\r\n", MaracAgendaCsv.write(List.of(referral)));
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", MaracAgendaCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'-1\"", MaracAgendaCsv.cell("-1"));
        assertEquals("\"O'Brien\"", MaracAgendaCsv.cell("O'Brien"));
        assertEquals("\"\"", MaracAgendaCsv.cell(""));
    }
}
