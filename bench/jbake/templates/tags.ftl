<#ftl output_format="HTML">
<#-- A section's listing: stock JBake's one per-section page is the page of a tag, and each item's one tag is its section. -->
<#import "layout.ftl" as layout>
<@layout.shell title=tag root=content.rootpath>
<h1>${tag}</h1>
<@layout.listing items=tag_posts root=content.rootpath/>
</@layout.shell>
