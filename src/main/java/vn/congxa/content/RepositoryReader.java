package vn.congxa.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.congxa.work.Parallel;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.yaml.YNode;
import vn.congxa.yaml.YamlReader;

/**
 * Reads the shared {@code content/} folder and every commune folder into immutable values. It only reports what
 * stops a file from being read (encoding, front matter, YAML syntax); whether the content is right is for the checks.
 *
 * <p>Each folder is read into its own list of findings, whatever thread reads it; the lists are joined in the
 * folders' order, so the result does not depend on the threads.
 */
public final class RepositoryReader {

    /** Markdown files larger than this are refused: no real article is, and a huge file stalls every build. */
    public static final long MAX_MARKDOWN_BYTES = 1024 * 1024;

    private final Path root;

    private RepositoryReader(Path root) {
        this.root = root;
    }

    /** A reader of the repository at {@code root}, for a command that reads it folder by folder. */
    public static RepositoryReader at(Path root) {
        return new RepositoryReader(root);
    }

    /**
     * Reads the repository at {@code root}: the shared content, the {@code communes} named in full, and every
     * commune's {@code commune.yml} for the rules that compare communes.
     *
     * @param jobs how many communes are read at once
     */
    public static Repository read(Path root, Collection<String> communes, int jobs) {
        return new RepositoryReader(root).read(communes, jobs);
    }

    /** The commune folders of a repository, sorted. A symbolic link is none (see {@link #symlinkedCommunes}). */
    public static List<String> communeSlugs(Path root) {
        return communeFolders(root).stream()
                .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                .map(p -> p.getFileName().toString())
                .toList();
    }

    /** A commune folder that is a symbolic link is never read, and reported, so that no commune is left out unseen. */
    public static List<Finding> symlinkedCommunes(Path root) {
        return communeFolders(root).stream()
                .filter(Files::isSymbolicLink)
                .map(p -> Finding.error(Repository.COMMUNES + "/" + p.getFileName(), 0, "symlink", Message.of("content.symlink-commune")))
                .toList();
    }

    private static List<Path> communeFolders(Path root) {
        Path dir = root.resolve(Repository.COMMUNES);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isSymbolicLink(p) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A folder as read, and what kept some of its files from being read. */
    public record Read<T>(T value, List<Finding> findings) {
        public Read {
            findings = List.copyOf(findings);
        }
    }

    private Repository read(Collection<String> only, int jobs) {
        Read<SourceTree> shared = shared();
        List<Finding> findings = new ArrayList<>(shared.findings());
        List<String> slugs = communeSlugs(root).stream().filter(only::contains).toList();
        List<Read<CommuneSource>> communes = Parallel.map(slugs, jobs, this::commune);
        communes.forEach(commune -> findings.addAll(commune.findings()));
        return new Repository(root, shared.value(), communes.stream().map(Read::value).toList(), configs(jobs), findings);
    }

    /** The shared {@code content/} folder. */
    public Read<SourceTree> shared() {
        List<Finding> findings = new ArrayList<>();
        SourceTree tree = readTree(Repository.SHARED, true, findings);
        return new Read<>(tree, findings);
    }

    /** Every commune's {@code commune.yml}, in the folders' order, for the rules that compare communes; their problems are theirs. */
    public List<CommuneSource.ConfigFile> configs(int jobs) {
        return Parallel.map(communeSlugs(root), jobs, slug -> readConfig(slug).value());
    }

    /** One commune's folder, in full. */
    public Read<CommuneSource> commune(String slug) {
        Read<CommuneSource.ConfigFile> config = readConfig(slug);
        List<Finding> findings = new ArrayList<>(config.findings());
        SourceTree tree = readTree(Repository.COMMUNES + "/" + slug, false, findings);
        return new Read<>(new CommuneSource(slug, config.value().mapping(), tree, config.value().exists()), findings);
    }

    private SourceTree readTree(String repoPath, boolean shared, List<Finding> findings) {
        Path base = root.resolve(repoPath);
        List<Item> items = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        List<StrayFile> strays = new ArrayList<>();
        if (!Files.isDirectory(base)) {
            return new SourceTree(repoPath, items, assets, folders, strays);
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(base)) {
            paths = walk.filter(p -> !p.equals(base)).sorted().toList();
        } catch (IOException e) {
            findings.add(Finding.error(repoPath, 0, "unreadable", Message.of("content.unreadable", e.getMessage())));
            return new SourceTree(repoPath, items, assets, folders, strays);
        }
        for (Path path : paths) {
            String sitePath = base.relativize(path).toString().replace('\\', '/');
            String fileRepoPath = repoPath + "/" + sitePath;
            if (isHidden(sitePath)) {
                continue;
            }
            Optional<StrayFile.Kind> stray = StrayFile.classify(path.getFileName().toString(), () -> startsWithFrontMatter(path));
            if (Files.isSymbolicLink(path)) {
                findings.add(Finding.error(fileRepoPath, 0, "symlink", Message.of("content.symlink")));
            } else if (Files.isDirectory(path)) {
                folders.add(sitePath);
            } else if (stray.isPresent()) {
                strays.add(new StrayFile(fileRepoPath, sitePath, stray.get()));
            } else if (sitePath.endsWith(".md")) {
                readItem(path, fileRepoPath, sitePath, shared, findings).ifPresent(items::add);
            } else if (!isConfiguration(sitePath, shared)) {
                assets.add(new Asset(fileRepoPath, sitePath, path, size(path)));
            }
        }
        return new SourceTree(repoPath, items, assets, folders, strays);
    }

    /** Whether a file's first line is "---", the front matter of an article (after a byte-order mark). */
    private static boolean startsWithFrontMatter(Path file) {
        try (var in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(8), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
            return start.startsWith("---\n") || start.startsWith("---\r");
        } catch (IOException e) {
            return false; // read as an attachment, whose problems are reported when it is copied
        }
    }

    /**
     * YAML at the top of a tree is configuration (kinds, rubric, the overseeing unit, commune.yml), and so are the
     * shared tree's profiles: read on their own, never published.
     */
    private static boolean isConfiguration(String sitePath, boolean shared) {
        boolean yaml = sitePath.endsWith(".yml") || sitePath.endsWith(".yaml");
        return yaml && (!sitePath.contains("/") || shared && sitePath.startsWith(Repository.PROFILES + "/"));
    }

    private static boolean isHidden(String sitePath) {
        return Stream.of(sitePath.split("/")).anyMatch(part -> part.startsWith("."));
    }

    private Read<CommuneSource.ConfigFile> readConfig(String slug) {
        String repoPath = Repository.COMMUNES + "/" + slug + "/" + CommuneSource.CONFIG;
        Path file = root.resolve(repoPath);
        List<Finding> findings = new ArrayList<>();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            // Missing: reported by the checks, which know what commune.yml must hold. A link: reported with the tree.
            return new Read<>(new CommuneSource.ConfigFile(slug, repoPath, Optional.empty(), Files.exists(file, LinkOption.NOFOLLOW_LINKS)), findings);
        }
        Optional<YNode.Mapping> mapping = TextFile.read(file, repoPath, findings).flatMap(text -> {
            YamlReader.Result result = YamlReader.read(text, repoPath, 1);
            findings.addAll(result.findings());
            if (result.root().isPresent() && !(result.root().get() instanceof YNode.Mapping)) {
                findings.add(Finding.error(repoPath, 1, "config-wrong-type", Message.of("config.not-mapping", CommuneSource.CONFIG)));
            }
            return result.root().filter(YNode.Mapping.class::isInstance).map(YNode.Mapping.class::cast)
                    .or(() -> result.findings().isEmpty() && result.root().isEmpty()
                            ? Optional.of(new YNode.Mapping(Map.of(), 1)) : Optional.empty());
        });
        return new Read<>(new CommuneSource.ConfigFile(slug, repoPath, mapping, true), findings);
    }

    private Optional<Item> readItem(Path file, String repoPath, String sitePath, boolean shared, List<Finding> findings) {
        if (size(file) > MAX_MARKDOWN_BYTES) {
            findings.add(Finding.error(repoPath, 0, "file-too-large", Message.of("content.too-large", MAX_MARKDOWN_BYTES / 1024)));
            return Optional.empty();
        }
        return TextFile.read(file, repoPath, findings).flatMap(text -> splitFrontMatter(text, repoPath, sitePath, shared, findings));
    }

    private static Optional<Item> splitFrontMatter(String text, String repoPath, String sitePath, boolean shared, List<Finding> findings) {
        if (text.isBlank()) {
            findings.add(Finding.error(repoPath, 0, "empty-file", Message.of("content.empty")));
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        if (!lines[0].strip().equals("---")) {
            findings.add(Finding.error(repoPath, 1, "front-matter-missing", Message.of("content.front-matter-missing")));
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            findings.add(Finding.error(repoPath, 1, "front-matter-unclosed", Message.of("content.front-matter-unclosed")));
            return Optional.empty();
        }
        String yaml = String.join("\n", List.of(lines).subList(1, close));
        String body = String.join("\n", List.of(lines).subList(close + 1, lines.length));
        YamlReader.Result result = YamlReader.read(yaml, repoPath, 2);
        findings.addAll(result.findings());
        Optional<YNode.Mapping> frontMatter;
        if (result.root().isEmpty()) {
            // "---" directly followed by "---": an empty front matter, whose missing fields the checks report.
            frontMatter = result.findings().isEmpty() ? Optional.of(new YNode.Mapping(Map.of(), 1)) : Optional.empty();
        } else if (result.root().get() instanceof YNode.Mapping mapping) {
            frontMatter = Optional.of(mapping);
        } else {
            findings.add(Finding.error(repoPath, 2, "front-matter-not-mapping", Message.of("content.front-matter-not-mapping")));
            frontMatter = Optional.empty();
        }
        return Optional.of(new Item(repoPath, sitePath, frontMatter, body, close + 2, shared));
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }
}
