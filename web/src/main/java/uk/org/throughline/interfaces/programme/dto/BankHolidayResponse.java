package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;

/** One England and Wales bank holiday. */
public record BankHolidayResponse(LocalDate date, String name) {
}
