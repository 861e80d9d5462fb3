package uk.org.throughline.interfaces.shared.rest;

/**
 * A service call that changes a record only if it is still at the version the client read, such as
 * {@code DisposalService::recordPlea}.
 *
 * @param <F> the form of the change
 * @param <V> the record as read after the change
 */
@FunctionalInterface
public interface VersionedChange<F, V> {

    V apply(long recordId, long expectedVersion, F form);
}
