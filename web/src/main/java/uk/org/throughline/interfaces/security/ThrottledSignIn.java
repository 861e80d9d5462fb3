package uk.org.throughline.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;

/**
 * A sign-in refused unchecked because of earlier failures ({@link SignInThrottle}), kept on the request
 * for whoever answers it: the sign-in page's message or the API's 429.
 *
 * @param retryAfter how long until another attempt is checked
 */
public record ThrottledSignIn(Duration retryAfter) {

    private static final String REQUEST_ATTRIBUTE = ThrottledSignIn.class.getName();

    /** The refusal of this request's sign-in, or null when it was not refused for that. */
    public static ThrottledSignIn in(HttpServletRequest request) {
        return (ThrottledSignIn) request.getAttribute(REQUEST_ATTRIBUTE);
    }

    void keepIn(HttpServletRequest request) {
        request.setAttribute(REQUEST_ATTRIBUTE, this);
    }

    /** Whole seconds, rounded up, for the {@code Retry-After} header: never 0, which would invite an attempt now. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds();
        return retryAfter.equals(Duration.ofSeconds(seconds)) && seconds > 0 ? seconds : seconds + 1;
    }

    /** E.g. "Too many failed sign-ins. Try again in 3 minutes.": seconds under a minute, else minutes rounded up. */
    public String message() {
        long seconds = retryAfterSeconds();
        long amount = seconds < 60 ? seconds : (seconds + 59) / 60;
        String unit = seconds < 60 ? "second" : "minute";
        return "Too many failed sign-ins. Try again in " + amount + " " + unit + (amount == 1 ? "" : "s") + ".";
    }
}
