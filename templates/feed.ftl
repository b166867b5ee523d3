<#ftl output_format="XML" strip_whitespace=true>
<#-- RSS 2.0: a section's newest items, or the whole site's. Dates are the items' own: no build time. -->
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${page.feed.title}</title>
<link>${page.feed.home}</link>
<description>${page.feed.description}</description>
<language>vi</language>
<atom:link href="${page.url}" rel="self" type="application/rss+xml"/>
<#if page.listing?has_content><lastBuildDate>${page.listing[0].rfc822}</lastBuildDate></#if>
<#list page.listing as item>
<item>
  <title>${item.title}</title>
  <link>${item.url}</link>
  <guid isPermaLink="true">${item.url}</guid>
  <pubDate>${item.rfc822}</pubDate>
  <#if item.summary??><description>${item.summary}</description></#if>
</item>
</#list>
</channel>
</rss>
