package uk.org.throughline.interfaces.shared;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Iterator;
import java.util.List;

/** Bean Validation paths built by hand, as a provider would report them. */
public final class ValidationPaths {

    private ValidationPaths() {
    }

    public static Path path(Path.Node... nodes) {
        return new FakePath(List.of(nodes));
    }

    public static Path.Node method(String name) {
        return new FakeNode(name, ElementKind.METHOD, false, null);
    }

    public static Path.Node parameter(String name) {
        return new FakeNode(name, ElementKind.PARAMETER, false, null);
    }

    public static Path.Node property(String name) {
        return new FakeNode(name, ElementKind.PROPERTY, false, null);
    }

    /** A property of the element at {@code index} of the list named by the node before it. */
    public static Path.Node propertyInList(String name, int index) {
        return new FakeNode(name, ElementKind.PROPERTY, true, index);
    }

    public static Path.Node listElement(int index) {
        return new FakeNode("<list element>", ElementKind.CONTAINER_ELEMENT, true, index);
    }

    private record FakePath(List<Path.Node> nodes) implements Path {
        @Override
        public Iterator<Node> iterator() {
            return nodes.iterator();
        }
    }

    private record FakeNode(String getName, ElementKind getKind, boolean isInIterable, Integer getIndex)
            implements Path.Node {

        @Override
        public Object getKey() {
            return null;
        }

        @Override
        public <T extends Path.Node> T as(Class<T> nodeType) {
            return nodeType.cast(this);
        }
    }
}
