package vn.congxa.field;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.congxa.finding.Message;
import vn.congxa.yaml.YNode;

/** Where a reader can go or write: a web address ({@code url}), an e-mail address, a phone number; each shown as a link. */
abstract sealed class ContactField implements FieldType {

    static final class Url extends ContactField {
        @Override
        public String id() {
            return "url";
        }

        @Override
        public Optional<Value> read(FieldSpec spec, YNode node, Reading reading) {
            return Checked.text(spec, node, reading, Url::isHttps, "field.invalid-url").filter(url -> onHosts(spec, node, url, reading))
                    .map(Value.Text::new);
        }

        private static boolean isHttps(String text) {
            try {
                URI uri = new URI(text);
                return "https".equals(uri.getScheme()) && uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }

        /** A web address that must lead to one of some hosts (or their subdomains): the national public-service portal. */
        private static boolean onHosts(FieldSpec spec, YNode node, String url, Reading reading) {
            List<String> hosts = spec.constraints().hosts();
            String host = URI.create(url).getHost().toLowerCase(Locale.ROOT);
            if (hosts.isEmpty() || hosts.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h))) {
                return true;
            }
            reading.problem(node, "wrong-host", Message.of("field.wrong-host", spec.key(), spec.localisedLabel(), url, String.join(", ", hosts)));
            return false;
        }

        @Override
        public Optional<String> href(Value value) {
            return Optional.of(value.plain());
        }

        @Override
        public Stream<String> words(FieldSpec spec, Value value) {
            return Stream.empty();
        }

        @Override
        public void describe(FieldSpec spec, ObjectNode property, Collection<String> kindIds) {
            property.put("type", "string").put("format", "uri").put("pattern", "^https://");
        }

        @Override
        public void widget(FieldSpec spec, ObjectNode widget, FieldWidget.Place place) {
            widget.put("widget", "string");
            List<String> hosts = spec.constraints().hosts();
            String onHosts = hosts.stream().map(host -> host.replace(".", "\\.")).collect(java.util.stream.Collectors.joining("|"));
            FieldWidget.pattern(widget, hosts.isEmpty() ? "^https://\\S+$" : "^https://([^/]+\\.)?(" + onHosts + ")(/\\S*)?$",
                    hosts.isEmpty() ? "địa chỉ web bắt đầu bằng https://" : "địa chỉ https://" + hosts.get(0) + "/…");
        }

        @Override
        public String hint(FieldSpec spec) {
            String hint = super.hint(spec);
            return hint.isEmpty() ? " (địa chỉ https://…)" : hint;
        }
    }

    static final class Email extends ContactField {
        private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

        @Override
        public String id() {
            return "email";
        }

        @Override
        public Optional<Value> read(FieldSpec spec, YNode node, Reading reading) {
            return Checked.text(spec, node, reading, text -> EMAIL.matcher(text).matches(), "field.invalid-email").map(Value.Text::new);
        }

        @Override
        public Optional<String> href(Value value) {
            return Optional.of("mailto:" + value.plain());
        }

        @Override
        public void describe(FieldSpec spec, ObjectNode property, Collection<String> kindIds) {
            property.put("type", "string").put("format", "email");
        }

        @Override
        public void widget(FieldSpec spec, ObjectNode widget, FieldWidget.Place place) {
            widget.put("widget", "string");
            FieldWidget.pattern(widget, "^" + EMAIL.pattern() + "$", "thư điện tử, ví dụ ubnd@quangngai.gov.vn");
        }
    }

    static final class Phone extends ContactField {
        private static final Pattern PHONE = Pattern.compile("[0-9 +().-]+");

        @Override
        public String id() {
            return "phone";
        }

        @Override
        public Optional<Value> read(FieldSpec spec, YNode node, Reading reading) {
            return Checked.text(spec, node, reading,
                    text -> PHONE.matcher(text).matches() && text.chars().filter(Character::isDigit).count() >= 8, "field.invalid-phone")
                    .map(Value.Text::new);
        }

        @Override
        public Optional<String> href(Value value) {
            return Optional.of("tel:" + value.plain().replaceAll("[^0-9+]", ""));
        }

        // Unquoted digits are a number to YAML; the build reads them as written.
        @Override
        public void describe(FieldSpec spec, ObjectNode property, Collection<String> kindIds) {
            property.putArray("type").add("string").add("integer");
        }

        @Override
        public void widget(FieldSpec spec, ObjectNode widget, FieldWidget.Place place) {
            widget.put("widget", "string");
            FieldWidget.pattern(widget, "^[0-9 +().-]{8,}$", "số điện thoại, ví dụ 0255 3851 234");
        }
    }

}
