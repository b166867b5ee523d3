<#ftl output_format="plainText">
<#-- robots.txt: every page may be read by crawlers; sitemap.xml lists them, at its absolute address. -->
User-agent: *
Allow: /

Sitemap: ${page.sitemap}
