package uk.org.throughline.domain.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.org.throughline.domain.shared.Fields;

/** One England and Wales bank holiday, a substitute day included (e.g. "Boxing Day (substitute day)"). */
@Entity
@Table(name = "bank_holiday")
public class BankHoliday {

    public static final int NAME_LENGTH = 60;

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    protected BankHoliday() {
        // for JPA
    }

    public BankHoliday(LocalDate date, String name) {
        this.date = Fields.required(date, "date", "Enter the date of the bank holiday");
        this.name = Fields.requiredText(name, NAME_LENGTH, "name", "Name the bank holiday");
    }

    public LocalDate date() {
        return date;
    }

    public String name() {
        return name;
    }
}
