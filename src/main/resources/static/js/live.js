// Live notices (Server-Sent Events) for signed-in pages: the layout marks <body data-live="/live">.
// Each "notice" event refreshes the header's unread badge, fires the htmx event `yy:live` on <body>
// (detail: topic, id, link) for fragments that declare hx-trigger="yy:live from:body", and is read out
// by screen readers through the polite live region. EventSource reconnects on its own after a drop.
(function () {
    'use strict';

    function refreshBadge() {
        var badge = document.getElementById('inbox-badge');
        if (!badge || !window.htmx) return;
        window.htmx.ajax('GET', '/inbox/unread-count', {target: badge, swap: 'outerHTML'});
    }

    function announce(text) {
        var region = document.getElementById('live-announcer');
        if (!region || !text) return;
        // Emptied first, so that the same text arriving twice is announced twice.
        region.textContent = '';
        window.setTimeout(function () { region.textContent = text; }, 100);
    }

    function start() {
        var url = document.body && document.body.getAttribute('data-live');
        if (!url || typeof window.EventSource === 'undefined') return;
        var source = new EventSource(url);
        var connectedBefore = false;

        source.addEventListener('open', function () {
            // After a reconnect, notices may have arrived while the stream was down.
            if (connectedBefore) refreshBadge();
            connectedBefore = true;
        });
        source.addEventListener('notice', function (event) {
            var data;
            try {
                data = JSON.parse(event.data);
            } catch (e) {
                return;
            }
            refreshBadge();
            if (window.htmx) {
                window.htmx.trigger(document.body, 'yy:live', {topic: data.topic, id: data.id, link: data.link});
            }
            announce(data.text);
        });
        window.addEventListener('pagehide', function () { source.close(); });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
