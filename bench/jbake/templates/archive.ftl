<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.shell title="Lưu trữ" root="">
<h1>Lưu trữ</h1>
<@layout.listing items=published_posts root=""/>
</@layout.shell>
