extension HTMLReporter {
    /// The page's only style sheet: system fonts, readable on a phone, dark when the reader's
    /// system is.
    static let css = """

        :root { --fg: #1f2328; --muted: #59636e; --bg: #fff; --line: #d1d9e0; --panel: #f6f8fa;
          --error: #cf222e; --warning: #9a6700; --info: #0969da; --mark: #fff1a8; }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --line: #3d444d; --panel: #151b23;
            --error: #ff7b72; --warning: #d29922; --info: #4493f8; --mark: #6b5800; }
        }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 60rem; padding: 1rem; color: var(--fg); background: var(--bg);
          font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; overflow-wrap: anywhere; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.2rem; margin: 1.5rem 0 .25rem; }
        code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        .meta, .section, .related, .fix { color: var(--muted); margin: .25rem 0; }
        .verdict { font-weight: 600; font-size: 1.1rem; margin: .25rem 0; }
        .verdict span { font-weight: 400; color: var(--muted); }
        .verdict.failed { color: var(--error); }
        .verdict.passed { color: #1a7f37; }
        table { border-collapse: collapse; margin: .5rem 0; }
        th, td { border: 1px solid var(--line); padding: .25rem .75rem; text-align: left; }
        thead th, tfoot th, tfoot td { background: var(--panel); }
        th, td { overflow-wrap: normal; }
        @media (max-width: 30rem) { th, td { padding: .2rem .4rem; font-size: .85rem; } }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        th.error { color: var(--error); } th.warning { color: var(--warning); } th.info { color: var(--info); }
        .file { border-top: 1px solid var(--line); margin-top: 1.5rem; }
        .findings { list-style: none; padding: 0; }
        .finding { border-left: 4px solid var(--info); background: var(--panel); margin: .75rem 0;
          padding: .5rem .75rem; border-radius: 0 6px 6px 0; }
        .finding.error { border-color: var(--error); }
        .finding.warning { border-color: var(--warning); }
        .finding p { margin: .2rem 0; }
        .head { font-size: .9rem; }
        .sev { font-weight: 600; text-transform: uppercase; font-size: .75rem; letter-spacing: .04em; }
        .error .sev { color: var(--error); } .warning .sev { color: var(--warning); } .info .sev { color: var(--info); }
        .loc { color: var(--muted); font-variant-numeric: tabular-nums; }
        .msg { font-weight: 500; }
        blockquote { margin: .4rem 0; padding: .25rem .75rem; border-left: 2px solid var(--line);
          color: var(--fg); font-family: Georgia, "Times New Roman", serif; white-space: pre-wrap; }
        mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
        .errors li { color: var(--error); }

        """
}
