package uk.org.throughline.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.throughline.interfaces.shared.ValidationPaths.method;
import static uk.org.throughline.interfaces.shared.ValidationPaths.parameter;
import static uk.org.throughline.interfaces.shared.ValidationPaths.path;
import static uk.org.throughline.interfaces.shared.ValidationPaths.property;
import static uk.org.throughline.interfaces.shared.ValidationPaths.propertyInList;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.throughline.interfaces.shared.dto.FieldError;

class ConstraintViolationExceptionMapperTest {

    @Test
    void eachViolationNamesItsJsonFieldInAStableOrder() {
        ConstraintViolationException exception = new ConstraintViolationException(Set.of(
                new Violation(path(method("register"), parameter("form"), property("surname")), "Enter a surname"),
                new Violation(path(method("register"), parameter("form"), property("aliases"),
                        propertyInList("surname", 1)), "Enter the alias surname"),
                new Violation(path(property("forenames")), "Enter forenames")));

        assertEquals(List.of(
                new FieldError("aliases[1].surname", "Enter the alias surname"),
                new FieldError("forenames", "Enter forenames"),
                new FieldError("surname", "Enter a surname")),
                ConstraintViolationExceptionMapper.fieldErrors(exception));
    }

    /** Only the path and the message matter to the mapper. */
    private record Violation(Path getPropertyPath, String getMessage) implements ConstraintViolation<Object> {

        @Override
        public String getMessageTemplate() {
            return getMessage;
        }

        @Override
        public Object getRootBean() {
            return null;
        }

        @Override
        public Class<Object> getRootBeanClass() {
            return Object.class;
        }

        @Override
        public Object getLeafBean() {
            return null;
        }

        @Override
        public Object[] getExecutableParameters() {
            return new Object[0];
        }

        @Override
        public Object getExecutableReturnValue() {
            return null;
        }

        @Override
        public Object getInvalidValue() {
            return null;
        }

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return null;
        }

        @Override
        public <U> U unwrap(Class<U> type) {
            return type.cast(this);
        }
    }
}
