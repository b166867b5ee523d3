package vn.congxa.bake;

import vn.congxa.text.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.congxa.check.Commune;
import vn.congxa.check.Entry;
import vn.congxa.check.Overseer;
import vn.congxa.profile.Kind;

/**
 * The metadata every page carries (Nghị định 224/2026/NĐ-CP Điều 11 khoản 5) as JSON-LD: the unit as a schema.org
 * GovernmentOrganization, part of its overseeing unit's, and an item's own description where its kind declares one
 * ({@code json_ld} in kinds.yml: Legislation for documents, GovernmentService for procedures).
 */
final class Metadata {


    private Metadata() {
    }

    /** The unit's node, the same on every page of its site. */
    static Map<String, Object> organization(Commune commune, Optional<Overseer> overseer) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", "GovernmentOrganization");
        node.put("@id", commune.baseUrl() + "/#don-vi");
        node.put("name", commune.name());
        node.put("url", commune.baseUrl() + "/");
        put(node, "address", commune.config().plain("dia_chi"));
        put(node, "telephone", commune.config().plain("dien_thoai"));
        put(node, "email", commune.config().plain("email"));
        overseer.ifPresent(o -> {
            Map<String, Object> parent = new LinkedHashMap<>();
            parent.put("@type", "GovernmentOrganization");
            parent.put("name", o.authority());
            parent.put("url", o.portal());
            node.put("parentOrganization", parent);
        });
        return node;
    }

    /**
     * The script element's text for one page: the unit, and the item when its kind describes itself; {@code <} is
     * escaped so that no value can close the element.
     */
    static String page(Map<String, Object> organization, Optional<Entry> entry, String url) {
        List<Object> graph = new ArrayList<>();
        graph.add(organization);
        entry.flatMap(e -> e.kind().flatMap(Kind::jsonLd).map(ld -> item(e, ld, url, organization.get("@id")))).ifPresent(graph::add);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@graph", graph);
        return Json.compact(root).replace("<", "\\u003c");
    }

    private static Map<String, Object> item(Entry entry, Kind.JsonLd ld, String url, Object organizationId) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", ld.type());
        node.put("name", entry.title());
        node.put("url", url);
        entry.date().ifPresent(date -> node.put("datePublished", date.toString()));
        node.put(ld.organization(), Map.of("@id", organizationId));
        ld.properties().forEach((property, field) -> put(node, property, entry.values().plain(field)));
        return node;
    }

    /** A property given as data (ISO dates), when there is one. */
    private static void put(Map<String, Object> node, String key, Optional<String> value) {
        value.filter(text -> !text.isBlank()).ifPresent(text -> node.put(key, text));
    }
}
