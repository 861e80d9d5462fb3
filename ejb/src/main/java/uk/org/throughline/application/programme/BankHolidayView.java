package uk.org.throughline.application.programme;

import java.time.LocalDate;

/** One day of the bank holiday table, e.g. 29/03/2027 Easter Monday. */
public record BankHolidayView(LocalDate date, String name) {
}
