package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.it.TestClock.today;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The mothers' support in the browser: the partner-contact worker opens the mother of a Caring Dads
 * father with a reason, records that she accepted the support and logs a support session; once he has
 * left the programme his probation officer's referral page says she was supported throughout, and
 * nothing about her. Every page visited is checked for accessibility.
 */
class ParallelSupportJourneyIT extends BrowserJourney {

    @Test
    void herWorkerRecordsHerSupportAndHisReferralPageSaysSheWasSupportedThroughout() {
        VictimCases.Pair pair = VictimCases.victimWithPerpetrator();
        VictimCases.OnProgramme onProgramme = VictimCases.onCaringDadsToday(pair.perpetratorId());

        Browser partner = browser;
        partner.signIn("partner.demo");
        partner.open("/victim/view.xhtml?person=" + pair.victimId());
        partner.waitFor("showDetails");
        partner.choose("quickReason", "Planned contact");
        partner.submit("showDetails");
        partner.waitFor("parallelSupport");
        assertTrue(partner.text("parallelSupport").contains("Offered"), () -> partner.text("parallelSupport"));
        partner.assertAccessible("Victim: her support offered");
        partner.press("parallelSupport", "She accepted");
        assertTrue(partner.pageText().contains("Mother's support accepted"), partner::pageText);
        partner.click("method:5");
        partner.click("outcome:0");
        partner.type("disclosures", "Worried about the children's weekend contact");
        partner.submit("saveContact");
        String support = partner.text("parallelSupport");
        assertTrue(support.contains("Accepted") && support.contains("1, last " + today().format(PoliceCases.UK_DATE)),
                support);

        ProgrammeCases.ok(200, ApiClient.as("facilitator.demo").put("/api/sessions/" + onProgramme.sessionId() + "/attendance",
                Json.createObjectBuilder().add("version", onProgramme.session().getJsonNumber("version").longValue())
                        .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("referralId", onProgramme.referralId()).add("mark", "ATTENDED")))
                        .build().toString()));
        ApiClient probationApi = ApiClient.as("probation.demo");
        JsonObject current = probationApi.get("/api/referrals/" + onProgramme.referralId()).json();
        ProgrammeCases.step(probationApi, onProgramme.referralId(), "non-completion", current,
                Json.createObjectBuilder().add("reason", "MOVED_AWAY").add("on", today().toString()));

        Browser probation = newBrowser();
        probation.signIn("probation.demo");
        probation.open("/programme/referral.xhtml?id=" + onProgramme.referralId());
        probation.waitFor("referralSummary");
        String summary = probation.text("referralSummary");
        assertTrue(summary.contains("Mother supported throughout")
                && summary.contains("yes — 1 contact, last " + today().format(PoliceCases.UK_DATE)), summary);
        assertFalse(probation.pageText().contains(pair.victimSurname())
                || probation.pageText().contains("weekend contact"), probation::pageText);
        probation.assertAccessible("Referral: mother supported throughout");
    }
}
