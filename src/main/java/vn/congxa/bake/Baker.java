package vn.congxa.bake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.ModelExtractors;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import vn.congxa.cms.Editor;
import vn.congxa.check.Commune;
import vn.congxa.check.Overseer;
import vn.congxa.site.SitePlanner;
import vn.congxa.content.Asset;
import vn.congxa.content.GeneratedPaths;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.media.Picture;
import vn.congxa.media.Pictures;
import vn.congxa.profile.Profile;
import vn.congxa.report.Evaluation;
import vn.congxa.report.Exports;
import vn.congxa.search.SearchIndex;
import vn.congxa.site.Output;
import vn.congxa.site.OutputFormat;
import vn.congxa.site.OutputFormats;
import vn.congxa.site.Page;
import vn.congxa.site.Site;

/**
 * The facade over JBake: every page is rendered by JBake's template engine (Freemarker) from the shared templates.
 *
 * <p>We use JBake's engine but not its Oven, because of the traps measured in JBake 2.7.0: its OrientDB content
 * store re-reads every document of a type for every page (a bake quadratic in the number of items) and gets
 * previous/next wrong; its static state forbids two bakes at once; it writes drafts and percent-encoded file names.
 * Here the site is planned once ({@link vn.congxa.site.SitePlanner}), each page is rendered once from a prepared
 * model with no store behind it, drafts never reach this stage, and every path is an ASCII slug checked before.
 *
 * <p>A template's variables are the model's and nothing else. JBake's Freemarker engine would answer some names
 * ({@code tags}, {@code published_posts}, {@code published_date}, {@code db}'s queries…) by querying its content
 * store, of which there is none here: a template testing {@code tags??} ended the build. Those extractors are
 * switched off (see {@link #RESERVED}); the engine still renders every page.
 */
public final class Baker {

    /**
     * The names a template cannot use for its own variables, because JBake's engine puts its own value under them
     * whatever the model holds: {@code config} and {@code version} (JBake's settings and version), {@code db} (no
     * store: nothing) and {@code data} (JBake's data files: none). Documented in the README.
     */
    public static final List<String> RESERVED = List.of("config", "data", "db", "version");

    static {
        // Freemarker logs through java.util.logging by default, which prints to the console; route it to our
        // logging configuration instead. Template errors are reported as findings, with their line.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        // JBake's extractors are one registry for the whole JVM, filled from its jar; they only serve its Oven, which
        // congxa never runs. Emptied once, before any page is rendered, so every name is looked up in the model.
        ModelExtractors.getInstance().keySet().clear();
    }

    public static final String TEMPLATES = "templates";
    /** How many parts a spread bake cuts a site's pages into: enough for the threads to finish together. */
    private static final int PAGE_PARTS = 8;

    /** A part of a site's pages, rendered: how many were written, and what went wrong. */
    private record Rendered(int pages, List<Finding> findings) {
    }
    /** Theme files (CSS, images) under {@code templates/assets/}, copied into every site. */
    public static final String THEME_ASSETS = GeneratedPaths.THEME_FOLDER;
    public static final String HUB_TEMPLATE = "hub.ftl";
    public static final String HUB_SEARCH_TEMPLATE = "hub-tim-kiem.ftl";
    public static final String REPORT_TEMPLATE = "bao-cao.ftl";
    /** The report's folder inside the output, next to the communes' sites. */
    public static final String REPORT_FOLDER = GeneratedPaths.REPORT_FOLDER;

    private final Path templates;
    /** The template files of the theme, listed once: the workers only read this. */
    private final Set<String> templateFiles;
    /** Read-only once made: Freemarker's configuration inside is safe for concurrent use after it is set up. */
    private final DelegatingTemplateEngine engine;
    /** The web editor every site gets, if the repository has one. */
    private final Optional<Editor> editor;

    /** Sets JBake up once for a build: its configuration and its template engines, reading {@code templates/}. */
    public Baker(Path repositoryRoot) {
        this(repositoryRoot, Optional.empty());
    }

    /** @param editor the web editor to put into every site ({@value Editor#FOLDER}/) */
    public Baker(Path repositoryRoot, Optional<Editor> editor) {
        this.editor = editor;
        this.templates = repositoryRoot.resolve(TEMPLATES);
        this.templateFiles = templateFiles(templates);
        // JBake's configuration wants a destination folder; pages are written by this class, never by JBake.
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(repositoryRoot.toFile(), repositoryRoot.resolve("target").toFile(), false);
        config.setTemplateFolder(templates.toFile());
        // No content store: templates get everything in their model and cannot query one page by page.
        this.engine = new DelegatingTemplateEngine(null, config);
    }

    /** Writes every page of a site, the files of its output formats, its attachments and the theme into {@code dir}. */
    public BakeResult bake(Site site, Path dir) {
        return bake(site, dir, false);
    }

    /**
     * @param spread whether to render the pages on several threads (the common pool's and this one): for a site baked
     *               while the other cores have nothing to do, as when an edit leaves one commune to bake
     */
    public BakeResult bake(Site site, Path dir, boolean spread) {
        Writes out = new Writes();
        PageModel.SiteData shared = PageModel.SiteData.of(site);
        List<Page> all = site.pages();
        int parts = spread ? PAGE_PARTS : 1;
        // Each part is rendered with its own writes and returns them; the parts are joined in the pages' order.
        Stream<List<Page>> split = java.util.stream.IntStream.range(0, parts)
                .mapToObj(i -> all.subList(i * all.size() / parts, (i + 1) * all.size() / parts));
        List<Rendered> rendered = (spread ? split.parallel() : split).map(part -> {
            Writes writes = new Writes();
            int written = 0;
            for (Page page : part) {
                written += render(templateFor(page), PageModel.of(shared, page), dir.resolve(page.output()), writes) ? 1 : 0;
            }
            return new Rendered(written, writes.findings());
        }).toList();
        int pages = 0;
        for (Rendered part : rendered) {
            pages += part.pages();
            part.findings().forEach(out::add);
        }
        SearchIndex index = SearchIndex.of(site, entry -> entry.body().text());
        List<SearchIndex.File> indexFiles = index.files();
        for (Output output : site.outputs()) {
            Path target = dir.resolve(output.path());
            if (output.format().producer() instanceof OutputFormat.Template template) {
                render(template.file(), PageModel.of(shared, output), target, out);
            } else if (output.format().producer() instanceof OutputFormat.Writer writer) {
                out.write(target, switch (writer) {
                    case JSON_FEED -> JsonFeed.of(PageModel.of(shared, output));
                    case SEARCH_INDEX -> indexFiles.get(0).bytes();
                    case EVALUATION_CSV, EVALUATION_JSON, EVALUATION_SCHEMA ->
                            throw new IllegalArgumentException(writer + " writes the report's files, not a site's");
                });
            }
        }
        // The list of parts is the search index's output format; its parts go beside it.
        for (SearchIndex.File part : indexFiles.subList(1, indexFiles.size())) {
            out.write(dir.resolve(part.path()), part.bytes());
        }
        shared.icon().flatMap(Favicon::bytes).ifPresent(ico -> out.write(dir.resolve(GeneratedPaths.FAVICON), ico));
        for (Asset asset : site.commune().assets()) {
            Picture picture = site.commune().pictures().get(asset.sitePath());
            if (picture != null && picture.resized()) {
                try {
                    Pictures.publish(asset, picture).forEach((path, bytes) -> out.write(dir.resolve(path), bytes));
                } catch (IOException e) {
                    out.add(Finding.error(asset.repoPath(), 0, "write-failed", Message.of("bake.write-failed", String.valueOf(e.getMessage()))));
                }
            } else {
                out.copy(asset.file(), dir.resolve(asset.sitePath()), asset.repoPath());
            }
        }
        copyTheme(dir, out);
        editor.ifPresent(cms -> cms.files(site.commune()).forEach((path, bytes) -> out.write(dir.resolve(path), bytes)));
        long indexBytes = indexFiles.stream().mapToLong(file -> file.bytes().length).sum();
        return new BakeResult(pages, new BakeResult.Index(index.documents().size(), indexBytes), out.findings());
    }

    /**
     * A section or item page of kind K uses {@code section-K.ftl} or {@code entry-K.ftl} when the theme has one,
     * the generic template otherwise.
     */
    private String templateFor(Page page) {
        String generic = page.type().template();
        if (page.type() != Page.Type.SECTION && page.type() != Page.Type.ENTRY) {
            return generic;
        }
        return page.section()
                .map(section -> generic.replace(".ftl", "-" + section.kind() + ".ftl"))
                .filter(templateFiles::contains)
                .orElse(generic);
    }

    private static Set<String> templateFiles(Path templates) {
        try (Stream<Path> files = Files.list(templates)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            return Set.of(); // no templates folder: every page is reported as a template error
        }
    }

    /** What the hub lists of a unit, as text (see {@link #bakeHub}): small, so that a build keeps it for every unit. */
    public static Map<String, String> unitFacts(Commune commune) {
        return PageModel.unitFacts(commune);
    }

    /**
     * Writes the overseeing unit's own site at the top of the output: the hub ({@code index.html}), its index of its
     * units' portals, each linked at its portal address as deployed, with the overseeing unit's emblem; given an index of
     * the units' items, a search across them ({@value GeneratedPaths#SEARCH_FOLDER}/); given an evaluation, the yearly
     * report in {@value #REPORT_FOLDER}/ with the files of the report's output formats (its CSV and JSON exports).
     */
    public BakeResult bakeHub(List<Map<String, String>> units, Optional<SearchIndex> search, Profile law, Optional<Overseer> overseer,
                              Optional<Evaluation> evaluation, Path dir) {
        Writes out = new Writes();
        Optional<Emblem> emblem = overseer.flatMap(Overseer::emblem).flatMap(Emblem::of);
        Map<String, Object> hub = hubFacts(units, law, overseer);
        hub.put("search", search.isPresent());
        emblem.ifPresent(e -> {
            hub.put("emblem", Map.of("path", e.path(), "width", e.width(), "height", Emblem.SHOWN));
            hub.put("icon", Map.of("path", e.icon().path(), "type", e.icon().type()));
            out.write(dir.resolve(e.path()), e.bytes());
            e.icon().bytes().ifPresent(ico -> out.write(dir.resolve(e.icon().path()), ico));
        });
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("communes", units);
        model.put("page", Map.of("title", "", "root", ""));
        model.put("report", evaluation.isPresent());
        model.put("hub", hub);
        int pages = render(HUB_TEMPLATE, model, dir.resolve("index.html"), out) ? 1 : 0;
        copyTheme(dir, out);
        if (search.isPresent()) {
            Map<String, Object> searchModel = new LinkedHashMap<>(model);
            searchModel.put("units", units.stream().map(unit -> Map.of("path", unit.get("slug"), "title", unit.get("name"))).toList());
            pages += render(HUB_SEARCH_TEMPLATE, searchModel, dir.resolve(SitePlanner.SEARCH), out) ? 1 : 0;
            search.get().files().forEach(file -> out.write(dir.resolve(file.path()), file.bytes()));
        }
        if (evaluation.isPresent()) {
            Path report = dir.resolve(REPORT_FOLDER);
            Map<String, Object> reportModel = ReportModel.of(evaluation.get());
            reportModel.put("hub", hub);
            pages += render(REPORT_TEMPLATE, reportModel, report.resolve("index.html"), out) ? 1 : 0;
            for (OutputFormat format : OutputFormats.ALL) {
                if (format.scope() == OutputFormat.Scope.REPORT && format.producer() instanceof OutputFormat.Writer writer) {
                    out.write(report.resolve(format.path()), switch (writer) {
                        case EVALUATION_CSV -> Exports.csv(evaluation.get());
                        case EVALUATION_JSON -> Exports.json(evaluation.get());
                        case EVALUATION_SCHEMA -> Exports.schema();
                        case JSON_FEED, SEARCH_INDEX -> throw new IllegalArgumentException(writer + " writes a site's file, not the report's");
                    });
                }
            }
        }
        return new BakeResult(pages, BakeResult.Index.NONE, out.findings());
    }

    /**
     * What the hub and the report say of the whole: the overseeing unit and the kinds of unit under it, as the law in
     * force names them ("xã, phường, đặc khu").
     */
    static Map<String, Object> hubFacts(List<Map<String, String>> units, Profile law, Optional<Overseer> overseer) {
        Map<String, Object> hub = new LinkedHashMap<>();
        overseer.ifPresent(o -> hub.put("overseer", PageModel.overseerFacts(o)));
        List<String> kinds = law.unitRules().kinds().map(vn.congxa.profile.UnitRules.UnitKinds::values)
                .orElseGet(() -> units.stream().map(unit -> unit.getOrDefault("loai", "")).distinct().toList());
        hub.put("unitKinds", String.join(", ", kinds));
        return hub;
    }

    private boolean render(String template, Map<String, Object> values, Path target, Writes out) {
        TemplateModel model = new TemplateModel();
        model.putAll(values);
        StringWriter html = new StringWriter();
        try {
            engine.renderDocument(model, template, html);
        } catch (RenderingException e) {
            out.add(templateFinding(template, e));
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            // Freemarker lets a few faults of a template through unwrapped (a macro that calls itself without end);
            // they are the template's, not the machine's. The line is unknown: name the template that was rendered.
            out.add(Finding.error(TEMPLATES + "/" + template, 0, "template-error", Message.of(
                    e instanceof StackOverflowError ? "bake.template-recursion" : "bake.template-fault")));
            return false;
        }
        return out.write(target, html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Finding templateFinding(String template, RenderingException e) {
        Throwable cause = e.getCause();
        // A template that failed to load fails again on every later page, with the first failure as its cause.
        while (cause != null && !(cause instanceof TemplateException || cause instanceof ParseException) && cause.getCause() != null
                && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String path = TEMPLATES + "/" + template;
        if (cause instanceof ParseException parse) {
            String source = parse.getTemplateName() == null ? path : TEMPLATES + "/" + parse.getTemplateName();
            return Finding.error(source, parse.getLineNumber(), "template-error", Message.of("bake.template", explanation(parse.getEditorMessage())));
        }
        if (cause instanceof TemplateException error) {
            String source = error.getTemplateSourceName() == null ? path : TEMPLATES + "/" + error.getTemplateSourceName();
            int line = error.getLineNumber() == null ? 0 : error.getLineNumber();
            return Finding.error(source, line, "template-error", Message.of("bake.template", explanation(error.getMessageWithoutStackTop())));
        }
        if (cause instanceof TemplateNotFoundException) {
            return Finding.error(path, 0, "template-error", Message.of("bake.template-missing", path));
        }
        return Finding.error(path, 0, "template-error", Message.of("bake.template", explanation(String.valueOf(
                cause == null ? e.getMessage() : cause.getMessage()))));
    }

    /**
     * Freemarker's explanation, shortened to a line: its first, and the expression it points at ("==> page.x"), whose
     * place is the finding's; an object's identity ("DataFileUtil@6aef4eb8") is left out, so a finding reads the same on
     * every page and every run.
     */
    private static String explanation(String text) {
        List<String> lines = text.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty()) {
            return text;
        }
        String first = lines.get(0);
        if (lines.size() > 1 && lines.get(1).startsWith("==>")) {
            first = first + " " + lines.get(1).replaceAll("\\s*\\[in template .*$", "");
        }
        return first.replaceAll("(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)@[0-9a-f]+", "$1");
    }

    private void copyTheme(Path dir, Writes out) {
        Path theme = templates.resolve(THEME_ASSETS);
        if (!Files.isDirectory(theme)) {
            return;
        }
        try (Stream<Path> files = Files.walk(theme)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = theme.relativize(file).toString().replace(File.separatorChar, '/');
                out.copy(file, dir.resolve(THEME_ASSETS).resolve(relative), TEMPLATES + "/" + THEME_ASSETS + "/" + relative);
            }
        } catch (IOException e) {
            out.add(Finding.error(TEMPLATES + "/" + THEME_ASSETS, 0, "write-failed", Message.of("bake.write-failed", String.valueOf(e.getMessage()))));
        }
    }
}
