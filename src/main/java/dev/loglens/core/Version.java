package dev.loglens.core;

/** LogLens's version, from the jar's manifest ("dev" when run from the classes folder). */
public final class Version {

    private Version() {
    }

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
