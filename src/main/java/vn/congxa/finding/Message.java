package vn.congxa.finding;

import java.util.List;

/** A message of the catalogue: its key and the values filled into it, rendered late in either language. */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    public String render(Lang lang) {
        return Messages.format(lang, this);
    }
}
