// Proposals page: "select all on this page" ticks or clears every proposal checkbox of the form.
(function () {
    'use strict';
    document.addEventListener('change', function (event) {
        var box = event.target;
        if (!box.matches || !box.matches('input[data-select-all]')) return;
        var form = box.closest('form');
        if (!form) return;
        form.querySelectorAll('input[type="checkbox"][name="' + box.dataset.selectAll + '"]').forEach(function (item) {
            item.checked = box.checked;
        });
    });
})();
