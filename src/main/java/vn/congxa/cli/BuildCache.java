package vn.congxa.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.congxa.finding.Finding;
import vn.congxa.finding.FindingData;
import vn.congxa.report.UnitCheck;
import vn.congxa.search.SearchIndex;
import vn.congxa.site.OutputFolder;
import vn.congxa.text.Json;
import vn.congxa.work.Parallel;

/**
 * What a build remembers of each unit it checked, so that the next build need not read an unchanged unit again: its
 * findings, what the hub lists of it and what the hub's search finds of it, and its summary under each pass (the report's periods). One file per unit in
 * the output folder's {@value OutputFolder#CACHE} (never deployed: a hidden folder beside the sites).
 *
 * <p>An entry is used only for the same unit, the same inputs (their digest covers the unit's files, the shared
 * content, templates and profiles, congxa's own code and the build's settings) and the same passes; anything else, a
 * file that cannot be read or parsed, an entry of another version or another unit, is ignored and written again. An
 * entry is written only after the build that made it has published its sites.
 */
final class BuildCache {

    /** The layout of an entry; another number is another version's. */
    private static final int FORMAT = 2;
    private static final Pattern ENTRY = Pattern.compile("[a-z0-9][a-z0-9-]*\\.json");
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.json\\.new-\\d+");
    private static final long PID = ProcessHandle.current().pid();

    private final Path folder;

    private BuildCache(Path folder) {
        this.folder = folder;
    }

    static BuildCache of(Path output) {
        return new BuildCache(OutputFolder.cache(output));
    }

    /**
     * The units the cache holds a good entry for.
     *
     * @param digests the digest of each unit's inputs in this build, by slug
     * @param passes  the keys of this build's passes, in order
     */
    Map<String, ProvinceRun.Unit> recall(Collection<String> slugs, Map<String, String> digests, List<String> passes, int jobs) {
        Map<String, ProvinceRun.Unit> units = new TreeMap<>();
        if (!usable()) {
            return units;
        }
        List<String> wanted = slugs.stream().filter(digests::containsKey).toList();
        List<Optional<ProvinceRun.Unit>> entries = Parallel.map(wanted, jobs, slug -> entry(slug, digests.get(slug), passes));
        entries.forEach(entry -> entry.ifPresent(unit -> units.put(unit.slug(), unit)));
        return units;
    }

    /** A unit's entry, when there is one this build can trust. */
    private Optional<ProvinceRun.Unit> entry(String slug, String inputs, List<String> passes) {
        Path file = folder.resolve(slug + ".json");
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return entry(Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8)), slug, inputs, passes);
        } catch (IOException | FindingData.Malformed | DateTimeParseException e) {
            return Optional.empty(); // not one this build can trust: the unit is read again, and its entry rewritten
        }
    }

    /**
     * Writes the entry of every unit the build read, each whole or not at all, before the build publishes its sites: an
     * entry counts only for a unit whose published site has the same inputs (see {@link OutputFolder#current}), so
     * one written for a site that then failed to be published is never used.
     *
     * @param present the units of the repository, when the build covers them all: the others' entries are removed
     * @param stamp   the time every file is given ({@code SOURCE_DATE_EPOCH}), so that the whole output is reproducible
     */
    void write(List<ProvinceRun.Unit> units, Map<String, String> digests, List<String> passes, Optional<Set<String>> present,
               Optional<Instant> stamp) throws IOException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !usable()) {
            return; // not a folder congxa made: left alone, and the next build reads every unit
        }
        Files.createDirectories(folder);
        for (ProvinceRun.Unit unit : units) {
            if (unit.remembered() || !digests.containsKey(unit.slug())) {
                continue;
            }
            Path next = folder.resolve("." + unit.slug() + ".json.new-" + PID);
            Files.writeString(next, Json.compact(data(unit, digests.get(unit.slug()), passes)), StandardCharsets.UTF_8);
            Files.move(next, folder.resolve(unit.slug() + ".json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            boolean entry = ENTRY.matcher(name).matches();
            if (entry ? present.map(slugs -> !slugs.contains(name.substring(0, name.length() - ".json".length()))).orElse(false)
                    : LEFTOVER.matcher(name).matches()) {
                Files.deleteIfExists(file); // a unit no longer in the repository, or what a killed build left half written
            } else if (stamp.isPresent()) {
                Files.setLastModifiedTime(file, FileTime.from(stamp.get()));
            }
        }
        if (stamp.isPresent()) {
            Files.setLastModifiedTime(folder, FileTime.from(stamp.get()));
        }
    }

    private boolean usable() {
        return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS);
    }

    private static Map<String, Object> data(ProvinceRun.Unit unit, String inputs, List<String> passes) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("format", FORMAT);
        data.put("slug", unit.slug());
        data.put("inputs", inputs);
        data.put("passes", passes);
        data.put("name", unit.name());
        data.put("facts", unit.facts());
        data.put("listed", unit.listed().stream().map(document -> {
            Map<String, Object> listed = new LinkedHashMap<>();
            listed.put("url", document.url());
            listed.put("title", document.title());
            listed.put("topic", document.topic());
            listed.put("section", document.section());
            listed.put("day", document.day().map(LocalDate::toString).orElse(null));
            listed.put("text", document.text());
            return listed;
        }).toList());
        data.put("findings", unit.findings().stream().map(FindingData::of).toList());
        data.put("checks", unit.checks().stream().map(BuildCache::data).toList());
        return data;
    }

    private static Map<String, Object> data(UnitCheck check) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("slug", check.slug());
        data.put("repoPath", check.repoPath());
        data.put("name", check.name());
        data.put("heaviestPageImages", check.heaviestPageImages());
        data.put("published", check.published().stream().map(item -> {
            Map<String, Object> published = new LinkedHashMap<>();
            published.put("repoPath", item.repoPath());
            published.put("folder", item.folder());
            published.put("title", item.title());
            published.put("date", item.date().map(LocalDate::toString).orElse(null));
            return published;
        }).toList());
        data.put("findings", check.findings().stream().map(FindingData::of).toList());
        return data;
    }

    private static Optional<ProvinceRun.Unit> entry(JsonNode data, String slug, String inputs, List<String> passes)
            throws FindingData.Malformed, JsonProcessingException {
        if (data.path("format").asInt(-1) != FORMAT || !slug.equals(data.path("slug").textValue())
                || !inputs.equals(data.path("inputs").textValue())
                || !passes.equals(Json.MAPPER.treeToValue(data.path("passes"), List.class))) {
            return Optional.empty();
        }
        Map<String, String> facts = new LinkedHashMap<>();
        var fields = data.path("facts").fields();
        while (fields.hasNext()) {
            var field = fields.next();
            facts.put(field.getKey(), text(field.getValue()));
        }
        if (!data.path("listed").isArray()) {
            throw new FindingData.Malformed("listed");
        }
        List<SearchIndex.Document> listed = new ArrayList<>();
        for (JsonNode document : data.path("listed")) {
            JsonNode day = document.path("day");
            listed.add(new SearchIndex.Document(text(document.path("url")), text(document.path("title")), text(document.path("topic")),
                    text(document.path("section")), day.isNull() ? Optional.empty() : Optional.of(LocalDate.parse(text(day))),
                    text(document.path("text"))));
        }
        List<UnitCheck> checks = new ArrayList<>();
        for (JsonNode check : data.path("checks")) {
            List<UnitCheck.Published> published = new ArrayList<>();
            for (JsonNode item : check.path("published")) {
                JsonNode date = item.path("date");
                published.add(new UnitCheck.Published(text(item.path("repoPath")), text(item.path("folder")), text(item.path("title")),
                        date.isNull() ? Optional.empty() : Optional.of(LocalDate.parse(text(date)))));
            }
            if (!check.path("heaviestPageImages").canConvertToLong()) {
                throw new FindingData.Malformed("heaviestPageImages");
            }
            checks.add(new UnitCheck(text(check.path("slug")), text(check.path("repoPath")), text(check.path("name")),
                    check.path("heaviestPageImages").longValue(), published, findings(check.path("findings"))));
        }
        if (checks.size() != passes.size()) {
            return Optional.empty();
        }
        return Optional.of(new ProvinceRun.Unit(slug, text(data.path("name")), findings(data.path("findings")), facts, listed, checks,
                Optional.empty(), true));
    }

    private static List<Finding> findings(JsonNode list) throws FindingData.Malformed {
        if (!list.isArray()) {
            throw new FindingData.Malformed("findings");
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode finding : list) {
            findings.add(FindingData.read(finding));
        }
        return findings;
    }

    private static String text(JsonNode node) throws FindingData.Malformed {
        if (!node.isTextual()) {
            throw new FindingData.Malformed("text");
        }
        return node.textValue();
    }
}
