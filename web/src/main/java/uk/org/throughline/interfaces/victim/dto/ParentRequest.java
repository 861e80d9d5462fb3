package uk.org.throughline.interfaces.victim.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A parent joining a parent group, by her parent-support plan. */
public record ParentRequest(@Schema(required = true) Long planId) {
}
