package uk.org.throughline.domain.shared;

/**
 * Free text police typed that may carry a victim's details: her views on a caution, a condition that
 * names her street, what he did at her door, a warning marker's notes. Perpetrator-facing staff
 * (probation, YOT, programme facilitators: the offender managers) read it only when police marked it
 * shareable with them; otherwise they read {@link #HELD_BY_POLICE} in its place. Staff who work with
 * victims, police and administrators read it as typed.
 *
 * @param text      as typed; null when nothing was
 * @param shareable police agreed the text may be shared with offender managers
 */
public record PoliceText(String text, boolean shareable) {

    /** What a perpetrator-facing reader gets instead of text police did not mark shareable. */
    public static final String HELD_BY_POLICE = "Held by police: ask the officer in the case";

    /** Nothing typed: there is nothing to withhold. */
    public static final PoliceText NONE = new PoliceText(null, false);

    /** Text that is no victim's business: written by the system or by offender managers themselves. */
    public static PoliceText shareable(String text) {
        return new PoliceText(text, true);
    }

    /** The text as {@code reader} may read it; no text stays null, as there is nothing to hold back. */
    public String readBy(Reader reader) {
        return isWithheldFrom(reader) ? HELD_BY_POLICE : text;
    }

    /** Whether {@code reader} gets {@link #HELD_BY_POLICE} instead of the text. */
    public boolean isWithheldFrom(Reader reader) {
        return text != null && !shareable && reader == Reader.PERPETRATOR_FACING;
    }

    /** Who is reading: the one thing that decides whether unshared police text is shown. */
    public enum Reader {
        /** Police, partner-contact workers, managers and administrators: they read police text as typed. */
        VICTIM_FACING,
        /** Probation, YOT and programme facilitators: they read only what police marked shareable. */
        PERPETRATOR_FACING
    }
}
