package dev.loglens.cli;

/** Arguments that do not make sense; the message is shown as one line and the exit code is 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
