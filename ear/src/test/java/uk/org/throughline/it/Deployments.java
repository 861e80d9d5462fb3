package uk.org.throughline.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The archives integration tests deploy: the real EAR the build produced, nothing assembled by hand. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive throughline() {
        File ear = new File(System.getProperty("throughline.ear", "target/throughline-ear.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn package): " + ear.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "throughline.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

}
