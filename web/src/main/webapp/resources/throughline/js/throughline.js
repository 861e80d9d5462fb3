/*
 * Moves keyboard and screen-reader users to the error summary when a page comes back with errors,
 * and makes its links put the cursor in the field they name (a plain #id link only scrolls there).
 * Served as a file, not inline, so the Content-Security-Policy needs no 'unsafe-inline'.
 */
document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('errorSummary');
    if (!summary) {
        return;
    }
    summary.focus();
    summary.addEventListener('click', function (event) {
        var link = event.target.closest('a[href^="#"]');
        var field = link && document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
        if (field) {
            event.preventDefault();
            field.scrollIntoView({block: 'center'});
            field.focus();
        }
    });
});
