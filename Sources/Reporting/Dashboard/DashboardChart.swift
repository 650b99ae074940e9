import Foundation

/// Inline SVG charts. Colours come from CSS classes, so the page's light and dark themes apply.
/// Every label goes through `DashboardHTML.escape`.
enum DashboardChart {
    struct Segment {
        var value: Int
        /// A CSS class giving the fill, e.g. `sev-error`.
        var style: String
        /// What the segment counts, for the tooltip: "errors".
        var label: String
    }

    struct Row {
        var label: String
        var segments: [Segment]
        var total: Int { segments.reduce(0) { $0 + $1.value } }
    }

    /// Horizontal bars, one row each, segments stacked left to right, the total after the bar.
    static func bars(_ rows: [Row], title: String) -> String {
        let width = 400.0
        let labelWidth = 132.0
        let valueWidth = 44.0
        let rowHeight = 30.0
        let barHeight = 18.0
        let height = max(rowHeight, Double(rows.count) * rowHeight)
        let largest = max(1, rows.map(\.total).max() ?? 1)
        let scale = (width - labelWidth - valueWidth) / Double(largest)
        var svg = open(width: width, height: height, title: title)
        for (index, row) in rows.enumerated() {
            let y = Double(index) * rowHeight
            let middle = y + rowHeight / 2
            svg += "<text class=\"label\" x=\"\(format(labelWidth - 8))\" y=\"\(format(middle))\" text-anchor=\"end\" "
                + "dominant-baseline=\"central\">\(DashboardHTML.escape(shortened(row.label, to: 18)))</text>"
            var x = labelWidth
            for segment in row.segments where segment.value > 0 {
                let length = Double(segment.value) * scale
                svg += "<rect class=\"\(segment.style)\" x=\"\(format(x))\" y=\"\(format(middle - barHeight / 2))\" "
                    + "width=\"\(format(length))\" height=\"\(format(barHeight))\" rx=\"2\"><title>"
                    + DashboardHTML.escape("\(row.label): \(DashboardHTML.count(segment.value)) \(segment.label)")
                    + "</title></rect>"
                x += length
            }
            svg += "<text class=\"value\" x=\"\(format(x + 6))\" y=\"\(format(middle))\" dominant-baseline=\"central\">"
                + "\(DashboardHTML.count(row.total))</text>"
        }
        return svg + "</svg>"
    }

    /// One column per report, segments stacked bottom up, with a value axis and two-line labels.
    static func columns(_ columns: [(label: String, sublabel: String, segments: [Segment])], title: String) -> String {
        let left = 40.0
        let slot = 76.0
        let columnWidth = 34.0
        let top = 14.0
        let plotHeight = 160.0
        let bottom = 40.0
        let width = max(360, left + Double(columns.count) * slot + 8)
        let height = top + plotHeight + bottom
        let largest = columns.map { $0.segments.reduce(0) { $0 + $1.value } }.max() ?? 0
        let step = niceStep(for: largest)
        let axisMax = max(step, Int((Double(largest) / Double(step)).rounded(.up)) * step)
        let scale = plotHeight / Double(axisMax)
        var svg = open(width: width, height: height, title: title)
        var tick = 0
        while tick <= axisMax {
            let y = top + plotHeight - Double(tick) * scale
            svg += "<line class=\"grid\" x1=\"\(format(left))\" x2=\"\(format(width))\" y1=\"\(format(y))\" y2=\"\(format(y))\"/>"
            svg += "<text class=\"axis\" x=\"\(format(left - 6))\" y=\"\(format(y))\" text-anchor=\"end\" "
                + "dominant-baseline=\"central\">\(DashboardHTML.count(tick))</text>"
            tick += step
        }
        for (index, column) in columns.enumerated() {
            let center = left + Double(index) * slot + slot / 2
            var y = top + plotHeight
            for segment in column.segments where segment.value > 0 {
                let length = Double(segment.value) * scale
                y -= length
                svg += "<rect class=\"\(segment.style)\" x=\"\(format(center - columnWidth / 2))\" y=\"\(format(y))\" "
                    + "width=\"\(format(columnWidth))\" height=\"\(format(length))\"><title>"
                    + DashboardHTML.escape("\(column.label) (\(column.sublabel)): \(DashboardHTML.count(segment.value)) \(segment.label)")
                    + "</title></rect>"
            }
            let total = column.segments.reduce(0) { $0 + $1.value }
            svg += "<text class=\"value\" x=\"\(format(center))\" y=\"\(format(y - 4))\" text-anchor=\"middle\">"
                + "\(DashboardHTML.count(total))</text>"
            svg += "<text class=\"label\" x=\"\(format(center))\" y=\"\(format(top + plotHeight + 16))\" text-anchor=\"middle\">"
                + "\(DashboardHTML.escape(shortened(column.label, to: 10)))</text>"
            svg += "<text class=\"axis\" x=\"\(format(center))\" y=\"\(format(top + plotHeight + 32))\" text-anchor=\"middle\">"
                + "\(DashboardHTML.escape(column.sublabel))</text>"
        }
        return svg + "</svg>"
    }

    /// 1, 2 or 5 times a power of ten, so the axis has at most five steps.
    static func niceStep(for largest: Int) -> Int {
        var magnitude = 1
        while true {
            for factor in [1, 2, 5] where largest <= factor * magnitude * 5 { return factor * magnitude }
            magnitude *= 10
        }
    }

    static func shortened(_ text: String, to length: Int) -> String {
        text.count > length ? String(text.prefix(length - 1)) + "…" : text
    }

    private static func open(width: Double, height: Double, title: String) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(format(width)) \(format(height))\" width=\"\(format(width))\" "
            + "role=\"img\" aria-label=\"\(DashboardHTML.escape(title))\"><title>\(DashboardHTML.escape(title))</title>"
    }

    /// Coordinates with at most one decimal, no trailing zero: 12, 12.5.
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
