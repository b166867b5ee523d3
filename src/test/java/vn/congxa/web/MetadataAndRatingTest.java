package vn.congxa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What Nghị định 224/2026/NĐ-CP asks of every page: metadata for search and exchange (Điều 11 khoản 5) as JSON-LD
 * that parses and names the unit, and a way for readers to rate the information anonymously (Điều 10 khoản 3 điểm b)
 * that the page's own Content-Security-Policy lets it send; each unit's pages link to the province's portal, of
 * which the unit's site is a component (Điều 11 khoản 1).
 */
class MetadataAndRatingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENDPOINT = "https://danhgia.quangngai.gov.vn/cong-xa";
    /** Fields that would tell who the reader is: none may be asked. */
    private static final Set<String> IDENTITY = Set.of("ten", "ho_ten", "name", "email", "dien_thoai", "phone", "so_dien_thoai", "dia_chi", "cccd");

    /** The HTML pages of the units' sites (the hub, its search and the report are the province's, not a unit's). */
    private static List<Path> unitPages() {
        Path site = BuiltSample.site();
        return BuiltSample.htmlPages().stream()
                .filter(page -> site.relativize(page).getNameCount() > 1 && !site.relativize(page).startsWith("bao-cao")
                        && !site.relativize(page).startsWith("tim-kiem")).toList();
    }

    @Test
    void everyPageDescribesItsUnitInJsonLd() throws IOException {
        List<Path> pages = unitPages();
        assertTrue(pages.size() > 200, "the four units' pages: " + pages.size());
        for (Path page : pages) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            List<Element> scripts = html.select("head script[type=application/ld+json]");
            assertEquals(1, scripts.size(), page + " carries one JSON-LD block");
            JsonNode root = JSON.readTree(scripts.get(0).data());
            assertEquals("https://schema.org", root.path("@context").asText(), page.toString());
            JsonNode unit = root.path("@graph").path(0);
            assertEquals("GovernmentOrganization", unit.path("@type").asText(), page.toString());
            String slug = BuiltSample.site().relativize(page).getName(0).toString();
            String base = Files.readAllLines(BuiltSample.repo().path("communes/" + slug + "/commune.yml")).stream()
                    .filter(line -> line.startsWith("dia_chi_web:")).findFirst().orElseThrow().substring(12).strip();
            assertEquals(base + "/", unit.path("url").asText(), page.toString());
            assertFalse(unit.path("name").asText().isBlank(), page.toString());
            assertEquals("Ủy ban nhân dân tỉnh Quảng Ngãi", unit.path("parentOrganization").path("name").asText(), page.toString());
        }
    }

    @Test
    void documentsAreLegislationAndProceduresAreGovernmentServices() throws IOException {
        String document = SamplePages.ofEveryKind().get("document");
        JsonNode legislation = itemNode(document);
        assertEquals("Legislation", legislation.path("@type").asText());
        assertTrue(legislation.path("legislationIdentifier").asText().matches("\\d+/[A-ZĐ-]+.*"), legislation.toString());
        assertTrue(legislation.path("legislationDate").asText().matches("\\d{4}-\\d{2}-\\d{2}"), legislation.toString());
        assertEquals(graph(document).path(0).path("@id").asText(), legislation.path("publisher").path("@id").asText());

        JsonNode service = itemNode(SamplePages.ofEveryKind().get("procedure"));
        assertEquals("GovernmentService", service.path("@type").asText());
        assertTrue(service.path("identifier").asText().matches("[1-3]\\.\\d{6}.*"), service.toString());
        assertTrue(service.path("sameAs").asText().startsWith("https://dichvucong.gov.vn/"), service.toString());
        assertFalse(service.path("provider").path("@id").asText().isBlank(), service.toString());

        // A page whose kind declares no metadata describes only its unit.
        assertEquals(1, graph(SamplePages.ofEveryKind().get("news item")).size());
    }

    @Test
    void everyPageLetsReadersRateItsInformationAnonymously() throws IOException {
        for (Path page : unitPages()) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            Element form = html.selectFirst("form.danh-gia");
            assertTrue(form != null, page + " has the rating form");
            assertEquals(ENDPOINT, form.attr("action"), page.toString());
            assertEquals("post", form.attr("method"), page.toString());
            List<Element> choices = form.select("input[type=radio][name=muc_do]");
            assertEquals(5, choices.size(), page.toString());
            for (Element choice : choices) {
                assertTrue(choice.parent().tagName().equals("label") && !choice.parent().text().isBlank(), "each choice is labelled: " + page);
            }
            assertFalse(form.selectFirst("fieldset > legend") == null, page + ": the question is the fieldset's legend");
            List<String> names = new ArrayList<>();
            form.select("input, textarea, select").forEach(field -> names.add(field.attr("name")));
            assertTrue(names.stream().noneMatch(IDENTITY::contains), page + " asks nothing about the reader: " + names);
            String policy = html.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertTrue(policy.contains("form-action 'self' https://danhgia.quangngai.gov.vn"), page + ": " + policy);
            assertTrue(html.select("script[src]").stream().allMatch(s -> !s.attr("src").contains("://")), page + " loads no third-party script");
        }
    }

    @Test
    void everyPageLinksToTheProvincesPortal() throws IOException {
        for (Path page : unitPages()) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            assertFalse(html.select("a[href=https://quangngai.gov.vn]").isEmpty(), page + " links to the province's portal");
        }
    }

    @Test
    void aPlannedOutageIsAnnouncedOnEveryPageOfItsUnitOnly() throws IOException {
        Path site = BuiltSample.site();
        for (Path page : unitPages()) {
            boolean lySon = site.relativize(page).getName(0).toString().equals("ly-son");
            Element banner = Jsoup.parse(page.toFile(), "UTF-8").selectFirst(".thong-bao-chung");
            assertEquals(lySon, banner != null, page.toString());
            if (banner != null) {
                assertTrue(banner.text().contains("Ngày dự kiến hoạt động trở lại: 20/12/2026"), banner.text());
            }
        }
    }

    private static JsonNode graph(String page) throws IOException {
        Document html = Jsoup.parse(BuiltSample.site().resolve(page).toFile(), "UTF-8");
        return JSON.readTree(html.selectFirst("script[type=application/ld+json]").data()).path("@graph");
    }

    private static JsonNode itemNode(String page) throws IOException {
        JsonNode graph = graph(page);
        assertEquals(2, graph.size(), page + ": the unit and the item");
        return graph.path(1);
    }
}
