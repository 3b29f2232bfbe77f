// Yiyang shell behaviour: CSRF header for htmx requests, and read-aloud with the browser's speech synthesis.
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

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', setupReadAloud);
    } else {
        setupReadAloud();
    }
})();
