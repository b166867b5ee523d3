package vn.congxa.site;

import java.util.List;
import vn.congxa.check.Commune;

/** A commune's site, planned: its menu and every page, ready to be baked. */
public record Site(Commune commune, List<MenuItem> menu, List<Page> pages) {

    public Site {
        menu = List.copyOf(menu);
        pages = List.copyOf(pages);
    }
}
