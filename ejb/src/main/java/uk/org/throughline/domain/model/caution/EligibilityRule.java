package uk.org.throughline.domain.model.caution;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.org.throughline.domain.model.incident.DashLevel;

/**
 * The checks a diversion scheme can make before a conditional caution for domestic abuse, after
 * Project CARA's published eligibility. Which of them apply, and their thresholds (sex, age,
 * look-back, offence list, highest DASH level), are the scheme's data: see {@link CautionScheme}.
 */
public enum EligibilityRule {
    SEX("Sex") {
        @Override
        RuleResult check(CautionScheme scheme, EligibilityFacts facts) {
            if (scheme.requiredGender() == null) {
                return RuleResult.pass(this, "The scheme is open to any sex");
            }
            String required = scheme.requiredGender().name().toLowerCase(Locale.UK);
            return RuleResult.check(this, facts.gender() == scheme.requiredGender(),
                    "Recorded as " + required + ", as the scheme requires",
                    "The scheme is for " + required + " offenders; this person is recorded as "
                            + facts.gender().name().toLowerCase(Locale.UK).replace('_', ' '));
        }
    },
    MINIMUM_AGE("Age") {
        @Override
        RuleResult check(CautionScheme scheme, EligibilityFacts facts) {
            if (facts.ageOnCautionDate() == null) {
                return RuleResult.fail(this, "The date of birth is not recorded, so the age cannot be checked");
            }
            return RuleResult.check(this, facts.ageOnCautionDate() >= scheme.minimumAge(),
                    "Aged " + facts.ageOnCautionDate() + " on the day of the caution",
                    "Aged " + facts.ageOnCautionDate() + "; the scheme is for people aged " + scheme.minimumAge()
                            + " or over");
        }
    },
    INTIMATE_PARTNER("Current or former intimate partner") {
        @Override
        RuleResult check(CautionScheme scheme, EligibilityFacts facts) {
            return RuleResult.check(this, facts.relationship().isIntimatePartner(),
                    facts.relationship().label(),
                    "The scheme is for abuse of a current or former intimate partner; the relationship is \""
                            + facts.relationship().label() + "\"");
        }
    },
    NO_RECENT_DOMESTIC_ABUSE_OR_VIOLENCE("No recent domestic abuse or violence") {
        @Override
        RuleResult check(CautionScheme scheme, EligibilityFacts facts) {
            return RuleResult.check(this, facts.recentDomesticAbuseOrViolence().isEmpty(),
                    "No convictions or cautions for domestic abuse or violence in the last "
                            + scheme.lookbackMonths() + " months",
                    "Convicted or cautioned in the last " + scheme.lookbackMonths() + " months: "
                            + String.join(", ", facts.recentDomesticAbuseOrViolence()));
        }
    },
    LOW_LEVEL_OFFENCE("Low-level offence") {
        @Override
        RuleResult check(CautionScheme scheme, EligibilityFacts facts) {
            String offence = facts.offenceDescription().toLowerCase(Locale.UK);
            boolean listed = scheme.eligibleOffences().stream()
                    .anyMatch(phrase -> offence.contains(phrase.toLowerCase(Locale.UK)));
            return RuleResult.check(this, listed, facts.offenceDescription() + " is on the scheme's offence list",
                    facts.offenceDescription() + " is not on the scheme's list of low-level offences ("
                            + String.join(", ", scheme.eligibleOffences()) + ")");
        }
    },
    ADMITS_OFFENCE("Admits the offence") {
        @Override
        RuleResult check(CautionScheme scheme, EligibilityFacts facts) {
            return RuleResult.check(this, facts.offenceAdmitted(), "The offence is admitted",
                    "The offender has not admitted the offence");
        }
    },
    NOT_ON_BAIL_OR_ORDER("Not on bail or serving an order") {
        @Override
        RuleResult check(CautionScheme scheme, EligibilityFacts facts) {
            return RuleResult.check(this, facts.currentBailOrOrders().isEmpty(),
                    "Not on bail for another matter and not serving an order",
                    "Currently " + String.join(", ", facts.currentBailOrOrders()));
        }
    },
    DASH_LEVEL("DASH risk level") {
        /** The highest of the scene's level and the victim's checklists: see {@link DashEvidence}. */
        @Override
        RuleResult check(CautionScheme scheme, EligibilityFacts facts) {
            String allowed = Arrays.stream(DashLevel.values())
                    .filter(level -> level.isAtMost(scheme.maximumDashLevel()))
                    .map(level -> level.label().toLowerCase(Locale.UK))
                    .collect(Collectors.joining(" or "));
            return RuleResult.check(this, facts.dash().level().isAtMost(scheme.maximumDashLevel()),
                    facts.dash().describe(), facts.dash().describe() + " \u2014 the scheme allows " + allowed);
        }
    },
    VICTIM_CONSULTED("Victim consulted, no specific risk") {
        @Override
        RuleResult check(CautionScheme scheme, EligibilityFacts facts) {
            if (!facts.victimConsulted()) {
                return RuleResult.fail(this, "The victim has not been consulted");
            }
            return RuleResult.check(this, !facts.victimRaisesSpecificRisk(),
                    "The victim was consulted and raised no specific risk",
                    "The victim was consulted and raised a specific risk");
        }
    },
    NO_COERCIVE_CONTROL("No coercive control") {
        @Override
        RuleResult check(CautionScheme scheme, EligibilityFacts facts) {
            return RuleResult.check(this, !facts.coerciveControl(), "No controlling or coercive behaviour recorded",
                    "Controlling or coercive behaviour is recorded on the incident");
        }
    };

    private final String label;

    EligibilityRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    abstract RuleResult check(CautionScheme scheme, EligibilityFacts facts);
}
