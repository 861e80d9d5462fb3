package uk.org.throughline.interfaces.shared.rest;

/**
 * How the API takes police's mark that a free text may be shared with offender managers: a flag
 * beside the text, absent meaning not shared, so a client that knows nothing of it protects her.
 */
public final class SharedWithOffenderManagers {

    /** The flags' description in the OpenAPI document. */
    public static final String DESCRIPTION = "Police agree the text beside it may be shared with offender managers "
            + "(probation, YOT, programme facilitators). Absent or false: they read \"Held by police: ask the "
            + "officer in the case\" in its place";

    private SharedWithOffenderManagers() {
    }

    /** Absent is not shared. */
    public static boolean marked(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
