package vn.congxa.site;

import java.util.List;
import vn.congxa.profile.Section;

/** An entry of the menu: a section of the profile (or of the commune) with the sub-sections that are shown. */
public record MenuItem(Section section, String href, List<MenuItem> children) {

    public MenuItem {
        children = List.copyOf(children);
    }
}
