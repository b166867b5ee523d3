package vn.congxa.bake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import vn.congxa.check.Commune;
import vn.congxa.check.Entry;
import vn.congxa.content.Asset;
import vn.congxa.content.GeneratedPaths;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.profile.Profile;
import vn.congxa.report.Evaluation;
import vn.congxa.report.Exports;
import vn.congxa.search.SearchIndex;
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
 */
public final class Baker {

    static {
        // Freemarker logs through java.util.logging by default, which prints to the console; route it to our
        // logging configuration instead. Template errors are reported as findings, with their line.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
    }

    public static final String TEMPLATES = "templates";
    /** Theme files (CSS, images) under {@code templates/assets/}, copied into every site. */
    public static final String THEME_ASSETS = GeneratedPaths.THEME_FOLDER;
    public static final String HUB_TEMPLATE = "hub.ftl";
    public static final String REPORT_TEMPLATE = "bao-cao.ftl";
    /** The report's folder inside the output, next to the communes' sites. */
    public static final String REPORT_FOLDER = GeneratedPaths.REPORT_FOLDER;

    private final Path templates;
    private final Map<String, Boolean> kindTemplates = new ConcurrentHashMap<>();
    private final DelegatingTemplateEngine engine;
    private final Map<Profile.RawHtml, Markdown> markdown = Map.of(
            Profile.RawHtml.SANITIZE, new Markdown(Profile.RawHtml.SANITIZE),
            Profile.RawHtml.REJECT, new Markdown(Profile.RawHtml.REJECT));

    /** Sets JBake up once for a build: its configuration and its template engines, reading {@code templates/}. */
    public Baker(Path repositoryRoot) {
        this.templates = repositoryRoot.resolve(TEMPLATES);
        // JBake's configuration wants a destination folder; pages are written by this class, never by JBake.
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(repositoryRoot.toFile(), repositoryRoot.resolve("target").toFile(), false);
        config.setTemplateFolder(templates.toFile());
        // No content store: templates get everything in their model and cannot query one page by page.
        this.engine = new DelegatingTemplateEngine(null, config);
    }

    /** Writes every page of a site, its attachments and the theme into {@code dir}. */
    public BakeResult bake(Site site, Path dir) {
        List<Finding> findings = new ArrayList<>();
        int pages = 0;
        PageModel.SiteData shared = PageModel.SiteData.of(site);
        Markdown renderer = markdown.get(site.commune().menu().rawHtml());
        // Each body is rendered once, for its page and for the search index.
        Map<Entry, Markdown.Rendered> rendered = new IdentityHashMap<>();
        Function<Entry, Markdown.Rendered> bodies = entry -> rendered.computeIfAbsent(entry, e -> renderer.render(e.item().body()));
        for (Page page : site.pages()) {
            if (render(templateFor(page), PageModel.of(shared, page, bodies), dir.resolve(page.output()), findings) && page.type().isHtml()) {
                pages++;
            }
        }
        SearchIndex index = SearchIndex.of(site, entry -> bodies.apply(entry).text());
        byte[] script = index.script();
        write(dir.resolve(SearchIndex.FILE), script, findings);
        for (Asset asset : site.commune().assets()) {
            copy(asset.file(), dir.resolve(asset.sitePath()), asset.repoPath(), findings);
        }
        copyTheme(dir, findings);
        return new BakeResult(pages, new BakeResult.Index(index.documents().size(), script.length), findings);
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
                .filter(name -> kindTemplates.computeIfAbsent(name, n -> Files.isRegularFile(templates.resolve(n))))
                .orElse(generic);
    }

    /**
     * Writes the district's own site at the top of the output: the hub ({@code index.html}) linking every commune's
     * site, and, given an evaluation, the yearly report in {@value #REPORT_FOLDER}/ with its CSV and JSON exports.
     */
    public BakeResult bakeDistrict(List<Commune> communes, Optional<Evaluation> evaluation, Path dir) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("communes", communes.stream().map(PageModel::siteFacts).toList());
        model.put("page", Map.of("title", "", "root", ""));
        model.put("report", evaluation.isPresent());
        int pages = render(HUB_TEMPLATE, model, dir.resolve("index.html"), findings) ? 1 : 0;
        copyTheme(dir, findings);
        if (evaluation.isPresent()) {
            Path report = dir.resolve(REPORT_FOLDER);
            pages += render(REPORT_TEMPLATE, ReportModel.of(evaluation.get()), report.resolve("index.html"), findings) ? 1 : 0;
            write(report.resolve(Exports.CSV), Exports.csv(evaluation.get()), findings);
            write(report.resolve(Exports.JSON), Exports.json(evaluation.get()), findings);
        }
        return new BakeResult(pages, BakeResult.Index.NONE, findings);
    }

    private boolean render(String template, Map<String, Object> values, Path target, List<Finding> findings) {
        TemplateModel model = new TemplateModel();
        model.putAll(values);
        StringWriter html = new StringWriter();
        try {
            engine.renderDocument(model, template, html);
        } catch (RenderingException e) {
            findings.add(templateFinding(template, e));
            return false;
        }
        return write(target, html.toString().getBytes(StandardCharsets.UTF_8), findings);
    }

    private static boolean write(Path target, byte[] bytes, List<Finding> findings) {
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            return true;
        } catch (IOException e) {
            findings.add(Finding.error(target.toString(), 0, "write-failed", Message.of("bake.write-failed", String.valueOf(e.getMessage()))));
            return false;
        }
    }

    private Finding templateFinding(String template, RenderingException e) {
        Throwable cause = e.getCause();
        String path = TEMPLATES + "/" + template;
        if (cause instanceof ParseException parse) {
            return Finding.error(TEMPLATES + "/" + parse.getTemplateName(), parse.getLineNumber(), "template-error",
                    Message.of("bake.template", parse.getEditorMessage()));
        }
        if (cause instanceof TemplateException error) {
            String source = error.getTemplateSourceName() == null ? path : TEMPLATES + "/" + error.getTemplateSourceName();
            int line = error.getLineNumber() == null ? 0 : error.getLineNumber();
            return Finding.error(source, line, "template-error", Message.of("bake.template", firstLine(error.getMessageWithoutStackTop())));
        }
        return Finding.error(path, 0, "template-error", Message.of("bake.template", firstLine(String.valueOf(
                cause == null ? e.getMessage() : cause.getMessage()))));
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse(text);
    }

    private void copyTheme(Path dir, List<Finding> findings) {
        Path theme = templates.resolve(THEME_ASSETS);
        if (!Files.isDirectory(theme)) {
            return;
        }
        try (Stream<Path> files = Files.walk(theme)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = theme.relativize(file).toString().replace(File.separatorChar, '/');
                copy(file, dir.resolve(THEME_ASSETS).resolve(relative), TEMPLATES + "/" + THEME_ASSETS + "/" + relative, findings);
            }
        } catch (IOException e) {
            findings.add(Finding.error(TEMPLATES + "/" + THEME_ASSETS, 0, "write-failed", Message.of("bake.write-failed", String.valueOf(e.getMessage()))));
        }
    }

    private static void copy(Path source, Path target, String repoPath, List<Finding> findings) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            findings.add(Finding.error(repoPath, 0, "write-failed", Message.of("bake.write-failed", String.valueOf(e.getMessage()))));
        }
    }
}
