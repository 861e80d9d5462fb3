/** Police views across records over REST: the worklist, and a person's chronology. */
package uk.org.throughline.interfaces.police.rest;
