package vn.congxa.cms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.congxa.check.Commune;
import vn.congxa.field.FieldSpec;
import vn.congxa.field.FieldWidget;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.profile.Kind;
import vn.congxa.scaffold.NewItem;
import vn.congxa.profile.Kinds;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.profile.Section;
import vn.congxa.text.Json;
import vn.congxa.yaml.YNode;

/**
 * The web editor of a unit's site ({@value #FOLDER}/): Decap CMS, served from the site itself, configured from the
 * profile in force and the kinds, so that an editor writes exactly the files the build reads. Each save opens a merge
 * request (the editorial workflow) that CI checks. Made once for a build; it only reads what it holds.
 */
public final class Editor {

    /** The editor's folder in every unit's site. */
    public static final String FOLDER = vn.congxa.content.GeneratedPaths.EDITOR_FOLDER;
    /** Where the repository is and how editors sign in (Decap's {@code backend}): the province's IT staff write it. */
    public static final String SETTINGS = "content/trinh-soan-thao.yml";
    /** Where the build puts the bundle (see the POM): the files of Decap CMS's page, by name. */
    private static final String BUNDLE = "vn/congxa/cms/decap/";
    private static final String SCRIPT = "decap-cms.js";

    private final Kinds kinds;
    private final ObjectNode backend;
    private final Map<String, byte[]> bundle;

    private Editor(Kinds kinds, ObjectNode backend, Map<String, byte[]> bundle) {
        this.kinds = kinds;
        this.backend = backend;
        this.bundle = bundle;
    }

    /** The repository's settings for the web editor: Decap's {@code backend} block, as the IT staff wrote it. */
    public record Settings(ObjectNode backend) {
        public Settings {
            backend = backend.deepCopy();
        }
    }

    /**
     * The repository's editor settings, checked by every command that checks the repository: none when it has no
     * {@value #SETTINGS} (it wants no web editor) or when the file is wrong (an error).
     */
    public static Optional<Settings> settings(Path root, List<Finding> findings) {
        if (!Files.isRegularFile(root.resolve(SETTINGS))) {
            return Optional.empty();
        }
        Optional<YNode.Mapping> settings = ProfileLoader.readMapping(root, SETTINGS, findings);
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        Optional<YNode> backend = settings.get().get("backend");
        if (backend.isEmpty() || !(backend.get() instanceof YNode.Mapping mapping) || mapping.text("name").isEmpty()) {
            findings.add(Finding.error(SETTINGS, settings.get().line(), "cms-backend", Message.of("cms.backend")));
            return Optional.empty();
        }
        return Optional.of(new Settings((ObjectNode) node(mapping)));
    }

    /**
     * The editor a build puts into every site, with the bundle read once; none when this congxa was built without the
     * bundle (a warning saying how to get it).
     */
    public static Optional<Editor> of(Settings settings, Kinds kinds, List<Finding> findings) {
        Map<String, byte[]> bundle = bundle();
        if (bundle.isEmpty()) {
            findings.add(Finding.warning(SETTINGS, 0, "cms-bundle-missing", Message.of("cms.bundle-missing")));
            return Optional.empty();
        }
        return Optional.of(new Editor(kinds, settings.backend(), bundle));
    }

    /** The files of the editor in a unit's site, by their path in it. */
    public Map<String, byte[]> files(Commune commune) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(FOLDER + "/index.html", page(commune).getBytes(StandardCharsets.UTF_8));
        files.put(FOLDER + "/config.yml", Yaml.document(config(commune, kinds, backend),
                "Cấu hình trình soạn thảo web (Decap CMS) của " + commune.name() + ", do congxa sinh ra từ hồ sơ chuyên mục và "
                        + "content/kinds.yml: không sửa tệp này, sửa " + SETTINGS + " hay các tệp đó.").getBytes(StandardCharsets.UTF_8));
        bundle.forEach((name, bytes) -> files.put(FOLDER + "/" + name, bytes));
        return files;
    }

    /**
     * Decap's configuration for a unit: in Vietnamese, one collection per section of its menu (the profile's, then the
     * unit's own) in its folder, with the fields its kind has there, each uploaded file in the item's folder, file names
     * made from the title as {@code new} makes them, and a merge request for each save.
     */
    static ObjectNode config(Commune commune, Kinds kinds, ObjectNode backend) {
        ObjectNode config = Json.NODES.objectNode();
        config.put("locale", "vi");
        config.set("backend", backend.deepCopy());
        config.put("publish_mode", "editorial_workflow");
        // Only used when the editor is opened from this machine (localhost) with decap-server running: see the README.
        config.put("local_backend", true);
        if (!commune.baseUrl().isEmpty()) {
            config.put("site_url", commune.baseUrl()).put("display_url", commune.baseUrl());
        }
        config.put("media_folder", commune.repoPath()).put("public_folder", "");
        // "Quyết định về đất đai" → quyet-dinh-ve-dat-dai.md, as Slugs.slugify makes it.
        config.putObject("slug").put("encoding", "ascii").put("clean_accents", true).put("sanitize_replacement", "-");
        ArrayNode collections = config.putArray("collections");
        List<String> kindIds = List.copyOf(kinds.kinds().keySet());
        commune.menu().all().forEach(section -> kinds.kind(section.kind())
                .ifPresent(kind -> collections.add(collection(commune, kinds, kind, section, kindIds))));
        collections.add(unitFile(commune, kinds, kindIds));
        return config;
    }

    private static ObjectNode collection(Commune commune, Kinds kinds, Kind kind, Section section, List<String> kindIds) {
        ObjectNode collection = Json.NODES.objectNode();
        collection.put("name", section.path().replace("/", "__")).put("label", section.title()).put("label_singular", kind.title());
        if (section.required()) {
            collection.put("description", "Chuyên mục bắt buộc: cần ít nhất " + section.minItems() + " bài đã đăng có nội dung.");
        }
        collection.put("folder", commune.repoPath() + "/" + section.path()).put("create", true).put("extension", "md")
                .put("format", "frontmatter")
                // A long title cut as `new` cuts it (NewItem.MAX_TITLE).
                .put("slug", "{{slug | truncate(" + NewItem.MAX_TITLE + ", '" + NewItem.CUT_MARK + "')}}")
                // Pictures of the body beside the item, written relative to it, as its links are.
                .put("media_folder", "").put("public_folder", "");
        collection.putArray("sortable_fields").add("date").add("title");
        ArrayNode fields = collection.putArray("fields");
        FieldWidget.Place place = new FieldWidget.Place(section.path(), kindIds);
        for (FieldSpec field : section.fields(kinds.fieldsOf(kind))) {
            fields.add(FieldWidget.of(field, place));
        }
        fields.addObject().put("name", "body").put("label", "Nội dung").put("widget", "markdown");
        return collection;
    }

    /** The unit's commune.yml, as one file to edit. */
    private static ObjectNode unitFile(Commune commune, Kinds kinds, List<String> kindIds) {
        ObjectNode collection = Json.NODES.objectNode();
        collection.put("name", "don-vi").put("label", "Thông tin đơn vị");
        ObjectNode file = collection.putArray("files").addObject();
        file.put("name", "commune").put("label", "Thông tin chung của " + commune.name()).put("file", commune.repoPath() + "/commune.yml");
        ArrayNode fields = file.putArray("fields");
        FieldWidget.Place place = new FieldWidget.Place("", kindIds);
        kinds.commune().forEach(field -> fields.add(FieldWidget.of(field, place)));
        return collection;
    }

    /** The editor's page: Decap's script, nothing from elsewhere. */
    private static String page(Commune commune) {
        return """
                <!DOCTYPE html>
                <html lang="vi">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>Trình soạn thảo – %s</title>
                </head>
                <body>
                <noscript>Trình soạn thảo web cần JavaScript: hãy bật JavaScript trong trình duyệt.</noscript>
                <script src="%s"></script>
                </body>
                </html>
                """.formatted(org.jsoup.nodes.Entities.escape(commune.name()), SCRIPT);
    }

    /** The bundle in this congxa's classes, by file name; none when it was built without npm. */
    private static Map<String, byte[]> bundle() {
        URL script = Editor.class.getClassLoader().getResource(BUNDLE + SCRIPT);
        if (script == null) {
            return Map.of();
        }
        try {
            URI uri = script.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return read(jar.getPath(BUNDLE));
            }
            return read(Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** A mapping of YAML as JSON nodes, as written. */
    private static com.fasterxml.jackson.databind.JsonNode node(YNode yaml) {
        if (yaml instanceof YNode.Mapping mapping) {
            ObjectNode object = Json.NODES.objectNode();
            mapping.entries().forEach((key, entry) -> object.set(key, node(entry.value())));
            return object;
        }
        if (yaml instanceof YNode.Sequence sequence) {
            ArrayNode array = Json.NODES.arrayNode();
            sequence.items().forEach(item -> array.add(node(item)));
            return array;
        }
        return Json.MAPPER.valueToTree(((YNode.Scalar) yaml).value());
    }
}
