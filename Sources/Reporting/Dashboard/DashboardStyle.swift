/// The dashboard's stylesheet: system fonts only, light and dark themes, narrow screens first.
enum DashboardStyle {
    static let css = """

        :root { --bg: #f6f7f9; --panel: #ffffff; --fg: #1d2430; --muted: #5b6472; --line: #dde1e7;
          --error: #c62828; --warning: #d98200; --info: #2f6fd0; --cited: #2a9d74; --uncited: #d1495b;
          --mark: #ffe58a; --track: #edf0f4; color-scheme: light dark; }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #14171c; --panel: #1d2129; --fg: #e6e9ee; --muted: #a0a8b5; --line: #333a46;
            --error: #ef5350; --warning: #f0a020; --info: #5c9bf0; --cited: #3cc494; --uncited: #f06a7c;
            --mark: #6b5a10; --track: #2a303a; }
          .badge.sev-error, .badge.sev-info, .badge.uncited { color: #111; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--fg); line-height: 1.5;
          font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 16px; }
        header { padding-top: 20px; }
        h1 { font-size: 1.6rem; margin: 0 0 4px; overflow-wrap: anywhere; }
        h2 { font-size: 1.25rem; margin: 0 0 12px; }
        code { font: 0.9em/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
          overflow-wrap: anywhere; }
        .meta, .muted { color: var(--muted); }
        .meta { margin: 0 0 10px; overflow-wrap: anywhere; }
        nav { display: flex; flex-wrap: wrap; gap: 6px 16px; padding: 8px 0; border-bottom: 1px solid var(--line); }
        nav a { color: var(--info); text-decoration: none; font-weight: 600; }
        section { background: var(--panel); border: 1px solid var(--line); border-radius: 10px;
          padding: 16px; margin: 16px 0; }
        .problems { border-color: var(--error); }
        .problems li { overflow-wrap: anywhere; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; display: flex;
          flex-direction: column; }
        .card-value { font-size: 1.5rem; font-weight: 700; font-variant-numeric: tabular-nums; }
        .card-label { color: var(--muted); font-size: 0.875rem; }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; margin-top: 16px; }
        .charts.stacked { grid-template-columns: minmax(0, 1fr); }
        figure { margin: 0; min-width: 0; }
        figcaption { font-weight: 600; margin-bottom: 6px; }
        svg.chart { display: block; max-width: 100%; height: auto; }
        svg.chart text { font-family: inherit; }
        svg.chart .label { fill: var(--fg); font-size: 13px; }
        svg.chart .value { fill: var(--fg); font-size: 12px; font-weight: 600; }
        svg.chart .axis { fill: var(--muted); font-size: 11px; }
        svg.chart .grid { stroke: var(--line); stroke-width: 1; }
        svg.chart .small { font-size: 12px; }
        svg.chart .trend-line { fill: none; stroke: var(--info); stroke-width: 2.5; }
        svg.chart .trend-point { fill: var(--panel); stroke: var(--info); stroke-width: 2.5; }
        .sev-error { fill: var(--error); background: var(--error); }
        .sev-warning { fill: var(--warning); background: var(--warning); }
        .sev-info { fill: var(--info); background: var(--info); }
        .cited { fill: var(--cited); background: var(--cited); }
        .uncited { fill: var(--uncited); background: var(--uncited); }
        .track { fill: var(--track); }
        .legend { display: flex; flex-wrap: wrap; gap: 4px 16px; color: var(--muted); font-size: 0.875rem; margin: 8px 0 0; }
        .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; }
        .scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
        .scroll.latest { direction: rtl; }
        .scroll.latest > * { direction: ltr; margin-right: auto; }
        table { border-collapse: collapse; width: 100%; margin-top: 12px; font-variant-numeric: tabular-nums; }
        th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); white-space: nowrap; }
        .numbers td, .ranking td, .numbers th, .ranking th { text-align: right; }
        .numbers code { white-space: nowrap; }
        .numbers .text, .ranking .text { text-align: left; }
        .ranking a { color: inherit; font-weight: 600; }
        .path { color: var(--muted); font-size: 0.8rem; }
        .rate { white-space: nowrap; min-width: 140px; }
        .nowrap { white-space: nowrap; }
        .rate span { display: inline-block; min-width: 3.5em; text-align: right; }
        svg.meter { width: 90px; height: 10px; margin-right: 6px; vertical-align: middle; }
        details.reports { margin-top: 12px; }
        details.reports > summary { cursor: pointer; font-weight: 600; }
        details.article { border-top: 1px solid var(--line); padding: 8px 0; }
        details.article > summary { cursor: pointer; display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; }
        details.article > summary::before { content: "\\25B8"; color: var(--muted); width: 1em; }
        details.article[open] > summary::before { content: "\\25BE"; }
        details.article > summary::-webkit-details-marker { display: none; }
        .article-title { font-weight: 700; }
        .counts { display: inline-flex; flex-wrap: wrap; gap: 6px; }
        .badge { display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 0.78rem; font-weight: 700;
          color: #fff; white-space: nowrap; }
        .badge.sev-warning { color: #1d1d1d; }
        .badge.plain { background: var(--track); color: var(--fg); }
        ol.findings { list-style: none; margin: 10px 0 0; padding: 0; display: grid; gap: 10px; }
        .finding { border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 6px; padding: 8px 12px; }
        .edge-error { border-left-color: var(--error); }
        .edge-warning { border-left-color: var(--warning); }
        .edge-info { border-left-color: var(--info); }
        .finding-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; }
        .rule { font-weight: 600; }
        .where { color: var(--muted); font-size: 0.875rem; overflow-wrap: anywhere; }
        .message { margin: 6px 0; }
        .sentence { margin: 6px 0 0; padding: 6px 10px; border-left: 3px solid var(--line); color: var(--fg);
          background: var(--bg); border-radius: 4px; overflow-wrap: anywhere; }
        mark { background: var(--mark); color: inherit; padding: 0 2px; border-radius: 2px; }
        .suggestion, .related { margin: 6px 0 0; color: var(--muted); }
        table.ledger { table-layout: fixed; }
        .ledger th { text-align: left; }
        .ledger th:nth-child(1) { width: 4.5em; }
        .ledger th:nth-child(3) { width: 7em; }
        .ledger th:nth-child(4) { width: 11.5em; }
        .ledger th:nth-child(5), .ledger th:nth-child(6) { width: 6em; }
        .ledger td.no { color: var(--uncited); font-weight: 700; }
        .ledger td.yes { color: var(--cited); }
        .claim-text { overflow-wrap: anywhere; }
        footer { color: var(--muted); font-size: 0.875rem; padding-bottom: 24px; }
        @media (max-width: 640px) {
          body { font-size: 15px; }
          header, main, footer { padding: 0 10px; }
          section { padding: 12px; border-radius: 8px; }
          .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); }
          .charts { grid-template-columns: minmax(0, 1fr); }
          svg.meter { display: none; }
          .rate { min-width: 0; }
          table.stack thead, table.stack td.rank { display: none; }
          table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
          table.stack tr { border: 1px solid var(--line); border-radius: 6px; margin-bottom: 8px; padding: 4px 8px; }
          table.stack td, table.stack td.text { border: 0; padding: 2px 0; text-align: left; }
          table.stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: 0.85rem; }
          table.stack .optional { display: none; }
          table.stack td.inline { display: inline-block; width: auto; margin-right: 14px; }
          .rate span { min-width: 0; text-align: left; }
        }

        """
}
