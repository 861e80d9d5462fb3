/**
 * The append-only audit trail of who read or changed which record, when and why (DPA 2018 s.62).
 */
package uk.org.throughline.domain.model.audit;
