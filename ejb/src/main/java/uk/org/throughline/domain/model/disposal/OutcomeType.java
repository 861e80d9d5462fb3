package uk.org.throughline.domain.model.disposal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Home Office crime outcome types, with the code forces report and a label for the user. Stored by
 * name, not code, so a new type is just a new constant: when the Police, Crime, Sentencing and Courts
 * Act 2022 two-tier cautions come into force, add {@code DIVERSIONARY_CAUTION} and
 * {@code COMMUNITY_CAUTION} here with their codes and {@link OutcomeKind#OUT_OF_COURT_DISPOSAL}.
 */
public enum OutcomeType {
    CHARGED_OR_SUMMONSED(1, "Charged or summonsed", OutcomeKind.CHARGE, null),
    CAUTION_YOUTH(2, "Caution \u2013 youth", OutcomeKind.OUT_OF_COURT_DISPOSAL, null),
    CAUTION_ADULT(3, "Caution \u2013 adult (simple or conditional)", OutcomeKind.OUT_OF_COURT_DISPOSAL, null),
    TAKEN_INTO_CONSIDERATION(4, "Taken into consideration", OutcomeKind.OTHER, null),
    OFFENDER_DIED(5, "Offender died", OutcomeKind.NO_FURTHER_ACTION, null),
    PENALTY_NOTICE_FOR_DISORDER(6, "Penalty notice for disorder", OutcomeKind.OUT_OF_COURT_DISPOSAL, null),
    CANNABIS_KHAT_WARNING(7, "Cannabis or khat warning", OutcomeKind.OUT_OF_COURT_DISPOSAL, null),
    COMMUNITY_RESOLUTION(8, "Community resolution", OutcomeKind.OUT_OF_COURT_DISPOSAL, null),
    NOT_IN_PUBLIC_INTEREST_CPS(9, "Prosecution not in the public interest (CPS)", OutcomeKind.NO_FURTHER_ACTION,
            DecisionMaker.CPS),
    NOT_IN_PUBLIC_INTEREST_POLICE(10, "Prosecution not in the public interest (police)",
            OutcomeKind.NO_FURTHER_ACTION, DecisionMaker.POLICE),
    PROSECUTION_PREVENTED_UNDER_AGE(11, "Prosecution prevented: suspect under age", OutcomeKind.NO_FURTHER_ACTION,
            null),
    PROSECUTION_PREVENTED_SUSPECT_ILL(12, "Prosecution prevented: suspect too ill", OutcomeKind.NO_FURTHER_ACTION,
            null),
    PROSECUTION_PREVENTED_VICTIM_OR_WITNESS(13,
            "Prosecution prevented: victim or key witness dead or too ill", OutcomeKind.NO_FURTHER_ACTION, null),
    EVIDENTIAL_DIFFICULTIES_SUSPECT_NOT_IDENTIFIED(14,
            "Evidential difficulties: suspect not identified, victim does not support", OutcomeKind.NO_FURTHER_ACTION,
            null),
    EVIDENTIAL_DIFFICULTIES_VICTIM_SUPPORTS(15, "Evidential difficulties: suspect identified, victim supports",
            OutcomeKind.NO_FURTHER_ACTION, null),
    EVIDENTIAL_DIFFICULTIES_VICTIM_DOES_NOT_SUPPORT(16, "Evidential difficulties: victim does not support",
            OutcomeKind.NO_FURTHER_ACTION, null),
    TIME_LIMIT_EXPIRED(17, "Prosecution time limit expired", OutcomeKind.NO_FURTHER_ACTION, null),
    NO_SUSPECT_IDENTIFIED(18, "Investigation complete: no suspect identified", OutcomeKind.NO_FURTHER_ACTION, null),
    TRANSFERRED(20, "Transferred to another body", OutcomeKind.OTHER, null),
    FURTHER_INVESTIGATION_NOT_IN_PUBLIC_INTEREST(21,
            "Further investigation not in the public interest (should not normally be used for domestic abuse)",
            OutcomeKind.NO_FURTHER_ACTION, DecisionMaker.POLICE),
    DIVERSIONARY_ACTIVITY(22, "Diversionary, educational or intervention activity",
            OutcomeKind.OUT_OF_COURT_DISPOSAL, null);

    private final int code;
    private final String label;
    private final OutcomeKind kind;
    private final DecisionMaker onlyDecidedBy;

    OutcomeType(int code, String label, OutcomeKind kind, DecisionMaker onlyDecidedBy) {
        this.code = code;
        this.label = label;
        this.kind = kind;
        this.onlyDecidedBy = onlyDecidedBy;
    }

    public static Optional<OutcomeType> ofCode(int code) {
        return Arrays.stream(values()).filter(type -> type.code == code).findFirst();
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public OutcomeKind kind() {
        return kind;
    }

    /** The one decision maker this outcome belongs to (9 is the CPS's, 10 and 21 are police's), if any. */
    public Optional<DecisionMaker> onlyDecidedBy() {
        return Optional.ofNullable(onlyDecidedBy);
    }

    public boolean opensCourtCase() {
        return kind == OutcomeKind.CHARGE;
    }

    /** "3 \u2013 Caution \u2013 adult (simple or conditional)": how forces write an outcome. */
    public String codeAndLabel() {
        return code + " \u2013 " + label;
    }
}
