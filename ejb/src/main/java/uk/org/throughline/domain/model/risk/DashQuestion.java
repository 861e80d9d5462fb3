package uk.org.throughline.domain.model.risk;

import java.util.Arrays;
import java.util.List;

/**
 * The questions of the SafeLives DASH risk identification checklist (2009, 24 questions), then the
 * S-DASH stalking screen (11) and the honour-based abuse screen, in the order they are asked. The
 * wording follows the public checklist, lightly paraphrased; "the abuser" stands for the name the
 * assessor says aloud.
 */
public enum DashQuestion {
    INJURY(DashSection.CHECKLIST, 1, "Has the current incident resulted in injury?"),
    VERY_FRIGHTENED(DashSection.CHECKLIST, 2, "Are you very frightened?"),
    AFRAID_OF(DashSection.CHECKLIST, 3, "What are you afraid of? Is it further injury or violence?"),
    ISOLATED(DashSection.CHECKLIST, 4, "Do you feel isolated from family or friends: does the abuser try to stop "
            + "you seeing friends, family, your doctor or others?"),
    DEPRESSED(DashSection.CHECKLIST, 5, "Are you feeling depressed or having suicidal thoughts?"),
    SEPARATION(DashSection.CHECKLIST, 6, "Have you separated or tried to separate from the abuser within the past "
            + "year?"),
    CHILD_CONTACT_CONFLICT(DashSection.CHECKLIST, 7, "Is there conflict over child contact?"),
    STALKS_OR_HARASSES(DashSection.CHECKLIST, 8, "Does the abuser constantly text, call, contact, follow, stalk or "
            + "harass you?"),
    PREGNANCY(DashSection.CHECKLIST, 9, "Are you pregnant, or have you had a baby in the last 18 months?"),
    MORE_OFTEN(DashSection.CHECKLIST, 10, "Is the abuse happening more often?"),
    GETTING_WORSE(DashSection.CHECKLIST, 11, "Is the abuse getting worse?"),
    CONTROLLING(DashSection.CHECKLIST, 12, "Does the abuser try to control everything you do, or are they "
            + "excessively jealous?"),
    WEAPONS(DashSection.CHECKLIST, 13, "Has the abuser ever used weapons or objects to hurt you?"),
    THREATS_TO_KILL(DashSection.CHECKLIST, 14, "Has the abuser ever threatened to kill you or someone else, and "
            + "you believed them?"),
    STRANGULATION(DashSection.CHECKLIST, 15, "Has the abuser ever attempted to strangle, choke, suffocate or drown "
            + "you?"),
    SEXUAL_ABUSE(DashSection.CHECKLIST, 16, "Does the abuser do or say things of a sexual nature that make you feel "
            + "bad or that physically hurt you or someone else?"),
    OTHER_THREATS(DashSection.CHECKLIST, 17, "Is there any other person who has threatened you or whom you are "
            + "afraid of?"),
    HURT_OTHERS(DashSection.CHECKLIST, 18, "Do you know if the abuser has hurt anyone else (children, siblings, "
            + "an elderly relative, a stranger, for example)?"),
    ANIMAL_ABUSE(DashSection.CHECKLIST, 19, "Has the abuser ever mistreated an animal or the family pet?"),
    FINANCIAL_ISSUES(DashSection.CHECKLIST, 20, "Are there any financial issues: are you dependent on the abuser "
            + "for money, have they recently lost their job, or are there other money worries?"),
    SUBSTANCE_OR_MENTAL_HEALTH(DashSection.CHECKLIST, 21, "Has the abuser had problems in the past year with drugs "
            + "(prescription or other), alcohol or mental health, leading to problems in leading a normal life?"),
    SUICIDE_THREATS(DashSection.CHECKLIST, 22, "Has the abuser ever threatened or attempted suicide?"),
    BREACHED_BAIL_OR_ORDER(DashSection.CHECKLIST, 23, "Has the abuser ever broken bail, an injunction or a formal "
            + "agreement about when they can see you or the children?"),
    CRIMINAL_HISTORY(DashSection.CHECKLIST, 24, "Do you know if the abuser has ever been in trouble with the police "
            + "or has a criminal history?"),

    STALKING_FRIGHTENED(DashSection.STALKING, 1, "Are you very frightened of the stalker?"),
    STALKING_PREVIOUS_ABUSE(DashSection.STALKING, 2, "Is there a previous history of domestic abuse or harassment "
            + "by them?"),
    STALKING_PROPERTY_DAMAGE(DashSection.STALKING, 3, "Have they vandalised or destroyed your property?"),
    STALKING_TURNS_UP(DashSection.STALKING, 4, "Have they turned up unannounced more than three times a week?"),
    STALKING_FOLLOWS(DashSection.STALKING, 5, "Have they followed you, or loitered near your home or workplace?"),
    STALKING_THREATS(DashSection.STALKING, 6, "Have they made threats of physical or sexual violence?"),
    STALKING_THIRD_PARTIES(DashSection.STALKING, 7, "Have they harassed anyone else since the stalking began "
            + "(family, children, friends, colleagues)?"),
    STALKING_VIOLENCE_TO_OTHERS(DashSection.STALKING, 8, "Have they acted violently towards anyone else during the "
            + "stalking?"),
    STALKING_ENGAGES_OTHERS(DashSection.STALKING, 9, "Have they got others to help them, knowingly or not?"),
    STALKING_SUBSTANCE_OR_MENTAL_HEALTH(DashSection.STALKING, 10, "Have they had problems in the past year with "
            + "drugs, alcohol or mental health?"),
    STALKING_PAST_VIOLENCE(DashSection.STALKING, 11, "Have they ever been violent in the past, as far as you or the "
            + "police know?"),

    HONOUR_FAMILY_FEAR(DashSection.HONOUR_BASED, 1, "Are you afraid of family members or others in the community "
            + "because of what they see as dishonour?"),
    HONOUR_FORCED_MARRIAGE(DashSection.HONOUR_BASED, 2, "Have you been threatened with, or is there a risk of, a "
            + "forced marriage?"),
    HONOUR_MORE_THAN_ONE(DashSection.HONOUR_BASED, 3, "Are other family or community members involved in the abuse "
            + "or likely to support it?"),
    HONOUR_TAKEN_ABROAD(DashSection.HONOUR_BASED, 4, "Have you been taken abroad, or do you fear being taken abroad, "
            + "against your will?"),
    HONOUR_MONITORED(DashSection.HONOUR_BASED, 5, "Are your movements, phone or contacts being watched or "
            + "restricted by relatives?");

    private final DashSection section;
    private final int number;
    private final String text;

    DashQuestion(DashSection section, int number, String text) {
        this.section = section;
        this.number = number;
        this.text = text;
    }

    /** The questions of one section, in the order they are asked. */
    public static List<DashQuestion> of(DashSection section) {
        return Arrays.stream(values()).filter(question -> question.section == section).toList();
    }

    public DashSection section() {
        return section;
    }

    /** Its number within its section, as printed on the checklist. */
    public int number() {
        return number;
    }

    public String text() {
        return text;
    }
}
