<#ftl output_format="HTML" strip_whitespace=true>
<#-- The page of a tag: every item of the site that carries it. -->
<#import "_layout.ftl" as layout>
<@layout.shell title="Từ khóa: " + page.title>
<h1>Từ khóa: ${page.title}</h1>
<p class="phu">${page.listing?size} bài có từ khóa này.</p>
<@layout.listing items=page.listing showSection=true/>
</@layout.shell>
