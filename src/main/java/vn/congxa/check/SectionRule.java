package vn.congxa.check;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.congxa.content.BodyText;
import vn.congxa.content.Item;
import vn.congxa.field.Value;
import vn.congxa.finding.Finding;
import vn.congxa.text.Vietnamese;
import vn.congxa.finding.Message;
import vn.congxa.finding.Messages.Localised;
import vn.congxa.profile.Deadline;
import vn.congxa.profile.Profile;
import vn.congxa.profile.Section;
import vn.congxa.yaml.Nearest;

/**
 * The required menu: every required section present, holding at least its minimum of published items with a
 * body, and no older than its freshness limit; folders the profile does not know are pointed out.
 */
final class SectionRule {

    private static final DateTimeFormatter DAY = Vietnamese.DAY;

    /** Why a body does not count, as its message says. */
    private static final Map<BodyText.Verdict, String> EMPTY_BODY = Map.of(
            BodyText.Verdict.BLANK, "section.empty-body",
            BodyText.Verdict.NO_TEXT, "section.no-text-body",
            BodyText.Verdict.FILLER, "section.filler-body");

    private SectionRule() {
    }

    /** Folders no section has; for a unit, what each section and each item of it must have. */
    static void check(Scope scope, List<Finding> findings) {
        unknownFolders(scope.tree().items(), scope.menu(), findings, scope.tree().repoPath());
        scope.unit().ifPresent(unit -> check(scope.tree().repoPath(), new java.util.HashSet<>(scope.tree().folders()), scope.menu(),
                unit.entries(), scope.asOf(), findings));
    }

    private static void check(String communeRepoPath, Set<String> communeFolders, Profile menu, List<Entry> entries,
                              LocalDate asOf, List<Finding> findings) {
        Map<String, List<Entry>> byFolder = entries.stream().collect(Collectors.groupingBy(e -> e.item().folder()));
        menu.all().forEach(section -> checkSection(communeRepoPath, communeFolders, section,
                byFolder.getOrDefault(section.path(), List.of()), asOf, findings));
        for (Entry entry : entries) {
            if (entry.draft() || entry.item().isLanding() || entry.section().isEmpty()) {
                continue;
            }
            Item item = entry.item();
            if (!entry.hasBody()) {
                findings.add(Finding.warning(item.repoPath(), item.bodyLine(), "empty-body",
                        Message.of(EMPTY_BODY.get(entry.body().substance().verdict()), localised(entry.section().get()), BodyText.PLACEHOLDER)));
            }
            entry.body().substance().placeholderLine().ifPresent(line -> findings.add(Finding.warning(item.repoPath(), item.bodyLine() + line,
                    "placeholder-text", Message.of("section.placeholder-text", BodyText.PLACEHOLDER))));
        }
    }

    /** Items in folders that no section of the menu declares are not published; each folder is named once. */
    private static void unknownFolders(List<Item> items, Profile menu, List<Finding> findings, String treeRepoPath) {
        List<String> known = menu.all().map(Section::path).toList();
        Map<String, Item> firstByFolder = new TreeMap<>();
        items.stream().filter(item -> !item.folder().isEmpty() && !known.contains(item.folder()))
                .forEach(item -> firstByFolder.putIfAbsent(item.folder(), item));
        firstByFolder.forEach((folder, item) -> findings.add(Finding.warning(treeRepoPath + "/" + folder, 0, "unknown-folder",
                Message.of("section.unknown-folder", folder, Nearest.hint(folder, known)))));
    }

    private static void checkSection(String communeRepoPath, Set<String> communeFolders, Section section,
                                     List<Entry> entries, LocalDate asOf, List<Finding> findings) {
        List<Entry> published = entries.stream().filter(Entry::countsAsPublished).toList();
        section.deadline().ifPresent(deadline -> published.forEach(entry -> lateness(entry, deadline, findings)));
        section.notice().ifPresent(notice -> published.forEach(entry -> shortNotice(entry, notice, findings)));
        section.currentWeek().filter(field -> !published.isEmpty()).ifPresent(field -> {
            Value.Week week = Value.Week.of(asOf);
            if (published.stream().noneMatch(entry -> entry.values().get(field).filter(week::equals).isPresent())) {
                LocalDate monday = asOf.with(java.time.DayOfWeek.MONDAY);
                Finding finding = new Finding(communeRepoPath + "/" + section.path(), 0, section.freshness(), "not-current-week",
                        Message.of("section.not-current-week", localised(section), week.plain(), monday.format(DAY), monday.plusDays(6).format(DAY), field),
                        section.basis());
                findings.add(finding);
            }
        });
        String folderPath = communeRepoPath + "/" + section.path();
        if (section.required() && published.size() < section.minItems()) {
            // A shared landing page (content/<section>/index.md) does not make a section the commune lacks present.
            boolean absent = !communeFolders.contains(section.path()) && published.isEmpty();
            Message message = absent
                    ? Message.of("section.missing", localised(section), section.path(), section.minItems())
                    : Message.of("section.too-few", localised(section), published.size(), section.minItems());
            Finding finding = Finding.error(folderPath, 0, absent ? "missing-section" : "too-few-items", message);
            findings.add(section.basis().map(finding::withBasis).orElse(finding));
            return;
        }
        if (section.maxAgeDays() > 0 && !published.isEmpty()) {
            Optional<LocalDate> newest = published.stream().map(Entry::date).flatMap(Optional::stream).max(Comparator.naturalOrder());
            newest.filter(date -> ChronoUnit.DAYS.between(date, asOf) > section.maxAgeDays()).ifPresent(date -> {
                findings.add(new Finding(folderPath, 0, section.freshness(), "stale-section", Message.of("section.stale", localised(section),
                        date.format(DAY), ChronoUnit.DAYS.between(date, asOf), section.maxAgeDays(), asOf.format(DAY)), section.basis()));
            });
        }
    }

    /** An item published more working days after its issue date than the section allows. */
    private static void lateness(Entry entry, Deadline deadline, List<Finding> findings) {
        Optional<LocalDate> from = entry.values().day(deadline.from());
        if (from.isEmpty() || entry.date().isEmpty()) {
            return;
        }
        LocalDate issued = from.get();
        LocalDate published = entry.date().get();
        long late = workingDaysBetween(issued, published);
        if (late > deadline.workingDays()) {
            Finding finding = new Finding(entry.item().repoPath(), entry.item().frontMatter().map(m -> m.lineOf("date")).orElse(0),
                    deadline.severity(), "late-publication", Message.of("section.late", published.format(DAY), issued.format(DAY),
                    late, deadline.workingDays()), deadline.basis());
            findings.add(finding);
        }
    }

    /** A notice (of a planned outage) published fewer working days ahead of the day it announces than the profile asks. */
    private static void shortNotice(Entry entry, Deadline notice, List<Finding> findings) {
        Optional<LocalDate> from = entry.values().day(notice.from());
        if (from.isEmpty() || entry.date().isEmpty()) {
            return;
        }
        LocalDate start = from.get();
        LocalDate published = entry.date().get();
        long ahead = workingDaysBetween(published, start);
        if (ahead < notice.workingDays()) {
            int line = entry.item().frontMatter().map(m -> m.lineOf("date")).orElse(0);
            findings.add(new Finding(entry.item().repoPath(), line, notice.severity(), "short-notice", Message.of("section.short-notice",
                    published.format(DAY), start.format(DAY), ahead, notice.workingDays()), notice.basis()));
        }
    }

    /** Monday-to-Friday days after {@code from}, up to and including {@code to}. */
    static long workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long weeks = ChronoUnit.DAYS.between(from, to) / 7;
        long count = weeks * 5;
        for (LocalDate day = from.plusWeeks(weeks); day.isBefore(to); ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek().getValue() <= 5) {
                count++;
            }
        }
        return count;
    }

    static Localised localised(Section section) {
        return new Localised(section.title(), section.titleEn().isBlank() ? section.title() : section.titleEn());
    }
}
