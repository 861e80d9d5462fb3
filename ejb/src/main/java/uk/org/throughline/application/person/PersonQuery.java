package uk.org.throughline.application.person;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A name search: "surname", "forenames surname" or "surname, forenames", matched against names and
 * aliases by sound and by partial forenames, optionally narrowed by date of birth or year of birth.
 */
public record PersonQuery(
        @NotBlank(message = "Enter a name to search for") @Size(max = 100, message = "A name to search for is at most 100 characters") String name,
        @PastOrPresent(message = "Date of birth cannot be in the future") LocalDate dateOfBirth,
        @Min(value = 1900, message = "Year of birth must be 1900 or later") @Max(value = 2100, message = "Year of birth is not a real year") Integer birthYear,
        @Min(value = 0, message = "Page cannot be negative") int page,
        @Min(value = 1, message = "Page size is at least 1") @Max(value = 100, message = "Page size is at most 100") int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;
}
