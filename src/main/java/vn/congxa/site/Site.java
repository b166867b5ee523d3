package vn.congxa.site;

import java.util.List;
import vn.congxa.check.Commune;

/**
 * A commune's site, planned as of a day: the unit that oversees it (its site is a component of that unit's portal), its
 * menu, the pages outside any section (linked from every page's footer), the schedule of the current week (shown on
 * the home page), the notices shown at the top of every page while they last (a planned outage), and every page and
 * every file of the output formats, ready to be baked.
 */
public record Site(Commune commune, java.util.Optional<vn.congxa.check.Overseer> overseer, java.time.LocalDate asOf, List<MenuItem> menu,
                   List<Link> standalonePages, java.util.Optional<vn.congxa.check.Entry> thisWeek, List<HomeBlock> homeBlocks,
                   List<vn.congxa.check.Entry> banners, List<Page> pages, List<Output> outputs) {

    public Site {
        banners = List.copyOf(banners);
        menu = List.copyOf(menu);
        homeBlocks = List.copyOf(homeBlocks);
        standalonePages = List.copyOf(standalonePages);
        pages = List.copyOf(pages);
        outputs = List.copyOf(outputs);
    }
}
