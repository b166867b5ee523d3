<#ftl output_format="XML" strip_whitespace=true>
<#-- Atom 1.0 (RFC 4287): the same items as the RSS (feed.ftl). Dates are the items' own: no build time. A feed must
     say when it last changed: its newest item's day, or, with no item, the start of 1970 (nothing ever changed). -->
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
<title>${page.feed.title}</title>
<subtitle>${page.feed.description}</subtitle>
<link rel="alternate" type="text/html" href="${page.feed.home}"/>
<link rel="self" type="application/atom+xml" href="${page.url}"/>
<id>${page.url}</id>
<updated><#if page.listing?has_content>${page.listing[0].dateTime}<#else>1970-01-01T00:00:00Z</#if></updated>
<author><name>${site.name}</name></author>
<#list page.listing as item>
<entry>
  <title>${item.title}</title>
  <link rel="alternate" type="text/html" href="${item.url}"/>
  <id>${item.url}</id>
  <published>${item.dateTime}</published>
  <updated>${item.dateTime}</updated>
  <#if item.summary??><summary>${item.summary}</summary></#if>
</entry>
</#list>
</feed>
