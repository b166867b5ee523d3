package vn.congxa.profile;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files a commune may publish beside its pages, by extension (documents, images, archives, audio and video), as
 * the profile lists them ({@code attachments: {allowed: [pdf, docx, …]}}). Files a web server may run, or a browser
 * show as a page outside the pages' Content-Security-Policy, are never published, whatever a profile allows.
 */
public record Attachments(Set<String> allowed) {

    /** Pages: HTML in its forms, and SVG compressed so that it cannot be read for scripts. */
    public static final Set<String> PAGES = Set.of("html", "htm", "xhtml", "xht", "shtml", "shtm", "stm", "mht", "mhtml", "svgz");
    /** Programs a server runs (PHP, server pages, CGI scripts) or a browser or a desktop runs (scripts, executables), and XML, which a browser can show as a page. */
    public static final Set<String> PROGRAMS = Set.of("php", "php3", "php4", "php5", "php7", "phps", "phtml", "phar", "inc",
            "asp", "aspx", "ascx", "ashx", "asmx", "asa", "cer", "cshtml", "vbhtml", "jsp", "jspx", "jsf", "do", "action",
            "cgi", "pl", "pm", "py", "pyc", "rb", "lua", "sh", "bash", "ksh", "csh", "fcgi", "htaccess",
            "js", "mjs", "cjs", "jsx", "ts", "wasm", "swf", "hta", "htc", "xml", "xsl", "xslt", "xsd", "rss", "atom",
            "exe", "com", "dll", "bat", "cmd", "msi", "msp", "ps1", "psm1", "vbs", "vbe", "wsf", "wsh", "scr", "pif",
            "jar", "war", "class", "apk", "app", "deb", "rpm", "lnk", "reg", "iso");
    /** Never published: pages and programs. */
    public static final Set<String> NEVER = Stream.concat(PAGES.stream(), PROGRAMS.stream()).collect(Collectors.toUnmodifiableSet());

    /** When a profile says nothing: what content/profile.yml lists. */
    public static final Attachments DEFAULT = new Attachments(Set.of(
            "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "txt", "csv",
            "jpg", "jpeg", "png", "gif", "webp", "svg",
            "zip", "7z", "rar",
            "mp3", "m4a", "ogg", "wav", "mp4", "webm"));

    public Attachments {
        allowed = Set.copyOf(allowed);
    }

    /** Whether an image is a drawing (SVG): what link previews do not show, and an icon file cannot hold. */
    public static boolean isDrawing(String fileName) {
        return extension(fileName).equals("svg");
    }

    /** The extension of a file name, lower case, "" when it has none. */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
