// Imports a person can follow: the files go up with a progress bar (bytes sent), then "reading…" while the server
// reads them, then the report replaces the page's content. Without script the form posts as a plain form.
(function () {
  if (window.runrubImports) {
    return;
  }
  window.runrubImports = true;

  function words(template, values) {
    return template.replace(/\{(\d)\}/g, function (all, index) {
      return values[Number(index)];
    });
  }

  function megabytes(bytes) {
    return (bytes / (1024 * 1024)).toFixed(1);
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form || form.id !== 'import-form' || !window.XMLHttpRequest || !window.FormData || !window.DOMParser) {
      return;
    }
    var input = form.querySelector('input[type=file]');
    if (!input || !input.files || input.files.length === 0) {
      return; // the server says what is missing
    }
    event.preventDefault();
    var button = form.querySelector('button[type=submit]');
    var box = document.getElementById('import-progress');
    var bar = document.getElementById('import-progress-bar');
    var text = document.getElementById('import-progress-text');
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    box.hidden = false;
    bar.value = 0;
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (progress) {
      if (progress.lengthComputable) {
        var percent = Math.round(progress.loaded * 100 / progress.total);
        bar.value = percent;
        text.textContent = words(form.dataset.sending, [percent, megabytes(progress.loaded), megabytes(progress.total)]);
      }
    });
    request.upload.addEventListener('load', function () {
      bar.removeAttribute('value'); // indeterminate while the server reads
      text.textContent = form.dataset.reading;
    });
    request.addEventListener('load', function () {
      var page = new DOMParser().parseFromString(request.responseText, 'text/html');
      var fresh = page.querySelector('main');
      var main = document.querySelector('main');
      if (request.status >= 200 && request.status < 300 && fresh && main) {
        main.replaceWith(fresh);
        if (request.responseURL) {
          window.history.replaceState(null, '', request.responseURL);
        }
        var reports = document.getElementById('import-reports') || fresh;
        reports.setAttribute('tabindex', '-1');
        reports.focus();
        reports.scrollIntoView({ block: 'start' });
      } else {
        failed();
      }
    });
    request.addEventListener('error', failed);

    function failed() {
      button.disabled = false;
      button.removeAttribute('aria-busy');
      bar.value = 0;
      text.textContent = form.dataset.failed;
    }

    request.send(new FormData(form));
  });
})();
