package uk.org.throughline.application.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The summaries of the audit rows for records read together, naming every one: "Read 3 alerts: 12,
 * 15, 19" in one row, split into parts ("Read 140 alerts (part 1 of 3): …") only when the ids do not
 * fit in one row's summary, so none is ever cut off.
 */
final class ReadSummaries {

    private ReadSummaries() {
    }

    /** @param what the records in words, plural, e.g. "alerts"; {@code length} the most a summary holds */
    static List<String> of(String what, List<Long> ids, int length) {
        String heading = "Read " + ids.size() + " " + what;
        String whole = heading + ": " + ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
        if (whole.length() <= length) {
            return List.of(whole);
        }
        int room = length - (heading + " (part " + ids.size() + " of " + ids.size() + "): ").length();
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (Long id : ids) {
            String next = (part.isEmpty() ? "" : ", ") + id;
            if (!part.isEmpty() && part.length() + next.length() > room) {
                parts.add(part.toString());
                part.setLength(0);
                next = String.valueOf(id);
            }
            part.append(next);
        }
        parts.add(part.toString());
        return IntStream.range(0, parts.size())
                .mapToObj(i -> heading + " (part " + (i + 1) + " of " + parts.size() + "): " + parts.get(i))
                .toList();
    }
}
