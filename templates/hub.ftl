<#ftl output_format="HTML" strip_whitespace=true>
<#-- The overseeing unit's index of its units' portals (the province's, since 1/7/2025): each unit linked at its portal
     address, as deployed, and the yearly evaluation. -->
<#import "_quan-ly.ftl" as quanLy>
<#import "_lien-he.ftl" as lienHe>
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
  <#if (hub.overseer)??>
  <section class="lien-he-tinh" aria-labelledby="lien-he">
    <h2 id="lien-he">${hub.overseer.authority}</h2>
    <#if hub.overseer.address??><p>Địa chỉ: ${hub.overseer.address}</p></#if>
    <#if hub.overseer.phone?? || hub.overseer.email??><p><#if hub.overseer.phone??>Điện thoại: <a href="${lienHe.tel(hub.overseer.phone)}">${hub.overseer.phone}</a></#if><#if hub.overseer.phone?? && hub.overseer.email??> · </#if><#if hub.overseer.email??>Thư điện tử: <a href="mailto:${hub.overseer.email}">${hub.overseer.email}</a></#if></p></#if>
    <#if hub.overseer.publicServices??><p><a href="${hub.overseer.publicServices}">Cổng dịch vụ công ${hub.overseer.name}</a>: nộp hồ sơ, tra cứu kết quả giải quyết thủ tục hành chính.</p></#if>
  </section>
  </#if>
  <#if report><p><a href="bao-cao/index.html">Đánh giá hoạt động của các cổng thông tin trong năm</a></p></#if>
</@quanLy.shell>
