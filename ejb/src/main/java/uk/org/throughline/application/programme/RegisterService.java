package uk.org.throughline.application.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A session's attendance register: read it, and save it as one transaction with its enforcement. */
public interface RegisterService {

    RegisterView register(long sessionId);

    /**
     * Records or corrects each line, applies the route's enforcement to every new failure to comply
     * (a warning or breach referral, the caution's programme condition failed, a task for the case
     * worker) and audits every line, all or nothing.
     *
     * @throws uk.org.throughline.domain.shared.ConcurrentEditException if the register was saved since it was read
     */
    RegisterView save(long sessionId, @NotNull @Valid RegisterForm form);
}
