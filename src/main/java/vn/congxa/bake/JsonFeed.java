package vn.congxa.bake;

import vn.congxa.text.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of a feed's model, the one the RSS and Atom templates read: the same
 * items, in the same order, with the same summaries. Items are dated by day, like the RSS's, and there is no build time.
 */
final class JsonFeed {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeed() {
    }

    static byte[] of(Map<String, Object> model) {
        Map<?, ?> site = (Map<?, ?>) model.get("site");
        Map<?, ?> page = (Map<?, ?>) model.get("page");
        Map<?, ?> feed = (Map<?, ?>) page.get("feed");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", VERSION);
        json.put("title", feed.get("title"));
        json.put("home_page_url", feed.get("home"));
        json.put("feed_url", page.get("url"));
        json.put("description", feed.get("description"));
        json.put("language", "vi");
        json.put("authors", List.of(Map.of("name", site.get("name"))));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object listed : (List<?>) page.get("listing")) {
            items.add(item((Map<?, ?>) listed));
        }
        json.put("items", items);
        return (Json.pretty(json) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** An item as the listing gives it; its text is its summary, or its title when it has none (an item needs a text). */
    private static Map<String, Object> item(Map<?, ?> listed) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", listed.get("url"));
        item.put("url", listed.get("url"));
        item.put("title", listed.get("title"));
        String summary = summary(listed);
        item.put("content_text", summary.isEmpty() ? listed.get("title") : summary);
        if (!summary.isEmpty()) {
            item.put("summary", summary);
        }
        if (listed.get("dateTime") != null) {
            item.put("date_published", listed.get("dateTime"));
        }
        return item;
    }

    /** The summary the RSS gives (feed.ftl): the item's own, or the one its kind declares. */
    private static String summary(Map<?, ?> listed) {
        Object summary = listed.get("summary");
        return summary == null ? "" : String.valueOf(summary);
    }
}
