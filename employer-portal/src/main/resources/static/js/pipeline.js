/*
 * Drag and drop on a listing's pipeline board, with the keyboard too. It only presses the card's
 * own move buttons (plain forms that work without this script), so the server's rules decide.
 * Mouse: drag a card onto a column. Keyboard: focus a card, Space or Enter picks it up, Left and
 * Right choose the column, Space or Enter drops it there, Escape cancels. Dropping on "Declined"
 * opens the card's decline form, which needs a reason.
 */
(function () {
  'use strict';
  var board = document.querySelector('[data-pipeline]');
  if (!board) { return; }
  var live = document.getElementById('pipeline-live');
  var columns = Array.prototype.slice.call(board.querySelectorAll('[data-column]'));
  var picked = null;
  var target = -1;

  function say(text) { if (live) { live.textContent = ''; live.textContent = text; } }
  function columnName(col) { var s = col.querySelector('h2 span'); return s ? s.textContent : col.getAttribute('data-column'); }
  function clearMarks() { columns.forEach(function (c) { c.classList.remove('drop-target'); }); }

  /** Moves the card to the column by pressing its button; false when the rules offer no such move. */
  function drop(card, column) {
    var stage = column.getAttribute('data-column');
    var button = card.querySelector('form.move button[data-to="' + stage + '"]');
    if (button) { button.click(); return true; }
    if (stage === 'DECLINED_BY_EMPLOYER') {
      var exit = card.querySelector('details.exit');
      if (exit) {
        exit.open = true;
        var select = exit.querySelector('select');
        if (select) { select.focus(); }
        return true;
      }
    }
    say(board.getAttribute('data-not-allowed'));
    return false;
  }

  columns.forEach(function (col) {
    col.addEventListener('dragover', function (e) { e.preventDefault(); col.classList.add('drop-target'); });
    col.addEventListener('dragleave', function () { col.classList.remove('drop-target'); });
    col.addEventListener('drop', function (e) {
      e.preventDefault();
      clearMarks();
      var id = e.dataTransfer.getData('text/plain');
      var card = document.querySelector('[data-card="' + id + '"]');
      if (card && card.closest('[data-column]') !== col) { drop(card, col); }
    });
  });

  Array.prototype.forEach.call(board.querySelectorAll('[data-card]'), function (card) {
    if (!card.querySelector('form.move, details.exit')) { return; }
    card.setAttribute('draggable', 'true');
    card.setAttribute('tabindex', '0');
    card.setAttribute('aria-roledescription', board.getAttribute('data-card-role') || 'card');
    card.addEventListener('dragstart', function (e) { e.dataTransfer.setData('text/plain', card.getAttribute('data-card')); });
    card.addEventListener('keydown', function (e) {
      if (e.target !== card) { return; }
      var home = columns.indexOf(card.closest('[data-column]'));
      if (!picked && (e.key === ' ' || e.key === 'Enter')) {
        e.preventDefault();
        picked = card; target = home;
        card.classList.add('picked');
        say(board.getAttribute('data-picked'));
      } else if (picked === card && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
        e.preventDefault();
        target = Math.max(0, Math.min(columns.length - 1, target + (e.key === 'ArrowRight' ? 1 : -1)));
        clearMarks(); columns[target].classList.add('drop-target');
        say(board.getAttribute('data-over') + ' ' + columnName(columns[target]));
      } else if (picked === card && (e.key === ' ' || e.key === 'Enter')) {
        e.preventDefault();
        card.classList.remove('picked'); clearMarks(); picked = null;
        if (target !== home) { drop(card, columns[target]); }
      } else if (picked === card && e.key === 'Escape') {
        card.classList.remove('picked'); clearMarks(); picked = null;
      }
    });
  });
})();
