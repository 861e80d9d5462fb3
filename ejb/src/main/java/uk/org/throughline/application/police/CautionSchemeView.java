package uk.org.throughline.application.police;

/** A diversion scheme an officer can choose, with the programme its rehabilitative condition refers to. */
public record CautionSchemeView(long id, String name, String programmeName) {
}
