// Yiyang shell behaviour: CSRF header for htmx requests, read-aloud with the browser's speech synthesis, and
// keyboard access to tables wider than the screen.
(function () {
    'use strict';

    document.addEventListener('htmx:configRequest', function (event) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            event.detail.headers[header.content] = token.content;
        }
    });

    function setupReadAloud() {
        var button = document.getElementById('read-aloud');
        if (!button) return;
        var synth = window.speechSynthesis;
        if (!synth || typeof SpeechSynthesisUtterance === 'undefined') {
            button.disabled = true;
            button.title = button.dataset.unsupported;
            return;
        }
        function stop() {
            synth.cancel();
            button.setAttribute('aria-pressed', 'false');
            button.textContent = button.dataset.start;
        }
        button.addEventListener('click', function () {
            if (button.getAttribute('aria-pressed') === 'true') {
                stop();
                return;
            }
            var main = document.getElementById('main');
            var text = main ? main.innerText.trim() : '';
            if (!text) return;
            var utterance = new SpeechSynthesisUtterance(text);
            utterance.lang = document.documentElement.lang || 'zh-CN';
            utterance.rate = document.documentElement.classList.contains('elder') ? 0.85 : 1;
            utterance.onend = stop;
            utterance.onerror = stop;
            synth.cancel();
            synth.speak(utterance);
            button.setAttribute('aria-pressed', 'true');
            button.textContent = button.dataset.stop;
        });
        document.addEventListener('keydown', function (e) {
            if (e.key === 'Escape' && button.getAttribute('aria-pressed') === 'true') stop();
        });
    }

    // A table wider than the screen (a phone, elder mode's large text) scrolls inside its wrapper; the wrapper then
    // takes the keyboard focus so that the arrow keys scroll it, and is named after its section's heading.
    function keyboardScrollableTables() {
        document.querySelectorAll('.table-wrap').forEach(function (wrap) {
            if (wrap.scrollWidth > wrap.clientWidth) {
                var section = wrap.closest('[aria-labelledby]');
                var heading = section ? document.getElementById(section.getAttribute('aria-labelledby')) : null;
                wrap.setAttribute('tabindex', '0');
                wrap.setAttribute('role', 'region');
                wrap.setAttribute('aria-label', heading ? heading.textContent.trim() : document.title);
            } else if (wrap.getAttribute('role') === 'region') {
                wrap.removeAttribute('tabindex');
                wrap.removeAttribute('role');
                wrap.removeAttribute('aria-label');
            }
        });
    }

    function start() {
        setupReadAloud();
        keyboardScrollableTables();
        var resizing;
        window.addEventListener('resize', function () {
            clearTimeout(resizing);
            resizing = setTimeout(keyboardScrollableTables, 200);
        });
        document.addEventListener('htmx:afterSettle', keyboardScrollableTables);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
