// A signature drawn with a finger, pen or mouse (pointer events) on canvas[data-signature-pad="<hidden input id>"]:
// each finished stroke stores the drawing as a PNG data URL in the hidden input; the clear button
// (data-signature-clear="<same id>") empties both. The keyboard and screen-reader alternative is the PIN field.
(function () {
    'use strict';

    function setup(canvas) {
        var input = document.getElementById(canvas.dataset.signaturePad);
        if (!input) return;
        var context = canvas.getContext('2d');
        var drawing = false;
        canvas.style.touchAction = 'none';
        canvas.style.width = '100%';
        canvas.style.maxWidth = canvas.width + 'px';
        canvas.style.border = '2px solid currentColor';
        canvas.style.borderRadius = '8px';
        canvas.style.background = '#fff';
        context.lineWidth = 3;
        context.lineCap = 'round';
        context.lineJoin = 'round';
        context.strokeStyle = '#000';

        if (input.value && input.value.indexOf('data:image/png;base64,') === 0) {
            var kept = new Image();
            kept.onload = function () { context.drawImage(kept, 0, 0); };
            kept.src = input.value;
        }

        function point(event) {
            var box = canvas.getBoundingClientRect();
            return {
                x: (event.clientX - box.left) * canvas.width / box.width,
                y: (event.clientY - box.top) * canvas.height / box.height
            };
        }

        canvas.addEventListener('pointerdown', function (event) {
            drawing = true;
            canvas.setPointerCapture(event.pointerId);
            var p = point(event);
            context.beginPath();
            context.moveTo(p.x, p.y);
            event.preventDefault();
        });
        canvas.addEventListener('pointermove', function (event) {
            if (!drawing) return;
            var p = point(event);
            context.lineTo(p.x, p.y);
            context.stroke();
            event.preventDefault();
        });
        function end() {
            if (!drawing) return;
            drawing = false;
            input.value = canvas.toDataURL('image/png');
        }
        canvas.addEventListener('pointerup', end);
        canvas.addEventListener('pointercancel', end);
        canvas.addEventListener('pointerleave', end);

        document.querySelectorAll('[data-signature-clear="' + canvas.dataset.signaturePad + '"]').forEach(function (button) {
            button.addEventListener('click', function () {
                context.clearRect(0, 0, canvas.width, canvas.height);
                input.value = '';
            });
        });
    }

    function init() {
        document.querySelectorAll('canvas[data-signature-pad]').forEach(setup);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
