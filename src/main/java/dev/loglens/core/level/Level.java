package dev.loglens.core.level;

/**
 * A log level as LogLens shows it: an upper-case name and a severity rank on Python's scale
 * (DEBUG 10, INFO 20, WARNING 30, ERROR 40, CRITICAL 50), so levels from any format sort together.
 */
public record Level(String name, int severity) {

    public static final Level NONE = new Level("NONE", 0);
    public static final Level TRACE = new Level("TRACE", 5);
    public static final Level DEBUG = new Level("DEBUG", 10);
    public static final Level INFO = new Level("INFO", 20);
    public static final Level NOTICE = new Level("NOTICE", 25);
    public static final Level WARNING = new Level("WARNING", 30);
    public static final Level ERROR = new Level("ERROR", 40);
    public static final Level CRITICAL = new Level("CRITICAL", 50);
}
