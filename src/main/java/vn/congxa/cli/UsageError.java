package vn.congxa.cli;

import picocli.CommandLine;
import vn.congxa.finding.Lang;
import vn.congxa.finding.Message;

/** A misuse that congxa itself finds (an unknown commune, an output folder it may not write to): exit 2, its own words. */
final class UsageError extends CommandLine.ParameterException {

    private static final long serialVersionUID = 1L;

    UsageError(CommandLine commandLine, Lang lang, String key, Object... args) {
        super(commandLine, Message.of(key, args).render(lang));
    }

    UsageError(CommandLine commandLine, Lang lang, Message message) {
        super(commandLine, message.render(lang));
    }
}
