/**
 * What every context's use cases share: the one clock, the optimistic-locking check and paging.
 */
package uk.org.throughline.application.shared;
