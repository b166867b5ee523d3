<#ftl output_format="HTML" strip_whitespace=true>
<#-- Documents: a table a citizen can search by number or summary, filter by year, form and issuer, and sort,
     with no server (assets/congxa.js). Without JavaScript the whole table is shown. -->
<#import "_layout.ftl" as layout>
<@layout.shell title=layout.heading()>
<h1>${layout.heading()}</h1>
<#if page.body??><div class="noi-dung">${page.body?no_esc}</div></#if>
<#if page.listing?has_content>
<form class="loc" data-loc role="search" hidden>
  <p>
    <label for="tim">Tìm theo số ký hiệu hoặc trích yếu</label>
    <input id="tim" name="q" type="search" autocomplete="off">
  </p>
  <#list page.facets as facet>
  <p>
    <label for="loc-${facet.key}"><#if facet.key == "year">Năm<#else>${facet.label}</#if></label>
    <select id="loc-${facet.key}" name="${facet.key}">
      <option value="">Tất cả</option>
      <#list facet.options as option><option>${option}</option></#list>
    </select>
  </p>
  </#list>
  <p class="phu" data-dem aria-live="polite"></p>
</form>
<div class="bang-cuon" tabindex="0" role="region" aria-label="Danh sách văn bản (kéo ngang để xem hết)">
<table class="bang-van-ban" data-loc>
  <caption>Danh sách văn bản (${page.listing?size})</caption>
  <thead>
    <tr>
      <th scope="col" data-sap-xep>Số ký hiệu</th>
      <th scope="col" data-sap-xep>Ngày ban hành</th>
      <th scope="col">Trích yếu</th>
      <th scope="col" data-sap-xep>Cơ quan ban hành</th>
      <th scope="col" data-sap-xep>Hình thức</th>
    </tr>
  </thead>
  <tbody>
    <#list page.listing as item>
    <tr data-year="${item.year!}"<#list page.facets as facet><#if facet.key != "year"> data-${facet.key?replace("_", "-")}="${item.values[facet.key]!}"</#if></#list>>
      <td><a href="${item.href}">${item.values.so_ky_hieu!item.title}</a></td>
      <td data-gia-tri="${(item.values.ngay_ban_hanh!"")?split("/")?reverse?join("-")}">${item.values.ngay_ban_hanh!}</td>
      <td>${item.values.trich_yeu!item.summary!item.title}</td>
      <td>${item.values.co_quan_ban_hanh!}</td>
      <td>${item.values.hinh_thuc!}</td>
    </tr>
    </#list>
  </tbody>
</table>
</div>
<@layout.paging/>
<p class="phu"><a href="feed.xml">Nhận văn bản mới qua RSS</a></p>
<#else>
<p>Chuyên mục chưa có văn bản.</p>
</#if>
<#if page.section.basis??><p class="can-cu">Căn cứ: ${page.section.basis}</p></#if>
</@layout.shell>
