package dev.loglens.core.format;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A format as it is written in a resource file: an id, a name, how its lines are laid out (a Python
 * {@code logging} format string or JSON keys) and sample lines with what they must give.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record FormatDefinition(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty("python") PythonLayout python,
        @JsonProperty("json") Map<String, List<String>> json,
        @JsonProperty(value = "samples", required = true) List<Sample> samples) {

    /** A layout given as Python's {@code logging.Formatter(fmt, datefmt)} would take it. */
    public record PythonLayout(@JsonProperty(value = "format", required = true) String format,
                               @JsonProperty("datefmt") String datefmt) {
    }

    /** A line of the format and what reading it must give; {@code time} is ISO 8601 as written. */
    public record Sample(@JsonProperty(value = "line", required = true) String line,
                         @JsonProperty("level") String level,
                         @JsonProperty("time") String time,
                         @JsonProperty("fields") Map<String, String> fields) {
    }

    public LogFormat toFormat() {
        if (python != null && json == null) {
            return PythonFormatCompiler.compile(id, name, python.format(), python.datefmt());
        }
        if (json != null && python == null) {
            return new JsonLinesFormat(id, name, json);
        }
        throw new IllegalArgumentException("format " + id + " needs exactly one of 'python' and 'json'");
    }
}
