<#ftl output_format="HTML" strip_whitespace=true>
<#-- The search form and its results, shared by a unit's search page and the hub's. The index (chi-muc.js) is built
     with the site and searched in the browser (assets/congxa.js), without tones and with d for đ; the select narrows
     the results to one of its options (a section of the unit, or a unit of the province). -->
<#macro form action scope name allLabel options>
<form class="tim-kiem" data-tim-kiem role="search" action="${action}" method="get">
  <p>
    <label for="tu-khoa">Từ khóa (gõ có dấu hay không dấu đều được)</label>
    <input id="tu-khoa" name="q" type="search" autocomplete="off">
  </p>
  <p>
    <label for="${name}">${scope}</label>
    <select id="${name}" name="${name}" data-pham-vi>
      <option value="">${allLabel}</option>
      <#list options as option><option value="${option.path}">${option.title}</option></#list>
    </select>
  </p>
  <p><button type="submit">Tìm</button></p>
</form>
</#macro>

<#macro results>
<p class="phu" data-ket-qua-dem aria-live="polite"></p>
<ol class="ket-qua" data-ket-qua></ol>
</#macro>
