// Offline search over the static index written by Sinmun's SearchIndexWriter (search/s/*.json shards,
// search/d/<n ÷ 16>.json documents, 16 to a file). Tokens are split exactly as SearchTokens does in Java.
(function () {
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var input = document.getElementById('q');
  if (!results || !input) return;
  var base = results.getAttribute('data-index');
  var lang = results.getAttribute('data-lang');
  var STOP = new Set('a an and are as at be but by for from had has have he her his in is it its of on or she that the their there they this to was were which will with would'.split(' '));
  var PARTICLES = ['으로부터', '에게서', '으로서', '으로써', '에서는', '에서도', '께서는', '이라는', '이라고',
    '에서', '에게', '께서', '으로', '부터', '까지', '라고', '이나', '와의', '과의', '에는', '에도', '이다', '처럼', '보다',
    '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '로', '만', '나', '께'];
  var cache = {};
  var DOCS_PER_FILE = 16; // SearchIndexWriter.DOCS_PER_FILE

  function tokens(text) {
    return text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) {
      return t && !STOP.has(t);
    });
  }
  function isHangul(ch) { return /\p{Script=Hangul}/u.test(ch); }
  // A Korean query word with a particle attached ("최종건은") searches its stem ("최종건").
  function stem(t) {
    if (!isHangul(t[0])) return t;
    for (var i = 0; i < PARTICLES.length; i++) {
      var p = PARTICLES[i];
      if (t.length - p.length >= 2 && t.endsWith(p)) return t.slice(0, t.length - p.length);
    }
    return t;
  }
  function shardKey(t) {
    var cps = Array.from(t);
    return cps.slice(0, Math.min(cps.length, isHangul(cps[0]) ? 2 : 3)).join('');
  }
  function shardFile(key) {
    return Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join('-');
  }
  function fetchJson(path) {
    if (!cache[path]) {
      cache[path] = fetch(base + path).then(function (r) { return r.ok ? r.json() : {}; }).catch(function () { return {}; });
    }
    return cache[path];
  }
  // Postings of every indexed token that starts with the term: doc id → weight.
  function lookup(term) {
    var key = shardKey(term);
    var prefix = Array.from(term).length >= Array.from(key).length;
    return fetchJson('s/' + shardFile(key) + '.json').then(function (shard) {
      var docs = new Map();
      Object.keys(shard).forEach(function (token) {
        if (prefix ? token.startsWith(term) : token === term) {
          // a whole-word match ranks above any word that merely starts with the term ("Kyu" above "Kyung")
          var bonus = token === term ? 16 : 0;
          var id = 0;
          shard[token].forEach(function (p) {
            id += Math.floor(p / 16);
            docs.set(id, Math.max(docs.get(id) || 0, p % 16 + bonus));
          });
        }
      });
      return docs;
    });
  }
  function search(query) {
    var terms = Array.from(new Set(tokens(query).map(stem)));
    if (terms.length === 0) return Promise.resolve({ ids: [], terms: [] });
    return Promise.all(terms.map(lookup)).then(function (lists) {
      var scores = new Map(lists[0]);
      lists.slice(1).forEach(function (list) {
        scores.forEach(function (score, id) {
          if (list.has(id)) scores.set(id, score + list.get(id)); else scores.delete(id);
        });
      });
      var ids = Array.from(scores.keys()).sort(function (a, b) { return scores.get(b) - scores.get(a) || a - b; });
      return { ids: ids, terms: terms };
    });
  }
  function snippet(text, terms) {
    var lower = text.toLowerCase();
    var at = -1;
    terms.forEach(function (t) { var i = lower.indexOf(t); if (i >= 0 && (at < 0 || i < at)) at = i; });
    var start = Math.max(0, at - 60);
    var piece = (start > 0 ? '…' : '') + text.slice(start, start + 200) + (start + 200 < text.length ? '…' : '');
    var p = document.createElement('p');
    p.className = 'snippet';
    var lowerPiece = piece.toLowerCase();
    var pos = 0;
    while (pos < piece.length) {
      var next = -1, len = 0;
      terms.forEach(function (t) { var i = lowerPiece.indexOf(t, pos); if (i >= 0 && (next < 0 || i < next)) { next = i; len = t.length; } });
      if (next < 0) { p.appendChild(document.createTextNode(piece.slice(pos))); break; }
      p.appendChild(document.createTextNode(piece.slice(pos, next)));
      var mark = document.createElement('mark');
      mark.textContent = piece.slice(next, next + len);
      p.appendChild(mark);
      pos = next + len;
    }
    return p;
  }
  var PAGE = 10;
  var more = document.createElement('button');
  more.type = 'button';
  more.className = 'search-more';
  more.textContent = results.getAttribute('data-more');
  more.hidden = true;
  results.after(more);
  var shown = { ids: [], terms: [], count: 0 };
  more.addEventListener('click', function () { showNext(); });
  function show(found, query) {
    results.textContent = '';
    shown = { ids: found.ids, terms: found.terms, count: 0 };
    more.hidden = true;
    if (found.ids.length === 0) { status.textContent = status.getAttribute('data-none'); return; }
    status.textContent = found.ids.length === 1 ? status.getAttribute('data-one')
      : status.getAttribute('data-many').replace('{n}', found.ids.length);
    showNext();
  }
  // Appends the next PAGE results, in rank order; the button stays while more are left.
  function showNext() {
    var found = shown;
    var top = found.ids.slice(found.count, found.count + PAGE);
    found.count += top.length;
    more.hidden = found.count >= found.ids.length;
    Promise.all(top.map(function (id) {
      return fetchJson('d/' + Math.floor(id / DOCS_PER_FILE) + '.json').then(function (file) {
        return file[id % DOCS_PER_FILE] || {};
      });
    })).then(function (docs) {
      docs.forEach(function (doc) {
        var li = document.createElement('li');
        li.className = 'result';
        var h = document.createElement('h2');
        h.className = 'card-title';
        if (doc.l !== lang) h.lang = doc.l;
        var a = document.createElement('a');
        a.href = doc.u;
        a.textContent = doc.t;
        h.appendChild(a);
        var meta = document.createElement('p');
        meta.className = 'meta';
        meta.textContent = lang === 'ko' ? doc.dk : doc.de;
        var snip = snippet(doc.x, found.terms);
        if (doc.l !== lang) snip.lang = doc.l;
        li.append(h, meta, snip);
        results.appendChild(li);
      });
    });
  }
  function run(query) {
    status.textContent = status.getAttribute('data-loading');
    search(query).then(function (found) { show(found, query); });
  }
  var form = input.form;
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = input.value.trim();
    history.replaceState(null, '', '?q=' + encodeURIComponent(q));
    run(q);
  });
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) { input.value = initial; run(initial); }
})();
