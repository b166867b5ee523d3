<#ftl output_format="HTML" strip_whitespace=true>
<#-- The hub's search page: the items of every unit's portal, each linked at its unit's address, narrowed to one unit
     if asked. -->
<#import "_quan-ly.ftl" as quanLy>
<#import "_tim-kiem.ftl" as timKiem>
<@quanLy.shell title="Tìm kiếm trên cổng các " + hub.unitKinds overseer=(hub.overseer.name)!"" root="../" scripts=["chi-muc.js"]>
<h1>Tìm kiếm trên cổng thông tin điện tử các ${hub.unitKinds}</h1>
<@timKiem.form action="index.html" scope="Của đơn vị" name="don-vi" allLabel="Tất cả đơn vị" options=units/>
<@timKiem.results/>
<noscript><p>Trang tìm kiếm cần JavaScript. Bạn vẫn có thể vào cổng của từng đơn vị từ <a href="../index.html">danh mục các cổng</a>.</p></noscript>
</@quanLy.shell>
