package dev.loglens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** The FILE arguments, at least one. */
    static List<Path> files(CommandLine line) throws UsageException {
        List<Path> files = new ArrayList<>();
        line.getArgList().forEach(file -> files.add(Path.of(file)));
        if (files.isEmpty()) {
            throw new UsageException("name at least one FILE");
        }
        return files;
    }
}
