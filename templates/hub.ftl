<#ftl output_format="HTML" strip_whitespace=true>
<#-- The district hub: one link per commune portal, and the yearly evaluation. -->
<#import "_huyen.ftl" as huyen>
<#assign district = (communes?has_content)?then(communes[0].don_vi_cap_tren!"", "")>
<@huyen.shell title="Cổng thông tin điện tử các xã, phường, thị trấn" district=district>
  <h1>Danh sách cổng thông tin</h1>
  <ul class="danh-sach">
    <#list communes as commune>
    <li>
      <a href="${commune.slug}/index.html">${commune.name}</a>
      <p class="phu">${commune.dia_chi!} · ${commune.dien_thoai!} · ${commune.email!}</p>
    </li>
    </#list>
  </ul>
  <#if report><p><a href="bao-cao/index.html">Đánh giá hoạt động của các cổng thông tin trong năm</a></p></#if>
</@huyen.shell>
