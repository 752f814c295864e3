package dev.loglens.core.query;

/** Which way a search goes from its starting row. */
public enum Direction {
    FORWARD,
    BACKWARD
}
