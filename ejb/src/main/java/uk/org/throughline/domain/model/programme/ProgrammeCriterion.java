package uk.org.throughline.domain.model.programme;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The checks a programme can make of a referral. Which apply, and their limits, are the
 * programme's data: a programme with no age limits has no age criterion.
 */
public enum ProgrammeCriterion {
    AGE("Age") {
        @Override
        boolean appliesTo(Programme programme) {
            return programme.minimumAge() != null || programme.maximumAge() != null;
        }

        @Override
        CriterionResult check(Programme programme, ReferralFacts facts) {
            if (facts.age() == null) {
                return CriterionResult.of(this, false, "", "the date of birth is not recorded, so the age cannot "
                        + "be checked");
            }
            int age = facts.age();
            boolean passed = (programme.minimumAge() == null || age >= programme.minimumAge())
                    && (programme.maximumAge() == null || age <= programme.maximumAge());
            return CriterionResult.of(this, passed, "aged " + age,
                    "aged " + age + "; " + programme.name() + " is for people aged " + range(programme));
        }

        private String range(Programme programme) {
            if (programme.maximumAge() == null) {
                return programme.minimumAge() + " or over";
            }
            if (programme.minimumAge() == null) {
                return programme.maximumAge() + " or under";
            }
            return programme.minimumAge() + " to " + programme.maximumAge();
        }
    },
    SEX("Sex") {
        @Override
        boolean appliesTo(Programme programme) {
            return programme.requiredGender() != null;
        }

        @Override
        CriterionResult check(Programme programme, ReferralFacts facts) {
            String required = programme.requiredGender().label().toLowerCase(Locale.UK);
            return CriterionResult.of(this, facts.gender() == programme.requiredGender(), required,
                    programme.name() + " is for " + required + " participants; this person is recorded as "
                            + (facts.gender() == null ? "not known" : facts.gender().label().toLowerCase(Locale.UK)));
        }
    },
    CHILD_CONTACT("Parent of a young child with regular contact") {
        @Override
        boolean appliesTo(Programme programme) {
            return programme.childMaximumAge() != null;
        }

        @Override
        CriterionResult check(Programme programme, ReferralFacts facts) {
            int limit = programme.childMaximumAge();
            if (facts.youngestChildAge() == null || facts.youngestChildAge() > limit) {
                return CriterionResult.of(this, false, "", "no child aged " + limit + " or under is recorded");
            }
            return CriterionResult.of(this, facts.regularContactWithChild(),
                    "a child aged " + facts.youngestChildAge() + ", with regular contact",
                    "a child aged " + facts.youngestChildAge() + " but no regular contact with them");
        }
    },
    RISK_LEVEL("Risk level") {
        @Override
        boolean appliesTo(Programme programme) {
            return true;
        }

        @Override
        CriterionResult check(Programme programme, ReferralFacts facts) {
            if (facts.riskLevel() == null) {
                return CriterionResult.of(this, false, "", "the risk level is not recorded");
            }
            List<String> taken = Arrays.stream(RiskLevel.values())
                    .filter(programme.riskLevels()::contains)
                    .map(level -> level.label().toLowerCase(Locale.UK))
                    .toList();
            String level = facts.riskLevel().label().toLowerCase(Locale.UK);
            return CriterionResult.of(this, programme.riskLevels().contains(facts.riskLevel()), level + " risk",
                    level + " risk; " + programme.name() + " takes " + String.join(" or ", taken) + " risk");
        }
    },
    EXCLUSIONS("Exclusions") {
        @Override
        boolean appliesTo(Programme programme) {
            return !programme.exclusions().isEmpty();
        }

        @Override
        CriterionResult check(Programme programme, ReferralFacts facts) {
            String applying = Arrays.stream(ProgrammeExclusion.values())
                    .filter(programme.exclusions()::contains)
                    .filter(facts.exclusions()::contains)
                    .map(exclusion -> exclusion.label().toLowerCase(Locale.UK))
                    .collect(Collectors.joining(", "));
            return CriterionResult.of(this, applying.isEmpty(), "none apply",
                    programme.name() + " excludes people with: " + applying);
        }
    };

    private final String label;

    ProgrammeCriterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    abstract boolean appliesTo(Programme programme);

    abstract CriterionResult check(Programme programme, ReferralFacts facts);
}
