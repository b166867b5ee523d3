package vn.congxa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congxa.finding.Lang;
import vn.congxa.finding.Message;
import vn.congxa.profile.Profile;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.profile.Section;

/** {@code sections}: the profile's menu as a checklist for editors, or as JSON for tools. */
@Command(name = "sections", mixinStandardHelpOptions = true)
final class SectionsCommand implements Callable<Integer>, RepositoryOptions.User {

    @Mixin
    RepositoryOptions repository = new RepositoryOptions();

    /** Text for editors, JSON for tools. */
    enum Format { TEXT, JSON }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public RepositoryOptions repository() {
        return repository;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Lang lang = repository.lang;
        Optional<ProfileLoader.Loaded> loaded = Pipeline.usableProfile(repository, spec.commandLine());
        if (loaded.isEmpty()) {
            return Main.CONTENT_ERRORS;
        }
        Profile profile = loaded.get().profile().orElseThrow();
        switch (format) {
            case JSON -> out.println(json(profile, lang).toPrettyString());
            case TEXT -> text(profile, lang, out);
        }
        out.flush();
        return Main.OK;
    }

    private static ArrayNode json(Profile profile, Lang lang) {
        ArrayNode array = new ObjectMapper().createArrayNode();
        profile.all().forEach(section -> {
            ObjectNode node = array.addObject();
            node.put("path", section.path());
            node.put("title", section.title(lang));
            node.put("title_vi", section.title());
            node.put("title_en", section.titleEn());
            node.put("kind", section.kind());
            node.put("required", section.required());
            node.put("min_items", section.minItems());
            if (section.maxAgeDays() > 0) {
                node.put("max_age_days", section.maxAgeDays());
            } else {
                node.putNull("max_age_days");
            }
            section.basis().ifPresentOrElse(basis -> {
                node.put("basis", basis.cite(lang));
                node.put("basis_status", basis.status().name().toLowerCase());
            }, () -> {
                node.putNull("basis");
                node.putNull("basis_status");
            });
        });
        return array;
    }

    private static void text(Profile profile, Lang lang, PrintWriter out) {
        out.println(Message.of("sections.header", profile.name(lang), profile.id(), profile.version()).render(lang));
        profile.sections().forEach(section -> text(section, 1, lang, out));
    }

    private static void text(Section section, int depth, Lang lang, PrintWriter out) {
        String box = Message.of(section.required() ? "sections.required" : "sections.optional").render(lang);
        StringBuilder line = new StringBuilder("  ".repeat(depth)).append(box).append(' ').append(section.path()).append("/  ")
                .append(section.title(lang));
        if (section.required()) {
            line.append(" — ").append(Message.of("sections.min-items", section.minItems()).render(lang));
        }
        if (section.maxAgeDays() > 0) {
            line.append(" — ").append(Message.of("sections.max-age", section.maxAgeDays()).render(lang));
        }
        section.basis().ifPresent(basis -> line.append(" — ").append(basis.cite(lang)));
        out.println(line);
        section.children().forEach(child -> text(child, depth + 1, lang, out));
    }
}
