package uk.org.throughline.domain.model.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleNamesTest {

    @Test
    void everyRoleHasItsConstantAndEveryConstantIsARole() throws IllegalAccessException {
        Set<String> constants = new java.util.HashSet<>();
        for (Field field : RoleNames.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertEquals(field.getName(), field.get(null), "constant " + field.getName());
                constants.add((String) field.get(null));
            }
        }
        assertEquals(Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet()), constants);
    }
}
