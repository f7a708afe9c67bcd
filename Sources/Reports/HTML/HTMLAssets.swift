/// The report's only style sheet and script, inlined so that `index.html` opens from a USB
/// stick, an LMS attachment or `file://` with no network. The page's Content-Security-Policy
/// forbids every fetch, so a stray external reference would fail loudly in CI, not silently.
enum HTMLAssets {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

    static let style: Markup = """
        :root{--met:#2e7d32;--partial:#f9a825;--unmet:#c62828;--untested:#b0b0b0;--not-gradable:#e6e6ea;--ink:#1d1d1f;--muted:#6b6b70;--line:#dedee3}
        *{box-sizing:border-box}
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);margin:0 auto;max-width:1200px;padding:24px}
        h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 12px;border-bottom:1px solid var(--line);padding-bottom:4px}
        .meta{color:var(--muted);margin:0}
        .stats{display:flex;flex-wrap:wrap;gap:12px;margin:0;padding:0}
        .stats div{border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:110px}
        .stats dt{color:var(--muted);font-size:12px}.stats dd{margin:0;font-size:20px;font-weight:600}
        table{border-collapse:collapse;width:100%;margin:8px 0}
        th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
        th{font-size:12px;color:var(--muted);font-weight:600}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        .scroll{overflow:auto;max-height:70vh;border:1px solid var(--line);border-radius:8px}
        .caption,.hint{color:var(--muted);font-size:12px}
        .legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:18px;height:18px;margin-right:4px;vertical-align:-4px;border-radius:3px;text-align:center;font:12px/18px system-ui,sans-serif;font-style:normal}
        .heat-tools{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:8px 0}
        .heat-tools input,.heat-tools select{font:inherit;padding:4px 8px;border:1px solid var(--line);border-radius:6px}
        .heat-scroll{max-height:75vh}
        #heatmap{border-collapse:separate;border-spacing:0;width:auto;margin:0}
        #heatmap th,#heatmap td{padding:0;border-bottom:1px solid #fff;border-right:1px solid #fff;white-space:nowrap;height:22px}
        #heatmap thead th{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);vertical-align:bottom}
        #heatmap .who{position:sticky;left:0;z-index:1;background:#fff;text-align:left;max-width:220px;min-width:120px;overflow:hidden;text-overflow:ellipsis;padding:0 8px;font-weight:400;color:var(--ink);font-size:13px}
        #heatmap .pct{text-align:right;padding:0 8px;font-variant-numeric:tabular-nums;color:var(--muted);font-size:12px}
        #heatmap thead .who{z-index:3}
        #heatmap tbody tr:hover th,#heatmap tbody tr:hover td.pct{background:#eef3fd}
        #heatmap button{font:600 11px system-ui,sans-serif;color:var(--muted);background:none;border:0;padding:4px 6px;cursor:pointer}
        #heatmap button[aria-sort]{color:var(--ink);text-decoration:underline}
        #heatmap thead th.criterion button{font-weight:400}
        #heatmap tbody td:not(.pct){min-width:30px;text-align:center;font-size:12px}
        .m{background:var(--met);color:#fff}.p{background:var(--partial);color:#3b2f00}.u{background:var(--unmet);color:#fff}
        .t{background:var(--untested);color:#fff}.n{background:var(--not-gradable);color:#6b6b70}
        .status,.verdict{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;background:#eee}
        .status-passed,.verdict-accepted,.compliance-met{background:#dff0e0;color:#1b5e20}
        .status-partial,.compliance-partial{background:#fff3cd;color:#7a5b00}
        .status-failed,.verdict-failed,.compliance-unmet{background:#fde0e0;color:#8e1b1b}
        .status-not_gradable,.verdict-skipped,.compliance-untested,.compliance-not_gradable{background:#ececf0;color:#45454a}
        .hidden-badge{display:inline-block;border:1px dashed var(--muted);border-radius:10px;padding:0 6px;font-size:11px;color:var(--muted);margin-left:4px}
        details.student{border:1px solid var(--line);border-radius:8px;margin:8px 0;padding:0 12px}
        details.student>summary{cursor:pointer;padding:8px 0;font-weight:600}
        details.student[open]>summary{border-bottom:1px solid var(--line)}
        pre{background:#f6f6f8;border-radius:6px;padding:8px;overflow:auto;white-space:pre-wrap;word-break:break-word;margin:4px 0}
        .diff .expected{color:#1b5e20}.diff .actual{color:#8e1b1b}
        pre.stdout::before,pre.stderr::before,pre.message::before{display:block;font:11px system-ui,sans-serif;color:var(--muted)}
        pre.stdout::before{content:"stdout"}pre.stderr::before{content:"stderr"}pre.message::before{content:"message"}
        #filter{font:inherit;padding:6px 10px;border:1px solid var(--line);border-radius:6px;width:280px}
        a{color:#0b57d0;text-decoration:none}a:hover{text-decoration:underline}
        """

    /// Filters the student table as you type, sorts and filters the heat map's rows, and opens
    /// a student's drill-down when a link (table row or heat-map name) points at it.
    static let script: Markup = """
        (function () {
          'use strict';
          var filter = document.getElementById('filter');
          filter.addEventListener('input', function () {
            var query = filter.value.toLowerCase();
            var rows = document.querySelectorAll('#student-table tbody tr');
            for (var i = 0; i < rows.length; i++) {
              rows[i].hidden = query !== '' && rows[i].getAttribute('data-student').toLowerCase().indexOf(query) < 0;
            }
          });
          var heat = document.getElementById('heatmap');
          var heatFilter = document.getElementById('heat-filter');
          var heatShow = document.getElementById('heat-show');
          var heatCount = document.getElementById('heat-count');
          var body = heat.tBodies[0];
          var heatRows = Array.prototype.slice.call(body.rows);
          function showHeatRows() {
            var query = heatFilter.value.toLowerCase();
            var status = heatShow.value;
            var shown = 0;
            for (var i = 0; i < heatRows.length; i++) {
              var row = heatRows[i];
              var hide = (query !== '' && row.getAttribute('data-student').toLowerCase().indexOf(query) < 0)
                || (status !== '' && !row.querySelector('td.' + status));
              row.hidden = hide;
              if (!hide) { shown++; }
            }
            heatCount.textContent = shown + ' of ' + heatRows.length + ' students';
          }
          var rank = { u: 0, p: 1, m: 2, t: 3, n: 4 };
          var sortedBy = null;
          function sortKey(row, key) {
            if (key === 'name') { return row.getAttribute('data-student').toLowerCase(); }
            if (key === 'score') {
              var score = row.getAttribute('data-score');
              return score === null ? Infinity : parseFloat(score);
            }
            var cell = row.cells[2 + parseInt(key, 10)];
            var value = cell ? rank[cell.className] : undefined;
            return value === undefined ? 5 : value;
          }
          function sortHeatRows(key, button) {
            var descending = sortedBy === key && button.getAttribute('aria-sort') === 'ascending';
            heatRows.sort(function (a, b) {
              var x = sortKey(a, key), y = sortKey(b, key);
              var order = x < y ? -1 : x > y ? 1 : 0;
              if (order === 0) {
                var p = a.getAttribute('data-student'), q = b.getAttribute('data-student');
                return p < q ? -1 : p > q ? 1 : 0;
              }
              return descending ? -order : order;
            });
            var fragment = document.createDocumentFragment();
            for (var i = 0; i < heatRows.length; i++) { fragment.appendChild(heatRows[i]); }
            body.appendChild(fragment);
            var buttons = heat.tHead.querySelectorAll('button');
            for (var j = 0; j < buttons.length; j++) { buttons[j].removeAttribute('aria-sort'); }
            button.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
            sortedBy = key;
          }
          heat.tHead.addEventListener('click', function (event) {
            var button = event.target.closest('button');
            if (button) { sortHeatRows(button.getAttribute('data-sort'), button); }
          });
          heatFilter.addEventListener('input', showHeatRows);
          heatShow.addEventListener('change', showHeatRows);
          showHeatRows();
          function openTarget() {
            var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
            if (target && target.tagName === 'DETAILS') { target.open = true; }
          }
          window.addEventListener('hashchange', openTarget);
          openTarget();
          document.body.setAttribute('data-ready', 'true');
        })();
        """
}
