package dev.loglens.core.format;

/** The field names every format uses for the four fields LogLens understands itself. */
public final class FieldNames {

    public static final String TIME = "time";
    public static final String LEVEL = "level";
    public static final String LOGGER = "logger";
    public static final String MESSAGE = "message";

    private FieldNames() {
    }
}
