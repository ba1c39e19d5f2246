import Foundation

/// Dates written the same way everywhere, in UTC, without a formatter per call
/// (date formatters are costly to create, and reports write thousands of dates).
package enum UTCDate {
    static func parts(_ date: Date) -> tm {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return parts
    }

    /// `2026-11-23T12:30:05Z` (ISO 8601).
    package static func iso8601(_ date: Date) -> String {
        let p = parts(date)
        return "\(pad(Int(p.tm_year) + 1900, 4))-\(pad(Int(p.tm_mon) + 1))-\(pad(Int(p.tm_mday)))T"
            + "\(pad(Int(p.tm_hour))):\(pad(Int(p.tm_min))):\(pad(Int(p.tm_sec)))Z"
    }

    /// `2026-11-23 12:30 UTC`, for people.
    package static func readable(_ date: Date) -> String {
        let p = parts(date)
        return "\(pad(Int(p.tm_year) + 1900, 4))-\(pad(Int(p.tm_mon) + 1))-\(pad(Int(p.tm_mday))) "
            + "\(pad(Int(p.tm_hour))):\(pad(Int(p.tm_min))) UTC"
    }

    /// `value` with leading zeros to `width` digits (`String(format:)` is slow on Linux).
    static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
