package uk.org.throughline.domain.model.programme;

import java.util.List;

/**
 * How far someone has got against their programme's completion rule.
 *
 * @param attended           distinct sessions of the programme attended, catch-ups included
 * @param sessions           sessions the programme has
 * @param requiredPercentage the attendance needed, when completion is by attendance
 * @param missing            required sessions not yet attended, when completion is by modules
 */
public record CompletionProgress(String programmeName, int attended, int sessions, Integer requiredPercentage,
        List<String> missing, boolean met) {

    public CompletionProgress {
        missing = List.copyOf(missing);
    }

    static CompletionProgress byAttendance(String programmeName, int attended, int sessions, int requiredPercentage) {
        return new CompletionProgress(programmeName, attended, sessions, requiredPercentage, List.of(),
                attended * 100 >= requiredPercentage * sessions);
    }

    static CompletionProgress byModules(String programmeName, int attended, int sessions, List<String> missing) {
        return new CompletionProgress(programmeName, attended, sessions, null, missing, missing.isEmpty());
    }

    /** Whole per cent attended, rounded down so 79.9% never reads as 80%. */
    public int percentage() {
        return attended * 100 / sessions;
    }

    /** E.g. "13 of 17 sessions attended (76%); Caring Dads needs 80%". */
    public String summary() {
        String count = attended + " of " + sessions + " sessions attended";
        if (requiredPercentage != null) {
            return count + " (" + percentage() + "%); " + programmeName + " needs " + requiredPercentage + "%";
        }
        return missing.isEmpty() ? count + ", every required session among them"
                : count + "; not yet attended: " + String.join(", ", missing);
    }
}
