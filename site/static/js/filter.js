// Quick filter for the people/topics/organizations/places indexes. Without JavaScript the full list shows.
(function () {
  var box = document.querySelector('.filter');
  var input = document.querySelector('[data-filter-list]');
  if (!box || !input) return;
  var list = document.getElementById(input.getAttribute('data-filter-list'));
  var none = box.querySelector('.filter-none');
  box.hidden = false;
  function norm(s) { return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim(); }
  input.addEventListener('input', function () {
    var q = norm(input.value);
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
  });
})();
