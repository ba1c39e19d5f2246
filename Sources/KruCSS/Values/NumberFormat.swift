import Foundation

/// Formats numbers as Chromium serialises them in computed styles: at most
/// six significant digits, no trailing zeros, no exponent.
enum NumberFormat {
    static func format(_ value: Double) -> String {
        if value.isNaN { return "0" }
        if value.isInfinite { return value > 0 ? "3.40282e+38" : "-3.40282e+38" }
        let rounded = value.rounded()
        if abs(value - rounded) < 1e-9 * max(1, abs(value)) || abs(value) >= 1e6 {
            if rounded == 0 { return "0" }
            return String(Int(rounded))
        }
        var text = String(format: "%.6g", value)
        if text.contains("e") {
            text = String(format: "%.6f", value)
        }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { return "0" }
        return text
    }

    /// `12px`
    static func px(_ value: Double) -> String { format(value) + "px" }
}
