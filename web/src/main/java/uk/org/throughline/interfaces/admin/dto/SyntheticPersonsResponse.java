package uk.org.throughline.interfaces.admin.dto;

/** How many synthetic people were added and how long it took. */
public record SyntheticPersonsResponse(int generated, long millis) {
}
