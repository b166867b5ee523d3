<#ftl output_format="HTML" strip_whitespace=true>
<#-- A section's items as a table a citizen can search, filter by year and by the kind's filter fields, and sort, with
     no server (assets/congxa.js); the columns are those the kind declares (table: in kinds.yml). Without JavaScript
     the whole table is shown. -->
<#macro table table items>
<form class="loc" data-loc role="search" hidden>
  <p>
    <label for="tim">Tìm theo ${table.searchBy?join(" hoặc ")?lower_case}</label>
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
<div class="bang-cuon" tabindex="0" role="region" aria-label="Danh sách ${table.noun} (kéo ngang để xem hết)">
<table class="bang-muc bang-${table.kind}" data-loc data-ten="${table.noun}">
  <caption>Danh sách ${table.noun} (${items?size})</caption>
  <thead>
    <tr><#list table.columns as column><th scope="col"<#if column.sortable> data-sap-xep</#if>>${column.label}</th></#list></tr>
  </thead>
  <tbody>
    <#list items as item>
    <tr data-year="${item.year!}"<#list page.facets as facet><#if facet.key != "year"> data-${facet.key?replace("_", "-")}="${item.values[facet.key]!}"</#if></#list>>
      <#list item.cells as cell>
      <td<#if cell.sort??> data-gia-tri="${cell.sort}"</#if>><#if cell?is_first><a href="${item.href}">${cell.value?has_content?then(cell.value, item.title)}</a><#else>${cell.value}</#if></td>
      </#list>
    </tr>
    </#list>
  </tbody>
</table>
</div>
</#macro>
