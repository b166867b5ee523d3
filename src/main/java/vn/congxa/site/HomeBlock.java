package vn.congxa.site;

import java.util.List;
import vn.congxa.check.Entry;
import vn.congxa.profile.Section;

/** A block of the home page: a section and its newest items (newest documents, procedures…). */
public record HomeBlock(Section section, List<Entry> items) {

    public HomeBlock {
        items = List.copyOf(items);
    }
}
