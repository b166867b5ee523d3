// congxa serve: reloads the page after each rebuild and shows the build's findings in the page.
(function () {
  'use strict';
  var seen = null;
  var panel = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function show(state) {
    if (panel) { panel.remove(); panel = null; }
    var errors = state.findings.filter(function (f) { return f.severity === 'error'; });
    var warnings = state.findings.length - errors.length;
    if (!state.building && state.findings.length === 0) { return; }
    panel = el('section', 'congxa-xem-truoc' + (errors.length ? ' co-loi' : ''));
    panel.setAttribute('aria-label', 'Kết quả kiểm tra');
    panel.setAttribute('role', errors.length ? 'alert' : 'status');
    var head = el('p', 'tieu-de');
    if (state.building) {
      head.textContent = 'Đang dựng lại…';
    } else {
      head.textContent = errors.length + ' lỗi, ' + warnings + ' cảnh báo'
        + (state.written ? '' : ' — có lỗi nên trang vẫn là bản dựng trước; sửa lỗi rồi lưu tệp');
    }
    var close = el('button', 'dong', 'Ẩn');
    close.type = 'button';
    close.addEventListener('click', function () { panel.remove(); panel = null; });
    head.appendChild(close);
    panel.appendChild(head);
    var list = el('ul');
    state.findings.forEach(function (f) {
      var item = el('li', f.severity === 'error' ? 'loi' : 'canh-bao');
      item.appendChild(el('code', null, f.path + (f.line > 0 ? ':' + f.line : '')));
      item.appendChild(document.createTextNode(' ' + (f.severity === 'error' ? 'lỗi' : 'cảnh báo') + ': ' + f.message
        + (f.basis ? ' (' + f.basis + ')' : '') + ' [' + f.rule + ']'));
      list.appendChild(item);
    });
    panel.appendChild(list);
    document.body.appendChild(panel);
  }

  function poll() {
    fetch('/__congxa/state', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (seen === null) { seen = state.version; }
        if (state.version !== seen && !state.building) { location.reload(); return; }
        show(state);
        setTimeout(poll, 500);
      })
      .catch(function () { setTimeout(poll, 2000); }); // the preview was stopped, or is starting again
  }

  var style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = '/__congxa/live.css';
  document.head.appendChild(style);
  poll();
}());
