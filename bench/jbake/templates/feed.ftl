<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${config.site_host}</title>
<link>${config.site_host}/index.html</link>
<description>Thông tin mới đăng</description>
<language>vi</language>
<atom:link href="${config.site_host}/${config.feed_file}" rel="self" type="application/rss+xml"/>
<#list published_posts[0..*20] as post>
<item>
  <title>${post.title}</title>
  <link>${config.site_host}/${post.uri}</link>
  <guid isPermaLink="true">${config.site_host}/${post.uri}</guid>
  <pubDate>${post.date?string("EEE, d MMM yyyy HH:mm:ss Z")}</pubDate>
  <#if post.summary??><description>${post.summary}</description></#if>
</item>
</#list>
</channel>
</rss>
