package uk.org.throughline.domain.model.order;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.calendar.SeededBankHolidays;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.UkDate;

/** Order types with the seeded rules the tests exercise, and orders made from them. */
final class OrderRecords {

    static final OrderType DVPN = new OrderType("DVPN", "Domestic violence protection notice", 48, null, null, false, 18,
            false, "Crime and Security Act 2010 s.27", null);
    static final OrderType DVPO = new OrderType("DVPO", "Domestic violence protection order", null, 14, 28, false, 18,
            false, null, "DVPN");
    static final OrderType NON_MOLESTATION = new OrderType("NON_MOLESTATION", "Non-molestation order", null, null, null,
            true, null, true, null, null);
    static final OrderType STALKING = new OrderType("STALKING", "Stalking protection order", null, 730, null, true, null,
            false, null, null);

    static final BankHolidays HOLIDAYS = SeededBankHolidays.table();

    static final long RESPONDENT = 1L;
    static final long VICTIM = 2L;
    static final long CHILD = 3L;
    static final LocalDate BORN = LocalDate.of(1990, 5, 1);

    private OrderRecords() {
    }

    /** That London wall-clock time as an instant. */
    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(UkDate.LONDON).toInstant();
    }

    static OrderCondition noContact() {
        return new OrderCondition(ConditionKind.NO_CONTACT, PoliceText.NONE, null, null, null, null, false,
                "conditions[0]");
    }

    static OrderTerms terms(LocalDate madeOn, LocalDate expiresOn, String reason) {
        return new OrderTerms(Applicant.POLICE, "Northampton Magistrates' Court", "NN26/123", null, madeOn, expiresOn,
                reason, false, List.of(new ProtectedPerson(VICTIM, ProtectedRole.VICTIM),
                        new ProtectedPerson(CHILD, ProtectedRole.CHILD)), List.of(noContact()));
    }

    static CivilOrder order(OrderType type, LocalDate madeOn, LocalDate expiresOn, Instant now) {
        return new CivilOrder(type, RESPONDENT, BORN, terms(madeOn, expiresOn, null), madeOn, "police.demo", now);
    }
}
