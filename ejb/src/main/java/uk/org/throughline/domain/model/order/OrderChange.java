package uk.org.throughline.domain.model.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import uk.org.throughline.domain.shared.PoliceText;

/**
 * One dated event in an order's life after it was made: service, a variation, an extension, the
 * discharge. A variation's description is police's wording of what the court changed, which may place
 * her: it reaches offender managers only when marked shareable ({@link PoliceText}).
 */
@Embeddable
public class OrderChange {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private OrderChangeKind kind;

    @Column(name = "changed_on", nullable = false)
    private LocalDate on;

    @Column(name = "description", length = OrderFieldLengths.REASON, nullable = false)
    private String description;

    @Column(name = "description_shareable", nullable = false)
    private boolean descriptionShareable;

    @Column(name = "changed_by", length = OrderFieldLengths.USERNAME, nullable = false)
    private String by;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OrderChange() {
        // for JPA
    }

    OrderChange(OrderChangeKind kind, LocalDate on, PoliceText description, String by, Instant recordedAt) {
        this.kind = kind;
        this.on = on;
        this.description = description.text();
        this.descriptionShareable = description.shareable();
        this.by = by;
        this.recordedAt = recordedAt;
    }

    public OrderChangeKind kind() {
        return kind;
    }

    public LocalDate on() {
        return on;
    }

    public PoliceText description() {
        return new PoliceText(description, descriptionShareable);
    }

    public String by() {
        return by;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
