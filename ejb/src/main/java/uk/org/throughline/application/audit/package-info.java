/**
 * The audit trail: who read or changed which record, when and why.
 */
package uk.org.throughline.application.audit;
