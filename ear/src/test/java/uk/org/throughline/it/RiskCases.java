package uk.org.throughline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;

/** Request bodies for the risk API: DASH assessments, MARAC referrals, safety plan items. */
public final class RiskCases {

    /** The 24 checklist questions, in the order asked. */
    public static final List<String> CHECKLIST = List.of("INJURY", "VERY_FRIGHTENED", "AFRAID_OF", "ISOLATED",
            "DEPRESSED", "SEPARATION", "CHILD_CONTACT_CONFLICT", "STALKS_OR_HARASSES", "PREGNANCY", "MORE_OFTEN",
            "GETTING_WORSE", "CONTROLLING", "WEAPONS", "THREATS_TO_KILL", "STRANGULATION", "SEXUAL_ABUSE",
            "OTHER_THREATS", "HURT_OTHERS", "ANIMAL_ABUSE", "FINANCIAL_ISSUES", "SUBSTANCE_OR_MENTAL_HEALTH",
            "SUICIDE_THREATS", "BREACHED_BAIL_OR_ORDER", "CRIMINAL_HISTORY");

    private RiskCases() {
    }

    /**
     * Fills the open DASH form in the browser as an IDVA: the first {@code yes} checklist questions
     * answered yes, the rest no, waiting for the running score to say so.
     */
    public static void fillDash(Browser browser, int yes, String level) {
        browser.type("assessor", "Sam Patel (IDVA)");
        browser.choose("source", "IDVA");
        for (int question = 0; question < CHECKLIST.size(); question++) {
            browser.click("checklist:" + question + ":answer:" + (question < yes ? 0 : 1));
        }
        browser.waitForText("scoreStatus", "Score so far: " + yes + " of 24, " + level + " risk.");
    }

    /** A victim registered by police, born on a day of her own. */
    public static long victim(ApiClient police, String surname) {
        return PoliceCases.created(police, "/api/persons?confirmNew=true", Json.createObjectBuilder()
                .add("surname", surname).add("forenames", "Joanne").add("gender", "FEMALE")
                .add("dateOfBirth", People.uniqueDateOfBirth().toString()).build());
    }

    /** An IDVA's DASH assessment of today with the first {@code yes} checklist answers yes, the rest no. */
    public static JsonObjectBuilder dash(long personId, int yes) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        for (int i = 0; i < CHECKLIST.size(); i++) {
            answers.add(CHECKLIST.get(i), i < yes ? "YES" : "NO");
        }
        return Json.createObjectBuilder()
                .add("personId", personId)
                .add("assessedOn", TestClock.today().toString())
                .add("assessor", "Sam Patel (IDVA)")
                .add("source", "IDVA")
                .add("answers", answers);
    }

    public static JsonObject referral(long personId, String criterion, String reason) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("personId", personId)
                .add("referredOn", TestClock.today().toString())
                .add("referringAgency", "IDVA")
                .add("criterion", criterion);
        if (reason != null) {
            body.add("reason", reason);
        }
        return body.build();
    }

    public static JsonObjectBuilder safetyMeasure(String action, String status, LocalDate dueOn) {
        return Json.createObjectBuilder()
                .add("action", action)
                .add("owner", "Police")
                .add("dueOn", dueOn.toString())
                .add("status", status);
    }
}
