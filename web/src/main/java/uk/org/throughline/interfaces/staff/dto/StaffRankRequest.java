package uk.org.throughline.interfaces.staff.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.staff.PoliceRank;

/** The police rank a member of staff holds from now on; null or absent for civilian staff. */
public record StaffRankRequest(@Schema(example = "INSPECTOR", nullable = true) PoliceRank rank) {
}
