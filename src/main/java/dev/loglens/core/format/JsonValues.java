package dev.loglens.core.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads small JSON documents (format resources, settings) into maps, lists, strings, numbers and
 * booleans with Jackson's streaming parser. Jackson's object mapper would do the same, but starting it
 * costs a fifth of a second, which every {@code loglens} command would pay before reading a byte of log.
 */
public final class JsonValues {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonValues() {
    }

    public static Object read(InputStream in) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            parser.nextToken();
            return value(parser);
        }
    }

    /** The text of a JSON string literal (quotes included); the literal itself when it is not valid JSON. */
    public static String unquote(String literal) {
        try (JsonParser parser = JSON.createParser(literal)) {
            return parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : literal;
        } catch (IOException e) {
            return literal;
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IOException("unexpected end of JSON");
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    map.put(key, value(parser));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getNumberValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected JSON token " + token + " at " + parser.currentLocation());
        }
    }
}
