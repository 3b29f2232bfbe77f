// The 12349 console's screen-pop (docs/hotline.md): listens on the console's event stream (event "call", data
// {callId, status}); a ringing or answered call loads its screen-pop into #screen-pop, every event refreshes the
// list of calls going on (htmx event `yy:call` on <body>), and a new call is announced to screen readers and with a
// short tone. The event carries no personal data: the pop is fetched with the operator's own rights.
(function () {
    'use strict';

    function tone() {
        try {
            var Context = window.AudioContext || window.webkitAudioContext;
            if (!Context) return;
            var context = new Context();
            var oscillator = context.createOscillator();
            oscillator.frequency.value = 880;
            oscillator.connect(context.destination);
            oscillator.start();
            oscillator.stop(context.currentTime + 0.3);
        } catch (e) {
            // No sound before the operator has interacted with the page; the visual pop still shows.
        }
    }

    function announce(text) {
        var region = document.getElementById('live-announcer');
        if (!region || !text) return;
        region.textContent = '';
        window.setTimeout(function () { region.textContent = text; }, 100);
    }

    function start() {
        var console_ = document.getElementById('hotline-console');
        if (!console_ || typeof window.EventSource === 'undefined') return;
        var popBase = console_.getAttribute('data-pop');
        var source = new EventSource(console_.getAttribute('data-stream'));
        var shown = null;
        source.addEventListener('call', function (event) {
            var data;
            try {
                data = JSON.parse(event.data);
            } catch (e) {
                return;
            }
            if (window.htmx) {
                window.htmx.trigger(document.body, 'yy:call', data);
                if (data.status !== 'ENDED' || shown === data.callId) {
                    window.htmx.ajax('GET', popBase + data.callId, {target: '#screen-pop', swap: 'innerHTML'});
                }
            }
            if (data.status === 'RINGING' && shown !== data.callId) {
                tone();
                announce(console_.getAttribute('data-announce'));
            }
            if (data.status !== 'ENDED') shown = data.callId;
        });
        window.addEventListener('pagehide', function () { source.close(); });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
