package uk.org.throughline.interfaces.shared;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field of a form or a JSON body as the segments of its path: {@code aliases, 0, surname}. The
 * API writes it {@code aliases[0].surname}; a page knows it by the Faces client id
 * {@code aliases:0:surname}, because each repeated row is a naming container and every input's id
 * is its property name.
 */
public record FieldPath(List<String> segments) {

    /** Nodes that name the method call a method-level check ran on, not a field of the data. */
    private static final Set<ElementKind> INVOCATION = EnumSet.of(ElementKind.METHOD, ElementKind.CONSTRUCTOR,
            ElementKind.PARAMETER, ElementKind.CROSS_PARAMETER, ElementKind.RETURN_VALUE);

    private static final Pattern SEGMENT = Pattern.compile("[^.\\[\\]]+");

    public FieldPath {
        segments = List.copyOf(segments);
    }

    /**
     * The field a constraint violation is about. An EJB's parameter checks put the method and the
     * parameter first ({@code register.form.surname}): they are left out unless the parameter itself
     * is the field ({@code merge.reason}).
     */
    public static FieldPath of(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean parameterIsTheField = node.getKind() == ElementKind.PARAMETER && i == nodes.size() - 1;
            if (INVOCATION.contains(node.getKind()) && !parameterIsTheField) {
                continue;
            }
            if (node.isInIterable()) {
                segments.add(String.valueOf(node.getIndex() != null ? node.getIndex() : node.getKey()));
            }
            // A container element's own name is "<list element>": the index already says which one.
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                segments.add(node.getName());
            }
        }
        return new FieldPath(segments);
    }

    /** Reads the API's spelling, {@code aliases[0].surname}. */
    public static FieldPath parse(String field) {
        List<String> segments = new ArrayList<>();
        Matcher matcher = SEGMENT.matcher(field == null ? "" : field);
        while (matcher.find()) {
            segments.add(matcher.group());
        }
        return new FieldPath(segments);
    }

    /** The same path with its first segment renamed, for inputs named apart from the property (name → q). */
    public FieldPath renamed(Map<String, String> names) {
        if (segments.isEmpty() || !names.containsKey(segments.get(0))) {
            return this;
        }
        List<String> renamed = new ArrayList<>(segments);
        renamed.set(0, names.get(segments.get(0)));
        return new FieldPath(renamed);
    }

    /** {@code aliases[0].surname}; null when the problem is with the whole request rather than one field. */
    public String jsonName() {
        if (segments.isEmpty()) {
            return null;
        }
        StringBuilder name = new StringBuilder(segments.get(0));
        for (String segment : segments.subList(1, segments.size())) {
            name.append(isIndex(segment) ? "[" + segment + "]" : "." + segment);
        }
        return name.toString();
    }

    /** {@code aliases:0:surname}; null when no single field is at fault. */
    public String clientId() {
        return segments.isEmpty() ? null : String.join(":", segments);
    }

    private static boolean isIndex(String segment) {
        return segment.chars().allMatch(Character::isDigit);
    }
}
