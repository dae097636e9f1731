// Values on tap: a phone shows no tooltip, so a tap (or a pointer) on a day of the load chart writes that day's
// numbers, from the day's <title>, under the chart. Without script the titles and the table still say them.
(function () {
  if (window.runrubCharts) {
    return;
  }
  window.runrubCharts = true;

  function show(event) {
    var target = event.target;
    if (!target || !target.classList || !target.classList.contains('hit')) {
      return;
    }
    var chart = target.closest('.chart');
    var readout = chart && chart.querySelector('.chart-readout');
    var title = target.querySelector('title');
    if (!readout || !title) {
      return;
    }
    readout.textContent = title.textContent;
    chart.querySelectorAll('.hit.chosen').forEach(function (other) {
      other.classList.remove('chosen');
    });
    target.classList.add('chosen');
  }

  document.addEventListener('click', show);
  document.addEventListener('pointerover', show);
})();
