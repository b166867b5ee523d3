<#ftl output_format="HTML" strip_whitespace=true>
<#-- What the web server shows for an address the portal does not have (see deploy/): its links start from the
     portal's root, so that they lead home however deep the address asked for. -->
<#import "_layout.ftl" as layout>
<@layout.shell title=page.title>
<h1>Không tìm thấy trang</h1>
<p>Địa chỉ bạn mở không có trên cổng thông tin điện tử của ${site.name}: trang có thể đã được chuyển đi hoặc địa chỉ bị gõ sai.</p>
<form class="tim-kiem" role="search" action="${page.root}tim-kiem/index.html" method="get">
  <p>
    <label for="tim-trang">Tìm thông tin trên cổng</label>
    <input id="tim-trang" name="q" type="search">
    <button type="submit">Tìm</button>
  </p>
</form>
<ul>
  <li><a href="${page.root}index.html">Về trang chủ</a></li>
  <li><a href="${page.root}so-do-cong.html">Xem sơ đồ cổng</a></li>
</ul>
</@layout.shell>
