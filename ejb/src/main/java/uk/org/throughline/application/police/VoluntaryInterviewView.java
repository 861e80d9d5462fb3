package uk.org.throughline.application.police;

import java.time.Instant;

public record VoluntaryInterviewView(long id, long incidentId, String policeReference, long personId,
        String personName, Instant interviewedAt, String location) {
}
