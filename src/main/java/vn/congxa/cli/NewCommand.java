package vn.congxa.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congxa.check.CheckResult;
import vn.congxa.check.Commune;
import vn.congxa.finding.Message;
import vn.congxa.profile.Kind;
import vn.congxa.profile.Kinds;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.profile.Section;
import vn.congxa.scaffold.NewItem;

/** {@code new}: starts an item of a kind in a commune's section, ready to be filled in. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Tạo bài mới thuộc một loại nội dung trong thư mục chuyên mục của xã: tên tệp không dấu lấy từ tiêu đề, "
                + "ngày hôm nay, các trường bắt buộc được điền sẵn hoặc đánh dấu; bài là bản nháp cho tới khi xóa dòng draft.")
final class NewCommand implements Callable<Integer> {

    @Mixin
    Options options = new Options();

    @Parameters(index = "0", paramLabel = "LOẠI", description = "Loại nội dung, ví dụ van-ban, tin-bai, thu-tuc (xem content/kinds.yml).")
    String kindId;

    @Parameters(index = "1", paramLabel = "TIÊU_ĐỀ", description = "Tiêu đề bài, viết có dấu.")
    String title;

    @Option(names = "--section", paramLabel = "CHUYÊN_MỤC", description = "Thư mục chuyên mục, khi nhiều chuyên mục cùng một loại (ví dụ gioi-thieu/lanh-dao); "
                    + "mặc định: chuyên mục duy nhất của loại đó, hoặc chuyên mục cùng tên với loại.")
    String sectionPath;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine commandLine = spec.commandLine();
        if (options.communes.size() != 1) {
            throw new CommandLine.ParameterException(commandLine, message("cli.new-one-commune"));
        }
        if (!NewItem.isUsableTitle(title)) {
            throw new CommandLine.ParameterException(commandLine, message("cli.new-no-title"));
        }
        Optional<ProfileLoader.Loaded> loaded = Pipeline.usableProfile(options.repository, commandLine);
        if (loaded.isEmpty()) {
            return Main.CONTENT_ERRORS;
        }
        Kinds kinds = loaded.get().kinds().orElseThrow();
        Kind kind = kinds.kind(kindId).orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                message("cli.unknown-kind", kindId, String.join(", ", kinds.kinds().keySet()))));
        CheckResult checked = Pipeline.check(options, commandLine); // refuses an unknown commune, listing the known ones
        Commune commune = checked.communes().stream().findFirst().orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                message("cli.new-unreadable", options.communes.get(0))));
        List<Section> ofKind = commune.menu().all().filter(s -> s.kind().equals(kind.id())).toList();
        // Without --section: the only section of the kind, or the one named like the kind (van-ban for van-ban).
        List<Section> candidates = ofKind.stream()
                .filter(s -> sectionPath != null ? s.path().equals(sectionPath) : ofKind.size() == 1 || s.path().equals(kind.id()))
                .toList();
        if (candidates.size() != 1) {
            throw new CommandLine.ParameterException(commandLine, message(ofKind.isEmpty() ? "cli.new-no-section" : "cli.new-which-section",
                    kind.id(), ofKind.stream().map(Section::path).collect(java.util.stream.Collectors.joining(", "))));
        }
        Path folder = options.repository.root.resolve(commune.repoPath()).resolve(candidates.get(0).path());
        Files.createDirectories(folder);
        String name = NewItem.fileName(title, candidates.get(0).path(), file -> Files.exists(folder.resolve(file)));
        Path file = folder.resolve(name);
        // Never over a file that appeared since its name was chosen.
        Files.writeString(file, NewItem.text(kinds, kind, title, options.today()), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        String repoPath = commune.repoPath() + "/" + candidates.get(0).path() + "/" + name;
        commandLine.getOut().println(repoPath);
        commandLine.getOut().flush();
        new Console(options, commandLine).status("cli.new-created", repoPath);
        return Main.OK;
    }

    private String message(String key, Object... args) {
        return Message.of(key, args).render(options.repository.lang);
    }
}
