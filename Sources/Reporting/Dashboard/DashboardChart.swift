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
            svg +=
                "<text class=\"label\" x=\"\(format(labelWidth - 8))\" y=\"\(format(middle))\" text-anchor=\"end\" "
                + "dominant-baseline=\"central\">\(DashboardHTML.escape(shortened(row.label, to: 18)))</text>"
            var x = labelWidth
            for segment in row.segments where segment.value > 0 {
                let length = Double(segment.value) * scale
                svg +=
                    "<rect class=\"\(segment.style)\" x=\"\(format(x))\" y=\"\(format(middle - barHeight / 2))\" "
                    + "width=\"\(format(length))\" height=\"\(format(barHeight))\" rx=\"2\"><title>"
                    + DashboardHTML.escape("\(row.label): \(DashboardHTML.count(segment.value)) \(segment.label)")
                    + "</title></rect>"
                x += length
            }
            svg +=
                "<text class=\"value\" x=\"\(format(x + 6))\" y=\"\(format(middle))\" dominant-baseline=\"central\">"
                + "\(DashboardHTML.count(row.total))</text>"
        }
        return svg + "</svg>"
    }

    /// A point or column on the report axis: a label (the report) and a sublabel (its date).
    struct Slot {
        var label: String
        var sublabel: String
    }

    /// One column per report, segments stacked bottom up, the total above.
    static func columns(_ columns: [(slot: Slot, segments: [Segment])], title: String) -> String {
        let totals = columns.map { $0.segments.reduce(0) { $0 + $1.value } }
        let frame = Frame(slots: columns.map(\.slot), largest: Double(totals.max() ?? 0))
        var svg = frame.open(title: title)
        for (index, column) in columns.enumerated() {
            let center = frame.center(index)
            var total = 0
            for segment in column.segments where segment.value > 0 {
                let top = frame.y(Double(total + segment.value))
                let length = frame.y(Double(total)) - top
                svg +=
                    "<rect class=\"\(segment.style)\" x=\"\(format(center - frame.barWidth / 2))\" y=\"\(format(top))\" "
                    + "width=\"\(format(frame.barWidth))\" height=\"\(format(length))\"><title>"
                    + DashboardHTML.escape(
                        "\(column.slot.label) (\(column.slot.sublabel)): \(DashboardHTML.count(segment.value)) \(segment.label)"
                    )
                    + "</title></rect>"
                total += segment.value
            }
            guard frame.showsValue(index) else { continue }
            svg +=
                "<text class=\"value\" x=\"\(format(center))\" y=\"\(format(frame.y(Double(total)) - 5))\" "
                + "text-anchor=\"middle\">\(DashboardHTML.count(total))</text>"
        }
        return svg + "</svg>"
    }

    /// A line through one value per report; a report without a value (no words) breaks the line.
    static func line(_ points: [(slot: Slot, value: Double?)], unit: String, title: String) -> String {
        let frame = Frame(slots: points.map(\.slot), largest: points.compactMap(\.value).max() ?? 0)
        var svg = frame.open(title: title)
        var path = ""
        var pen = false
        for (index, point) in points.enumerated() {
            guard let value = point.value else {
                pen = false
                continue
            }
            path += "\(pen ? "L" : "M")\(format(frame.center(index))) \(format(frame.y(value)))"
            pen = true
        }
        if !path.isEmpty { svg += "<path class=\"trend-line\" d=\"\(path)\"/>" }
        for (index, point) in points.enumerated() {
            guard let value = point.value else { continue }
            let x = format(frame.center(index))
            let y = frame.y(value)
            svg +=
                "<circle class=\"trend-point\" cx=\"\(x)\" cy=\"\(format(y))\" r=\"4\"><title>"
                + DashboardHTML.escape(
                    "\(point.slot.label) (\(point.slot.sublabel)): \(DashboardHTML.decimal(value)) \(unit)")
                + "</title></circle>"
            guard frame.showsValue(index) else { continue }
            svg +=
                "<text class=\"value\" x=\"\(x)\" y=\"\(format(y - 9))\" text-anchor=\"middle\">"
                + "\(DashboardHTML.decimal(value))</text>"
        }
        return svg + "</svg>"
    }

    /// The shared layout of the report-axis charts: value gridlines on the left, one slot per
    /// report with its name and date below.
    struct Frame {
        static let left = 40.0
        static let top = 22.0
        static let plotHeight = 160.0
        static let bottom = 40.0

        var slots: [Slot]
        var axisMax: Double
        var step: Int
        /// 92 px a report up to 10 reports; narrower after that, down to 14 px, so about 20
        /// reports fit a desktop screen before the chart scrolls.
        var slotWidth: Double { slots.count <= 10 ? 92 : max(14, (920 / Double(slots.count)).rounded(.down)) }
        /// Every report is labelled while labels fit; else every n-th, counted back from the latest.
        var labelEvery: Int { Int((92 / slotWidth).rounded(.up)) }
        /// Room on the right for the latest report's date, which is wider than a narrow slot.
        var width: Double { max(320, Self.left + Double(slots.count) * slotWidth + max(8, 40 - slotWidth / 2)) }
        var barWidth: Double { min(34, (slotWidth * 0.6).rounded()) }
        var height: Double { Self.top + Self.plotHeight + Self.bottom }

        init(slots: [Slot], largest: Double) {
            self.slots = slots
            step = DashboardChart.niceStep(for: Int(largest.rounded(.up)))
            axisMax = max(Double(step), (largest / Double(step)).rounded(.up) * Double(step))
        }

        func center(_ index: Int) -> Double { Self.left + (Double(index) + 0.5) * slotWidth }
        func isLabelled(_ index: Int) -> Bool { (slots.count - 1 - index) % labelEvery == 0 }
        /// Values are written above every column while they fit, else above the labelled ones.
        func showsValue(_ index: Int) -> Bool { slotWidth >= 60 || isLabelled(index) }
        func y(_ value: Double) -> Double { Self.top + Self.plotHeight - value / axisMax * Self.plotHeight }

        func open(title: String) -> String {
            var svg = DashboardChart.open(width: width, height: height, title: title, minimumScale: 0.75)
            var tick = 0
            while Double(tick) <= axisMax {
                let y = format(y(Double(tick)))
                svg +=
                    "<line class=\"grid\" x1=\"\(format(Self.left))\" x2=\"\(format(width))\" y1=\"\(y)\" y2=\"\(y)\"/>"
                    + "<text class=\"axis\" x=\"\(format(Self.left - 6))\" y=\"\(y)\" text-anchor=\"end\" "
                    + "dominant-baseline=\"central\">\(DashboardHTML.count(tick))</text>"
                tick += step
            }
            let labelY = Self.top + Self.plotHeight + 16
            for (index, slot) in slots.enumerated() where isLabelled(index) {
                let x = format(center(index))
                svg +=
                    "<text class=\"label small\" x=\"\(x)\" y=\"\(format(labelY))\" text-anchor=\"middle\">"
                    + "\(DashboardHTML.escape(shortened(slot.label, to: 12)))</text>"
                    + "<text class=\"axis\" x=\"\(x)\" y=\"\(format(labelY + 16))\" text-anchor=\"middle\">"
                    + "\(DashboardHTML.escape(slot.sublabel))</text>"
            }
            return svg
        }
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

    /// The opening `<svg>`. A chart shrinks to fit narrow screens down to `minimumScale`, then scrolls.
    static func open(width: Double, height: Double, title: String, minimumScale: Double? = nil) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(format(width)) \(format(height))\" width=\"\(format(width))\" "
            + (minimumScale.map { "style=\"min-width: \(Int(width * $0))px\" " } ?? "")
            + "role=\"img\" aria-label=\"\(DashboardHTML.escape(title))\"><title>\(DashboardHTML.escape(title))</title>"
    }

    /// Coordinates with at most one decimal, no trailing zero: 12, 12.5.
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
