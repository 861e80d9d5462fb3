package uk.org.throughline.domain.model.victim;

import java.time.LocalDate;

/**
 * What is typed about a victim: who supports her, how to reach her safely, where she is when that
 * must stay confidential, her language and her consent to contact ({@code consentOn}: the day the
 * consent shown was given or withdrawn, needed when it changes).
 */
public record VictimDetails(String partnerContactWorker, String safePhone, String safeTimes,
        boolean messagesMayBeLeft, String safeEmail, String codeWord, String addressLine1, String addressLine2,
        String addressTown, String addressPostcode, boolean inRefuge, String preferredLanguage,
        boolean interpreterRequired, Consent consent, LocalDate consentOn) {
}
