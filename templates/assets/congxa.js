/* congxa: small enhancements; every page works without them. Loaded from the site itself (Content-Security-Policy). */
(function () {
  'use strict';

  /* "In": print the item (Nghị định 42/2022/NĐ-CP, Điều 7 khoản 1). Hidden until this script runs. */
  document.querySelectorAll('button[data-in]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });

  /* Vietnamese without tones, đ as d, lower case: "QĐ-UBND" and "qd-ubnd" find the same document. */
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  }

  /* A listing table with its search form: filter by text and by each select, sort by a column. */
  var table = document.querySelector('table[data-loc]');
  var form = document.querySelector('form[data-loc]');
  if (!table || !form) {
    return;
  }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var counter = form.querySelector('[data-dem]');
  var selects = Array.prototype.slice.call(form.querySelectorAll('select'));

  function apply() {
    var query = fold(form.elements.q.value.trim());
    var shown = 0;
    rows.forEach(function (row) {
      var visible = !query || fold(row.textContent).indexOf(query) >= 0;
      selects.forEach(function (select) {
        if (select.value && row.getAttribute('data-' + select.name.replace(/_/g, '-')) !== select.value) {
          visible = false;
        }
      });
      row.hidden = !visible;
      if (visible) {
        shown++;
      }
    });
    counter.textContent = 'Đang hiện ' + shown + ' trên ' + rows.length + ' văn bản.';
  }

  form.hidden = false;
  form.addEventListener('input', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    form.elements.q.value = initial;
  }
  apply();

  table.querySelectorAll('th[data-sap-xep]').forEach(function (header) {
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = header.textContent;
    header.textContent = '';
    header.appendChild(button);
    button.addEventListener('click', function () {
      var column = header.cellIndex;
      var ascending = header.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th').forEach(function (th) { th.removeAttribute('aria-sort'); });
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute('data-gia-tri') || a.cells[column].textContent;
        var y = b.cells[column].getAttribute('data-gia-tri') || b.cells[column].textContent;
        return (ascending ? 1 : -1) * x.localeCompare(y, 'vi', {numeric: true});
      });
      rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
    });
  });
})();
