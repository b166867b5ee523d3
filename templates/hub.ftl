<#ftl output_format="HTML" strip_whitespace=true>
<#-- The overseeing unit's index of its units' portals (the province's, since 1/7/2025): each unit linked at its portal
     address, as deployed, and the yearly evaluation. -->
<#import "_quan-ly.ftl" as quanLy>
<#assign title = "Cổng thông tin điện tử các " + hub.unitKinds>
<@quanLy.shell title=title overseer=(hub.overseer.name)!"">
  <h1>Danh mục cổng thông tin điện tử các ${hub.unitKinds}<#if (hub.overseer)??> ${hub.overseer.name}</#if></h1>
  <#if (hub.overseer)??><p>Cổng của mỗi đơn vị là thành phần của <a href="${hub.overseer.portal}">Cổng thông tin điện tử ${hub.overseer.name}</a>; ${hub.overseer.monitoringAgency} giám sát, đánh giá các cổng.</p></#if>
  <ul class="danh-sach">
    <#list communes as commune>
    <li>
      <a href="${commune.baseUrl}/">${commune.name}</a> <span class="phu">${commune.baseUrl?remove_beginning("https://")}</span>
      <p class="phu">${commune.dia_chi!} · ${commune.dien_thoai!} · ${commune.email!}</p>
    </li>
    </#list>
  </ul>
  <#if report><p><a href="bao-cao/index.html">Đánh giá hoạt động của các cổng thông tin trong năm</a></p></#if>
</@quanLy.shell>
