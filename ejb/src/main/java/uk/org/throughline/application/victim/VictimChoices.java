package uk.org.throughline.application.victim;

import java.util.List;

/**
 * What a victim's record form offers: the partner-contact workers who may support her, and as her
 * possible perpetrators the suspects of the incidents she was a victim in, with anyone already linked.
 */
public record VictimChoices(String displayName, List<Worker> workers, List<Perpetrator> perpetrators) {

    public VictimChoices {
        workers = List.copyOf(workers);
        perpetrators = List.copyOf(perpetrators);
    }

    public record Worker(String username, String displayName) {
    }

    public record Perpetrator(long personId, String displayName) {
    }
}
