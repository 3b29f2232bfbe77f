// The 12349 desk console (docs/care-alarms.md). Listens on the desk's event stream (Server-Sent Events):
// "alarm" (new) and "alarm-escalated" refresh the queue, show the text in the visible banner, which is an
// assertive live region so screen readers read it out, and sound a tone when the operator switched sound on
// (browsers allow sound only after a click); "alarm-changed" refreshes the queue quietly. After a dropped
// stream reconnects, the queue is reloaded, so nothing raised meanwhile is missed.
(function () {
    'use strict';

    var audio = null;

    function soundButton() {
        return document.getElementById('alarm-sound');
    }

    function soundOn() {
        var button = soundButton();
        return button && button.getAttribute('aria-pressed') === 'true';
    }

    function setSound(on) {
        var button = soundButton();
        if (!button) return;
        button.setAttribute('aria-pressed', on ? 'true' : 'false');
        button.textContent = on ? button.getAttribute('data-on') : button.getAttribute('data-off');
        try { window.localStorage.setItem('yy-alarm-sound', on ? 'on' : 'off'); } catch (e) { /* private mode */ }
    }

    function tone(critical) {
        if (!soundOn()) return;
        var Context = window.AudioContext || window.webkitAudioContext;
        if (!Context) return;
        audio = audio || new Context();
        var times = critical ? 3 : 1;
        for (var i = 0; i < times; i++) {
            var osc = audio.createOscillator();
            var gain = audio.createGain();
            var start = audio.currentTime + i * 0.35;
            osc.frequency.value = 880;
            gain.gain.setValueAtTime(0.25, start);
            gain.gain.exponentialRampToValueAtTime(0.001, start + 0.3);
            osc.connect(gain).connect(audio.destination);
            osc.start(start);
            osc.stop(start + 0.3);
        }
    }

    function refreshRows(desk, highlight) {
        if (!window.htmx) return;
        var url = desk.getAttribute('data-rows') + window.location.search;
        window.htmx.ajax('GET', url, {target: '#alarm-rows', swap: 'outerHTML'}).then(function () {
            if (!highlight) return;
            var row = document.querySelector('#alarm-queue tr[data-alarm="' + highlight + '"]');
            if (row) row.classList.add('alarm-new');
        });
    }

    function show(data) {
        var banner = document.getElementById('alarm-banner');
        if (!banner) return;
        banner.hidden = false;
        banner.textContent = '';
        var link = document.createElement('a');
        link.href = data.link;
        link.textContent = data.text;
        // Filled after a pause, so the same words arriving twice are announced twice.
        window.setTimeout(function () { banner.appendChild(link); }, 50);
    }

    function connection(state) {
        var label = document.getElementById('alarm-connection');
        if (label) label.textContent = label.getAttribute(state === 'live' ? 'data-live' : 'data-lost');
    }

    function start() {
        var desk = document.getElementById('alarm-desk');
        if (!desk || typeof window.EventSource === 'undefined') return;
        var button = soundButton();
        if (button) {
            try { if (window.localStorage.getItem('yy-alarm-sound') === 'on') setSound(true); } catch (e) { /* ignore */ }
            button.addEventListener('click', function () { setSound(!soundOn()); if (soundOn()) tone(false); });
        }
        var source = new EventSource(desk.getAttribute('data-stream'));
        var connectedBefore = false;
        source.addEventListener('open', function () {
            connection('live');
            if (connectedBefore) refreshRows(desk);
            connectedBefore = true;
        });
        source.addEventListener('error', function () { connection('lost'); });
        function alarm(event) {
            var data;
            try { data = JSON.parse(event.data); } catch (e) { return; }
            show(data);
            tone(data.priority === 'CRITICAL');
            refreshRows(desk, data.id);
        }
        source.addEventListener('alarm', alarm);
        source.addEventListener('alarm-escalated', alarm);
        source.addEventListener('alarm-changed', function () { refreshRows(desk); });
        window.addEventListener('pagehide', function () { source.close(); });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
