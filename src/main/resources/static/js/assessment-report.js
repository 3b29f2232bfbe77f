// The assessment report's "print / save as PDF" button: the browser's print dialog produces the PDF
// (a static file because the content security policy allows no inline script).
(function () {
    'use strict';
    function setup() {
        var button = document.getElementById('print-report');
        if (button) {
            button.addEventListener('click', function () { window.print(); });
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', setup);
    } else {
        setup();
    }
})();
