package vn.congxa.finding;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A finding as data and back, without loss: the message's key and values (not its text, so that it is rendered in the
 * language of the run that prints it), the clause it cites. The build cache keeps findings this way.
 */
public final class FindingData {

    private FindingData() {
    }

    /** Data that does not describe a finding. */
    public static final class Malformed extends Exception {
        public Malformed(String what) {
            super(what);
        }
    }

    /** Maps, lists, strings and numbers, for {@link vn.congxa.text.Json}. */
    public static Map<String, Object> of(Finding finding) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("path", finding.path());
        data.put("line", finding.line());
        data.put("severity", finding.severity().name());
        data.put("rule", finding.rule());
        data.put("message", message(finding.message()));
        finding.basis().ifPresent(basis -> {
            Map<String, Object> cited = new LinkedHashMap<>();
            cited.put("instrument", basis.instrument().name());
            cited.put("instrumentEn", basis.instrument().nameEn());
            cited.put("article", basis.article());
            cited.put("clause", basis.clause());
            cited.put("point", basis.point());
            cited.put("status", basis.status().name());
            cited.put("note", basis.note());
            data.put("basis", cited);
        });
        return data;
    }

    public static Finding read(JsonNode data) throws Malformed {
        Optional<LegalBasis> basis = Optional.empty();
        if (data.has("basis")) {
            JsonNode cited = data.get("basis");
            basis = Optional.of(new LegalBasis(new LegalBasis.Instrument(text(cited, "instrument"), text(cited, "instrumentEn")),
                    text(cited, "article"), text(cited, "clause"), text(cited, "point"),
                    constant(LegalBasis.Status.class, text(cited, "status")), text(cited, "note")));
        }
        JsonNode line = data.path("line");
        if (!line.isInt()) {
            throw new Malformed("line");
        }
        return new Finding(text(data, "path"), line.intValue(), constant(Severity.class, text(data, "severity")), text(data, "rule"),
                message(data.path("message")), basis);
    }

    /** The values keep their kind: a number chooses a plural, a nested message and a localised text are rendered late. */
    private static Map<String, Object> message(Message message) {
        List<Object> args = new ArrayList<>();
        for (Object arg : message.args()) {
            if (arg instanceof Integer || arg instanceof Long || arg instanceof Double) {
                args.add(Map.of(arg instanceof Integer ? "int" : arg instanceof Long ? "long" : "double", arg));
            } else if (arg instanceof Message nested) {
                args.add(Map.of("message", message(nested)));
            } else if (arg instanceof Messages.Localised localised) {
                Map<String, Object> texts = new LinkedHashMap<>();
                texts.put("vi", localised.vi());
                texts.put("en", localised.en());
                args.add(texts);
            } else {
                // Anything else is printed as its text (see Messages): kept as that text.
                args.add(Map.of("text", String.valueOf(arg)));
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("key", message.key());
        data.put("args", args);
        return data;
    }

    private static Message message(JsonNode data) throws Malformed {
        JsonNode args = data.path("args");
        if (!args.isArray()) {
            throw new Malformed("message");
        }
        List<Object> values = new ArrayList<>();
        for (JsonNode arg : args) {
            if (arg.has("int") && arg.get("int").isInt()) {
                values.add(arg.get("int").intValue());
            } else if (arg.has("long") && arg.get("long").canConvertToLong()) {
                values.add(arg.get("long").longValue());
            } else if (arg.has("double") && arg.get("double").isNumber()) {
                values.add(arg.get("double").doubleValue());
            } else if (arg.has("message")) {
                values.add(message(arg.get("message")));
            } else if (arg.has("vi")) {
                values.add(new Messages.Localised(text(arg, "vi"), text(arg, "en")));
            } else if (arg.has("text")) {
                values.add(text(arg, "text"));
            } else {
                throw new Malformed("message argument");
            }
        }
        String key = text(data, "key");
        if (!Messages.has(key)) {
            throw new Malformed("message key " + key); // from another version's catalogue
        }
        return new Message(key, values);
    }

    private static String text(JsonNode data, String field) throws Malformed {
        JsonNode value = data.get(field);
        if (value == null || !(value.isTextual() || value.isNull())) {
            throw new Malformed(field);
        }
        return value.isNull() ? null : value.textValue();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) throws Malformed {
        try {
            return Enum.valueOf(type, String.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new Malformed(type.getSimpleName());
        }
    }
}
