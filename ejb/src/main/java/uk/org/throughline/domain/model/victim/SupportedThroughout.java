package uk.org.throughline.domain.model.victim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.UnaryOperator;
import uk.org.throughline.domain.shared.Settings;
import uk.org.throughline.domain.shared.UkDate;

/**
 * Whether she was supported throughout his programme (Caring Dads: "mothers supported throughout";
 * YUVA: parent support in parallel). "Throughout" means: she accepted the support and has not declined
 * it since, and from his first session to his exit (or to today while he is still on the programme) she
 * was never more than {@code weeks} weeks without a contact made or a support session she attended: the
 * first within that many weeks of his start, each next within that many weeks of the one before, and
 * his exit within that many weeks of the last. Contacts before his start or after his exit do not count.
 * The weeks are local practice: {@code throughline.parallel-support.weeks-between-contacts}, 4 by default.
 *
 * @param yes     she was supported throughout (so far, while he is still on the programme)
 * @param summary why, e.g. "yes — 9 contacts, last 02/12/2026" or "no — declined on 03/11/2026"
 */
public record SupportedThroughout(boolean yes, String summary) {

    public static final int DEFAULT_WEEKS = 4;

    /** The weeks allowed between contacts, overridable by {@code throughline.parallel-support.weeks-between-contacts}. */
    public static int weeksBetweenContacts(UnaryOperator<String> properties) {
        return Settings.number(properties, "throughline.parallel-support.weeks-between-contacts", DEFAULT_WEEKS);
    }

    /**
     * @param decision  where her offer stands
     * @param offeredOn the day it was offered
     * @param decidedOn the day of her latest decision, null while only offered
     * @param hisStart  his first session
     * @param until     his exit, or today while he is on the programme
     * @param contacts  the days she was reached, in any order
     * @param weeks     the most weeks allowed without a contact
     */
    public static SupportedThroughout judge(SupportDecision decision, LocalDate offeredOn, LocalDate decidedOn,
            LocalDate hisStart, LocalDate until, List<LocalDate> contacts, int weeks) {
        if (decision == SupportDecision.DECLINED) {
            return no("declined on " + UkDate.format(decidedOn));
        }
        if (decision == SupportDecision.OFFERED) {
            return no("offered on " + UkDate.format(offeredOn) + ", not taken up");
        }
        List<LocalDate> during = contacts.stream()
                .filter(day -> !day.isBefore(hisStart) && !day.isAfter(until))
                .sorted()
                .toList();
        long allowedDays = weeks * 7L;
        LocalDate previous = hisStart;
        for (LocalDate contact : during) {
            if (ChronoUnit.DAYS.between(previous, contact) > allowedDays) {
                return no("no contact from " + UkDate.format(previous) + " to " + UkDate.format(contact));
            }
            previous = contact;
        }
        if (ChronoUnit.DAYS.between(previous, until) > allowedDays) {
            return no(during.isEmpty() ? "no contact since his start on " + UkDate.format(hisStart)
                    : "no contact since " + UkDate.format(previous));
        }
        if (during.isEmpty()) {
            return new SupportedThroughout(true, "yes — no contact yet, within " + weeks + " weeks of his start");
        }
        return new SupportedThroughout(true, "yes — " + during.size() + (during.size() == 1 ? " contact" : " contacts")
                + ", last " + UkDate.format(previous));
    }

    private static SupportedThroughout no(String why) {
        return new SupportedThroughout(false, "no — " + why);
    }
}
