package uk.org.throughline.interfaces.shared.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a request body that hold an enum, found from the resource method's body type, so that
 * an unknown value can be answered by naming the field and the values it takes: JSON-B (Yasson) says
 * only "No enum constant ...Gender.ALIEN", naming the type but not the property. A row of a list is
 * named without its index ({@code rows.outcome}), as {@link UnreadableValue} names other fields.
 */
final class EnumFields {

    /** One field of the body that holds {@code type}. */
    record EnumField(String path, Class<?> type) {

        /** The values the field takes, as they are written in JSON. */
        List<String> values() {
            return Arrays.stream(type.getEnumConstants()).map(value -> ((Enum<?>) value).name()).toList();
        }
    }

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);
    private static final String OUR_PACKAGE = "uk.org.throughline.";

    private EnumFields() {
    }

    /** The body parameter's type of a resource method: its one parameter without a JAX-RS annotation. */
    static Optional<Type> bodyTypeOf(Method resourceMethod) {
        if (resourceMethod == null) {
            return Optional.empty();
        }
        for (Parameter parameter : resourceMethod.getParameters()) {
            boolean annotated = Arrays.stream(parameter.getAnnotations())
                    .anyMatch(annotation -> NOT_THE_BODY.contains(annotation.annotationType()));
            if (!annotated) {
                return Optional.of(parameter.getParameterizedType());
            }
        }
        return Optional.empty();
    }

    /** Every field of the body type holding an enum, records and our own classes walked into, lists read through. */
    static List<EnumField> in(Type bodyType) {
        List<EnumField> found = new ArrayList<>();
        walk(bodyType, "", found, new HashSet<>());
        return found;
    }

    private static void walk(Type type, String path, List<EnumField> found, Set<Class<?>> visiting) {
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            if (raw instanceof Class<?> container
                    && (Collection.class.isAssignableFrom(container) || container == Optional.class)) {
                walk(parameterized.getActualTypeArguments()[0], path, found, visiting);
            }
            return;
        }
        if (!(type instanceof Class<?> kind)) {
            return;
        }
        if (kind.isEnum()) {
            found.add(new EnumField(path, kind));
            return;
        }
        if (!kind.getName().startsWith(OUR_PACKAGE) || !visiting.add(kind)) {
            return;
        }
        if (kind.isRecord()) {
            for (RecordComponent component : kind.getRecordComponents()) {
                walk(component.getGenericType(), child(path, component.getName()), found, visiting);
            }
        } else {
            for (Field field : kind.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    walk(field.getGenericType(), child(path, field.getName()), found, visiting);
                }
            }
        }
        visiting.remove(kind);
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
