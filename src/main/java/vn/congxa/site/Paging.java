package vn.congxa.site;

import java.util.List;
import java.util.Optional;
import vn.congxa.content.GeneratedPaths;

/**
 * Where a section page stands among the section's pages: its number and their count, the year it is limited to
 * (a year archive), and every year the section has items from.
 */
public record Paging(int number, int count, Optional<Integer> year, List<Integer> years) {

    public Paging {
        years = List.copyOf(years);
    }

    public static String yearPage(String sectionPath, int year) {
        return GeneratedPaths.yearPage(sectionPath, year);
    }
}
