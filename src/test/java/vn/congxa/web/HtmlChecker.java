package vn.congxa.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine of validator.w3.org/nu), run in-process with its HTML schema, as its command line
 * runs it. One checker checks many pages, one after the other.
 */
public final class HtmlChecker {

    /** One error: where and what, as the checker words it. */
    public record Error(String page, int line, String message) {
        @Override
        public String toString() {
            return page + ":" + line + ": " + message;
        }
    }

    private final SimpleDocumentValidator validator;
    private final List<SAXParseException> errors = new ArrayList<>();

    public HtmlChecker() throws Exception {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings (a language guess, for one) are advice, not errors.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e);
            }
        };
        // (initialise logging, no stream mode, no language detection): language detection only warns.
        validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, false, false);
    }

    List<Error> check(Path page, String name) throws Exception {
        errors.clear();
        validator.checkHtmlFile(page.toFile(), true);
        return collected(name);
    }

    public List<Error> check(String html, String name) throws Exception {
        errors.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        source.setSystemId(name);
        validator.checkHtmlInputSource(source);
        return collected(name);
    }

    private List<Error> collected(String name) {
        return errors.stream().map(e -> new Error(name, e.getLineNumber(), e.getMessage())).toList();
    }
}
