/*
 * Moves keyboard and screen-reader users to the error summary when a page comes back with errors,
 * and makes its links put the cursor in the field they name (a plain #id link only scrolls there).
 * A link may name a group (checkboxes, radios) or a PrimeFaces input's wrapper: the cursor then goes
 * to the first input inside it.
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
            var input = field.matches('input, select, textarea')
                ? field : field.querySelector('input:not([type="hidden"]), select, textarea') || field;
            input.scrollIntoView({block: 'center'});
            input.focus();
        }
    });
});

/*
 * PrimeFaces puts the page's Content-Security-Policy nonce into each Faces form, and every postback
 * must send it back. It tells a Faces form by form.method, which a field named "method" hides (the
 * victim page's "How you tried to reach her"), leaving that form without the nonce: read the
 * attribute instead. Runs before PrimeFaces' own start-up, which waits for the page to load.
 */
if (window.PrimeFaces && PrimeFaces.csp) {
    PrimeFaces.csp.isFacesForm = function (form) {
        return (form.getAttribute('method') || '').toLowerCase() === 'post'
            && form.querySelector('input[name*="' + PrimeFaces.VIEW_STATE + '"]') !== null;
    };
}
