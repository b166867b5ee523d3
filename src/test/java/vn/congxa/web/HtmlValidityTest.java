package vn.congxa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every page of the sample district is valid HTML for the Nu Html Checker: no error on any page of any kind. */
class HtmlValidityTest {

    @Test
    void everyPageOfTheSampleDistrictHasNoHtmlError() throws Exception {
        HtmlChecker checker = new HtmlChecker();
        Path site = BuiltSample.site();
        List<Path> pages = BuiltSample.htmlPages();
        assertTrue(pages.size() > 150, "the whole district is checked, not a few pages: " + pages.size());
        List<HtmlChecker.Error> errors = new ArrayList<>();
        for (Path page : pages) {
            errors.addAll(checker.check(page, site.relativize(page).toString()));
        }
        assertEquals(List.of(), errors, () -> errors.size() + " errors:\n"
                + errors.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void theCheckerReportsAnInvalidPage() throws Exception {
        // A page without a title, with a list item outside a list: two errors the checker must see.
        List<HtmlChecker.Error> errors = new HtmlChecker().check(
                "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"></head>\n<body><li>mục</li></body></html>\n", "sai.html");
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("title")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("li")), errors::toString);
    }
}
