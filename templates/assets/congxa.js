/* congxa: small enhancements; every page works without them. Loaded from the site itself (Content-Security-Policy). */
(function () {
  'use strict';

  /* "In": print the item (Nghị định 42/2022/NĐ-CP, Điều 7 khoản 1). Hidden until this script runs. */
  document.querySelectorAll('button[data-in]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });

  /* The menu on a phone: a button opens and closes it. Without this script the whole menu shows. */
  var menuButton = document.querySelector('button[data-menu]');
  if (menuButton) {
    var menu = menuButton.closest('nav');
    menuButton.hidden = false;
    menu.classList.add('thu-gon');
    menuButton.addEventListener('click', function () {
      var open = menuButton.getAttribute('aria-expanded') !== 'true';
      menuButton.setAttribute('aria-expanded', String(open));
      menu.classList.toggle('mo', open);
    });
  }

  /* Vietnamese without tones, đ as d, lower case: "QĐ-UBND" and "qd-ubnd" find the same document.
     For Vietnamese text the result has the same length as the input, so a position in one is a position in the other. */
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  }

  function words(text) {
    return text.match(/[\p{L}\p{N}]+/gu) || [];
  }

  searchPage();
  documentTable();

  /* The search page: the site's index searched without tones and with d for đ.
     Every word typed must be found (the last one may be the start of a word); a page whose words match the query
     with its tones exactly ranks first, then one with the words side by side, then one with them in its title.
     The index comes in parts, newest pages first (chi-muc.js lists them, window.congxaChiMuc): only the parts whose
     word filter may hold every word typed are fetched, one after another, and the results are shown as they come. */
  function searchPage() {
    var form = document.querySelector('form[data-tim-kiem]');
    var index = window.congxaChiMuc;
    if (!form || !index) {
      return;
    }
    var scope = form.querySelector('select[data-pham-vi]');
    var list = document.querySelector('[data-ket-qua]');
    var counter = document.querySelector('[data-ket-qua-dem]');
    var LIMIT = 50;
    var LONGEST_START = 12;
    var parts = index.phan.map(function (part) {
      var raw = atob(part.b);
      var bits = new Uint8Array(raw.length);
      for (var i = 0; i < raw.length; i++) {
        bits[i] = raw.charCodeAt(i);
      }
      return {file: part.f, topics: part.m, hashes: part.k, bits: bits, entries: null, waiting: []};
    });
    var searches = 0;

    /* Each part's script calls this with its number and its pages. */
    window.congxaChiMucPhan = function (number, docs) {
      var part = parts[number - 1];
      part.entries = prepare(docs);
      part.waiting.splice(0).forEach(function (done) { done(); });
    };

    function load(part, done) {
      if (part.entries) {
        done();
        return;
      }
      part.waiting.push(done);
      if (part.waiting.length === 1) {
        var script = document.createElement('script');
        script.src = part.file;
        script.onerror = function () {
          part.entries = [];
          part.failed = true;
          part.waiting.splice(0).forEach(function (next) { next(); });
        };
        document.head.appendChild(script);
      }
    }

    /* FNV-1a, then MurmurHash3's finaliser for the step: as WordFilter.java builds the filter. */
    function inFilter(part, word) {
      var key = word.slice(0, LONGEST_START);
      var first = 0x811c9dc5;
      for (var i = 0; i < key.length; i++) {
        first = Math.imul(first ^ key.charCodeAt(i), 0x01000193);
      }
      var step = first;
      step = Math.imul(step ^ (step >>> 16), 0x85ebca6b);
      step = Math.imul(step ^ (step >>> 13), 0xc2b2ae35);
      step = (step ^ (step >>> 16)) | 1;
      var size = part.bits.length * 8;
      for (var h = 0; h < part.hashes; h++) {
        var bit = ((first + Math.imul(h, step)) >>> 0) % size;
        if (!(part.bits[bit >>> 3] & (1 << (bit & 7)))) {
          return false;
        }
      }
      return true;
    }

    function prepare(docs) {
      return docs.map(function (doc) {
        var text = doc.t + ' ' + doc.x;
        return {
          doc: doc,
          foldedTitle: fold(doc.t),
          foldedText: fold(doc.x),
          words: new Set(words(fold(text))),
          titleWords: new Set(words(fold(doc.t))),
          exactWords: new Set(words(text.normalize('NFC').toLowerCase()))
        };
      });
    }

    function has(set, word, prefix) {
      if (set.has(word)) {
        return true;
      }
      if (!prefix) {
        return false;
      }
      for (var candidate of set) {
        if (candidate.startsWith(word)) {
          return true;
        }
      }
      return false;
    }

    function score(entry, query) {
      var total = 0;
      for (var i = 0; i < query.folded.length; i++) {
        var last = i === query.folded.length - 1 && query.folded[i].length > 1;
        if (!has(entry.words, query.folded[i], last)) {
          return -1;
        }
        if (entry.exactWords.has(query.exact[i])) {
          total += 1000;
        }
        if (has(entry.titleWords, query.folded[i], last)) {
          total += 10;
        }
      }
      var phrase = query.folded.join(' ');
      if (entry.foldedTitle.indexOf(phrase) >= 0) {
        total += 300;
      } else if (entry.foldedText.indexOf(phrase) >= 0) {
        total += 100;
      }
      return total;
    }

    /* Some words of the text around the first word found, cut at word boundaries. */
    function snippet(entry, query) {
      var text = entry.doc.x;
      var at = entry.foldedText.length === text.length ? entry.foldedText.indexOf(query.folded[0]) : -1;
      var start = Math.max(0, at - 60);
      var end = Math.min(text.length, Math.max(at, 0) + 160);
      while (start > 0 && /\S/.test(text.charAt(start - 1))) {
        start--;
      }
      while (end < text.length && /\S/.test(text.charAt(end))) {
        end++;
      }
      return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
    }

    function item(entry, query) {
      var li = document.createElement('li');
      var link = document.createElement('a');
      /* A unit's pages are under its root, one folder up; the hub's are on each unit's portal, at a full address. */
      link.href = /^https?:\/\//.test(entry.doc.u) ? entry.doc.u : '../' + entry.doc.u;
      link.textContent = entry.doc.t;
      li.appendChild(link);
      var where = [entry.doc.c, entry.doc.n].filter(Boolean).join(' · ');
      if (where) {
        var meta = document.createElement('p');
        meta.className = 'phu';
        meta.textContent = where;
        li.appendChild(meta);
      }
      if (entry.doc.x) {
        var excerpt = document.createElement('p');
        excerpt.textContent = snippet(entry, query);
        li.appendChild(excerpt);
      }
      return li;
    }

    function dayValue(day) {
      return day ? day.split('/').reverse().join('') : '';
    }

    function show(found, typed, searching, missing) {
      found.sort(function (a, b) {
        return b.score - a.score || dayValue(b.entry.doc.n).localeCompare(dayValue(a.entry.doc.n));
      });
      list.textContent = '';
      found.slice(0, LIMIT).forEach(function (result) {
        list.appendChild(item(result.entry, result.query));
      });
      if (searching) {
        counter.textContent = 'Đang tìm… đã thấy ' + found.length + ' kết quả cho “' + typed + '”.';
      } else {
        counter.textContent = found.length === 0
          ? 'Không tìm thấy kết quả nào cho “' + typed + '”. Hãy thử ít từ hơn, hoặc xem Sơ đồ cổng.'
          : 'Tìm thấy ' + found.length + ' kết quả cho “' + typed + '”'
            + (found.length > LIMIT ? ', đang hiện ' + LIMIT + ' kết quả đầu.' : '.');
      }
      if (missing) {
        counter.textContent += ' Một phần chỉ mục tìm kiếm không tải được nên kết quả có thể thiếu: hãy tải lại trang.';
      }
    }

    function search() {
      var typed = form.elements.q.value.trim();
      var topic = scope.value;
      var search = ++searches;
      list.textContent = '';
      if (!typed) {
        counter.textContent = 'Gõ từ cần tìm rồi bấm Tìm.';
        return;
      }
      var exact = words(typed.normalize('NFC').toLowerCase());
      var query = {exact: exact, folded: exact.map(fold)};
      var found = [];
      var candidates = query.folded.length === 0 ? [] : parts.filter(function (part) {
        return (!topic || part.topics.indexOf(topic) >= 0)
          && query.folded.every(function (word) { return inFilter(part, word); });
      });
      var next = 0;
      (function searchNextPart() {
        if (search !== searches) {
          return; // a newer search has started
        }
        if (next === candidates.length) {
          show(found, typed, false, candidates.some(function (part) { return part.failed; }));
          return;
        }
        var part = candidates[next++];
        load(part, function () {
          part.entries.forEach(function (entry) {
            if (topic && entry.doc.m !== topic) {
              return;
            }
            var value = score(entry, query);
            if (value >= 0) {
              found.push({entry: entry, score: value, query: query});
            }
          });
          if (search === searches) {
            show(found, typed, next < candidates.length, false);
          }
          searchNextPart();
        });
      })();
    }

    var params = new URLSearchParams(window.location.search);
    form.elements.q.value = params.get('q') || '';
    scope.value = params.get(scope.name) || '';
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var next = new URLSearchParams();
      next.set('q', form.elements.q.value.trim());
      if (scope.value) {
        next.set(scope.name, scope.value);
      }
      window.history.replaceState(null, '', '?' + next.toString());
      search();
    });
    search();
  }

  /* A listing table with its search form: filter by text and by each select, sort by a column. */
  function documentTable() {
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
      counter.textContent = 'Đang hiện ' + shown + ' trên ' + rows.length + ' ' + (table.getAttribute('data-ten') || 'mục') + '.';
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
  }
})();
