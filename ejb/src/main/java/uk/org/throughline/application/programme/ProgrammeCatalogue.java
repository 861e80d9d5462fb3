package uk.org.throughline.application.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.application.programme.CatalogueForms.BankHolidayForm;
import uk.org.throughline.application.programme.CatalogueForms.ProgrammeForm;

/**
 * The administrator's upkeep of the programme catalogue (who each programme is for, its shape, its
 * completion rule, its routes with their enforcement, the support alongside) and of the England and
 * Wales bank holiday table schedules step over. Every change is audited.
 */
public interface ProgrammeCatalogue {

    ProgrammeDetails programme(long programmeId);

    /** @throws uk.org.throughline.domain.shared.InvalidFieldException on "name" if another programme has it */
    ProgrammeDetails add(@NotNull @Valid ProgrammeForm form);

    /**
     * @throws uk.org.throughline.domain.shared.ConcurrentEditException if the programme changed since it was read
     * @throws uk.org.throughline.domain.shared.BusinessException if the number of sessions changes while an open
     *         cohort has its sessions planned
     */
    ProgrammeDetails update(long programmeId, long expectedVersion, @NotNull @Valid ProgrammeForm form);

    /** The year's bank holidays, in date order. */
    List<BankHolidayView> bankHolidays(int year);

    /**
     * Sessions already planned are not moved: only schedules planned, and sessions moved, afterwards
     * step over it.
     *
     * @throws uk.org.throughline.domain.shared.InvalidFieldException on "date" if it is already a bank holiday
     */
    BankHolidayView addBankHoliday(@NotNull @Valid BankHolidayForm form);

    /** @throws uk.org.throughline.domain.shared.RecordNotFoundException if that day is not a bank holiday */
    void removeBankHoliday(LocalDate date);
}
