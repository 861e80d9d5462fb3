package uk.org.throughline.application.programme.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.programme.BankHolidayView;
import uk.org.throughline.application.programme.CatalogueForms.BankHolidayForm;
import uk.org.throughline.application.programme.CatalogueForms.ProgrammeForm;
import uk.org.throughline.application.programme.ProgrammeCatalogue;
import uk.org.throughline.application.programme.ProgrammeDetails;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.application.shared.OptimisticLock;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.calendar.BankHoliday;
import uk.org.throughline.domain.model.programme.Cohort;
import uk.org.throughline.domain.model.programme.Programme;
import uk.org.throughline.domain.model.programme.ProgrammeDefinition;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.RecordNotFoundException;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CohortRepository;
import uk.org.throughline.infrastructure.persistence.ProgrammeRepository;
import uk.org.throughline.infrastructure.persistence.SessionRepository;
import uk.org.throughline.infrastructure.persistence.UnitOfWork;

/**
 * The catalogue and the bank holiday table, kept by administrators only. One transaction per
 * method with its audit row, which names what changed.
 */
@Stateless
@RolesAllowed(ProgrammePermissions.EDIT_CATALOGUE)
public class DefaultProgrammeCatalogue implements ProgrammeCatalogue {

    private static final String PROGRAMME = "Programme";
    private static final String BANK_HOLIDAY = "BankHoliday";

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private CohortRepository cohorts;

    @Inject
    private SessionRepository sessions;

    @Inject
    private UnitOfWork unitOfWork;

    @EJB
    private AuditTrail audit;

    /** The catalogue is not personal data, so reading it is not audited. */
    @Override
    public ProgrammeDetails programme(long programmeId) {
        return details(programmes.get(programmeId));
    }

    @Override
    public ProgrammeDetails add(ProgrammeForm form) {
        requireUniqueName(form.name(), null);
        Programme programme = new Programme(form.definition());
        programmes.add(programme);
        audit.record(AuditAction.CREATE, PROGRAMME, String.valueOf(programme.id()), "Added " + programme.name()
                + " to the programme catalogue", null);
        return details(programme);
    }

    @Override
    public ProgrammeDetails update(long programmeId, long expectedVersion, ProgrammeForm form) {
        Programme programme = programmes.get(programmeId);
        String description = "The catalogue entry of " + programme.name();
        OptimisticLock.require(programme.version(), expectedVersion, description);
        requireUniqueName(form.name(), programme);
        ProgrammeDefinition before = programme.definition();
        ProgrammeDefinition after = form.definition();
        int sessionsBefore = programme.sessionCount();
        programme.redefine(after);
        if (programme.sessionCount() != sessionsBefore) {
            requireNoPlannedCohort(programme, sessionsBefore);
        }
        unitOfWork.write(description);
        List<String> changed = changes(before, programme.definition());
        audit.record(AuditAction.UPDATE, PROGRAMME, String.valueOf(programmeId), "Changed the catalogue entry of "
                + programme.name() + (changed.isEmpty() ? ": nothing" : ": " + String.join(", ", changed)), null);
        return details(programme);
    }

    @Override
    public List<BankHolidayView> bankHolidays(int year) {
        return programmes.bankHolidaysIn(year).stream().map(DefaultProgrammeCatalogue::view).toList();
    }

    @Override
    public BankHolidayView addBankHoliday(BankHolidayForm form) {
        programmes.findBankHoliday(form.date()).ifPresent(existing -> {
            throw new InvalidFieldException("date", UkDate.format(existing.date()) + " is already a bank holiday ("
                    + existing.name() + ")");
        });
        BankHoliday holiday = new BankHoliday(form.date(), form.name());
        programmes.add(holiday);
        audit.record(AuditAction.CREATE, BANK_HOLIDAY, holiday.date().toString(), "Added the bank holiday "
                + holiday.name() + " on " + UkDate.format(holiday.date()), null);
        return view(holiday);
    }

    @Override
    public void removeBankHoliday(LocalDate date) {
        BankHoliday holiday = programmes.findBankHoliday(date)
                .orElseThrow(() -> new RecordNotFoundException("Bank holiday", UkDate.format(date)));
        programmes.remove(holiday);
        audit.record(AuditAction.DELETE, BANK_HOLIDAY, date.toString(), "Removed the bank holiday "
                + holiday.name() + " on " + UkDate.format(date), null);
    }

    private void requireUniqueName(String name, Programme editing) {
        programmes.findByName(name.strip())
                .filter(other -> other != editing)
                .ifPresent(other -> {
                    throw new InvalidFieldException("name", "There is already a programme called " + other.name());
                });
    }

    /** Open cohorts keep the sessions they were planned with, numbered by the programme's modules. */
    private void requireNoPlannedCohort(Programme programme, int sessionsBefore) {
        List<String> planned = cohorts.open().stream()
                .filter(cohort -> cohort.programme() == programme && !sessions.ofCohort(cohort).isEmpty())
                .map(Cohort::name)
                .toList();
        if (!planned.isEmpty()) {
            throw new BusinessException(programme.name() + " keeps its " + sessionsBefore + " sessions while open "
                    + "cohorts have theirs planned (" + String.join(", ", planned) + "): close them first, or "
                    + "add the new shape as a programme of its own.");
        }
    }

    /** The parts of the entry that differ, in words, e.g. "capacity", "completion percentage". */
    private static List<String> changes(ProgrammeDefinition before, ProgrammeDefinition after) {
        return Arrays.stream(ProgrammeDefinition.class.getRecordComponents())
                .filter(part -> !Objects.equals(value(part, before), value(part, after)))
                .map(part -> part.getName().replaceAll("([A-Z])", " $1").toLowerCase(Locale.UK))
                .collect(Collectors.toList());
    }

    private static Object value(RecordComponent part, ProgrammeDefinition definition) {
        try {
            return part.getAccessor().invoke(definition);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + part.getName() + " of a programme definition", e);
        }
    }

    private static ProgrammeDetails details(Programme programme) {
        return new ProgrammeDetails(programme.id(), programme.version(), ProgrammeForm.of(programme.definition()));
    }

    private static BankHolidayView view(BankHoliday holiday) {
        return new BankHolidayView(holiday.date(), holiday.name());
    }
}
