// The body map: tapping an area focuses its score input; typing a score shades the area on both sides. Without script
// each area is a link to its input, and the inputs post as a plain form.
(function () {
  if (window.runrubBodyMap) {
    return;
  }
  window.runrubBodyMap = true;

  function areasOf(input) {
    var form = input.form;
    return form ? form.querySelectorAll('[data-editable] .area[data-area="' + input.dataset.area + '"]') : [];
  }

  document.addEventListener('click', function (event) {
    var area = event.target.closest && event.target.closest('[data-editable] a.area');
    if (!area) {
      return;
    }
    var input = document.getElementById(area.getAttribute('href').slice(1));
    if (!input) {
      return;
    }
    event.preventDefault();
    input.focus();
    if (input.select) {
      input.select();
    }
    input.scrollIntoView({ block: 'nearest' });
  });

  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!input.dataset || !input.dataset.area || !input.form || !input.form.querySelector('[data-editable]')) {
      return;
    }
    var value = input.value === '' ? null : Math.max(0, Math.min(10, Math.round(Number(input.value))));
    areasOf(input).forEach(function (area) {
      area.setAttribute('class', 'area level-' + (value === null || isNaN(value) ? 'none' : value));
      var name = input.labels && input.labels[0] ? input.labels[0].textContent : input.dataset.area;
      var words = value === null || isNaN(value) ? name : name + ': ' + value + '/10';
      area.setAttribute('aria-label', words);
      var title = area.querySelector('title');
      if (title) {
        title.textContent = words;
      }
    });
  });
})();
