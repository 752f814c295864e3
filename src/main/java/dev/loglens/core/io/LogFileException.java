package dev.loglens.core.io;

import java.io.IOException;

/** A file LogLens cannot show, with a message written for the user (no stack trace needed). */
public final class LogFileException extends IOException {

    private static final long serialVersionUID = 1L;

    public LogFileException(String message) {
        super(message);
    }

    public LogFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
