package uk.org.throughline.domain.model.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * A kind of protective order and the law's rules for it, as data (seeded by the V5 migration): who
 * makes it, how long it lasts, whether a breach is an offence and under which statute, whether a
 * power of arrest may be attached. Read-only to the application.
 */
@Entity
@Table(name = "order_type")
public class OrderType {

    @Id
    @Column(name = "code", length = 30)
    private String code;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "statute", length = 200, nullable = false)
    private String statute;

    @Enumerated(EnumType.STRING)
    @Column(name = "made_by", length = 30, nullable = false)
    private OrderMaker madeBy;

    @Column(name = "notice", nullable = false)
    private boolean notice;

    @Column(name = "hearing_within_hours")
    private Integer hearingWithinHours;

    /** For a notice: the statute of its hearing clock and adjournment (e.g. "Crime and Security Act 2010 s.27"). */
    @Column(name = "hearing_rule", length = 200)
    private String hearingRule;

    /** For a full order that may follow a notice: that notice type's code (a DVPO follows a DVPN). */
    @Column(name = "follows_notice", length = 30)
    private String followsNotice;

    @Column(name = "default_days")
    private Integer defaultDays;

    @Column(name = "minimum_days")
    private Integer minimumDays;

    @Column(name = "maximum_days")
    private Integer maximumDays;

    @Column(name = "until_further_order_allowed", nullable = false)
    private boolean untilFurtherOrderAllowed;

    @Column(name = "minimum_respondent_age")
    private Integer minimumRespondentAge;

    @Column(name = "breach_is_offence", nullable = false)
    private boolean breachIsOffence;

    @Column(name = "breach_statute", length = 200, nullable = false)
    private String breachStatute;

    @Column(name = "breach_maximum_penalty", length = 100)
    private String breachMaximumPenalty;

    @Column(name = "contempt_alternative", nullable = false)
    private boolean contemptAlternative;

    @Column(name = "power_of_arrest_attachable", nullable = false)
    private boolean powerOfArrestAttachable;

    @Column(name = "positive_requirements", nullable = false)
    private boolean positiveRequirements;

    @Column(name = "position", nullable = false)
    private int position;

    protected OrderType() {
        // for JPA
    }

    /** The rules the duration and age checks read, for unit tests; the application reads the seeded rows. */
    OrderType(String code, String name, Integer hearingWithinHours, Integer minimumDays, Integer maximumDays,
            boolean untilFurtherOrderAllowed, Integer minimumRespondentAge, boolean contemptAlternative,
            String hearingRule, String followsNotice) {
        this.code = code;
        this.name = name;
        this.notice = hearingWithinHours != null;
        this.hearingWithinHours = hearingWithinHours;
        this.hearingRule = hearingRule;
        this.followsNotice = followsNotice;
        this.minimumDays = minimumDays;
        this.maximumDays = maximumDays;
        this.untilFurtherOrderAllowed = untilFurtherOrderAllowed;
        this.minimumRespondentAge = minimumRespondentAge;
        this.contemptAlternative = contemptAlternative;
        this.breachStatute = name + " breach offence";
    }

    /**
     * The expiry rule: after the day the order was made; none only where the law allows "until
     * further order" (a notice has none: it lasts until the hearing); and within the type's limits,
     * counted as the days the order lasts beginning with the day it is made and ending with its expiry
     * day (Crime and Security Act 2010 s.28: a DVPO made on 07/12/2026 lasts until 03/01/2027 at the
     * latest). Every limit the seeded types carry is statutory (a DVPO's 14 to 28 days; a stalking
     * protection order's 2 years and a sexual harm prevention order's 5 years at least), so no court
     * reason lets a duration outside them through; the durations that are only
     * practice (a non-molestation order's 6-12 months) are a default, not a limit.
     *
     * @throws InvalidFieldException on "expiresOn"
     */
    public void checkDuration(LocalDate madeOn, LocalDate expiresOn) {
        if (notice) {
            if (expiresOn != null) {
                throw new InvalidFieldException("expiresOn", "A " + name.toLowerCase()
                        + " has no expiry date: it lasts until the hearing for the full order");
            }
            return;
        }
        if (expiresOn == null) {
            if (!untilFurtherOrderAllowed) {
                throw new InvalidFieldException("expiresOn", "Enter the expiry date: a " + name.toLowerCase()
                        + " is made for a fixed period" + limits());
            }
            return;
        }
        if (!expiresOn.isAfter(madeOn)) {
            throw new InvalidFieldException("expiresOn", "The expiry date must be after the date the order was made ("
                    + UkDate.format(madeOn) + ")");
        }
        long days = ChronoUnit.DAYS.between(madeOn, expiresOn) + 1;
        if (minimumDays != null && days < minimumDays) {
            throw new InvalidFieldException("expiresOn", durationRefused(days) + " The earliest expiry date is "
                    + UkDate.format(madeOn.plusDays(minimumDays - 1L)) + ".");
        }
        if (maximumDays != null && days > maximumDays) {
            throw new InvalidFieldException("expiresOn", durationRefused(days) + " The latest expiry date is "
                    + UkDate.format(madeOn.plusDays(maximumDays - 1L)) + "; no court reason extends it.");
        }
    }

    private String durationRefused(long days) {
        return "A " + name.toLowerCase() + " lasts" + limits() + " beginning with the day it is made; this one would last "
                + days + " days.";
    }

    /** " between 14 and 28 days", " at least 730 days", or "" when the law sets no limit. */
    private String limits() {
        if (minimumDays != null && maximumDays != null) {
            return " between " + minimumDays + " and " + maximumDays + " days";
        }
        if (minimumDays != null) {
            return " at least " + minimumDays + " days";
        }
        return maximumDays == null ? "" : " at most " + maximumDays + " days";
    }

    /** "between 14 and 28 days", "at least 730 days, or until further order", "until the full-order hearing (...)". */
    public String durationText() {
        if (notice) {
            return "until the full-order hearing (within " + hearingWithinHours + " hours of service, not counting "
                    + "Sundays, Christmas Day, Good Friday or bank holidays)";
        }
        String fixed = limits().isEmpty() ? "as the court orders" : limits().strip();
        return untilFurtherOrderAllowed ? fixed + ", or until further order" : fixed;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String statute() {
        return statute;
    }

    public OrderMaker madeBy() {
        return madeBy;
    }

    public boolean isNotice() {
        return notice;
    }

    public Integer hearingWithinHours() {
        return hearingWithinHours;
    }

    public String hearingRule() {
        return hearingRule;
    }

    /** Whether an order of this type may follow a notice of {@code noticeType} (a DVPO follows a DVPN). */
    public boolean follows(OrderType noticeType) {
        return noticeType.code.equals(followsNotice);
    }

    public Integer defaultDays() {
        return defaultDays;
    }

    public Integer minimumDays() {
        return minimumDays;
    }

    public Integer maximumDays() {
        return maximumDays;
    }

    public boolean untilFurtherOrderAllowed() {
        return untilFurtherOrderAllowed;
    }

    public Integer minimumRespondentAge() {
        return minimumRespondentAge;
    }

    public boolean breachIsOffence() {
        return breachIsOffence;
    }

    public String breachStatute() {
        return breachStatute;
    }

    public String breachMaximumPenalty() {
        return breachMaximumPenalty;
    }

    public boolean contemptAlternative() {
        return contemptAlternative;
    }

    public boolean powerOfArrestAttachable() {
        return powerOfArrestAttachable;
    }

    public boolean positiveRequirements() {
        return positiveRequirements;
    }

    public int position() {
        return position;
    }

    /** Restraining orders are made by a criminal court at the end of a case; they may link to it. */
    public boolean isRestraining() {
        return code.startsWith("RESTRAINING_");
    }
}
