package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.org.throughline.domain.model.calendar.BankHoliday;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.programme.Programme;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/** The programme catalogue and the bank holiday table its schedules are planned around. */
@ApplicationScoped
public class ProgrammeRepository {

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    /** @throws RecordNotFoundException if there is no such programme */
    public Programme get(long id) {
        Programme programme = em.find(Programme.class, id);
        if (programme == null) {
            throw new RecordNotFoundException("Programme", id);
        }
        return programme;
    }

    /** The catalogue's programme of exactly that name, e.g. the one a caution's condition names. */
    public Optional<Programme> findByName(String name) {
        return em.createQuery("SELECT p FROM Programme p WHERE p.name = :name", Programme.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    /** The whole catalogue, by name. */
    public List<Programme> all() {
        return em.createQuery("SELECT p FROM Programme p ORDER BY p.name", Programme.class).getResultList();
    }

    /** Saves a new catalogue entry and writes it at once, so it has its id. */
    public void add(Programme programme) {
        em.persist(programme);
        em.flush();
    }

    /** The year's bank holidays, in date order. */
    public List<BankHoliday> bankHolidaysIn(int year) {
        return em.createQuery("SELECT h FROM BankHoliday h WHERE h.date BETWEEN :first AND :last ORDER BY h.date",
                BankHoliday.class)
                .setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    public Optional<BankHoliday> findBankHoliday(LocalDate date) {
        return Optional.ofNullable(em.find(BankHoliday.class, date));
    }

    public void add(BankHoliday holiday) {
        em.persist(holiday);
    }

    public void remove(BankHoliday holiday) {
        em.remove(holiday);
    }

    /** Every bank holiday the table holds. */
    public BankHolidays bankHolidays() {
        return new BankHolidays(em.createQuery("SELECT h FROM BankHoliday h", BankHoliday.class).getResultList());
    }
}
