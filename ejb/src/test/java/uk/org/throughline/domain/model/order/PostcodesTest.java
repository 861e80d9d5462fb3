package uk.org.throughline.domain.model.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.shared.InvalidFieldException;

class PostcodesTest {

    @Test
    void aSearchStartsFromAWholePostcodeOrItsSectorHoweverTyped() {
        assertEquals("NN1 4AB", Postcodes.normaliseForSearch(" nn14ab ", "postcode"));
        assertEquals("NN1 4", Postcodes.normaliseForSearch("nn1  4", "postcode"));
        assertEquals("NN1 4", Postcodes.sector(Postcodes.normaliseForSearch("NN1 4AB", "postcode")));
        assertEquals("NN1 4", Postcodes.sector("NN1 4"), "a sector is its own sector");
        assertNull(Postcodes.normaliseForSearch("  ", "postcode"));
    }

    @Test
    void refusesASearchWiderThanAPostcodeSector() {
        for (String tooWide : new String[] {"NN1", "NN14", "N"}) {
            InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                    () -> Postcodes.normaliseForSearch(tooWide, "postcode"));
            assertEquals("postcode", refused.field());
            assertEquals("Enter a postcode, or at least its sector such as NN1 4", refused.getMessage());
        }
    }
}
