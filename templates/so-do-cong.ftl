<#ftl output_format="HTML" strip_whitespace=true>
<#-- Sơ đồ cổng: the sections of the site, as the profile orders them. -->
<#import "_layout.ftl" as layout>
<#macro tree items>
<ul>
  <#list items as item>
  <li><a href="${item.href}">${item.title}</a><#if item.children?has_content><@tree items=item.children/></#if></li>
  </#list>
</ul>
</#macro>
<@layout.shell title="Sơ đồ cổng">
<h1>Sơ đồ cổng</h1>
<ul class="so-do">
  <li><a href="${page.root}index.html">Trang chủ</a><@tree items=menu/></li>
</ul>
<p>Thông tin mới đăng cũng có ở dạng RSS: <a href="${page.root}feed.xml">feed.xml</a>.
Danh sách trang cho máy tìm kiếm: <a href="${page.root}sitemap.xml">sitemap.xml</a>.</p>
</@layout.shell>
