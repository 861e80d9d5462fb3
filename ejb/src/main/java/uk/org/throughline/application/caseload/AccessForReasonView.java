package uk.org.throughline.application.caseload;

import java.time.Instant;

/** A record opened outside the worker's caseload, for the managers' report. */
public record AccessForReasonView(long id, String username, String workerName, long personId, String personName,
        String reason, Instant openedAt, Instant lapsesAt) {
}
