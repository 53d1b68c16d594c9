// Quick filter for the people/topics/organizations/places indexes. Without JavaScript the full list shows.
// On an index split over several pages, the filter searches every entry (from <kind>/names.json).
(function () {
  var box = document.querySelector('.filter');
  var input = document.querySelector('[data-filter-list]');
  if (!box || !input) return;
  var list = document.getElementById(input.getAttribute('data-filter-list'));
  var none = box.querySelector('.filter-none');
  var all = box.querySelector('.filter-all');
  var namesUrl = input.getAttribute('data-names');
  var names = null;
  box.hidden = false;
  function norm(s) { return (s || '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim(); }
  function filterPage(q) {
    var shown = 0;
    list.querySelectorAll('section').forEach(function (section) {
      var any = false;
      section.querySelectorAll('li').forEach(function (li) {
        var hit = q === '' || norm(li.getAttribute('data-names') || li.textContent).indexOf(q) >= 0;
        li.hidden = !hit;
        if (hit) { any = true; shown++; }
      });
      section.hidden = !any;
    });
    none.hidden = shown > 0;
  }
  function filterAll(q) {
    var lang = input.getAttribute('data-lang');
    var base = input.getAttribute('data-base');
    all.textContent = '';
    list.hidden = q !== '';
    all.hidden = q === '';
    if (q === '') { none.hidden = true; return; }
    var hits = names.filter(function (n) { return norm(n[1] + ' ' + n[2]).indexOf(q) >= 0; }).slice(0, 100);
    hits.forEach(function (n) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = base + n[0] + '/';
      var first = lang === 'ko' ? (n[2] || n[1]) : (n[1] || n[2]);
      a.textContent = first;
      li.appendChild(a);
      all.appendChild(li);
    });
    none.hidden = hits.length > 0;
  }
  input.addEventListener('input', function () {
    var q = norm(input.value);
    if (!namesUrl) { filterPage(q); return; }
    if (names) { filterAll(q); return; }
    fetch(namesUrl).then(function (r) { return r.json(); }).then(function (data) {
      names = data;
      filterAll(norm(input.value));
    });
  });
})();
