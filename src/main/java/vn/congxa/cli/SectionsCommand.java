package vn.congxa.cli;

import vn.congxa.text.Json;
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

    @Mixin
    LawOptions law = new LawOptions();

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
        Optional<Pipeline.Governed> governed = Pipeline.governing(repository, law, spec.commandLine());
        if (governed.isEmpty()) {
            return Main.CONTENT_ERRORS;
        }
        Profile profile = governed.get().profile();
        switch (format) {
            case JSON -> out.println(json(profile, governed.get().loaded(), lang).toPrettyString());
            case TEXT -> text(profile, lang, out);
        }
        out.flush();
        return Main.OK;
    }

    /** The profile in force, its period, every profile the repository holds, and the sections. */
    private static ObjectNode json(Profile profile, ProfileLoader.Loaded loaded, Lang lang) {
        ObjectNode root = Json.NODES.objectNode();
        root.set("profile", profileNode(profile, lang));
        ArrayNode all = root.putArray("profiles");
        loaded.profiles().forEach(p -> all.add(profileNode(p, lang)));
        root.set("sections", sections(profile, lang));
        return root;
    }

    private static ObjectNode profileNode(Profile profile, Lang lang) {
        ObjectNode node = Json.NODES.objectNode();
        node.put("id", profile.id());
        node.put("name", profile.name(lang));
        node.put("version", profile.version());
        if (profile.inForce().bounded()) {
            node.put("in_force_from", profile.inForce().from().toString());
        } else {
            node.putNull("in_force_from");
        }
        profile.inForce().until().ifPresentOrElse(until -> node.put("in_force_until", until.toString()), () -> node.putNull("in_force_until"));
        return node;
    }

    private static ArrayNode sections(Profile profile, Lang lang) {
        ArrayNode array = Json.NODES.arrayNode();
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
        out.println(period(profile, lang));
        profile.sections().forEach(section -> text(section, 1, lang, out));
    }

    /** "Có hiệu lực từ 01/07/2026" / "… từ 15/08/2022 đến hết 30/06/2026"; a profile with no period: always. */
    private static String period(Profile profile, Lang lang) {
        if (!profile.inForce().bounded()) {
            return Message.of("sections.in-force-always").render(lang);
        }
        String from = profile.inForce().from().format(vn.congxa.text.Vietnamese.DAY);
        return profile.inForce().until()
                .map(until -> Message.of("sections.in-force-between", from, until.format(vn.congxa.text.Vietnamese.DAY)).render(lang))
                .orElseGet(() -> Message.of("sections.in-force-from", from).render(lang));
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
