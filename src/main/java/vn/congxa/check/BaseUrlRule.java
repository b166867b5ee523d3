package vn.congxa.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import vn.congxa.content.CommuneSource;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;

/**
 * Every commune has its own portal address ({@code dia_chi_web}). The rule compares every commune's
 * {@code commune.yml}, whichever communes a command checks, so that a check of the changed communes alone still sees a
 * clash with one that did not change. A clash is blamed on the file that brought it: the one git history added later,
 * or every file of the clash when history cannot tell them apart.
 */
final class BaseUrlRule {

    private static final String KEY = "dia_chi_web";

    private BaseUrlRule() {
    }

    /** One commune's address, as written, and the same for comparing. */
    private record Address(CommuneSource.ConfigFile file, String written, String compared, int line) {
    }

    /**
     * @param selected the communes the command works on: a clash counts when one of them is part of it
     * @param history  read only when there is a clash
     */
    static void check(List<CommuneSource.ConfigFile> configs, Set<String> selected, Supplier<History> history, List<Finding> findings) {
        Map<String, List<Address>> bySite = new LinkedHashMap<>();
        for (CommuneSource.ConfigFile config : configs) {
            address(config).ifPresent(a -> bySite.computeIfAbsent(a.compared(), k -> new ArrayList<>()).add(a));
        }
        List<List<Address>> clashes = bySite.values().stream()
                .filter(group -> group.size() > 1 && group.stream().anyMatch(a -> selected.contains(a.file().slug())))
                .toList();
        if (clashes.isEmpty()) {
            return;
        }
        History introduced = history.get();
        for (List<Address> clash : clashes) {
            Optional<Address> first = first(clash, introduced);
            for (Address address : clash) {
                if (first.isPresent() && first.get() == address) {
                    continue;
                }
                List<String> others = clash.stream().filter(other -> other != address).map(other -> "\"" + other.file().slug() + "\"").toList();
                Message message = first.isPresent()
                        ? Message.of("commune.duplicate-base-url", address.written(), first.get().file().slug())
                        : Message.of("commune.shared-base-url", address.written(), others.size(), String.join(", ", others));
                findings.add(Finding.error(address.file().path(), address.line(), "duplicate-base-url", message));
            }
        }
    }

    /** The file of a clash that history added first, alone; none when two came in one commit or none is committed. */
    private static Optional<Address> first(List<Address> clash, History history) {
        Address first = null;
        int earliest = Integer.MAX_VALUE;
        boolean tie = false;
        for (Address address : clash) {
            OptionalInt commit = history.introduced(address.file().path());
            if (commit.isEmpty()) {
                continue; // not committed yet: later than any that is
            }
            if (commit.getAsInt() < earliest) {
                earliest = commit.getAsInt();
                first = address;
                tie = false;
            } else if (commit.getAsInt() == earliest) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(first);
    }

    private static Optional<Address> address(CommuneSource.ConfigFile config) {
        return config.mapping().flatMap(mapping -> mapping.text(KEY).map(String::strip).filter(text -> !text.isEmpty())
                .map(written -> new Address(config, written, written.replaceAll("/+$", "").toLowerCase(Locale.ROOT), mapping.lineOf(KEY))));
    }
}
