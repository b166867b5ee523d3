<#ftl output_format="HTML" strip_whitespace=true>
<#-- The search page of a unit's site: its pages, narrowed to one section if asked. -->
<#import "_layout.ftl" as layout>
<#import "_tim-kiem.ftl" as timKiem>
<@layout.shell title="Tìm kiếm" scripts=["chi-muc.js"]>
<h1>Tìm kiếm</h1>
<@timKiem.form action="index.html" scope="Trong chuyên mục" name="chuyen-muc" allLabel="Tất cả chuyên mục" options=menu/>
<@timKiem.results/>
<noscript><p>Trang tìm kiếm cần JavaScript. Bạn vẫn có thể tìm thông tin qua <a href="${page.root}so-do-cong.html">Sơ đồ cổng</a>.</p></noscript>
</@layout.shell>
