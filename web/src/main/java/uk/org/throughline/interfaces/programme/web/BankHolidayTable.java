package uk.org.throughline.interfaces.programme.web;

import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.application.programme.BankHolidayView;
import uk.org.throughline.application.programme.CatalogueForms.BankHolidayForm;
import uk.org.throughline.application.programme.ProgrammeCatalogue;
import uk.org.throughline.interfaces.shared.UkDates;
import uk.org.throughline.interfaces.shared.web.DateDisplay;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * The bank holiday table a year at a time ({@code ?year=}, this year unless given): an administrator
 * adds a day with its name or removes one. Sessions already planned do not move.
 */
@Named
@ViewScoped
public class BankHolidayTable implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DateDisplay dates;

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    Feedback feedback;

    private Integer year;
    private List<BankHolidayView> holidays;
    private LocalDate date;
    private String name;

    public void load() {
        if (year == null) {
            year = dates.today().getYear();
        }
        holidays = catalogue.bankHolidays(year);
    }

    /** Listens for the form's postValidate event: see {@link Feedback#checkWholeForm}. */
    public void checkWholeForm(ComponentSystemEvent event) {
        feedback.checkWholeForm(event, this::form);
    }

    private BankHolidayForm form() {
        return new BankHolidayForm(date, name);
    }

    public String add() {
        if (!feedback.valid(form())) {
            return null;
        }
        BankHolidayView added = catalogue.addBankHoliday(form());
        feedback.flash("Added " + added.name() + " on " + UkDates.formatDate(added.date())
                + ": sessions already planned that day do not move");
        return yearPage(added.date().getYear());
    }

    public String remove(BankHolidayView holiday) {
        catalogue.removeBankHoliday(holiday.date());
        feedback.flash("Removed " + holiday.name() + " on " + UkDates.formatDate(holiday.date()));
        return yearPage(year);
    }

    private static String yearPage(int shown) {
        return "/programme/bank-holidays?faces-redirect=true&year=" + shown;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<BankHolidayView> getHolidays() {
        return holidays;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
