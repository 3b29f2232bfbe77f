// The home-position form's "use this device's location" button: fills latitude and longitude from the
// browser's geolocation (the person stands at the elder's home). A static file because the content security
// policy allows no inline script; event delegation so it also works in the section htmx swaps into a page.
(function () {
    'use strict';
    if (window.yiyangHomeLocation) {
        reveal(document);
        return;
    }
    window.yiyangHomeLocation = true;

    function supported() {
        return 'geolocation' in navigator && window.isSecureContext !== false;
    }

    function reveal(root) {
        if (!supported() || !root || !root.querySelectorAll) return;
        root.querySelectorAll('#use-device-location').forEach(function (button) { button.hidden = false; });
    }

    function say(form, text) {
        var status = form.querySelector('#home-location-device-status');
        if (status) status.textContent = text;
    }

    function locate(button) {
        var form = button.form;
        if (!form) return;
        button.disabled = true;
        say(form, button.dataset.locating);
        navigator.geolocation.getCurrentPosition(function (position) {
            var lat = form.querySelector('#latitude');
            var lng = form.querySelector('#longitude');
            var source = form.querySelector('[data-home-source]');
            lat.value = position.coords.latitude.toFixed(6);
            lng.value = position.coords.longitude.toFixed(6);
            if (source) source.value = 'DEVICE';
            button.disabled = false;
            say(form, button.dataset.filled.replace('{0}', Math.round(position.coords.accuracy)));
            lat.focus();
        }, function (error) {
            button.disabled = false;
            say(form, error.code === 1 ? button.dataset.denied : button.dataset.unavailable);
        }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 0 });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('#use-device-location');
        if (button) locate(button);
    });
    // Typing over a filled-in position makes it a typed one again.
    document.addEventListener('input', function (event) {
        if (!event.target.matches || !event.target.matches('[data-home-coordinate]')) return;
        var source = event.target.form && event.target.form.querySelector('[data-home-source]');
        if (source) source.value = 'MANUAL';
    });
    document.addEventListener('htmx:load', function (event) { reveal(event.detail && event.detail.elt); });
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { reveal(document); });
    } else {
        reveal(document);
    }
})();
