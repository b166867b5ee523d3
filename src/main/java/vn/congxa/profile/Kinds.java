package vn.congxa.profile;

import vn.congxa.field.FieldSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every kind of content, the fields common to all items, the fields of {@code commune.yml}, and those of the
 * overseeing unit's file ({@code content/don-vi-quan-ly.yml}).
 */
public record Kinds(List<FieldSpec> common, Map<String, Kind> kinds, List<FieldSpec> commune, List<FieldSpec> overseer) {

    public Kinds {
        common = List.copyOf(common);
        kinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
        commune = List.copyOf(commune);
        overseer = List.copyOf(overseer);
    }

    public Optional<Kind> kind(String id) {
        return Optional.ofNullable(kinds.get(id));
    }

    /** The fields an item of this kind may have, common ones first. */
    public List<FieldSpec> fieldsOf(Kind kind) {
        return Stream.concat(common.stream(), kind.fields().stream()).toList();
    }
}
