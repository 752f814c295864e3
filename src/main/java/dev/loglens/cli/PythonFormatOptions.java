package dev.loglens.cli;

import dev.loglens.core.format.LogFormat;
import dev.loglens.core.format.PythonFormatCompiler;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code --python-format} and {@code --datefmt}: read a file with the layout it was written with. */
final class PythonFormatOptions {

    private PythonFormatOptions() {
    }

    static Options options() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("python-format").hasArg().argName("FORMAT")
                .desc("A Python logging.Formatter format string, e.g. '%(asctime)s %(levelname)s %(message)s' "
                        + "(the {} and $ styles too); skips detection.").build());
        options.addOption(Option.builder().longOpt("datefmt").hasArg().argName("DATEFMT")
                .desc("The Formatter's datefmt, e.g. '%d/%b/%Y:%H:%M:%S'.").build());
        return options;
    }

    /** The format the options name, if they name one; a bad format string is a usage error. */
    static Optional<LogFormat> format(CommandLine line) throws UsageException {
        if (!line.hasOption("python-format")) {
            if (line.hasOption("datefmt")) {
                throw new UsageException("--datefmt goes with --python-format");
            }
            return Optional.empty();
        }
        String format = line.getOptionValue("python-format");
        try {
            return Optional.of(PythonFormatCompiler.compile("python-custom", "Python logging: " + format, format,
                    line.getOptionValue("datefmt")));
        } catch (IllegalArgumentException e) {
            throw new UsageException("bad --python-format: " + e.getMessage());
        }
    }
}
