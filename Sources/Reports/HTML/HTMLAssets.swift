/// The report's only style sheet and script, inlined so that `index.html` opens from a USB
/// stick, an LMS attachment or `file://` with no network. The page's Content-Security-Policy
/// forbids every fetch, so a stray external reference would fail loudly in CI, not silently.
enum HTMLAssets {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

    static let style: Markup = """
        :root{--met:#2e7d32;--partial:#f9a825;--unmet:#c62828;--untested:#b0b0b0;--ink:#1d1d1f;--muted:#6b6b70;--line:#dedee3}
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
        .legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px;border-radius:2px}
        .status,.verdict{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;background:#eee}
        .status-passed,.verdict-accepted,.compliance-met{background:#dff0e0;color:#1b5e20}
        .status-partial,.compliance-partial{background:#fff3cd;color:#7a5b00}
        .status-failed,.verdict-failed,.compliance-unmet{background:#fde0e0;color:#8e1b1b}
        .status-not_gradable,.verdict-skipped,.compliance-untested{background:#ececf0;color:#45454a}
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

    /// Filters the student table as you type and opens a student's drill-down when a link
    /// (table row or heat-map cell) points at it.
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
