package vn.congxa.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.congxa.finding.Lang;

/** Options of every command: which repository, and the language a person reads. */
final class RepositoryOptions {

    @Option(names = {"-C", "--directory"}, paramLabel = "THƯ_MỤC", defaultValue = ".",
            description = "Thư mục gốc của kho nội dung (mặc định: thư mục hiện tại).")
    Path root;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", converter = LangConverter.class,
            description = "Ngôn ngữ của thông báo: vi (mặc định) hoặc en.")
    Lang lang;

    static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            return switch (value) {
                case "vi" -> Lang.VI;
                case "en" -> Lang.EN;
                default -> throw new picocli.CommandLine.TypeConversionException("vi | en");
            };
        }
    }
}
