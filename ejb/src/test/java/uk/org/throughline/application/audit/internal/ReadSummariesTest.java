package uk.org.throughline.application.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.audit.AuditEntry;

class ReadSummariesTest {

    @Test
    void namesEveryRecordReadInOneSummaryWhenTheyFit() {
        assertEquals(List.of("Read 3 alerts: 12, 15, 1019"), ReadSummaries.of("alerts", List.of(12L, 15L, 1019L),
                AuditEntry.TEXT_LENGTH));
    }

    @Test
    void splitsIntoNumberedPartsOnlyWhenTheIdsDoNotFitAndLosesNone() {
        List<Long> ids = LongStream.rangeClosed(1_000_001, 1_000_200).boxed().toList();

        List<String> summaries = ReadSummaries.of("alerts", ids, AuditEntry.TEXT_LENGTH);

        assertEquals(4, summaries.size(), summaries::toString);
        for (int i = 0; i < summaries.size(); i++) {
            String summary = summaries.get(i);
            assertTrue(summary.startsWith("Read 200 alerts (part " + (i + 1) + " of 4): "), summary);
            assertTrue(summary.length() <= AuditEntry.TEXT_LENGTH, () -> summary.length() + ": " + summary);
        }
        List<Long> named = summaries.stream().map(summary -> summary.substring(summary.indexOf("): ") + 3))
                .flatMap(list -> Arrays.stream(list.split(", "))).map(Long::valueOf).toList();
        assertEquals(ids, named, "every id once, in order");
    }
}
