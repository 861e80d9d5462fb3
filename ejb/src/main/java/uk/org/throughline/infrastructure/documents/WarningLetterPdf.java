package uk.org.throughline.infrastructure.documents;

import uk.org.throughline.domain.shared.UkDate;

/** A warning letter for a failure to comply with a court order's programme requirement, as PDF. */
public final class WarningLetterPdf {

    private WarningLetterPdf() {
    }

    public static byte[] render(WarningLetter letter) {
        try (PdfPages pages = new PdfPages("Warning letter: " + letter.programmeName())) {
            if (letter.contactTeam() != null) {
                pages.paragraph(letter.contactTeam());
            }
            pages.field("Date", UkDate.format(letter.issuedOn()));
            pages.field("Our reference", letter.reference());
            pages.field("To", letter.addressee());
            pages.space();
            pages.title("Warning: you did not comply with your " + letter.programmeName() + " requirement");
            pages.paragraph("Dear " + letter.addressee() + ",");
            pages.heading("What happened");
            pages.paragraph("You were required to take part in session " + letter.sessionNumber() + " ("
                    + letter.moduleName() + ") of " + letter.programmeName() + " on "
                    + UkDate.format(letter.sessionDate()) + ". " + letter.failure());
            pages.paragraph("This is unacceptable. Taking part in the programme is a requirement of your order, "
                    + "and this letter is a formal warning under paragraph 6 of Schedule 10 to the Sentencing "
                    + "Act 2020.");
            pages.heading("What happens if it happens again");
            pages.paragraph("If you fail to comply with your order again within 12 months of this warning, that is "
                    + "before " + UkDate.format(letter.warningCountsUntil()) + ", you will be returned to court "
                    + "for breach of your order. The court may then make your order more demanding, fine you, or "
                    + "sentence you again for the original offence.");
            pages.heading("You have " + letter.daysToRespond() + " days to respond");
            pages.paragraph("If you had a reasonable excuse, tell us by " + UkDate.format(letter.respondBy())
                    + " and bring or send any evidence, for example a letter from a doctor or an employer.");
            pages.heading("Who to contact");
            pages.paragraph(letter.contactName()
                    + (letter.contactTeam() == null ? "" : ", " + letter.contactTeam())
                    + ". Please quote the reference " + letter.reference() + ".");
            pages.paragraph("Yours sincerely,");
            pages.paragraph(letter.signedBy());
            return pages.toPdf();
        }
    }
}
