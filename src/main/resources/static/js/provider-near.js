// Provider directory: "use my position" fills latitude and longitude from the browser's geolocation and searches.
// Without geolocation (or JavaScript) the fields can still be typed; the button stays hidden.
(function () {
    'use strict';

    function setup() {
        var button = document.getElementById('provider-near-me');
        var form = document.getElementById('provider-filters');
        if (!button || !form || !navigator.geolocation) return;
        var status = document.getElementById('provider-near-status');
        button.hidden = false;
        button.addEventListener('click', function () {
            status.textContent = button.dataset.locating;
            button.disabled = true;
            navigator.geolocation.getCurrentPosition(function (position) {
                document.getElementById('provider-lat').value = position.coords.latitude.toFixed(6);
                document.getElementById('provider-lng').value = position.coords.longitude.toFixed(6);
                var elder = form.querySelector('input[name="elder"]');
                if (elder) elder.remove();
                status.textContent = '';
                button.disabled = false;
                if (form.requestSubmit) form.requestSubmit(); else form.submit();
            }, function () {
                status.textContent = button.dataset.failed;
                button.disabled = false;
            }, {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', setup);
    } else {
        setup();
    }
})();
