package uk.org.throughline.domain.model.person;

/** Whether a name key comes from the person's own name or from one of their aliases. */
public enum NameSource {
    PRIMARY, ALIAS
}
