package vn.congxa.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congxa.check.Checker;
import vn.congxa.content.Repository;
import vn.congxa.preview.PreviewServer;
import vn.congxa.preview.PreviewState;
import vn.congxa.preview.Watcher;

/**
 * {@code serve}: the editor's preview. Builds the selected communes, drafts included, into {@value #FOLDER}, serves them
 * on 127.0.0.1, and builds again whenever a file is saved; the pages reload themselves and show the findings.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer>, RepositoryOptions.User {

    /** The preview's own folder: never the build's, whose sites must not gain drafts. */
    static final String FOLDER = "target/preview";
    private static final long LOOK_EVERY_MILLIS = 300;

    @Mixin
    Options options = new Options();

    /** The highest port number there is. */
    private static final int LAST_PORT = 65_535;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public RepositoryOptions repository() {
        return options.repository;
    }

    /** How many builds have finished: a page reloads when the number changes. */
    private long builds;

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > LAST_PORT) {
            throw new UsageError(spec.commandLine(), options.repository.lang, "cli.bad-port", port, LAST_PORT);
        }
        Path output = options.repository.output(null, FOLDER, spec.commandLine());
        Console console = new Console(options, spec.commandLine());
        Path root = options.repository.root;
        Selection selection = Pipeline.select(options, spec.commandLine());
        // The files that change a preview: the selected communes' folders, and what every commune shares.
        Stream<Path> communes = selection.all() ? Stream.of(root.resolve(Repository.COMMUNES))
                : selection.slugs().stream().map(slug -> root.resolve(Repository.COMMUNES).resolve(slug));
        List<Path> watched = Stream.concat(communes, Stream.of(root.resolve(Repository.SHARED), root.resolve("templates"))).toList();
        String home = selection.slugs().isEmpty() ? "" : selection.slugs().get(0);
        try (PreviewServer server = start(output, home, spec.commandLine())) {
            Watcher watcher = new Watcher(watched);
            build(console, selection, output, server);
            console.status("cli.serving", "http://127.0.0.1:" + server.port() + "/" + (selection.all() ? "" : home + "/"));
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(LOOK_EVERY_MILLIS);
                if (watcher.changed()) {
                    // Wait until saving is over: an editor's save can be several writes.
                    do {
                        Thread.sleep(LOOK_EVERY_MILLIS);
                    } while (watcher.changed());
                    server.publish(PreviewState.building(builds));
                    build(console, selection, output, server);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    private PreviewServer start(Path output, String home, CommandLine commandLine) throws IOException {
        try {
            return PreviewServer.start(output, port, home);
        } catch (BindException e) {
            throw new UsageError(commandLine, options.repository.lang, "cli.port-busy", port);
        }
    }

    /** One build, its findings printed in the terminal and handed to the pages. */
    private void build(Console console, Selection selection, Path output, PreviewServer server) throws IOException {
        SiteBuild.Outcome outcome = SiteBuild.run(options, selection, output, Checker.Drafts.SHOWN,
                console.progress(output), spec.commandLine());
        console.findings(outcome.findings());
        console.summary(outcome.findings());
        if (outcome.written()) {
            console.previewed(outcome);
        } else {
            console.status("cli.preview-kept");
        }
        server.publish(new PreviewState(++builds, false, outcome.written(), outcome.findings(), options.repository.lang));
    }
}
