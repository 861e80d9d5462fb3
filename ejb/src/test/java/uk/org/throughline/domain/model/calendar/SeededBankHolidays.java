package uk.org.throughline.domain.model.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bank holidays exactly as the V3 migration seeds them, read from the migration itself. */
public final class SeededBankHolidays {

    private static final Pattern ROW = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '((?:[^']|'')+)'\\)");

    private SeededBankHolidays() {
    }

    public static List<BankHoliday> rows() {
        try (InputStream in = SeededBankHolidays.class.getResourceAsStream("/db/migration/V3__programmes.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher row = ROW.matcher(sql.substring(sql.indexOf("INSERT INTO bank_holiday")));
            List<BankHoliday> holidays = new ArrayList<>();
            while (row.find()) {
                holidays.add(new BankHoliday(LocalDate.parse(row.group(1)), row.group(2).replace("''", "'")));
            }
            return holidays;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BankHolidays table() {
        return new BankHolidays(rows());
    }
}
