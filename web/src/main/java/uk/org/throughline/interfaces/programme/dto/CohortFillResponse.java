package uk.org.throughline.interfaces.programme.dto;

/** An open cohort's places: how many it takes and how many are filled. */
public record CohortFillResponse(long cohortId, String name, int capacity, int placesTaken) {
}
