package uk.org.throughline.interfaces.person.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.application.person.PersonForm;
import uk.org.throughline.domain.model.person.Disability;
import uk.org.throughline.domain.model.person.Gender;
import uk.org.throughline.interfaces.person.dto.AliasDto;
import uk.org.throughline.interfaces.person.dto.PersonRequest;

class PersonDtoMapperTest {

    private static PersonRequest request(Long version, List<AliasDto> aliases) {
        return new PersonRequest(version, "SMITH", "John", LocalDate.of(1985, 11, 23), null, null, null,
                null, null, "2019/1234567A", aliases, null, null);
    }

    @Test
    void whatTheClientLeftOutTakesTheFormsDefaults() {
        PersonForm form = PersonDtoMapper.toForm(request(null, null));

        assertEquals(Gender.NOT_KNOWN, form.getGender());
        assertEquals(Disability.NOT_KNOWN, form.getDisability());
        assertTrue(form.getAliases().isEmpty());
        assertEquals("2019/1234567A", form.getPncId());
    }

    @Test
    void rowsComeAcrossAndCanStillBeEdited() {
        PersonForm form = PersonDtoMapper.toForm(request(null, List.of(new AliasDto("SMYTH", "Jon"))));

        assertEquals("SMYTH", form.getAliases().get(0).getSurname());
        form.getAliases().add(new PersonForm.AliasEntry());
        assertEquals(2, form.getAliases().size());
    }
}
