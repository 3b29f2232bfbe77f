// Visit check-in and check-out (templates/service/visits.html, visit-check-out.html): before a form marked
// data-visit-geo is sent, ask the browser for a high-accuracy position and put it in the hidden latitude,
// longitude and accuracy fields. When the caregiver refuses, or the phone cannot tell, the form is sent without
// a position: the server records the visit with a NO_POSITION exception rather than blocking the caregiver.
(function () {
    'use strict';

    var OPTIONS = {enableHighAccuracy: true, timeout: 15000, maximumAge: 0};

    function field(form, name) {
        return form.querySelector('input[name="' + name + '"]');
    }

    function status(form, text) {
        var line = form.querySelector('.visit-geo-status');
        if (line) line.textContent = text || '';
    }

    function send(form) {
        form.dataset.geoDone = 'true';
        if (typeof form.requestSubmit === 'function') {
            form.requestSubmit();
        } else {
            form.submit();
        }
    }

    function locate(event) {
        var form = event.target;
        if (!form.matches('form[data-visit-geo]') || form.dataset.geoDone === 'true') return;
        event.preventDefault();
        var buttons = form.querySelectorAll('button[type="submit"]');
        buttons.forEach(function (b) { b.disabled = true; b.setAttribute('aria-busy', 'true'); });
        function release() {
            buttons.forEach(function (b) { b.disabled = false; b.removeAttribute('aria-busy'); });
        }
        if (!navigator.geolocation) {
            status(form, form.dataset.refused);
            release();
            send(form);
            return;
        }
        status(form, form.dataset.locating);
        navigator.geolocation.getCurrentPosition(function (position) {
            field(form, 'latitude').value = position.coords.latitude;
            field(form, 'longitude').value = position.coords.longitude;
            field(form, 'accuracy').value = Math.round(position.coords.accuracy);
            release();
            send(form);
        }, function () {
            field(form, 'latitude').value = '';
            field(form, 'longitude').value = '';
            field(form, 'accuracy').value = '';
            status(form, form.dataset.refused);
            release();
            send(form);
        }, OPTIONS);
    }

    document.addEventListener('submit', locate, true);
})();
