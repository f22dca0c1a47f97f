// Citation Needed report webview: filters, keyboard navigation, reveal and export messages.
// Loaded with the page's CSP nonce; no inline handlers.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const ruleSelect = document.getElementById('filter-rule');
  const statusSelect = document.getElementById('filter-status');
  const shown = document.getElementById('shown');
  const rows = Array.from(document.querySelectorAll('tr[data-claim]'));

  function visibleRows() {
    return rows.filter((row) => !row.hidden);
  }

  function applyFilters() {
    const rule = ruleSelect.value;
    const status = statusSelect.value;
    for (const row of rows) {
      const rules = row.dataset.rules ? row.dataset.rules.split(' ') : [];
      row.hidden = (rule !== '' && !rules.includes(rule)) || (status !== '' && row.dataset.status !== status);
    }
    for (const section of document.querySelectorAll('section.file')) {
      const sectionRows = Array.from(section.querySelectorAll('tr[data-claim]'));
      const empty = section.querySelector('.empty');
      const table = section.querySelector('table.claims');
      const any = sectionRows.some((row) => !row.hidden);
      if (empty) empty.hidden = any;
      if (table) table.hidden = !any;
    }
    shown.textContent = `${visibleRows().length} of ${rows.length} claims shown`;
    vscode.setState({ rule, status });
  }

  function reveal(row) {
    vscode.postMessage({ type: 'reveal', file: Number(row.dataset.file), claim: Number(row.dataset.claim) });
  }

  function move(row, step) {
    const visible = visibleRows();
    const next = visible[visible.indexOf(row) + step];
    if (next) next.focus();
  }

  for (const row of rows) {
    row.addEventListener('click', () => reveal(row));
    row.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        reveal(row);
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        move(row, event.key === 'ArrowDown' ? 1 : -1);
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        const visible = visibleRows();
        const target = event.key === 'Home' ? visible[0] : visible[visible.length - 1];
        if (target) target.focus();
      }
    });
  }

  document.getElementById('export').addEventListener('click', () => vscode.postMessage({ type: 'export' }));
  ruleSelect.addEventListener('change', applyFilters);
  statusSelect.addEventListener('change', applyFilters);

  const state = vscode.getState();
  if (state) {
    if (Array.from(ruleSelect.options).some((o) => o.value === state.rule)) ruleSelect.value = state.rule;
    if (Array.from(statusSelect.options).some((o) => o.value === state.status)) statusSelect.value = state.status;
  }
  applyFilters();
})();
