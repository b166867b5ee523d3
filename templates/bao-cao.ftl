<#ftl output_format="HTML" strip_whitespace=true>
<#-- The overseeing unit's yearly evaluation of every commune portal, period by period when the law changed in the year: scores and ranking, the status of every required
     section, publications month by month. Each picture is an SVG laid out at build time, with its data in a table
     beside it; the page prints on A4 for the official yearly report. -->
<#import "_quan-ly.ftl" as quanLy>
<#macro statusCell status label><span class="tt tt-${status}">${label}</span></#macro>
<@quanLy.shell title=page.title overseer=addressee root=page.root>
<header class="dau-bao-cao">
  <p class="chi-in">${(overseer.authority)!addressee}</p>
  <h1>Đánh giá hoạt động cổng thông tin điện tử các ${hub.unitKinds} năm ${year}</h1>
  <#if overseer??><p>Kính gửi: ${overseer.authority}<#if overseer.monitoringAgency?has_content>; ${overseer.monitoringAgency} (giám sát, đánh giá)</#if><#if overseer.emulationOffice?has_content>; ${overseer.emulationOffice} (thi đua, khen thưởng)</#if>.</p></#if>
  <p>Tính đến ngày ${asOf}. Thang điểm: ${rubric.name} (phiên bản ${rubric.version}), tối đa ${rubric.maximum} điểm.</p>
  <#if periods?size gt 1>
  <p>Trong năm có thay đổi quy định; mỗi giai đoạn được đánh giá theo hồ sơ có hiệu lực khi đó, điểm chuyên mục tính theo số ngày của từng giai đoạn:</p>
  <ul class="giai-doan"><#list periods as p><li>Từ ${p.from} đến ${p.until}: ${p.profile}</li></#list></ul>
  <#else>
  <p>Đánh giá theo: ${periods[0].profile} (từ ${periods[0].from} đến ${periods[0].until}).</p>
  </#if>
  <p class="tom-tat"><#if failing == 0>Tất cả ${communes?size} đơn vị đạt mọi chuyên mục bắt buộc.<#else>${failing} trên ${communes?size} đơn vị có chuyên mục bắt buộc chưa đạt, trống hoặc quá hạn.</#if></p>
  <p class="cong-cu">
    <button type="button" data-in hidden>In báo cáo</button>
    <a href="${csv}" download>Tải bảng tính (CSV)</a>
    <a href="${json}" download>Tải dữ liệu (JSON)</a>
  </p>
</header>

<section aria-labelledby="xep-hang">
  <h2 id="xep-hang">Điểm và xếp hạng</h2>
  <div class="hinh-va-bang">
  <svg class="bieu-do" role="img" aria-labelledby="xep-hang-t xep-hang-d" viewBox="0 0 ${scores.width?c} ${scores.height?c}" width="${scores.width?c}">
    <title id="xep-hang-t">Điểm của các đơn vị năm ${year}</title>
    <desc id="xep-hang-d">Mỗi thanh là điểm của một đơn vị trên tối đa ${rubric.maximum} điểm, xếp từ cao xuống thấp. Số liệu ở bảng bên cạnh.</desc>
    <#list scores.bars as bar>
    <text class="nhan" x="255" y="${(bar.y + 15)?c}" text-anchor="end">${bar.label}</text>
    <rect class="thanh" x="260" y="${(bar.y + 3)?c}" width="${bar.width?c}" height="16"/>
    <text class="so" x="${(265 + bar.width)?c}" y="${(bar.y + 15)?c}">${bar.value}</text>
    </#list>
  </svg>
  <div class="bang-cuon" tabindex="0" role="region" aria-label="Bảng điểm (kéo ngang để xem hết)">
  <table class="bang-bao-cao">
    <caption>Bảng điểm năm ${year}</caption>
    <thead><tr><th scope="col">Hạng</th><th scope="col">Đơn vị</th><th scope="col">Điểm</th><th scope="col">Chuyên mục</th><th scope="col">Số lượng</th><th scope="col">Trừ (lùi ngày)</th><th scope="col">Bài trong năm</th><th scope="col">Chuyên mục chưa đạt</th></tr></thead>
    <tbody>
      <#list communes as c>
      <tr><td>${c.rank}</td><th scope="row"><a href="#xa-${c.slug}">${c.name}</a></th><td>${c.score}</td><td>${c.sectionScore}</td><td>${c.volumeScore}</td><td>${c.penalty}</td><td>${c.itemsInYear}</td><td>${c.failing}</td></tr>
      </#list>
    </tbody>
  </table>
  </div>
  </div>
</section>

<section aria-labelledby="tinh-trang">
  <h2 id="tinh-trang">Tình trạng các chuyên mục bắt buộc<#if periods?size gt 1> (giai đoạn ${periods?last.from} – ${periods?last.until})</#if></h2>
  <ul class="chu-giai">
    <#list statuses as s><li><@statusCell status=s.key label=s.label/></li></#list>
  </ul>
  <svg class="bieu-do" role="img" aria-labelledby="tinh-trang-t tinh-trang-d" viewBox="0 0 ${heatMap.width?c} ${heatMap.height?c}" width="${heatMap.width?c}">
    <title id="tinh-trang-t">Tình trạng chuyên mục của từng đơn vị năm ${year}</title>
    <desc id="tinh-trang-d">Mỗi hàng là một đơn vị, mỗi cột là một chuyên mục bắt buộc (đánh số như bảng dưới); chữ trong ô: Đ đạt, C chưa đạt, T trống, Q quá hạn.</desc>
    <#list heatMap.columns as column><text class="nhan" x="${(column.x + 17)?c}" y="16" text-anchor="middle">${column.label}</text></#list>
    <#list heatMap.rows as row><text class="nhan" x="252" y="${(row.y + 15)?c}" text-anchor="end">${row.label}</text></#list>
    <#list heatMap.cells as cell>
    <g class="o tt-${cell.status}"><title>${cell.title}</title><rect x="${(cell.x + 1)?c}" y="${(cell.y + 1)?c}" width="${(heatMap.cellWidth - 2)?c}" height="20"/><text x="${(cell.x + 17)?c}" y="${(cell.y + 15)?c}" text-anchor="middle">${cell.letter}</text></g>
    </#list>
  </svg>
  <div class="bang-cuon" tabindex="0" role="region" aria-label="Bảng tình trạng chuyên mục (kéo ngang để xem hết)">
  <table class="bang-bao-cao bang-tinh-trang">
    <caption>Tình trạng chuyên mục bắt buộc của từng đơn vị</caption>
    <thead><tr><th scope="col">Đơn vị</th><#list sections as s><th scope="col"><abbr title="${s.title}">${s.number}</abbr><span class="an"> ${s.title}</span></th></#list></tr></thead>
    <tbody>
      <#list communes as c>
      <tr><th scope="row">${c.name}</th><#list c.sections as s><td><@statusCell status=s.status label=s.statusLabel/></td></#list></tr>
      </#list>
    </tbody>
  </table>
  </div>
  <ol class="cot-chuyen-muc"><#list sections as s><li>${s.title} <span class="phu">(${s.path})</span></li></#list></ol>
</section>

<section aria-labelledby="theo-thang">
  <h2 id="theo-thang">Số bài đăng theo tháng</h2>
  <div class="hinh-va-bang">
  <svg class="bieu-do" role="img" aria-labelledby="theo-thang-t theo-thang-d" viewBox="0 0 ${monthly.width?c} ${monthly.height?c}" width="${monthly.width?c}">
    <title id="theo-thang-t">Số bài đăng mỗi tháng năm ${year}</title>
    <desc id="theo-thang-d">Đường liền: tổng số bài của tất cả đơn vị; đường đứt: trung bình một đơn vị. Số liệu ở bảng bên cạnh.</desc>
    <#list monthly.values as tick>
    <line class="luoi-ngang" x1="${monthly.left?c}" x2="${(monthly.width - 10)?c}" y1="${tick.position?c}" y2="${tick.position?c}"/>
    <text class="nhan" x="${(monthly.left - 6)?c}" y="${(tick.position + 4)?c}" text-anchor="end">${tick.label}</text>
    </#list>
    <#list monthly.months as tick><text class="nhan" x="${tick.position?c}" y="${(monthly.bottom + 20)?c}" text-anchor="middle">${tick.label}</text></#list>
    <#list monthly.series as line><polyline class="duong duong-${line.style}" points="${line.points}"/></#list>
  </svg>
  <div class="bang-cuon" tabindex="0" role="region" aria-label="Bảng số bài theo tháng">
  <table>
    <caption>Số bài đăng theo tháng</caption>
    <thead><tr><th scope="col">Tháng</th><th scope="col">Tất cả đơn vị</th><th scope="col">Trung bình một đơn vị</th></tr></thead>
    <tbody><#list monthTotals as m><tr><th scope="row">${m.month}</th><td>${m.total}</td><td>${m.average}</td></tr></#list></tbody>
  </table>
  </div>
  </div>
</section>

<section aria-labelledby="tung-xa">
  <h2 id="tung-xa">Chi tiết từng đơn vị</h2>
  <#if !gitChecked><p class="phu">Thư mục nội dung không phải kho git: ngày đăng được lấy như ghi trong bài, không đối chiếu với ngày đưa lên kho.</p></#if>
  <#list communes as c>
  <section aria-labelledby="xa-${c.slug}" class="mot-xa">
    <h3 id="xa-${c.slug}">${c.rank}. ${c.name}: ${c.score} điểm</h3>
    <p class="phu">${c.itemsInYear} bài trong năm; ${c.errors} lỗi, ${c.warnings} cảnh báo khi kiểm tra. Theo tháng: <#list c.monthly as n>${n}<#sep>, </#list>.</p>
    <#list c.periods as p>
    <div class="bang-cuon" tabindex="0" role="region" aria-label="Chuyên mục của ${c.name}<#if c.periods?size gt 1>, từ ${p.from} đến ${p.until}</#if>">
    <table class="bang-bao-cao">
      <caption>Chuyên mục bắt buộc của ${c.name}<#if c.periods?size gt 1>, từ ${p.from} đến ${p.until} (${p.profile}): ${p.sectionScore} điểm chuyên mục</#if></caption>
      <thead><tr><th scope="col">Chuyên mục</th><th scope="col">Bài trong năm</th><th scope="col">Đã đăng</th><th scope="col">Bài mới nhất</th><th scope="col">Tình trạng</th><th scope="col">Ghi chú</th></tr></thead>
      <tbody>
        <#list p.sections as s>
        <tr><th scope="row">${s.title}</th><td>${s.itemsInYear}</td><td>${s.published}</td><td>${s.newest}</td><td><@statusCell status=s.status label=s.statusLabel/></td><td><#list s.findings as f><p>${f}</p></#list></td></tr>
        </#list>
      </tbody>
    </table>
    </div>
    </#list>
    <#if c.backdated?has_content>
    <p>Bài ghi ngày đăng sớm hơn ngày đưa lên kho quá ${backdatingDays} ngày (bị trừ điểm):</p>
    <ul><#list c.backdated as b><li>${b.title} (${b.path}): ghi ngày ${b.stated}, đưa lên kho ngày ${b.first}</li></#list></ul>
    </#if>
  </section>
  </#list>
</section>
<p class="chi-in">Báo cáo lập ngày ${asOf} từ nội dung các cổng thông tin.</p>
</@quanLy.shell>
