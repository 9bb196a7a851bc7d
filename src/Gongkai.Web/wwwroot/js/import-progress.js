// Shows the progress indicator of /Admin/Imports while an upload is read and checked or an import is written.
document.querySelectorAll("form[data-progress]").forEach(function (form) {
    form.addEventListener("submit", function () {
        var indicator = document.getElementById(form.dataset.progress);
        if (indicator) { indicator.hidden = false; }
        form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
    });
});
