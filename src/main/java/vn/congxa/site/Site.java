package vn.congxa.site;

import java.util.List;
import vn.congxa.check.Commune;

/**
 * A commune's site, planned as of a day: its menu, the pages outside any section (linked from every page's footer), the
 * schedule of the current week (shown on the home page), and every page, ready to be baked.
 */
public record Site(Commune commune, java.time.LocalDate asOf, List<MenuItem> menu, List<Link> standalonePages,
                   java.util.Optional<vn.congxa.check.Entry> thisWeek, List<HomeBlock> homeBlocks, List<Page> pages) {

    public Site {
        menu = List.copyOf(menu);
        homeBlocks = List.copyOf(homeBlocks);
        standalonePages = List.copyOf(standalonePages);
        pages = List.copyOf(pages);
    }
}
