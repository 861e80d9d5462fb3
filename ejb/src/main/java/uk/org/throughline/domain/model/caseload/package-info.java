/**
 * Who works with whom: offender-manager allocations, records restricted to or closed to named staff,
 * and records opened outside a worker's caseload for a reason. The rule of who may read a person's
 * records lives in {@link uk.org.throughline.domain.model.caseload.CaseloadRule}.
 */
package uk.org.throughline.domain.model.caseload;
