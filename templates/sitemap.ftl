<#ftl output_format="XML" strip_whitespace=true>
<#-- sitemap.xml (sitemaps.org 0.9): every HTML page of the commune's site. -->
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list page.urls as url>
<url><loc>${url.loc}</loc><#if url.lastmod??><lastmod>${url.lastmod}</lastmod></#if></url>
</#list>
</urlset>
