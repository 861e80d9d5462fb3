package uk.org.throughline.application.caseload;

/** Someone on a worker's caseload. */
public record CaseloadEntry(long personId, String displayName) {
}
