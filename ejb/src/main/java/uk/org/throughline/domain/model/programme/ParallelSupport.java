package uk.org.throughline.domain.model.programme;

import java.util.Optional;
import java.util.Set;

/**
 * Support another service runs alongside a programme, for the people the participant has harmed.
 * Partner contact keeps her informed; the mothers' (Caring Dads) and parents' (YUVA) support is offered
 * to her when he is referred and is judged at his exit ("supported throughout").
 */
public enum ParallelSupport {
    PARTNER_CONTACT("Victim or partner contact", null),
    MOTHERS_SUPPORT("Support for the children's mothers", "Mother"),
    PARENT_SUPPORT("Parent support and parent groups", "Parent");

    private final String label;
    private final String supported;

    ParallelSupport(String label, String supported) {
        this.label = label;
        this.supported = supported;
    }

    public String label() {
        return label;
    }

    /** Who is offered the support, e.g. "Mother"; null for partner contact, which is not an offer of support. */
    public String supported() {
        return supported;
    }

    /** The support offered to her alongside a programme that has {@code supports}, if any. */
    public static Optional<ParallelSupport> offeredWith(Set<ParallelSupport> supports) {
        return supports.stream().filter(support -> support.supported != null).sorted().findFirst();
    }
}
