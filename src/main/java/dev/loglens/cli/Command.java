package dev.loglens.cli;

import java.io.PrintWriter;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One headless command: {@code loglens NAME [OPTIONS] ARGS...}. */
interface Command {

    String name();

    /** The usage line's arguments after the options, e.g. {@code FILE...}. */
    String arguments();

    /** What the command does, for {@code --help}. */
    String description();

    /** One line for the overview of {@code loglens --help}: the description's first sentence. */
    default String summary() {
        String flat = description().replace('\n', ' ');
        int end = flat.indexOf(". ");
        return end < 0 ? flat : flat.substring(0, end + 1);
    }

    Options options();

    /**
     * Runs the command with its parsed options and positional arguments.
     *
     * @return the exit code
     * @throws UsageException for arguments that do not make sense (exit code 2)
     */
    int run(CommandLine line, PrintWriter out, PrintWriter err) throws Exception;
}
