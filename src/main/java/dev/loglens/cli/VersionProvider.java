package dev.loglens.cli;

/** The version from the jar's manifest ("dev" when run from the classes folder). */
public final class VersionProvider {

    private VersionProvider() {
    }

    public static String version() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
